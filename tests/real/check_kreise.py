#!/usr/bin/python3
"""Check charta's examples/kreise results against the published Regionalatlas.

usage: check_kreise.py REPORT [DATA_DIR]

  REPORT    the report directory of `charta run examples/kreise` (its
            data/indicators.csv is read), or that CSV file itself
  DATA_DIR  folder with AI002-1_00.csv, AI013-1_00.csv, AI-N-12_00.csv
            (default: examples/kreise/data of this repository)

charta's values (full precision) are rounded half up to one decimal, as the
statistical offices publish them, and compared with the published ratios
(decimal comma). Published signs (. x - ...) and cells charta leaves missing
are skipped. Compared are the regions of the Kreise tables: Germany (DG),
Länder (2 digits), Regierungsbezirke / statistical regions (3) and Kreise
(5). The three 8-digit Gemeinden the tables also carry (Hannover, Aachen,
Saarbrücken) are compared as well and any mismatch fails, but they are not
part of the expected counts. Expected exactly (data/SOURCE.md):

  bevoelkerungsdichte 2015  446 matches, no mismatch              (AI002-1)
  pkw-dichte             6,567 matches, no mismatch              (AI013-1)
  abfall-pro-kopf        4,822 matches, 11 mismatches, which are
                         exactly Trier-Saarburg (07235) 2005-2015
                         (joint waste collection)                 (AI-N-12)

Trier (07211) and Trier-Saarburg (07235) dispose of their waste jointly: the
waste table books all of it to the Landkreis and gives Trier 0 t. The city
declares `reported_with = { ["07211"] = "07235" }`, so charta leaves Trier's
waste missing (11 published values without a charta value, no longer 11
mismatches against a false 0 kg/EW); the Landkreis's value is its booked
waste over its own population, while the Regionalatlas divides the joint
waste by both populations (405,5 for both in 2005): those 11 still differ.
Cells that are "-" in every column of an area in a period (the area did not
report) are missing in charta; the Regionalatlas publishes a sign there, so
they change no count.

pkw-dichte had 6,573 before city.lua declared area_change 14262 -> 14612:
the Regionalatlas publishes Dresden under both codes, and the six values of
14262 (1996, 2000, 2005-2008) no longer have an area of their own (charta
reports one Dresden, 14612); the same years under 14612 match as before
(2005-2008) or are published as "." (1996, 2000). The other counts are
unchanged.

Beyond the counts, the reform and the break that city.lua declares: Dresden
is one area, 14612, with a cars series for every year 1996-2016 (its values
before 2001 come from 14262, which data/indicators.csv does not list); the
cars series has status B in 2008 (the vehicle register's new counting); and
no pkw-dichte assessment of 14612 in data/progress.csv starts before 2008.

Exit 0 when all hold, 1 otherwise (with the reasons), 2 on bad usage.
Python 3 standard library only.
"""

import csv
import io
import math
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "kreise", "data"))

# indicator id, published file, header text of the published column, years
# compared (None = all), expected matches, expected mismatches
CHECKS = [
    ("bevoelkerungsdichte", "AI002-1_00.csv", "Bevölkerungsdichte (Einwohner je qkm)", {2015}, 446,
     set()),
    ("pkw-dichte", "AI013-1_00.csv", "Pkw je 1.000 Einwohner", None, 6567, set()),
    ("abfall-pro-kopf", "AI-N-12_00.csv", "Haushaltsabfälle je Einwohner", None, 4822,
     {("07235", year) for year in range(2005, 2016)}),
]


PUBLISHED_SIGNS = {".", "x", "-", "...", "/", "()", ""}
ONE_DECIMAL = Decimal("0.1")


class CheckError(Exception):
    pass


def region_level(code):
    """'kreis' for the regions the expected counts cover, 'gemeinde' for
    8-digit codes, None for anything else."""
    if code == "DG" or (code.isdigit() and len(code) in (2, 3, 5)):
        return "kreis"
    if code.isdigit() and len(code) == 8:
        return "gemeinde"
    return None


