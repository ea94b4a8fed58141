#!/usr/bin/python3
"""Excel workbooks as sources through a whole run: two temporary projects read the
real workbooks of ../shared/data/real with format = "xlsx", `charta run --formats
csv` writes data/indicators.csv, and its values are those the SOURCE.md files
name: Eurostat's city populations (urb_cpop1.xlsx, numbers and the ':' sign as
shared strings, the header row of years, a range that leaves the title block and
the footer out) and the ONS road death rates of 3.6.1.xlsx, the cached results of
formulas on the sheet 'Calculations', by name and by number.

usage: check_xlsx_run.py CHARTA_BINARY SOURCE_DIR
Exit 77 (skipped) when the shared data are absent, unless CI=true.
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile

UK = """\
city { id = "uk", name = "United Kingdom", code = "UK", years = { 2010, 2018 } }
areas { list = {
  { code = "UK", name = "United Kingdom" }, { code = "GB", name = "Great Britain", parent = "UK" },
  { code = "ENG", name = "England", parent = "GB" }, { code = "W", name = "Wales", parent = "GB" },
} }
-- the rate per 100,000 (columns AJ:AR), a formula cached in the workbook; the sheet
-- by its name, then by its number
source "by_name" {
  file = "data/3.6.1.xlsx", format = "xlsx", sheet = "Calculations", range = "AE3:AR7",
  area = "#1", area_by = "name", year = 2011,
  variables = { rate2011 = { column = "2011", unit = "per 100,000", aggregate = "none" } },
}
source "by_number" {
  file = "data/3.6.1.xlsx", format = "xlsx", sheet = 4, range = "AE3:AR7",
  area = "#1", area_by = "name", year = 2018,
  variables = { rate2018 = { column = "2018", unit = "per 100,000", aggregate = "none" } },
}
field "f" { title = "Road deaths" }
indicator "r2011" { field = "f", title = "Rate", unit = "x", compute = function(d) return d.rate2011 end }
indicator "r2018" { field = "f", title = "Rate", unit = "x", compute = function(d) return d.rate2018 end }
"""

CITIES = """\
city { id = "cities", name = "Cities", code = "DE", years = { 1990, 2014 } }
source "cities" {
  file = "data/urb_cpop1.xlsx", format = "xlsx", range = "A9:AA1014", area = "City",
  missing = { ":" },
  variables = { population = { column = "", aggregate = "none" } },
}
field "f" { title = "Population" }
indicator "pop" { field = "f", title = "Population", unit = "x",
  compute = function(d) return d.population end }
"""

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(charta, tmp, name, city, files):
    d = os.path.join(tmp, name)
    os.makedirs(os.path.join(d, "data"))
    for src in files:
        shutil.copyfile(src, os.path.join(d, "data", os.path.basename(src)))
    with open(os.path.join(d, "city.lua"), "w", encoding="utf-8") as f:
        f.write(city)
    out = os.path.join(d, "out")
    r = subprocess.run([charta, "run", d, "-o", out, "--formats", "csv"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        print(r.stderr)
        check(False, "%s: charta run exited with %d" % (name, r.returncode))
        return {}
    cells = {}
    with open(os.path.join(out, "data", "indicators.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cells[(row["indicator"], row["area"], int(row["year"]))] = (row["value"], row["status"])
    return cells


def main():
    charta, source_dir = sys.argv[1], sys.argv[2]
    shared = os.environ.get("CHARTA_SHARED", os.path.join(source_dir, "..", "shared"))
    real = os.path.join(shared, "data", "real")
    if not os.path.isdir(real):
        if os.environ.get("CI") == "true":
            print("check_xlsx_run: %s is absent (CI=true: a failure)" % real)
            return 1
        print("check_xlsx_run: skipped: %s is absent" % real)
        return 77
    tmp = tempfile.mkdtemp(prefix="charta_xlsx_")
    try:
        uk = run(charta, tmp, "uk", UK, [os.path.join(real, "opensdg-uk/xlsx/3.6.1.xlsx")])
        # the cached formula results, as written: Calculations!AK4, AR4, AK7
        for area, year, want in (("UK", 2011, "3.0970933226114914"),
                                 ("UK", 2018, "2.768096297840539"),
                                 ("W", 2011, "3.9493980921469642")):
            got = uk.get(("r%d" % year, area, year))
            check(got == (want, "A"), "rate %s %d: want %s A, got %s" % (area, year, want, got))

        cities = run(charta, tmp, "cities", CITIES,
                     [os.path.join(real, "urban-audit/urb_cpop1.xlsx")])
        for area, year, want in (("DE", 2010, "81802257"), ("DE", 2013, "80523746"),
                                 ("DE", 2014, "80767463"), ("DE001C1", 2014, "3421829"),
                                 ("DE003C1", 2014, "1407836"), ("DE004C1", 2014, "1034175"),
                                 ("DE009C1", 2014, "530754"), ("DE008C1", 2014, "531562"),
                                 ("DE001C1", 2010, "3442675"), ("BE001C1", 1990, "964385"),
                                 ("BE001C1", 2014, "1183841")):
            got = cities.get(("pop", area, year))
            check(got == (want, "A"), "pop %s %d: want %s A, got %s" % (area, year, want, got))
        # ':' is a shared string cell meaning missing
        check(cities.get(("pop", "DE001C1", 1990)) == ("", "M"),
              "pop DE001C1 1990 (':'): got %s" % (cities.get(("pop", "DE001C1", 1990)),))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("%d failures" % len(failures))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
