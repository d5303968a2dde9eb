#!/usr/bin/env python3
"""Loads report.html in a real browser (Debian's chromium, headless) and checks
that it works: no console messages at all (this Chromium logs every console
call and every uncaught exception to stderr as `INFO:CONSOLE...` lines, at the
same level whatever the console method, so any such line fails the test), the
sorting script ran (`?sort=<column>&dir=` sorts the stakeholder table on load
and the DOM dumped afterwards is checked row by row), and the screenshot is not
blank (PNG decoded here with zlib: enough non-white pixels and several
distinct colours).

Before trusting the console check, the script loads a page with a deliberate
console.error and an uncaught exception and requires the check to catch both,
so a change in Chromium's log format fails loudly instead of passing quietly.

With --stakegraph, the page is the real one: `stakegraph report` on the
bundled summary (figures rendered by Graphviz in the same run); the script
then also checks that the three figures are inlined and that every in-page
link (`href="#..."`, from tables and figure nodes) has its target id.

usage: check_report_browser.py MAKE_REPORT GRAPH.json FIGURE.svg WORKDIR
       check_report_browser.py --stakegraph STAKEGRAPH WORKDIR
Exit 0 pass, 1 fail, 77 skipped (chromium absent).
"""
import html.parser
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0", "--hide-scrollbars"]


def chromium(args, work):
    profile = tempfile.mkdtemp(prefix="profile-", dir=work)
    try:
        r = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                           capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return r


def console_lines(stderr):
    return [l for l in stderr.splitlines() if ":CONSOLE" in l or "Uncaught" in l]


def png_pixels(path):
    """(width, height, rows of RGBA/RGB bytes) of an 8-bit non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = ihdr
    assert depth == 8 and interlace == 0 and colour in (2, 6), f"unsupported PNG {ihdr}"
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


class LinkReader(html.parser.HTMLParser):
    """Collects every id, every in-page href target and the number of <svg>
    elements of a page."""

    def __init__(self):
        super().__init__()
        self.ids, self.targets, self.svgs = set(), [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "svg":
            self.svgs += 1
        for key in ("href", "xlink:href"):
            v = a.get(key)
            if v and v.startswith("#") and len(v) > 1:
                self.targets.append(v[1:])


class TableReader(html.parser.HTMLParser):
    """Collects the data-key of each header and the data-value of each cell of
    table#stakeholder-table, and the attributes of <html> and that table."""

    def __init__(self):
        super().__init__()
        self.in_table = False
        self.keys, self.rows, self.html_attrs, self.table_attrs = [], [], {}, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_attrs = a
        elif tag == "table" and a.get("id") == "stakeholder-table":
            self.in_table, self.table_attrs = True, a
        elif self.in_table and tag == "th":
            self.keys.append(a.get("data-key"))
        elif self.in_table and tag == "tr":
            self.rows.append([])
        elif self.in_table and tag == "td":
            self.rows[-1].append(a.get("data-value"))

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_table = False