def read_indicators(path):
    """(indicator, area, year) -> (float or None, area_name)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except OSError as e:
        raise CheckError(f"cannot read {path}: {e.strerror}")
    reader = csv.DictReader(io.StringIO(text))
    need = ["indicator", "area", "area_name", "year", "value", "status"]
    if reader.fieldnames is None or [c for c in need if c not in reader.fieldnames]:
        raise CheckError(f"{path}: header {reader.fieldnames} lacks some of {need}")
    cells = {}
    for n, row in enumerate(reader, start=2):
        try:
            year = int(row["year"])
        except (TypeError, ValueError):
            continue  # periods other than years are not compared here
        key = (row["indicator"], row["area"], year)
        if key in cells:
            raise CheckError(f"{path}:{n}: {key} appears twice")
        value = (row["value"] or "").strip()
        status = (row["status"] or "").strip()
        if value == "" or status in ("M", "C"):
            if value != "":
                raise CheckError(f"{path}:{n}: status {status} with value {value!r}")
            cells[key] = (None, row["area_name"])
            continue
        try:
            x = float(value)
        except ValueError:
            raise CheckError(f"{path}:{n}: value {value!r} is not a number")
        if not math.isfinite(x):
            raise CheckError(f"{path}:{n}: value {value!r} is not finite")
        cells[key] = (x, row["area_name"])
    return cells


def read_published(path, column_title):
    """(area, year) -> (text, name) of the published column."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except OSError as e:
        raise CheckError(f"cannot read {path}: {e.strerror}")
    body = text.split("\n__________", 1)[0]
    col = None
    out = {}
    for n, row in enumerate(csv.reader(io.StringIO(body), delimiter=";"), start=1):
        if not row:
            continue
        if col is None:
            if row[0] == "" and column_title in row:
                col = row.index(column_title)
            continue
        if row[0] == "":
            continue  # unit row
        if not (len(row[0]) == 4 and row[0].isdigit()):
            raise CheckError(f"{path}:{n}: expected a year in the first cell, got {row[0]!r}")
        key = (row[1].strip(), int(row[0]))
        if key in out:
            raise CheckError(f"{path}:{n}: {key} appears twice")
        out[key] = (row[col].strip(), row[2].strip())
    if col is None:
        raise CheckError(f"{path}: no header cell {column_title!r}")
    return out


