#!/usr/bin/python3
"""Check that charta's examples/kreise report shows no number the sources do not give.

usage: check_not_reported.py REPORT [DATA_DIR]

  REPORT    the report directory of `charta run examples/kreise` (its
            data/indicators.csv is read), or that CSV file itself
  DATA_DIR  folder with the GENESIS exports (default: examples/kreise/data)

In a Regionalstatistik table, an area whose cells are all "-" in one period
(every value column of its row in a table with a year or date column; every
column of that date's group in a table wide by date) did not report in that
period: it did not exist yet, or no longer. This script reads the GENESIS
files itself (not with charta's code), finds those area-periods, and checks
that every indicator cell computed from one of them is missing in
data/indicators.csv, never 0 or another number. It also checks the cases
issue 9 names: Hannover (03241001, cars 2010-2011) and Trier (07211), whose
household waste is reported with the Landkreis Trier-Saarburg (every year
missing).

city.lua declares that Dresden's code 14262 became 14612 in 2009
(area_change): the report has one Dresden, 14612, whose series takes 14262's
values where 14612 has none (14612 is "-" for 1996-2000, 14262 from 2009 on).
So a period counts as "did not report" for 14612 only when both codes are "-"
(or absent) in it, and 14262 must not appear in the report at all.

Exit 0 when all hold, 1 otherwise (with the reasons), 2 on bad usage.
Python 3 standard library only.
"""

import csv
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "kreise", "data"))
DATE = re.compile(r"^(\d\d)\.(\d\d)\.(\d{4})$")
YEAR = re.compile(r"^\d{4}$")

# file, encoding
SOURCES = {
    "bevoelkerung-2015": ("12411-01-01-4.csv", "latin-1"),
    "flaeche-2015": ("11111-01-01-4.csv", "latin-1"),
    "bevoelkerung": ("12411-01-01-4_00.csv", "utf-8"),
    "kfz": ("46251-01-02-4_00.csv", "utf-8"),
    "abfall": ("32121-01-02-4_00.csv", "utf-8"),
}

# indicator -> the sources it reads, each with the shift from the indicator's
# year to the source's period (city.lua's compute functions)
INDICATORS = {
    "bevoelkerungsdichte": [("bevoelkerung-2015", 0), ("flaeche-2015", 0)],
    "pkw-dichte": [("kfz", 0), ("bevoelkerung", -1)],
    "abfall-pro-kopf": [("abfall", 0), ("bevoelkerung", 0)],
}


# old code -> (new code, first year under the new code), as city.lua declares
CHANGES = {"14262": ("14612", 2009)}


class CheckError(Exception):
    pass


def period_of(text):
    """The year of '2015' or '31.12.2015', else None."""
    text = text.strip()
    if YEAR.match(text):
        return int(text)
    m = DATE.match(text)
    return int(m.group(3)) if m else None


def not_reported(path, encoding):
    """The set of (area code, year) whose cells are all '-' in one period, with
    the code changes of CHANGES applied (see the module's text)."""
    silent, present = read_periods(path, encoding)
    for old, (new, _year) in CHANGES.items():
        periods = {p for (a, p) in present if a in (old, new)}
        for p in periods:
            old_silent = (old, p) in silent or (old, p) not in present
            new_silent = (new, p) in silent or (new, p) not in present
            silent.discard((old, p))
            if old_silent and new_silent:
                silent.add((new, p))
            else:
                silent.discard((new, p))
    return silent


def read_periods(path, encoding):
    """(the (area, year) whose cells are all '-', every (area, year) in the file)."""
    try:
        with open(path, encoding=encoding, newline="") as f:
            text = f.read()
    except OSError as e:
        raise CheckError(f"cannot read {path}: {e.strerror}")
    body = text.split("\n__________", 1)[0]
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    start = next((i for i, r in enumerate(rows) if r and r[0] == ""), None)
    if start is None:
        raise CheckError(f"{path}: no header rows")
    end = start
    while end < len(rows) and rows[end] and rows[end][0] == "":
        end += 1
    header, data = rows[start:end], [r for r in rows[end:] if r]
    width = len(header[0])
    n_keys = 0
    while n_keys < width and all(h[n_keys].strip() == "" for h in header):
        n_keys += 1
    first = data[0]
    year_key = next((k for k in range(n_keys) if period_of(first[k])), None)
    area_key = next(k for k in range(n_keys) if k != year_key)
    # the value columns' periods: the row's own, or the header's date
    groups = {}
    for j in range(n_keys, width):
        key = None if year_key is not None else period_of(header[0][j])
        if year_key is None and key is None:
            raise CheckError(f"{path}: column {j + 1} has no date and the rows no year")
        groups.setdefault(key, []).append(j)
    out, present = set(), set()
    for r in data:
        if len(r) != width:
            raise CheckError(f"{path}: a row of {len(r)} fields, expected {width}")
        area = r[area_key].strip()
        for key, cols in groups.items():
            period = period_of(r[year_key]) if key is None else key
            present.add((area, period))
            if all(r[j].strip() == "-" for j in cols):
                out.add((area, period))
    return out, present


