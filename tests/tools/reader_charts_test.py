#!/usr/bin/python3
"""The reader's charts and tables, read back from the SVG charts and the PDF's text.

usage: reader_charts_test.py CHARTA EXAMPLES

Runs examples/musterstadt (German, and its charts in English), and a copy of
examples/kreise with three benchmarks added to its report (Deutschland, the
subject area, Bayern and Nordrhein-Westfalen), then checks:

  1. a time series with values in one year only is drawn as bars: kreise's
     population density (2015 only) is an area comparison, without a time series;
  2. the PDF's tables "Werte der letzten Jahre" have no year column of "k. A."
     only (musterstadt's turnout: 2020 alone);
  3. no value label of a bar chart is struck through by a reference or benchmark
     line (text boxes measured with DejaVu Sans, as the charts are drawn);
  4. every benchmark line has its own colour and dash, the same as the piece of
     line beside its label, and no two labels of the references overlap;
  5. a time series whose value axis does not reach zero says so, in German and
     in English, and one whose axis starts at zero does not.
Exit 77 (skipped) without pdftotext or PIL, unless CI=true.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = {"s": "http://www.w3.org/2000/svg"}
FONTS = "/usr/share/fonts/truetype/dejavu/"
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def skip(why):
    if os.environ.get("CI") == "true":
        sys.exit(why)
    print("skipped:", why)
    sys.exit(77)


try:
    from PIL import ImageFont
except ImportError:
    skip("no PIL")
if not shutil.which("pdftotext"):
    skip("no pdftotext")

_fonts = {}


SCALE = 100  # fonts at 100 x the size (PIL takes whole sizes), measures divided back


def font(bold):
    if bold not in _fonts:
        _fonts[bold] = ImageFont.truetype(FONTS + ("DejaVuSans-Bold.ttf" if bold
                                                   else "DejaVuSans.ttf"), 12 * SCALE)
    return _fonts[bold]


def text_box(el):
    """(x0, y0, x1, y1) of an SVG <text> (x is its left edge, y its baseline)."""
    size = float(el.get("font-size"))
    f, k = font(el.get("font-weight") == "bold"), size / (12 * SCALE)
    x, y = float(el.get("x")), float(el.get("y"))
    w = f.getlength(el.text or "") * k
    asc, desc = (m * k for m in f.getmetrics())
    return (x, y - asc, x + w, y + desc)


def path_points(el):
    return [(float(a), float(b)) for a, b in re.findall(r"[ML]\s*([-\d.]+)\s+([-\d.]+)",
                                                        el.get("d"))]


def svg(path):
    return ET.parse(path).getroot()


def cls(root, tag, name):
    return [e for e in root.iter("{%s}%s" % (NS["s"], tag)) if e.get("class") == name]


def run(charta, project, out, *args):
    r = subprocess.run([charta, "run", project, "-o", out, "--date", "2025-06-30", "-q", *args],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"charta run {project} {args}: exit {r.returncode}: {r.stderr}")


def pdf_layout_text(out):
    pdf = [f for f in os.listdir(out) if f.endswith(".pdf")][0]
    return subprocess.run(["pdftotext", "-layout", os.path.join(out, pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


# --- 1. one year: bars -------------------------------------------------------------

def check_one_year(kreise_out):
    charts = os.path.join(kreise_out, "charts")
    root = svg(os.path.join(charts, "bevoelkerungsdichte.svg"))
    if len(cls(root, "rect", "bar")) < 10 or cls(root, "path", "series"):
        fail("kreise bevoelkerungsdichte (2015 only): not drawn as bars")
    if os.path.exists(os.path.join(charts, "bevoelkerungsdichte-areas.svg")):
        fail("kreise bevoelkerungsdichte: a second (time series or area) chart of one year")
    if not os.path.exists(os.path.join(charts, "pkw-dichte-areas.svg")):
        fail("kreise pkw-dichte (many years) lost its area comparison")
    if not cls(svg(os.path.join(charts, "pkw-dichte.svg")), "path", "series"):
        fail("kreise pkw-dichte (many years) is no longer a line chart")


# --- 2. tables without empty year columns -----------------------------------------

def tables(text):
    """Each table under "Werte der letzten Jahre"/"Values of the last years": its years
    and for each column whether some row has a value (not "k. A."/"n/a")."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if line.strip() not in ("Werte der letzten Jahre", "Values of the last years"):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        head = lines[j]
        years = [(m.group(), m.end()) for m in re.finditer(r"\b(19|20)\d\d\b", head)]
        if not years:  # "Keine Werte für ..." in one line
            out.append(([], [], lines[j].strip()))
            continue
        filled = [False] * len(years)
        for row in lines[j + 1:]:
            if not row.strip():
                break
            for m in re.finditer(r"k\. A\.|n/a|\S+", row):
                if m.start() < years[0][1] - 14:
                    continue  # the area's name
                k = min(range(len(years)), key=lambda k: abs(years[k][1] - m.end()))
                if m.group() not in ("k. A.", "n/a") and re.search(r"\d", m.group()):
                    filled[k] = True
        out.append(([y for y, _ in years], filled, None))
    return out


def check_tables(text, name):
    ts = tables(text)
    if not ts:
        fail(f"{name}: no table of the last years found")
    for years, filled, line in ts:
        if line is not None:
            if not re.match(r"(Keine Werte für|No values for) ", line):
                fail(f"{name}: a table without years and no sentence saying so: {line!r}")
            continue
        for y, f in zip(years, filled):
            if not f:
                fail(f"{name}: the column {y} of a table of the last years has no value")
    return ts


# --- 3. value labels clear of reference lines -------------------------------------

