#!/usr/bin/python3
"""A city's series and the national Open SDG series in one chart: a temporary
project compares Köln's population growth (Regionalatlas AI002-1, change per
10,000 inhabitants, of ../shared/data/real/regionalstatistik) with Germany's
"population growth rate" of SDG 11.3.1 on sdg-indikatoren.de (the Open SDG CSV
of ../shared/data/real/opensdg-de), Germany drawn as the report's benchmark.
`charta run` must exit 0, and the report read back must hold both series with
the files' own values, computed here from the files:

- data/indicators.csv: Köln (05315) and Germany (DG) in every year of the
  window, values and statuses (the Regionalatlas's "x" of 2011 missing, the
  national "|" of 2016 a break), Germany's the Open SDG values, not the
  Regionalatlas's own row for DG;
- the chart's SVG: the city's points and line, the national dashed line with
  a vertex for each national value, read back through the axes' ticks, the line
  cut where a value is missing or the series breaks, both areas labelled;
- the workbook's native chart: two series named after the areas, the exact
  values by year, the national one dashed.

The Open SDG data are copied at test time and never committed (their licence
is unclear, see opensdg-de/SOURCE.md).

usage: check_national_benchmark.py CHARTA_BINARY SOURCE_DIR
Exit 77 (skipped) when the shared data are absent, unless CI=true.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

YEARS = range(2010, 2025)  # the project's window
CITY_CODE, NATION_CODE = "05315", "DG"
INDICATOR = "bevoelkerungsentwicklung"
TITLE = "Bevölkerungsentwicklung"

ATLAS = "regionalstatistik/AI002-1_00.csv"
ATLAS_COLUMN = "Zunahme(+)/Abnahme(-) der Bevölkerung je 10.000 EW"
OPENSDG = "opensdg-de/data/indicator_11-3-1.csv"
OPENSDG_SERIES = {"timeseries": "population growth rate", "presentation": "annual values"}

CITY = """\
-- Köln beside Germany: the city's population growth from the Regionalatlas
-- (AI002-1, change per 10,000 inhabitants) against the national series of
-- SDG 11.3.1 on sdg-indikatoren.de ("population growth rate", annual values).
city {
  id = "koeln-sdg",
  name = "Köln",
  code = "05315",
  languages = { "de", "en" },
  years = { 2010, 2024 },
}

-- Every Kreis and Land with its change per 10,000 inhabitants, 1995-2015
-- ("x" where it cannot be computed: 2011, the Zensus).
source "regionalatlas" {
  file = "data/AI002-1_00.csv",
  preset = "genesis",
  encoding = "utf-8",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    change_10000 = { column = "Zunahme(+)/Abnahme(-) der Bevölkerung je 10.000 EW",
                     unit = "per 10,000 inhabitants", aggregate = "none" },
  },
}

-- Germany's headline rows (blank GeoCode) of SDG 11.3.1, one of its four series.
source "sdg-11-3-1" {
  file = "data/indicator_11-3-1.csv",
  format = "opensdg",
  area_value = "DG",
  title = { de = "SDG-Indikatoren für Deutschland, 11.3.1",
            en = "SDG indicators for Germany, 11.3.1" },
  publisher = "Statistisches Bundesamt (Destatis)",
  series = { timeseries = "population growth rate", presentation = "annual values" },
  variables = { growth_de = { unit = "%" } },
}

use "charta.fields"

indicator "bevoelkerungsentwicklung" {
  title = { de = "Bevölkerungsentwicklung", en = "Population growth rate" },
  field = "HF04",
  sdg = "11.3.1",
  unit = "%", decimals = 2,
  direction = "none",
  comment = {
    de = "Zu- oder Abnahme der Bevölkerung im Jahr in % (Regionalatlas: je 10.000 Einwohner "
      .. "÷ 100); Deutschland: die Zeitreihe des nationalen SDG-Indikators 11.3.1.",
    en = "Increase or decrease of the population in the year in % (Regionalatlas: per 10,000 "
      .. "inhabitants ÷ 100); Germany: the series of the national SDG indicator 11.3.1.",
  },
  compute = function(d)
    -- Germany (DG) from the national platform, every other area from the Regionalatlas
    -- (which has a DG row of its own, left out here)
    return coalesce(d.growth_de:only("DG"), d.change_10000 / 100)
  end,
}