def read_indicators(path):
    """(indicator, area, year) -> (value text, status)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            return {(r["indicator"], r["area"], int(r["year"])): (r["value"], r["status"])
                    for r in reader if r["year"].isdigit()}
    except OSError as e:
        raise CheckError(f"cannot read {path}: {e.strerror}")


def missing(cells, key):
    value, status = cells.get(key, ("", "M"))
    return value == "" and status in ("M", "C")


def main(argv):
    if len(argv) not in (2, 3) or argv[1] in ("-h", "--help"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    report = argv[1]
    path = report if os.path.isfile(report) else os.path.join(report, "data", "indicators.csv")
    data_dir = argv[2] if len(argv) == 3 else DEFAULT_DATA
    problems = []
    try:
        cells = read_indicators(path)
        silent = {name: not_reported(os.path.join(data_dir, f), enc)
                  for name, (f, enc) in SOURCES.items()}
    except CheckError as e:
        print(f"check_not_reported: error: {e}", file=sys.stderr)
        return 1
    for name, found in sorted(silent.items()):
        print(f"{name}: {len(found)} area-periods did not report (all cells '-')")
    checked = 0
    for (ind, area, year), (value, status) in sorted(cells.items()):
        for source, shift in INDICATORS.get(ind, []):
            if (area, year + shift) not in silent[source]:
                continue
            checked += 1
            if not missing(cells, (ind, area, year)):
                problems.append(f"{ind} {area} {year} = {value!r} ({status}), but {source} has "
                                f"only '-' for {area} in {year + shift}")
            break
    print(f"indicator cells computed from an area-period that did not report: {checked}")
    if checked == 0:
        problems.append("no indicator cell rests on an area-period that did not report: the "
                        "check found nothing to check")
    city = open(os.path.join(data_dir, "..", "city.lua"), encoding="utf-8").read() \
        if os.path.isfile(os.path.join(data_dir, "..", "city.lua")) else ""
    for old, (new, year) in CHANGES.items():
        if not re.search(r'area_change\s*\{\s*old\s*=\s*"%s",\s*new\s*=\s*"%s",\s*year\s*=\s*%d'
                         % (old, new, year), city):
            problems.append(f"city.lua does not declare the change {old} -> {new} ({year}) "
                            "this check assumes")
        for (ind, area, year_), _ in cells.items():
            if area == old:
                problems.append(f"{ind} {old} {year_}: the old code is in the report, although "
                                f"it became {new}")
                break
        for year_ in range(1996, 2001):
            if missing(cells, ("pkw-dichte", new, year_)):
                problems.append(f"pkw-dichte {new} {year_} is missing, although {old} reported "
                                "the cars then (one Dresden series)")
    named = [("pkw-dichte", "03241001", range(2010, 2012), "Hannover"),
             ("abfall-pro-kopf", "07211", range(2004, 2016),
              "Trier (waste reported with Trier-Saarburg)")]
    for ind, area, years, what in named:
        for year in years:
            if not missing(cells, (ind, area, year)):
                problems.append(f"{ind} {area} {year} ({what}) is {cells[(ind, area, year)]}, "
                                f"expected missing")
    if problems:
        for p in problems[:40]:
            print(f"check_not_reported: FAIL: {p}", file=sys.stderr)
        if len(problems) > 40:
            print(f"check_not_reported: FAIL: and {len(problems) - 40} more", file=sys.stderr)
        return 1
    print("check_not_reported: OK: no number where the sources did not report")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
