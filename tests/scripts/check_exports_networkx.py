#!/usr/bin/env python3
"""End-to-end check of `stakegraph export` against the tools users open the
files with. Exports a stakegraph/1 fixture with the built executable to
GraphML, GEXF, node-link JSON, CSV and DOT, then reads them back with
NetworkX (nx.read_graphml, nx.read_gexf, nx.node_link_graph), Python's csv
module and Graphviz's own DOT parser (tests/tools/dot_read), and compares
node and edge counts, ids, types, labels, clusters, metrics, weights and
provenance with the fixture itself.

usage: check_exports_networkx.py STAKEGRAPH FIXTURE WORKDIR [DOT_READ]

NetworkX 2.8 (Debian 12) knows GEXF 1.1draft and 1.2draft only; GEXF 1.3
support arrived in NetworkX 3. For 2.8 this script registers the 1.3
namespaces exactly as NetworkX 3 declares them, so the same reader parses
the file; nothing else about the reader changes.
"""
import csv
import io
import json
import math
import os
import subprocess
import sys

import networkx as nx

FAILURES = []


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def expected_from_fixture(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    metrics = doc.get("analysis", {}).get("metrics", {})
    nodes = {}
    for n in doc["nodes"]:
        order, paras = [], {}
        for m in n.get("mentions", []):
            if m["document"] not in paras:
                order.append(m["document"])
                paras[m["document"]] = set()
            paras[m["document"]].add(m.get("paragraph", 0))
        p = "; ".join(f"{d}:" + ",".join(str(x) for x in sorted(paras[d])) for d in order)
        nodes[n["id"]] = {"type": n["type"], "label": n.get("label", ""),
                          "mentions": len(n.get("mentions", [])), "paragraphs": p,
                          "metrics": metrics.get(n["id"], {})}
    edges = {}
    for e in doc["edges"]:
        edges[(e["source"], e["target"], e["type"])] = e.get("weight", 1.0)
    return nodes, edges


def xml_clean(s):
    """What XML 1.0 can carry of `s` (the exporter drops other C0 controls)."""
    return "".join(c for c in s if c in "\t\n\r" or ord(c) >= 0x20)


def compare_networkx(name, G, nodes, edges, label_key="label"):
    check(G.is_directed(), f"{name}: graph is not directed")
    check(G.number_of_nodes() == len(nodes),
          f"{name}: {G.number_of_nodes()} nodes, expected {len(nodes)}")
    check(G.number_of_edges() == len(edges),
          f"{name}: {G.number_of_edges()} edges, expected {len(edges)}")
    for nid, exp in nodes.items():
        if nid not in G:
            FAILURES.append(f"{name}: node {nid!r} missing")
            continue
        d = G.nodes[nid]
        check(d.get("type") == exp["type"], f"{name}: {nid!r} type {d.get('type')!r}")
        check(d.get(label_key) == xml_clean(exp["label"]),
              f"{name}: {nid!r} label {d.get(label_key)!r} != {exp['label']!r}")
        check(d.get("mention_count") == exp["mentions"], f"{name}: {nid!r} mention_count")
        check(d.get("paragraphs") == exp["paragraphs"],
              f"{name}: {nid!r} paragraphs {d.get('paragraphs')!r} != {exp['paragraphs']!r}")
        m = exp["metrics"]
        if "cluster" in m:
            check(d.get("cluster") == m["cluster"] and isinstance(d.get("cluster"), int),
                  f"{name}: {nid!r} cluster {d.get('cluster')!r} != {m['cluster']}")
        for k in ("betweenness", "pagerank", "constraint", "degree"):
            if k in m:
                check(isinstance(d.get(k), float) and math.isclose(d[k], m[k], rel_tol=1e-12),
                      f"{name}: {nid!r} {k} {d.get(k)!r} != {m[k]}")
        if "role" in m:
            check(d.get("role") == m["role"], f"{name}: {nid!r} role")
    seen = set()
    for u, v, data in G.edges(data=True):
        key = (u, v, data.get("relation"))
        seen.add(key)
        if key not in edges:
            FAILURES.append(f"{name}: unexpected edge {key!r}")
            continue
        check(isinstance(data.get("weight"), float) and data["weight"] == edges[key],
              f"{name}: {key!r} weight {data.get('weight')!r} != {edges[key]}")
        check(data.get("symmetric") == (key[2] == "co_mentioned"), f"{name}: {key!r} symmetric")
        check(isinstance(data.get("evidence_count"), int), f"{name}: {key!r} evidence_count")
    check(seen == set(edges), f"{name}: edge set differs: missing {set(edges) - seen}")


def gexf_13_shim():
    from networkx.readwrite import gexf
    if "1.3" in gexf.GEXF.versions:
        return
    gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def export(exe, fixture, out, *extra):
    r = subprocess.run([exe, "export", fixture, "-o", out, *extra], capture_output=True)
    check(r.returncode == 0, f"export -o {out}: exit {r.returncode}: {r.stderr!r}")


def dot_expect(s, label):
    out = []
    text = s.replace("\r\n", "\n").replace("\r", "\n")
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 0x20 or c == "\x7f":
            continue
        elif c == "&" and label:
            out.append("&amp;")
        else:
            out.append(c)
    return "".join(out)


def dot_unfield(s):
    """Undoes dot_read's field escaping (\\t, \\n, \\\\)."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def main():
    exe, fixture, work = sys.argv[1:4]
    dot_read = sys.argv[4] if len(sys.argv) > 4 else None
    os.makedirs(work, exist_ok=True)
    nodes, edges = expected_from_fixture(fixture)
    print(f"networkx {nx.__version__}; fixture {len(nodes)} nodes, {len(edges)} edges")

    p = os.path.join(work, "g.graphml")
    export(exe, fixture, p)
    G = nx.read_graphml(p)
    check(G.is_multigraph(), "graphml: parallel edges should give a MultiDiGraph")
    check(G.graph.get("schema") == "stakegraph/1", "graphml: graph attribute schema")
    compare_networkx("graphml", G, nodes, edges)

    p = os.path.join(work, "g.gexf")
    export(exe, fixture, p)
    gexf_13_shim()
    G = nx.read_gexf(p)
    compare_networkx("gexf", G, nodes, edges)
    for nid, d in G.nodes(data=True):
        check("viz" in d and "color" in d["viz"], f"gexf: {nid!r} has no viz colour")

    p = os.path.join(work, "g.json")
    export(exe, fixture, p)
    with open(p, encoding="utf-8") as f:
        data = json.load(f)
    # NetworkX 3.4 renamed the default list key to "edges"; the file keeps
    # "links" (2.8's and D3's name), which newer versions read with edges="links".
    if tuple(int(x) for x in nx.__version__.split(".")[:2]) >= (3, 4):
        G = nx.node_link_graph(data, edges="links")
    else:
        G = nx.node_link_graph(data)
    check(G.is_multigraph(), "nodelink: not a multigraph")
    compare_networkx("nodelink", G, nodes, edges)
    for u, v, k in G.edges(keys=True):
        check(k == G.edges[u, v, k]["relation"], f"nodelink: key {k!r} is not the relation")

    export(exe, fixture, os.path.join(work, "t.csv"))
    for part, count in (("nodes", len(nodes)), ("edges", len(edges))):
        with open(os.path.join(work, f"t.{part}.csv"), "rb") as f:
            raw = f.read()
        check(raw.endswith(b"\r\n"), f"csv {part}: does not end with CRLF")
        check(raw.count(b"\n") >= count + 1, f"csv {part}: too few lines")
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
        check(len(rows) == count, f"csv {part}: {len(rows)} rows, expected {count}")
        if part == "nodes":
            for r in rows:
                exp = nodes.get(r["ID"])
                if exp is None:
                    FAILURES.append(f"csv: unknown ID {r['ID']!r}")
                    continue
                label = exp["label"]
                if label[:1] in ("=", "+", "-", "@"):
                    label = "'" + label
                check(r["Label"] == label, f"csv: {r['ID']!r} Label {r['Label']!r}")
                check(r["Type"] == exp["type"], f"csv: {r['ID']!r} Type")
                if "cluster" in exp["metrics"]:
                    check(r["cluster"] == str(exp["metrics"]["cluster"]), f"csv: {r['ID']!r} cluster")
        else:
            got = {(r["From"], r["To"], r["Type"]): float(r["weight"]) for r in rows}
            check(got == edges, "csv: edges differ from the fixture")
            for r in rows:
                want = "undirected" if r["Type"] == "co_mentioned" else "directed"
                check(r["Direction"] == want, f"csv: Direction of {r['From']}->{r['To']}")

    if dot_read:
        p = os.path.join(work, "g.dot")
        export(exe, fixture, p)
        r = subprocess.run([dot_read, p], capture_output=True, text=True)
        check(r.returncode == 0, f"dot: Graphviz does not parse it: {r.stderr}")
        got_nodes, got_edges = {}, set()
        for line in r.stdout.splitlines():
            f = line.split("\t")
            if f[0] == "node":
                got_nodes[dot_unfield(f[1])] = (dot_unfield(f[2]), f[3])
            elif f[0] == "edge":
                got_edges.add((dot_unfield(f[1]), dot_unfield(f[2]), f[3], f[5]))
        want_nodes = {dot_expect(k, False): (dot_expect(v["label"], True), v["type"])
                      for k, v in nodes.items()}
        check(got_nodes == want_nodes,
              "dot: nodes differ: " + repr({k: (got_nodes.get(k), want_nodes.get(k))
                                            for k in set(got_nodes) | set(want_nodes)
                                            if got_nodes.get(k) != want_nodes.get(k)}))
        want_edges = {(dot_expect(s, False), dot_expect(t, False), ty,
                       "none" if ty == "co_mentioned" else "") for (s, t, ty) in edges}
        check(got_edges == want_edges, f"dot: edges differ: {got_edges ^ want_edges}")

    if FAILURES:
        for f in FAILURES:
            print("FAIL:", f)
        print(f"{len(FAILURES)} failures")
        return 1
    print("all exports read back correctly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
