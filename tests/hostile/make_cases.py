#!/usr/bin/env python3
"""Writes the committed hostile-input cases into tests/hostile/cases/.

Each case is NAME.<ext> (the input) + NAME.expect (see run_case.sh). Large
inputs are not written here: their .expect uses `generate:` so the test makes
them. Re-run after editing; the files are committed.
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "cases")
os.makedirs(out, exist_ok=True)
count = 0

def case(name, ext, data, args, exit_code, stderr="", output=None, extra=()):
    global count
    if data is not None:
        with open(os.path.join(out, f"{name}.{ext}"), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    lines = [f"args: {args}", f"exit: {exit_code}"]
    if stderr:
        lines.append(f"stderr: {stderr}")
    if output:
        lines.append(f"output: {output}")
    lines.extend(extra)
    with open(os.path.join(out, f"{name}.expect"), "w") as f:
        f.write("\n".join(lines) + "\n")
    count += 1

GOOD = b"1. The United Nations Office on Drugs and Crime (UNODC) met the International Organization for Migration in New York.\n\n"
EXTRACT = "extract {in} -o {out}/graph.json"

# ---- text: encodings and bytes (RELIABILITY-NOTES 2.1)
text_cases = {
    "text-stray-continuation": GOOD + b"abc \x80 def\n",
    "text-byte-f5": GOOD + b"\xf5\x80\x80\x80\n",
    "text-byte-ff": GOOD + b"\xff\n",
    "text-truncated-at-end": GOOD + b"euro \xe2\x82",
    "text-overlong-slash": GOOD + b"\xc0\xaf\n",
    "text-overlong-nul": GOOD + b"\xc0\x80\n",
    "text-overlong-3byte": GOOD + b"\xe0\x80\xaf\n",
    "text-overlong-4byte": GOOD + b"\xf0\x8f\xbf\xbf\n",
    "text-surrogate-high": GOOD + b"\xed\xa0\x80\n",
    "text-surrogate-low": GOOD + b"\xed\xbf\xbf\n",
    "text-cesu8-pair": GOOD + b"\xed\xa0\xbd\xed\xb8\x80\n",
    "text-above-10ffff": GOOD + b"\xf4\x90\x80\x80\n",
    "text-latin1": GOOD + "caf\u00e9 r\u00e9sum\u00e9\n".encode("latin-1"),
    "text-cp1252-quotes": GOOD + b"\x93quoted\x94\n",
}
for name, data in text_cases.items():
    case(name, "txt", data, EXTRACT, 65, "UTF-8")
case("text-invalid-late", "txt", GOOD * 100 + b"\xc3\x28", EXTRACT, 65, f"UTF-8.*{len(GOOD) * 100}|{len(GOOD) * 100}.*UTF-8")
case("text-nul-middle", "txt", GOOD + b"a\x00b\n", EXTRACT, 65, "NUL")
case("text-nul-first", "txt", b"\x00" + GOOD, EXTRACT, 65, "NUL")
case("text-utf16le-bom", "txt", b"\xff\xfe" + "Hello UN".encode("utf-16-le"), EXTRACT, 65, "UTF-16")
case("text-utf16be-bom", "txt", b"\xfe\xff" + "Hello UN".encode("utf-16-be"), EXTRACT, 65, "UTF-16")
case("text-utf32le-bom", "txt", b"\xff\xfe\x00\x00" + "Hi".encode("utf-32-le"), EXTRACT, 65, "UTF-32")
case("text-utf32be-bom", "txt", b"\x00\x00\xfe\xff" + "Hi".encode("utf-32-be"), EXTRACT, 65, "UTF-32")
case("text-pdf", "txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", EXTRACT, 65, "PDF")
case("text-zip", "txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", EXTRACT, 65, "ZIP")
case("text-png", "txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", EXTRACT, 65, "PNG")
case("text-gzip", "txt", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", EXTRACT, 65, "gzip")
case("text-elf", "txt", b"\x7fELF\x02\x01\x01\x00", EXTRACT, 65, "ELF")
case("text-empty", "txt", b"", EXTRACT, 65, "empty|no text")
case("text-whitespace-only", "txt", b" \n\t\r\n  \n", EXTRACT, 65, "empty|no text")
case("text-bom-only", "txt", b"\xef\xbb\xbf", EXTRACT, 65, "empty|no text")
case("text-missing-file", "txt", None, "extract {out}/no-such-file.txt -o {out}/graph.json", 66, "no such file")
case("text-directory", "txt", None, "extract {out} -o {out}/graph.json", 66, "directory")
case("text-long-line", "txt", None, EXTRACT, 65, "line", extra=["generate: long_line 2000000.txt"])
case("text-many-paragraphs", "txt", None, EXTRACT + " --max-paragraphs 1000", 65, "paragraph", extra=["generate: many_paragraphs 1001.txt"])
case("text-over-input-limit", "txt", None, EXTRACT + " --max-input-bytes 100000", 65, "limit|larger", extra=["generate: big_text 100001.txt"])
case("text-existing-output-kept", "txt", b"\xff", "extract {in} -o {out}/graph.json", 65, "UTF-8", output="unchanged:graph.json")
# Accepted oddities: normalised, not rejected.
case("text-crlf", "txt", GOOD.replace(b"\n", b"\r\n"), EXTRACT, 0, output="created:graph.json", extra=["contains: organisation:united-nations-office-on-drugs-and-crime"])
case("text-lone-cr", "txt", GOOD.replace(b"\n", b"\r"), EXTRACT, 0, output="created:graph.json", extra=["contains: organisation:united-nations-office-on-drugs-and-crime"])
case("text-bom-then-text", "txt", b"\xef\xbb\xbf" + GOOD, EXTRACT, 0, output="created:graph.json", extra=["contains: organisation:united-nations-office-on-drugs-and-crime"])
case("text-lenient-repairs", "txt", GOOD + b"bad \xff byte\n", EXTRACT + " --lenient", 0, output="created:graph.json", extra=["contains: organisation:united-nations-office-on-drugs-and-crime"])
case("text-controls", "txt", GOOD + b"bell\x07 and \x1b[31mescape\n", EXTRACT, 0, output="created:graph.json")

# ---- JSON graphs (RELIABILITY-NOTES 2.2), read by analyse
ANALYSE = "analyse {in} -o {out}/analysed.json"
def graph(nodes=None, edges=None, **extra):
    d = {"schema": "stakegraph/1", "nodes": nodes if nodes is not None else [], "edges": edges if edges is not None else []}
    d.update(extra)
    return json.dumps(d)
N2 = [{"id": "a", "type": "person"}, {"id": "b", "type": "organisation"}]
json_cases = [
    ("json-deep-65", "[" * 65 + "]" * 65, "nesting"),
    ("json-number-overflow", graph(N2, [{"source": "a", "target": "b", "type": "co_mentioned", "weight": "W"}]).replace('"W"', "1e400"), "JSON"),
    ("json-nan", graph(N2, [{"source": "a", "target": "b", "type": "co_mentioned", "weight": "W"}]).replace('"W"', "NaN"), "JSON"),
    ("json-infinity", graph(N2, [{"source": "a", "target": "b", "type": "co_mentioned", "weight": "W"}]).replace('"W"', "Infinity"), "JSON"),
    ("json-duplicate-key", '{"schema": "stakegraph/1", "nodes": [], "nodes": [], "edges": []}', "duplicate key"),
    ("json-trailing-garbage", graph() + " garbage", "JSON"),
    ("json-comment", "// note\n" + graph(), "JSON"),
    ("json-wrong-schema", graph().replace("stakegraph/1", "stakegraph/9"), "schema"),
    ("json-missing-schema", '{"nodes": [], "edges": []}', "schema"),
    ("json-nodes-object", '{"schema": "stakegraph/1", "nodes": {}, "edges": []}', "/nodes"),
    ("json-edge-unknown-node", graph(N2, [{"source": "a", "target": "zz", "type": "partner_of"}]), "/edges/0/target"),
    ("json-unknown-node-type", graph([{"id": "a", "type": "alien"}]), "unknown node type"),
    ("json-unknown-relation", graph(N2, [{"source": "a", "target": "b", "type": "funds"}]), "unknown relation type"),
    ("json-negative-weight", graph(N2, [{"source": "a", "target": "b", "type": "co_mentioned", "weight": -2}]), "negative"),
    ("json-duplicate-node-id", graph([{"id": "a", "type": "person"}, {"id": "a", "type": "person"}]), "duplicate node id"),
    ("json-empty", "", "empty"),
    ("json-not-json", "hello, world", "JSON"),
    ("json-top-level-array", "[]", "object"),
    ("json-id-not-string", graph([{"id": 7, "type": "person"}]), "/nodes/0/id"),
    ("json-edge-missing-target", graph(N2, [{"source": "a", "type": "partner_of"}]), "target"),
    ("json-evidence-end-before-start", graph(N2, [{"source": "a", "target": "b", "type": "partner_of", "evidence": [{"document": "d", "start": 9, "end": 3}]}]), "end is before start"),
    ("json-huge-integer", graph([{"id": "a", "type": "person", "mentions": [{"document": "d", "paragraph": 99999999999999999999}]}]), "integer|range|JSON"),
    ("json-metrics-unknown-node", graph(N2, analysis={"metrics": {"ghost": {"cluster": 0}}}), "ghost"),
    ("json-unknown-field", graph(N2, colour="red"), "unknown field"),
    ("json-string-for-array", '{"schema": "stakegraph/1", "nodes": "abc", "edges": []}', "array"),
    ("json-nodes-numbers", '{"schema": "stakegraph/1", "nodes": [1, 2, 3], "edges": []}', "object"),
]
for name, text, err in json_cases:
    case(name, "json", text, ANALYSE, 65, err)
case("json-nul-after-document", "json", graph().encode() + b"\x00junk", ANALYSE, 65, "NUL")
case("json-invalid-utf8-string", "json", graph([{"id": "a", "type": "person"}]).encode().replace(b'"a"', b'"a\xc3\x28"'), ANALYSE, 65, "UTF-8")
case("json-utf16", "json", b"\xff\xfe" + graph().encode("utf-16-le"), ANALYSE, 65, "UTF-8|NUL|JSON")
case("json-deep-array-100k", "json", None, ANALYSE, 65, "nesting", extra=["generate: deep_array 100000.json"])
case("json-deep-object-100k", "json", None, ANALYSE, 65, "nesting", extra=["generate: deep_object 100000.json"])
case("json-over-size-limit", "json", None, ANALYSE + " --max-json-bytes 16000000", 65, "limit.*--max-json-bytes", extra=["generate: big_json 17000000.json"])
case("json-missing-file", "json", None, "analyse {out}/none.json -o {out}/a.json", 66, "no such file")
case("json-export-bad", "json", "{", "export {in} -o {out}/g.graphml", 65, "JSON")
case("json-render-bad", "json", graph([{"id": "a", "type": "alien"}]), "render {in} -o {out}/g.svg", 65, "unknown node type")

# ---- lexicons, checked by `lexicon --check`
LEX = "lexicon --check {in}"
def lex(**kw):
    d = {"schema": "stakegraph-lexicon/1", "entities": []}
    d.update(kw)
    return json.dumps(d, ensure_ascii=False)
lex_cases = [
    ("lexicon-malformed", '{"schema": "stakegraph-lexicon/1", "entities": [', "JSON"),
    ("lexicon-unknown-field", lex(colours=["red"]), "unknown field"),
    ("lexicon-entity-unknown-field", lex(entities=[{"type": "organisation", "name": "X", "acronym": "X"}]), "unknown field"),
    ("lexicon-unknown-type", lex(entities=[{"type": "planet", "name": "Mars"}]), "type"),
    ("lexicon-missing-name", lex(entities=[{"type": "organisation"}]), "name"),
    ("lexicon-wrong-schema", lex().replace("stakegraph-lexicon/1", "lexicon/0"), "schema"),
    ("lexicon-duplicate-key", '{"schema": "stakegraph-lexicon/1", "entities": [], "entities": []}', "duplicate key"),
    ("lexicon-deep", '{"schema": "stakegraph-lexicon/1", "entities": ' + "[" * 70 + "]" * 70 + "}", "nesting"),
    ("lexicon-aliases-not-list", lex(entities=[{"type": "organisation", "name": "X", "aliases": "Y"}]), "array|list"),
    ("lexicon-conflicting-alias", lex(entities=[{"type": "organisation", "name": "Alpha Agency", "acronyms": ["AA"]}, {"type": "organisation", "name": "Another Association", "acronyms": ["AA"]}]), "share the form \"(aa|AA)\""),
    ("lexicon-empty", "", "empty"),
    ("lexicon-invalid-utf8", lex(entities=[{"type": "organisation", "name": "Caf\u00e9"}]).encode("latin-1"), "UTF-8"),
]
for name, text, err in lex_cases:
    case(name, "json", text, LEX, 65, err)
case("lexicon-missing", "json", None, "lexicon --check {out}/none.json", 66, "no such file")
case("lexicon-bad-in-extract", "json", lex(entities=[{"type": "planet", "name": "Mars"}]), "extract {cases}/text-crlf.txt --lexicon {in} -o {out}/g.json", 65, "type")

# ---- edge lists, read by analyse
EDGE = "analyse {in} -o {out}/a.json"
edge_cases = [
    ("edges-wrong-columns", "tsv", "a\tb\t1\nc\td\t1\textra\n", "column"),
    ("edges-one-column", "tsv", "a\n", "column"),
    ("edges-non-numeric-weight", "tsv", "a\tb\theavy\n", "weight|number"),
    ("edges-negative-weight", "tsv", "a\tb\t-1\n", "negative"),
    ("edges-nan-weight", "tsv", "a\tb\tnan\n", "finite|NaN|nan|weight"),
    ("edges-inf-weight", "tsv", "a\tb\tinf\n", "finite|inf|weight"),
    ("edges-empty", "tsv", "", "empty|no edges"),
    ("edges-csv-bad-weight", "csv", "a,b,1\nb,c,x1\n", "weight|number"),
    ("edges-invalid-utf8", "tsv", b"a\tb\xff\t1\n", "UTF-8"),
    ("edges-nul", "tsv", b"a\tb\x00\t1\n", "NUL"),
]
for name, ext, text, err in edge_cases:
    case(name, ext, text, EDGE, 65, err)

# ---- options
case("usage-unknown-flag", "txt", None, "extract --no-such-flag", 64, "no-such-flag")
case("usage-bad-layout", "json", graph(N2), "render {in} -o {out}/g.svg --layout spiral", 64, "layout|spiral")
case("usage-bad-resolution", "json", graph(N2), "analyse {in} -o {out}/a.json --resolution -1", 64, "resolution")
case("usage-zero-runs", "json", graph(N2), "analyse {in} -o {out}/a.json --runs 0", 64, "runs")
case("usage-bad-format", "json", graph(N2), "render {in} -o {out}/g.bmp", 64, "format|bmp|extension")
case("usage-no-subcommand", "txt", None, "", 64, "subcommand")

# ---- output paths (RELIABILITY-NOTES 2.5)
GOODGRAPH = graph(N2, [{"source": "a", "target": "b", "type": "affiliated_with", "weight": 1}])
case("path-missing-directory", "json", GOODGRAPH, "analyse {in} -o {out}/no/such/dir/a.json", 73, "director")
case("path-is-directory", "json", GOODGRAPH, "analyse {in} -o {out}", 73, "directory")
case("path-parent-is-file", "json", GOODGRAPH, "analyse {in} -o {in}/a.json", 73, "director|Not a directory")
case("path-proc", "json", GOODGRAPH, "analyse {in} -o /proc/stakegraph-out.json", 73, "")
case("path-file-size-limit", "json", GOODGRAPH, "export {in} -o {out}/big.graphml", 74, "write|File too large",
     extra=["prefix: trap '' XFSZ; ulimit -f 1"])
case("path-render-missing-dir", "json", GOODGRAPH, "render {in} -o {out}/none/g.svg", 73, "director")
case("path-export-missing-dir", "json", GOODGRAPH, "export {in} -o {out}/none/g.graphml", 73, "director")

# ---- labels: hostile text renders literally
def label_graph(label):
    return graph([{"id": "a", "type": "organisation", "label": label, "name": label}, {"id": "b", "type": "person", "label": "Plain Person"}],
                 [{"source": "b", "target": "a", "type": "affiliated_with", "weight": 1}])
labels = {
    "label-escstring-N": ("Node \\N here", "Node \\N here"),
    "label-escstring-G": ("Graph \\G name", "Graph \\G name"),
    "label-escstring-L": ("left \\L \\l \\r \\n", "left \\L \\l \\r \\n"),
    "label-trailing-backslash": ("ends with \\", "ends with \\"),
    "label-entities": ("&lt;b&gt; &amp; &#60; &bogus;", "&amp;lt;b&amp;gt; &amp;amp; &amp;#60; &amp;bogus;"),
    "label-html-tags": ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    "label-quotes-braces": ('say "hi" {a|b} <c>', "say &quot;hi&quot; {a|b} &lt;c&gt;"),
    "label-dot-keywords": ("node", ">node<"),
    "label-bom-and-separators": ("A\ufeffB\u2028C", "A"),
}
for name, (label, needle) in labels.items():
    case(name, "json", label_graph(label), "render {in} -o {out}/g.svg --layout dot", 0, output="created:g.svg", extra=[f"contains: {needle}"])
case("label-one-megabyte", "json", None, "render {in} -o {out}/g.svg", 0, output="created:g.svg", extra=["generate: long_label 1000000.json", "contains: \u2026"])
case("label-export-graphml", "json", label_graph('<x a="1">&\\'), "export {in} -o {out}/g.graphml", 0, output="created:g.graphml", extra=["contains: &lt;x a=&quot;1&quot;&gt;&amp;\\"])

print(f"{count} cases written to {out}", file=sys.stderr)
