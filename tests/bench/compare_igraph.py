#!/usr/bin/env python3
"""Runs stakegraph and igraph on the same edge-list files and prints times,
modularity and ratios (stakegraph / igraph; below 1 means stakegraph is faster).

Measured, each on the same file in one run:
- reading the TSV: stakegraph's parser (best of 3) and igraph's Graph.Read_Ncol;
- Leiden, modularity objective: stakegraph (find_communities with default
  options on the built CSR graph; the CSR build time is printed apart) and igraph's community_leiden(objective_function="modularity",
  weights=..., n_iterations=2 and -1), best of --repeat runs each, with the
  modularity of each result computed by igraph and NMI against the planted
  partition;
- exact betweenness on the smaller file: stakegraph's path_centrality and
  igraph's betweenness(directed=False, weights=...) (igraph takes weights as
  lengths, stakegraph as strengths with length 1/weight, so igraph gets 1/w);
- the wall time of `stakegraph analyse FILE -o OUT` with default metrics.

Usage: compare_igraph.py --bench BIN --stakegraph BIN [--dir /tmp]
       [--edges 1000000] [--bt-edges 100000] [--leiden-file F] [--bt-file F]
       [--weighted] [--repeat 3] [--seeds 1,2,3]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import time

import igraph


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def read_labels(path):
    labels = {}
    with open(path) as f:
        for line in f:
            key, value = line.rstrip("\n").split("\t")
            labels[key] = value
    return labels


def load_igraph(path):
    t = time.perf_counter()
    g = igraph.Graph.Read_Ncol(path, names=True, weights="if_present", directed=False)
    return g, time.perf_counter() - t


def nmi_against(g, truth_path, membership):
    if not os.path.exists(truth_path):
        return None
    truth = read_labels(truth_path)
    ids = g.vs["name"]
    t = [int(truth[i]) for i in ids]
    return igraph.compare_communities(t, membership, method="nmi")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", required=True)
    ap.add_argument("--stakegraph", required=True)
    ap.add_argument("--dir", default="/tmp")
    ap.add_argument("--edges", type=float, default=1e6)
    ap.add_argument("--bt-edges", type=float, default=1e5)
    ap.add_argument("--leiden-file")
    ap.add_argument("--bt-file")
    ap.add_argument("--weighted", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--skip-analyse", action="store_true")
    a = ap.parse_args()
    seeds = [int(s) for s in a.seeds.split(",")]
    suffix = "-w" if a.weighted else ""

    def ensure(path, edges, seed):
        if path:
            return path
        path = os.path.join(a.dir, "stakegraph-planted-%d%s.tsv" % (int(edges), suffix))
        if not os.path.exists(path) or not os.path.exists(path + ".truth"):
            cmd = [a.bench, "generate", str(int(edges)), path, str(seed)]
            if a.weighted:
                cmd.append("weighted")
            run_json(cmd)
        return path

    big = ensure(a.leiden_file, a.edges, 1)
    small = ensure(a.bt_file, a.bt_edges, 2)
    rows = []

    # Reading.
    sg_read = run_json([a.bench, "read", big, "3"])[0]
    ig_read = min((load_igraph(big) for _ in range(2)), key=lambda x: x[1])
    g = ig_read[0]
    mb = sg_read["bytes"] / 1e6
    print("file %s: %d nodes, %d edges, %.1f MB" % (big, g.vcount(), g.ecount(), mb))
    rows.append(("TSV read (MB/s)", sg_read["mb_per_s"], mb / ig_read[1], None))

    # Leiden.
    weights = "weight" if "weight" in g.es.attributes() else None
    sg_runs = []
    for seed in seeds:
        best = None
        for _ in range(a.repeat):
            r = run_json([a.bench, "leiden", big, str(seed)])[0]
            if best is None or r["seconds"] < best["seconds"]:
                best = r
        members = read_labels(big + ".stakegraph-membership")
        m = [int(members[name]) for name in g.vs["name"]]
        best["igraph_modularity"] = g.modularity(m, weights=weights)
        best["nmi"] = nmi_against(g, big + ".truth", m)
        sg_runs.append(best)
        print("stakegraph leiden seed %d: %.3f s (+ %.3f s CSR build), Q %.5f (igraph's Q of it %.5f), %d communities, "
              "NMI %s, %.1f bytes/edge" % (seed, best["seconds"], best["csr_seconds"], best["modularity"],
                                           best["igraph_modularity"], best["communities"],
                                           "%.4f" % best["nmi"] if best["nmi"] is not None else "-",
                                           best["bytes_per_edge"]))
    ig = {}
    for it in (2, -1):
        runs = []
        for seed in seeds:
            best = None
            for _ in range(a.repeat):
                random.seed(seed)
                t = time.perf_counter()
                p = g.community_leiden(objective_function="modularity", weights=weights,
                                       n_iterations=it)
                s = time.perf_counter() - t
                if best is None or s < best[0]:
                    best = (s, p)
            q = g.modularity(best[1].membership, weights=weights)
            nmi = nmi_against(g, big + ".truth", best[1].membership)
            runs.append({"seconds": best[0], "modularity": q, "nmi": nmi})
            print("igraph community_leiden n_iterations=%d seed %d: %.3f s, Q %.5f, %d "
                  "communities, NMI %s" % (it, seed, best[0], q, len(best[1]),
                                           "%.4f" % nmi if nmi is not None else "-"))
        ig[it] = runs

    def mean(xs):
        return sum(xs) / len(xs)

    sg_t = mean([r["seconds"] for r in sg_runs])
    sg_q = mean([r["igraph_modularity"] for r in sg_runs])
    for it in (2, -1):
        t = mean([r["seconds"] for r in ig[it]])
        q = mean([r["modularity"] for r in ig[it]])
        rows.append(("Leiden time (s), igraph n_iterations=%d" % it, sg_t, t, sg_t / t))
        rows.append(("Leiden modularity, igraph n_iterations=%d" % it, sg_q, q, sg_q - q))
    rows.append(("Leiden memory (bytes/edge, peak growth)",
                 max(r["bytes_per_edge"] for r in sg_runs), None, None))

    # Betweenness.
    gs, _ = load_igraph(small)
    sg_bt = run_json([a.bench, "betweenness", small])[0]
    if "weight" in gs.es.attributes():
        gs.es["length"] = [1.0 / w for w in gs.es["weight"]]
        lengths = "length"
    else:
        lengths = None
    t = time.perf_counter()
    bt = gs.betweenness(directed=False, weights=lengths)
    ig_bt = time.perf_counter() - t
    n = gs.vcount()
    norm = (n - 1) * (n - 2) / 2.0
    sg_vals = read_labels(small + ".stakegraph-betweenness")
    diff = max(abs(float(sg_vals[name]) - b / norm) for name, b in zip(gs.vs["name"], bt))
    print("betweenness on %s (%d nodes, %d edges): stakegraph %.3f s, igraph %.3f s, "
          "max |difference| of normalised values %.2e" % (small, n, gs.ecount(), sg_bt["seconds"],
                                                          ig_bt, diff))
    rows.append(("exact betweenness (s), %d edges" % gs.ecount(), sg_bt["seconds"], ig_bt,
                 sg_bt["seconds"] / ig_bt))

    # stakegraph analyse, default metrics.
    if not a.skip_analyse:
        out = os.path.join(a.dir, "stakegraph-analyse-out.json")
        t = time.perf_counter()
        subprocess.run([a.stakegraph, "analyse", big, "-o", out], check=True)
        wall = time.perf_counter() - t
        with open(out) as f:
            notes = json.load(f).get("analysis", {}).get("notes", {})
        print("stakegraph analyse %s -o %s: %.2f s wall" % (big, out, wall))
        for key in ("betweenness", "closeness", "skipped"):
            if key in notes:
                print("  note %s: %s" % (key, notes[key]))
        rows.append(("`stakegraph analyse` wall time (s)", wall, None, None))

    print()
    print("%-46s %12s %12s %10s" % ("measure", "stakegraph", "igraph", "ratio"))
    for name, s, i, r in rows:
        if r is None and i is not None:
            r = s / i
        fmt = lambda x, d=3: "-" if x is None else ("%.*f" % (d, x))
        print("%-46s %12s %12s %10s" % (name, fmt(s, 4 if "modularity" in name else 3),
                                        fmt(i, 4 if "modularity" in name else 3),
                                        fmt(r, 4 if "modularity" in name else 2)))
    print("(ratio: stakegraph / igraph; for modularity the difference stakegraph - igraph)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
