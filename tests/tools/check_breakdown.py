#!/usr/bin/python3
"""Breakdowns (disaggregations) through a whole run, on a small Open SDG file written
here: d.x is the total, d.x{ sex = "female" } a part, d.x:by("sex") the parts along
one dimension; an indicator with `breakdown` is computed once per part with d reading
the parts of the same values (a variable without that dimension stands for all of
them, a missing part is missing), an indicator reading another's parts gets them;
data/indicators.csv carries the dimension columns. The values expected are worked
out here from the file. Then the mistakes: an unknown dimension, a part the data do
not have, a number for a value, each an error at its line.

usage: check_breakdown.py CHARTA_BINARY
"""
import csv
import os
import subprocess
import sys
import tempfile

DATA = """Year,sex,age,GeoCode,COMMENT_OBS_0,Value
2020,,,,,100
2020,female,,,,60
2020,male,,,,40
2020,,young,,,30
2020,,old,,,70
2020,female,young,,,10
2021,,,,p,110
2021,female,,,,66
2021,male,,,.,
2021,,young,,,33
2020,,,code01,,10
2020,female,,code01,,6
"""
SHARE = """Year,GeoCode,Value
2020,,50
2021,,55
2020,code01,5
"""

CITY = """\
city { id = "bd", name = "Breakdown", years = { 2020, 2021 } }
source "pop" {
  file = "data/pop.csv", format = "opensdg", area_value = "DG",
  area_codes = { code01 = "01" },
  variables = { pop = { unit = "persons" } },
}
source "base" {
  file = "data/base.csv", format = "opensdg", area_value = "DG",
  area_codes = { code01 = "01" },
  variables = { base = {} },
}
field "f" { title = "F" }
indicator "total" { field = "f", title = "Total", compute = function(d) return d.pop end }
indicator "women" { field = "f", title = "Women", compute = function(d) return d.pop{ sex = "female" } end }
indicator "young_women" { field = "f", title = "Young women",
  compute = function(d) return d.pop{ age = "young", sex = "female" } end }
indicator "men_by" { field = "f", title = "Men", compute = function(d) return d.pop:by("sex").male end }
indicator "ratio" { field = "f", title = "Ratio", breakdown = "sex",
  compute = function(d) return d.pop / d.base end }
indicator "ratio2" { field = "f", title = "Twice", breakdown = { "sex" },
  compute = function(d) return d.ratio * 2 end }
"""

BAD = {
    "unknown dimension": ('d.pop{ gender = "female" }',
                          "'pop' has no dimension 'gender'; its dimensions: "),
    "no such part": ('d.pop{ sex = "diverse" }',
                     "'pop' has no part { sex = \"diverse\" } in its data"),
    "number": ('d.pop{ sex = 1 }', "the value of dimension 'sex' must be a text in quotes"),
    "by unknown": ('d.pop:by("gender")', "'pop' has no parts by 'gender' alone"),
}

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def project(tmp, city):
    os.makedirs(os.path.join(tmp, "data"), exist_ok=True)
    with open(os.path.join(tmp, "data", "pop.csv"), "w", encoding="utf-8") as f:
        f.write(DATA)
    with open(os.path.join(tmp, "data", "base.csv"), "w", encoding="utf-8") as f:
        f.write(SHARE)
    with open(os.path.join(tmp, "city.lua"), "w", encoding="utf-8") as f:
        f.write(city)