def main():
    real = sys.argv[1] == "--stakegraph"
    if real:
        stakegraph, work = sys.argv[2:4]
    else:
        make_report, graph, figure, work = sys.argv[1:5]
    if not CHROMIUM:
        print("SKIP: chromium is not installed (scripts/install-deps.sh installs it)")
        return 77
    os.makedirs(work, exist_ok=True)
    failures = []

    # 1. The console check must catch a real console error and exception.
    probe = os.path.join(work, "probe.html")
    with open(probe, "w") as f:
        f.write("<!DOCTYPE html><title>probe</title><script>console.error('probe-error');"
                "undefinedFunction();</script>")
    r = chromium(["--dump-dom", "file://" + probe], work)
    lines = console_lines(r.stderr)
    if not (any("probe-error" in l for l in lines) and any("Uncaught" in l for l in lines)):
        failures.append("console check does not see a deliberate error; Chromium's log "
                        f"format changed? stderr was:\n{r.stderr[-2000:]}")

    # 2. Build the report.
    out = os.path.join(work, "report")
    shutil.rmtree(out, ignore_errors=True)
    if real:
        cmd = [stakegraph, "report", "-o", out]
    else:
        cmd = [make_report, graph, out, f"All stakeholders and relations=full={figure}"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        print("FAIL:", " ".join(cmd), r.stderr)
        return 1
    page = "file://" + os.path.abspath(os.path.join(out, "report.html"))
    if real:
        links = LinkReader()
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            links.feed(f.read())
        missing = sorted({t for t in links.targets if t not in links.ids})
        print(f"{links.svgs} inline SVG figures, {len(links.targets)} in-page links")
        if links.svgs < 3:
            failures.append(f"only {links.svgs} inline <svg> figures")
        if missing:
            failures.append(f"{len(missing)} in-page links without a target: {missing[:5]}")

    # 3. Screenshot: no console output, not blank.
    shot = os.path.join(work, "report.png")
    if os.path.exists(shot):
        os.remove(shot)
    r = chromium([f"--screenshot={shot}", "--window-size=1280,2000", page], work)
    for l in console_lines(r.stderr):
        failures.append(f"console: {l}")
    if not os.path.exists(shot):
        failures.append(f"no screenshot written: {r.stderr[-1000:]}")
    else:
        width, height, bpp, rows = png_pixels(shot)
        colours, non_white = set(), 0
        for row in rows[::4]:
            for x in range(0, width * bpp, bpp * 4):
                px = row[x:x + 3]
                colours.add(px)
                if px != b"\xff\xff\xff":
                    non_white += 1
        sampled = len(rows[::4]) * len(range(0, width * bpp, bpp * 4))
        share = non_white / sampled
        print(f"screenshot {width}x{height}, {os.path.getsize(shot)} bytes, "
              f"{len(colours)} distinct colours, {share:.1%} non-white (sampled)")
        if (width, height) != (1280, 2000):
            failures.append(f"screenshot is {width}x{height}")
        if len(colours) < 8 or share < 0.02:
            failures.append("screenshot looks blank")

    # 4. The sorting script: sort on load from the URL, read the DOM back.
    for key, direction, numeric in (("pagerank", "asc", True), ("betweenness", "desc", True),
                                    ("label", "asc", False)):
        r = chromium(["--dump-dom", f"{page}?sort={key}&dir={direction}"], work)
        for l in console_lines(r.stderr):
            failures.append(f"console ({key}): {l}")
        t = TableReader()
        t.feed(r.stdout)
        if t.html_attrs.get("data-report-ready") != "1":
            failures.append(f"{key}: the page script did not finish (no data-report-ready)")
        if t.table_attrs.get("data-sorted-by") != f"{key} {direction}":
            failures.append(f"{key}: table not sorted: {t.table_attrs.get('data-sorted-by')!r}")
        body = [row for row in t.rows if row]
        if len(body) < 30:
            failures.append(f"{key}: only {len(body)} stakeholder rows in the DOM")
            continue
        col = t.keys.index(key)
        values = [row[col] for row in body]
        if numeric:
            values = [float(v) for v in values if v not in (None, "")]
        else:
            values = [v.lower() for v in values]
        want = sorted(values, reverse=(direction == "desc"))
        if not numeric:
            # localeCompare ignores punctuation differences Python's order does not;
            # check the first letters only, which both orders agree on.
            values = [v[:1] for v in values if v[:1].isalpha()]
            want = sorted(values)
        if values != want:
            failures.append(f"{key}: rows not in {direction} order: {values[:8]}...")
        else:
            print(f"sorted by {key} {direction}: {len(body)} rows in order")

    if failures:
        for f in failures:
            print("FAIL:", f)
        return 1
    print("report.html loads in Chromium without console messages; sorting works")
    return 0


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

if __name__ == "__main__":
    sys.exit(main())