def round_half_up(x):
    return Decimal(repr(x)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def published_decimal(text):
    return Decimal(text.replace(",", "."))


def check_one(cells, data_dir, ind, fname, title, years, want_matches, want_mismatch):
    published = read_published(os.path.join(data_dir, fname), title)
    problems = []
    stats = {"kreis": [0, [], 0], "gemeinde": [0, [], 0]}  # matches, mismatches, charta missing
    skipped_published = 0
    for (code, year), (text, pname) in sorted(published.items()):
        if years is not None and year not in years:
            continue
        level = region_level(code)
        if level is None:
            problems.append(f"{fname}: unexpected region code {code!r}")
            continue
        if text in PUBLISHED_SIGNS:
            skipped_published += 1
            continue
        value, cname = cells.get((ind, code, year), (None, None))
        if value is None:
            stats[level][2] += 1
            continue
        got, want = round_half_up(value), published_decimal(text)
        if got == want:
            stats[level][0] += 1
        else:
            stats[level][1].append((code, year, cname or pname, value, got, want))
    matches, mismatches, charta_missing = stats["kreis"]
    g_matches, g_mismatches, g_missing = stats["gemeinde"]

    print(f"{ind} ({fname}): {matches} match, {len(mismatches)} differ, "
          f"{charta_missing} published but missing in charta, "
          f"{skipped_published} published as a sign; "
          f"8-digit Gemeinden: {g_matches} match, {len(g_mismatches)} differ")
    for code, year, name, value, got, want in mismatches:
        expected = (code, year) in want_mismatch
        print(f"  {'expected' if expected else 'UNEXPECTED'} difference: {code} {name} {year}: "
              f"charta {value!r} -> {got}, published {want}")
    for code, year, name, value, got, want in g_mismatches:
        print(f"  UNEXPECTED difference: {code} {name} {year}: charta {value!r} -> {got}, "
              f"published {want}")

    if matches != want_matches:
        problems.append(f"{ind}: {matches} matching region-years, expected exactly {want_matches}"
                        f" ({charta_missing} published values have no charta value)")
    got_mismatch = {(c, y) for c, y, *_ in mismatches}
    if got_mismatch != want_mismatch:
        extra = sorted(got_mismatch - want_mismatch)
        lacking = sorted(want_mismatch - got_mismatch)
        msg = f"{ind}: the differing region-years are not the expected ones"
        if extra:
            msg += f"; unexpected: {', '.join(f'{c} {y}' for c, y in extra[:20])}"
            if len(extra) > 20:
                msg += f" and {len(extra) - 20} more"
        if lacking:
            msg += f"; expected but not found: {', '.join(f'{c} {y}' for c, y in lacking)}"
        problems.append(msg)
    if g_mismatches:
        problems.append(f"{ind}: {len(g_mismatches)} 8-digit Gemeinden differ")
    return problems


def check_reform(cells, report):
    """area_change 14262 -> 14612 and series_break kfz 2008 (city.lua)."""
    problems = []
    if any(area == "14262" for (_, area, _) in cells):
        problems.append("data/indicators.csv lists 14262, which area_change merged into 14612")
    lacking = [y for y in range(1996, 2017)
               if cells.get(("pkw-dichte", "14612", y), (None,))[0] is None]
    if lacking:
        problems.append(f"pkw-dichte of 14612 has no value in {lacking}")
    statuses = read_statuses(os.path.join(report, "data", "indicators.csv"))
    if statuses.get(("pkw-dichte", "14612", 2008)) != "B":
        problems.append("pkw-dichte of 14612 in 2008 has status "
                        f"{statuses.get(('pkw-dichte', '14612', 2008))!r}, expected B")
    progress = os.path.join(report, "data", "progress.csv")
    with open(progress, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f)
                if r["indicator"] == "pkw-dichte" and r["area"] == "14612"]
    if not rows:
        problems.append("data/progress.csv has no pkw-dichte assessment of 14612")
    for r in rows:
        if r["base_year"] and int(r["base_year"]) < 2008:
            problems.append(f"pkw-dichte of 14612 ({r['term']} term) is assessed from "
                            f"{r['base_year']}, across the break of 2008")
        if r["term"] == "long" and "break in series" not in r["reason"]:
            problems.append(f"pkw-dichte of 14612, long term: the reason does not name the "
                            f"break: {r['reason']!r}")
    print(f"reform: Dresden 14612 one series, B in 2008, {len(rows)} assessments from 2008 on"
          if not problems else "reform: FAIL")
    return problems


def read_statuses(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {(r["indicator"], r["area"], int(r["year"])): r["status"]
                for r in csv.DictReader(f) if r["year"].isdigit()}


def main(argv):
    if len(argv) not in (2, 3) or argv[1] in ("-h", "--help"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    report = argv[1]
    path = report if os.path.isfile(report) else os.path.join(report, "data", "indicators.csv")
    data_dir = argv[2] if len(argv) == 3 else DEFAULT_DATA
    try:
        cells = read_indicators(path)
        problems = []
        for ind, fname, title, years, want_matches, want_mismatch in CHECKS:
            problems += check_one(cells, data_dir, ind, fname, title, years, want_matches,
                                  want_mismatch)
        if not os.path.isfile(report):
            problems += check_reform(cells, report)
    except CheckError as e:
        print(f"check_kreise: error: {e}", file=sys.stderr)
        return 1
    if problems:
        for p in problems:
            print(f"check_kreise: FAIL: {p}", file=sys.stderr)
        return 1
    print("check_kreise: OK: charta matches the published Regionalatlas values")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