def check_value_labels(path):
    root = svg(path)
    lines = []
    for e in cls(root, "path", "reference") + cls(root, "path", "benchmark"):
        pts = path_points(e)
        if len(pts) == 2 and abs(pts[0][0] - pts[1][0]) < 1e-6:  # vertical: bars
            lines.append((pts[0][0], min(pts[0][1], pts[1][1]), max(pts[0][1], pts[1][1])))
    n = 0
    for t in cls(root, "text", "value"):
        x0, y0, x1, y1 = text_box(t)
        for x, ya, yb in lines:
            n += 1
            if x0 - 1 < x < x1 + 1 and y0 < yb and ya < y1:
                fail(f"{os.path.basename(path)}: the value label {t.text!r} "
                     f"({x0:.1f}..{x1:.1f}) is struck by a reference line at x={x:.1f}")
    return n


# --- 4. benchmarks: own styles, labels apart -----------------------------------------

def check_benchmarks(path, want):
    root = svg(path)
    styles = {(e.get("stroke"), e.get("stroke-dasharray")) for e in cls(root, "path", "benchmark")}
    if len(styles) != want:
        fail(f"{os.path.basename(path)}: {want} benchmarks drawn in {len(styles)} styles: {styles}")
    if any(d is None for _, d in styles):
        fail(f"{os.path.basename(path)}: a benchmark line is not dashed")
    # each style also beside a label (the end labels of a time series, the label
    # row of the bars): a legend in the line's own style
    keys = {(e.get("stroke"), e.get("stroke-dasharray"))
            for e in cls(root, "path", "label") + cls(root, "path", "legend")}
    for s in styles:
        if s not in keys:
            fail(f"{os.path.basename(path)}: the benchmark style {s} has no label in its style")
    boxes = [(text_box(t), t.text) for t in cls(root, "text", "reference") + cls(root, "text", "label")]
    for i in range(len(boxes)):
        for j in range(i):
            (a, ta), (b, tb) = boxes[i], boxes[j]
            if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                fail(f"{os.path.basename(path)}: the labels {ta!r} and {tb!r} overlap")


# --- 5. the axis note -------------------------------------------------------------

def lowest_tick(root):
    vals = []
    for t in cls(root, "text", "tick"):
        s = (t.text or "").replace(".", "").replace(",", ".").replace("\u2212", "-")
        if re.fullmatch(r"-?\d+(\.\d+)?", s) and not re.fullmatch(r"(19|20)\d\d", s):
            vals.append(float(s))
    return min(vals) if vals else None


def check_axis_note(charts, note):
    said = bare = 0
    for f in sorted(os.listdir(charts)):
        if not f.endswith(".svg") or f.startswith(("field-", "overview")):
            continue
        root = svg(os.path.join(charts, f))
        if not cls(root, "path", "series"):
            continue  # bars start at zero
        lo = lowest_tick(root)
        has = any(t.text == note for t in cls(root, "text", "note"))
        if lo is None:
            continue
        if lo > 0 and not has:
            fail(f"{f}: the value axis starts at {lo} without the note {note!r}")
        if lo <= 0 and has:
            fail(f"{f}: the value axis reaches zero, yet the note {note!r} is there")
        said += has
        bare += not has
    if not said or not bare:
        fail(f"{charts}: expected charts with and without the axis note ({said}, {bare})")


def main():
    charta, examples = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        kb = os.path.join(tmp, "kreise")
        shutil.copytree(os.path.join(examples, "kreise"), kb)
        city = os.path.join(kb, "city.lua")
        src = open(city, encoding="utf-8").read()
        src, n = re.subn(r'(\n\s*focus = \{[^}]*\},)', r'\1 benchmarks = { "DG", "09", "05" },',
                         src, count=1)
        assert n == 1, "kreise's report has no focus line to add benchmarks to"
        open(city, "w", encoding="utf-8").write(src)
        kout, mout, men = (os.path.join(tmp, d) for d in ("k", "m", "men"))
        run(charta, kb, kout)
        run(charta, os.path.join(examples, "musterstadt"), mout)
        run(charta, os.path.join(examples, "musterstadt"), men, "--lang", "en",
            "--formats", "charts")

        check_one_year(kout)

        mt = check_tables(pdf_layout_text(mout), "musterstadt")
        check_tables(pdf_layout_text(kout), "kreise")
        text = pdf_layout_text(mout)
        i = text.find("Wahlbeteiligung bei der Stadtratswahl\nEinheit")
        turnout = tables(text[i:])[0] if i >= 0 else None
        if not turnout or turnout[0] != ["2020"]:
            fail(f"musterstadt turnout: the table's years are {turnout and turnout[0]}, not 2020")
        print(f"tables: {len(mt)} in musterstadt")

        n = 0
        for out in (kout, mout):
            charts = os.path.join(out, "charts")
            for f in sorted(os.listdir(charts)):
                if f.endswith(".svg") and not f.startswith(("field-", "overview")):
                    n += check_value_labels(os.path.join(charts, f))
        if n < 100:
            fail(f"only {n} value label / reference line pairs checked")
        print(f"value labels: {n} label/line pairs checked")

        kc = os.path.join(kout, "charts")
        check_benchmarks(os.path.join(kc, "pkw-dichte.svg"), 2)  # Deutschland is the subject
        check_benchmarks(os.path.join(kc, "pkw-dichte-areas.svg"), 2)
        check_benchmarks(os.path.join(kc, "bevoelkerungsdichte.svg"), 2)

        check_axis_note(os.path.join(mout, "charts"), "Achse beginnt nicht bei null")
        check_axis_note(os.path.join(men, "charts"), "Axis does not start at zero")
    if failures:
        sys.exit(f"{len(failures)} failures")
    print("ok")


main()