def main():
    charta = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        project(tmp, CITY)
        out = os.path.join(tmp, "out")
        p = subprocess.run([charta, "run", tmp, "-o", out, "--formats", "csv,xlsx"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            print(p.stderr)
            print("check_breakdown: the run failed with", p.returncode)
            return 1
        with open(os.path.join(out, "data", "indicators.csv"), encoding="utf-8") as f:
            rows = list(csv.reader(f))
        check(rows[0] == ["indicator", "area", "area_name", "year", "value", "status", "sex"],
              f"header {rows[0]}")
        got = {(r[0], r[1], r[3], r[6]): (r[4], r[5]) for r in rows[1:]}
        want = {
            ("total", "DG", "2020", ""): ("100", "A"),
            ("total", "DG", "2021", ""): ("110", "P"),
            ("total", "01", "2020", ""): ("10", "A"),
            ("women", "DG", "2020", ""): ("60", "A"),
            ("women", "01", "2020", ""): ("6", "A"),
            ("young_women", "DG", "2020", ""): ("10", "A"),
            ("young_women", "DG", "2021", ""): ("", "M"),
            ("men_by", "DG", "2020", ""): ("40", "A"),
            ("men_by", "DG", "2021", ""): ("", "M"),
            # the total over the base, then each part over the same base
            ("ratio", "DG", "2020", ""): (repr(100 / 50), "A"),
            ("ratio", "DG", "2020", "female"): (repr(60 / 50), "A"),
            ("ratio", "DG", "2020", "male"): (repr(40 / 50), "A"),
            ("ratio", "DG", "2021", "female"): (repr(66 / 55), "A"),
            ("ratio", "DG", "2021", "male"): ("", "M"),
            ("ratio", "01", "2020", "female"): (repr(6 / 5), "A"),
            ("ratio", "01", "2020", "male"): ("", "M"),
            ("ratio2", "DG", "2020", "female"): (repr(60 / 50 * 2), "A"),
            ("ratio2", "DG", "2020", ""): (repr(100 / 50 * 2), "A"),
        }
        for k, v in want.items():
            g = got.get(k)
            if g and g[0] and v[0]:
                g = (repr(float(g[0])), g[1])
                v = (repr(float(v[0])), v[1])
            check(g == v, f"{k}: expected {v}, got {g}")
        # no part by age: ratio is by sex only
        check(not any(k[0] == "ratio" and k[3] not in ("", "female", "male") for k in got),
              "ratio has parts other than by sex")
        check(not any(k[0] == "total" and k[3] for k in got), "total has parts")

        # the workbook's sheet of breakdowns: one table per part, its values the CSV's
        import openpyxl
        wb = openpyxl.load_workbook(os.path.join(out, "bd-2021.xlsx"), data_only=True)
        check("Breakdowns" in wb.sheetnames, f"sheets {wb.sheetnames}")
        if "Breakdowns" in wb.sheetnames:
            rows_x = [r for r in wb["Breakdowns"].iter_rows(values_only=True)]
            titles = [r[0] for r in rows_x if isinstance(r[0], str) and r[0].startswith(
                ("Ratio:", "Twice:"))]
            # printed tables first, then the tables of all areas: each part twice
            check(sorted(set(titles)) == ["Ratio: sex female", "Ratio: sex male",
                                          "Twice: sex female", "Twice: sex male"],
                  f"part tables {sorted(set(titles))}")
            at = next(i for i, r in enumerate(rows_x) if r[0] == "Ratio: sex female")
            head = rows_x[at + 2]
            dg = next(r for r in rows_x[at + 3:at + 8] if r[0] == "DG")
            col = list(head).index("2020")
            check(abs(dg[col] - 60 / 50) < 1e-12, f"Ratio female DG 2020 in the workbook: {dg[col]}")

        for name, (expr, msg) in BAD.items():
            bad = tmp + "-" + name.replace(" ", "_")
            city = CITY + 'indicator "bad" { field = "f", title = "Bad",\n' \
                          f'  compute = function(d) return {expr} end }}\n'
            project(bad, city)
            q = subprocess.run([charta, "check", bad], capture_output=True, text=True)
            first = q.stderr.splitlines()[0] if q.stderr else ""
            line = city.count("\n")  # the compute, the last line
            check(q.returncode == 78, f"{name}: exit {q.returncode}, expected 78")
            check(first.startswith(f"city.lua:{line}: error: {msg}"),
                  f"{name}: first line {first!r}")
    if failures:
        for f in failures:
            print("check_breakdown:", f)
        return 1
    print("check_breakdown: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