-- the Regionalatlas alone: its DG row ends in 2015, so the benchmark line of this
-- chart has missing years (never a 0 in the workbook chart's cache of values)
indicator "atlas-only" {
  title = { de = "Bevölkerungsentwicklung laut Regionalatlas", en = "Population growth (Regionalatlas)" },
  field = "HF04", unit = "%", decimals = 2, direction = "none",
  compute = function(d) return d.change_10000 / 100 end,
}

report {
  title = { de = "Köln und Deutschland: Bevölkerungsentwicklung",
            en = "Cologne and Germany: population growth" },
  benchmarks = { "DG" },
}
"""

# Destatis' footnote signs in COMMENT_OBS_* and the status each stands for
# (README, "SDMX and Open SDG data"); the worst of a row's signs wins.
OPENSDG_SIGNS = {".": "M", "\u2026": "M", "x": "M", "p": "P", "s": "E", "|": "B"}
ORDER = "ABPEUCM"  # better to worse (DESIGN §3: M/C > U > E > P > B > A)
MISSING = ("M", "C")

SVG = "{http://www.w3.org/2000/svg}"
C_NS = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def close(a, b, tol=1e-12):
    return abs(a - b) <= tol * max(1.0, abs(b))


def worst(a, b):
    return a if ORDER.index(a) > ORDER.index(b) else b


def read_atlas(path):
    """{area: (name, {year: value or None})} of the change column, per 100."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    head = next(r for r in rows if ATLAS_COLUMN in r)
    col = head.index(ATLAS_COLUMN)
    out = {}
    for r in rows:
        if len(r) <= col or not re.fullmatch(r"\d{4}", r[0]) or r[1] not in (CITY_CODE,
                                                                             NATION_CODE):
            continue
        name, series = out.setdefault(r[1], (r[2].strip(), {}))
        cell = r[col].strip()
        if cell in (".", "x", "...", "/"):
            series[int(r[0])] = None
        elif re.fullmatch(r"-?\d+(,\d+)?", cell):
            series[int(r[0])] = float(cell.replace(",", ".")) / 100
        else:
            raise ValueError("%s: unexpected cell %r for %s %s" % (path, cell, r[1], r[0]))
    return out


def read_opensdg(path):
    """{year: (value or None, status)} of the headline rows of the chosen series."""
    out = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row.get("GeoCode") or any(row[k] != v for k, v in OPENSDG_SERIES.items()):
                continue
            status = "A"
            for k in ("COMMENT_OBS_0", "COMMENT_OBS_1", "COMMENT_OBS_2"):
                status = worst(status, OPENSDG_SIGNS.get(row[k].strip(), "A"))
            value = float(row["Value"]) if row["Value"] else None
            if value is None and status not in MISSING:
                status = "M"
            out[int(row["Year"])] = (value, status)
    return out


def runs(points):
    """The stretches of a line: consecutive years with a value, cut before a break (B)."""
    out, cur = [], []
    for y in YEARS:
        v, st = points.get(y, (None, "M"))
        if v is None:
            cur = []
            continue
        if st == "B" or not cur:
            cur = []
            out.append(cur)
        cur.append(y)
    return out


def number(text):
    return float(text.replace("\u2212", "-").replace(".", "").replace(",", "."))


def path_points(d):
    return [(float(x), float(y)) for x, y in re.findall(r"[ML]\s*([-\d.]+)\s+([-\d.]+)", d)]


def check_svg(path, want, names):
    """The chart read back: ticks give the scales, the paths and points the values."""
    root = ET.parse(path).getroot()
    els = list(root.iter())
    check(root.findtext(SVG + "title") == TITLE, "svg title %r" % root.findtext(SVG + "title"))
    desc = root.findtext(SVG + "desc") or ""
    for code in (CITY_CODE, NATION_CODE):
        check(names[code] in desc, "svg desc names %s: %r" % (names[code], desc))
    labels = [e.text for e in els if e.tag == SVG + "text" and e.get("class") == "label"]
    check(sorted(labels) == sorted(names.values()), "svg labels %r, want %r"
          % (labels, sorted(names.values())))

    # each tick label follows its tick or grid line: horizontal ones give the value
    # scale, vertical ones the years
    yticks, xticks, last = [], [], None
    for e in els:
        if e.tag == SVG + "path":
            last = path_points(e.get("d", ""))
        elif e.tag == SVG + "text" and e.get("class") == "tick" and last and len(last) == 2:
            (x1, y1), (x2, y2) = last
            if y1 == y2:
                yticks.append((y1, number(e.text)))
            elif x1 == x2:
                xticks.append((x1, int(e.text)))
    if not check(len(yticks) >= 2 and len(xticks) >= 2, "svg ticks: %r %r" % (yticks, xticks)):
        return
    (ya, va), (yb, vb) = yticks[0], yticks[-1]
    (xa, ta), (xb, tb) = xticks[0], xticks[-1]

    def value_at(y):
        return va + (y - ya) * (vb - va) / (yb - ya)

    def year_at(x):
        t = ta + (x - xa) * (tb - ta) / (xb - xa)
        check(abs(t - round(t)) < 0.01, "svg point at x=%s is no year (%.3f)" % (x, t))
        return int(round(t))

    # coordinates are rounded to 0.01 px: a drawn value within 0.05 px of the data's
    tol = 0.05 * abs((vb - va) / (yb - ya))

    def same(points, stretch_want, what):
        got = [[(year_at(x), value_at(y)) for x, y in pts] for pts in points]
        check([[y for y, _ in s] for s in got] == stretch_want,
              "%s: stretches %r, want %r" % (what, [[y for y, _ in s] for s in got],
                                              stretch_want))
        for s in got:
            for y, v in s:
                w = want[what].get(y, (None,))[0]
                check(w is not None and abs(v - w) <= tol,
                      "%s %d: drawn at %.4f, want %s" % (what, y, v, w))

    bench = [path_points(e.get("d")) for e in els
             if e.tag == SVG + "path" and e.get("class") == "benchmark"]
    same(bench, runs(want[NATION_CODE]), NATION_CODE)

    series = [e for e in els if e.tag == SVG + "path" and e.get("class") == "series"]
    colour = series[0].get("stroke") if series else None
    lines = [path_points(e.get("d")) for e in series]
    same(lines, [r for r in runs(want[CITY_CODE]) if len(r) > 1], CITY_CODE)
    dots = [(float(e.get("cx")), float(e.get("cy"))) for e in els
            if e.tag == SVG + "circle" and e.get("class") == "point" and e.get("fill") == colour]
    same([dots], [[y for y in YEARS if want[CITY_CODE].get(y, (None,))[0] is not None]],
         CITY_CODE)


def check_workbook(path, want, names):
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        found = None
        for n in charts:
            root = ET.fromstring(z.read(n))
            title = root.find(".//%stitle//%sv" % (C_NS, C_NS))
            if title is not None and title.text == TITLE:
                found = root
    if not check(found is not None, "no chart titled %r in the workbook" % TITLE):
        return
    sers = {}
    for ser in found.iter(C_NS + "ser"):
        name = ser.find("%stx//%sv" % (C_NS, C_NS)).text
        cats = {int(p.get("idx")): int(float(p.findtext(C_NS + "v")))
                for p in ser.find(C_NS + "cat").iter(C_NS + "pt")}
        vals = {cats[int(p.get("idx"))]: float(p.findtext(C_NS + "v"))
                for p in ser.find(C_NS + "val").iter(C_NS + "pt")}
        dashed = ser.find("%sspPr/%sln/%sprstDash" % (C_NS, A_NS, A_NS)) is not None
        sers[name] = (sorted(cats.values()), vals, dashed)
    check(sorted(sers) == sorted(names.values()), "workbook chart series %r" % sorted(sers))
    for code, name in names.items():
        if name not in sers:
            continue
        cats, vals, dashed = sers[name]
        check(cats == list(YEARS), "workbook %s: years %r" % (code, cats))
        expect = {y: v for y, (v, _) in want[code].items() if y in YEARS and v is not None}
        check(sorted(vals) == sorted(expect), "workbook %s: years with values %r, want %r"
              % (code, sorted(vals), sorted(expect)))
        for y, v in vals.items():
            check(y in expect and close(v, expect[y]),
                  "workbook %s %d: %r, want %r" % (code, y, v, expect.get(y)))
        check(dashed == (code == NATION_CODE), "workbook %s: dashed %s" % (code, dashed))


def main():
    charta, source_dir = sys.argv[1], sys.argv[2]
    shared = os.environ.get("CHARTA_SHARED", os.path.join(source_dir, "..", "shared"))
    real = os.path.join(shared, "data", "real")
    if not all(os.path.isfile(os.path.join(real, p)) for p in (ATLAS, OPENSDG)):
        if os.environ.get("CI") == "true":
            print("check_national_benchmark: %s is absent (CI=true: a failure)" % real)
            return 1
        print("check_national_benchmark: skipped: %s or %s is absent under %s"
              % (ATLAS, OPENSDG, real))
        return 77

    # the expectations, from the files themselves
    atlas = read_atlas(os.path.join(real, ATLAS))
    national = read_opensdg(os.path.join(real, OPENSDG))
    names = {code: atlas[code][0] for code in (CITY_CODE, NATION_CODE)}
    city = {y: (v, "A" if v is not None else "M") for y, v in atlas[CITY_CODE][1].items()}
    want = {CITY_CODE: city, NATION_CODE: national}
    n_city = sum(1 for y in YEARS if city.get(y, (None,))[0] is not None)
    n_nat = sum(1 for y in YEARS if national.get(y, (None,))[0] is not None)
    check(n_city >= 5 and n_nat >= 14, "values in the window: city %d, national %d"
          % (n_city, n_nat))
    check(city.get(2011, (0,))[0] is None, "the Regionalatlas has no change for Köln in 2011")
    check(any(st == "B" for y, (_, st) in national.items() if y in YEARS),
          "the national series has a break in the window")
    # the Regionalatlas's own DG row differs: the chart must show the Open SDG one
    own = atlas[NATION_CODE][1]
    check(any(own.get(y) is not None and national.get(y, (None,))[0] is not None
              and not close(own[y], national[y][0], 1e-6) for y in YEARS),
          "the Regionalatlas's DG row and the Open SDG series differ somewhere")

    tmp = tempfile.mkdtemp(prefix="charta_national_")
    try:
        os.mkdir(os.path.join(tmp, "data"))
        for src in (ATLAS, OPENSDG):
            shutil.copyfile(os.path.join(real, src),
                            os.path.join(tmp, "data", os.path.basename(src)))
        with open(os.path.join(tmp, "city.lua"), "w", encoding="utf-8") as f:
            f.write(CITY)
        out = os.path.join(tmp, "out")
        env = dict(os.environ)
        env.setdefault("CHARTA_PATH", os.path.join(source_dir, "indicators"))
        run = subprocess.run([charta, "run", tmp, "-o", out, "--lang", "de",
                              "--date", "2026-06-30", "--quiet"],
                             capture_output=True, text=True, env=env)
        if run.returncode != 0:
            print(run.stderr)
            print("charta run exited with", run.returncode)
            return 1
        check(" error:" not in run.stderr, "errors on stderr: %s" % run.stderr)

        # data/indicators.csv: every year of the window, both areas
        cells = {}
        with open(os.path.join(out, "data", "indicators.csv"), newline="",
                  encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["indicator"] == INDICATOR:
                    cells[(row["area"], int(row["year"]))] = (row["value"], row["status"],
                                                              row["area_name"])
        for code in (CITY_CODE, NATION_CODE):
            for y in YEARS:
                v, st = want[code].get(y, (None, "M"))
                got = cells.get((code, y))
                if not check(got is not None, "indicators.csv has no row %s %d" % (code, y)):
                    continue
                check(got[2] == names[code], "indicators.csv %s: name %r" % (code, got[2]))
                if v is None:
                    check(got[0] == "" and got[1] in MISSING,
                          "indicators.csv %s %d: want missing, got %r" % (code, y, got[:2]))
                else:
                    check(got[0] != "" and close(float(got[0]), v) and got[1] == st,
                          "indicators.csv %s %d: want %r %s, got %r" % (code, y, v, st, got[:2]))

        check_svg(os.path.join(out, "charts", INDICATOR + ".svg"), want, names)
        check_workbook(os.path.join(out, "koeln-sdg-2024.xlsx"), want, names)
        # every chart's cache of values against its cells: no 0 for a missing value
        sys.path.insert(0, os.path.join(source_dir, "tests", "tools"))
        import check_report
        import openpyxl
        check_report.check_chart_caches(
            os.path.join(out, "koeln-sdg-2024.xlsx"),
            openpyxl.load_workbook(os.path.join(out, "koeln-sdg-2024.xlsx"), data_only=True))
        pdf = os.path.join(out, "koeln-sdg-2024.pdf")
        check(os.path.isfile(pdf) and os.path.getsize(pdf) > 0, "no PDF written")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("%d failures" % len(failures))
        return 1
    print("ok: Köln %d values, Germany (Open SDG 11.3.1) %d values, in indicators.csv, the SVG "
          "and the workbook's chart" % (n_city, n_nat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
