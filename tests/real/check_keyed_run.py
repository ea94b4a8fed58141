#!/usr/bin/python3
"""SDMX-ML and Open SDG sources through a whole run: a temporary project reads the
real files of ../shared/data/real (the UK's SDG message 7-2-1, the ECB's monthly
USD rate, the ECB sample time series, Germany's Open SDG 11.2.1), `charta run
--formats csv` writes data/indicators.csv, and its values are the files' own:
the UK headline of the Open SDG CSV year by year, the yearly means of the ECB's
months computed here, a part read with d.fx{ ... } marked U for too few months,
the Länder mapped with area_codes beside the headline's area_value.

usage: check_keyed_run.py CHARTA_BINARY SOURCE_DIR
Exit 77 (skipped) when the shared data are absent, unless CI=true.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

CITY = """\
city { id = "keyed", name = "Keyed", years = { 1990, 2022 } }
source "uk" {
  file = "data/7-2-1.xml", format = "sdmx", area_codes = { ["826"] = "UK" },
  variables = { renew = { series = { SERIES = "EG_FEC_RNEW" }, unit = "%" } },
}
source "ecb" {
  file = "data/ECB_EXR_1_M.USD.EUR.SP00.A.xml", format = "sdmx", area_value = "EA",
  variables = { usd = { period = "mean" } },
}
source "ts" {
  file = "data/ECB_EXR_ng-ts.xml", format = "sdmx", area_value = "EA",
  variables = { fx = { period = "mean", complete = 0.9 },
                fx_gone = { period = "mean", complete = 0.9, incomplete = "missing" } },
}
source "de" {
  file = "data/indicator_11-2-1.csv", format = "opensdg", area_value = "DG",
  area_codes = { code08 = "08", code09 = "09", code11 = "11" },
  variables = { access = { series = { ["time series"] = "accessibility within 500 m" },
                           unit = "%" } },
}
field "f" { title = "Keyed" }
indicator "renew" { field = "f", title = "Renewables", unit = "%",
  compute = function(d) return d.renew end }
indicator "usd" { field = "f", title = "USD", unit = "USD",
  compute = function(d) return d.usd end }
indicator "chf" { field = "f", title = "CHF", unit = "CHF",
  compute = function(d) return d.fx{ CURRENCY = "CHF", UNIT_MEASURE = "CHF" } end }
indicator "chf_gone" { field = "f", title = "CHF", unit = "CHF",
  compute = function(d) return d.fx_gone{ CURRENCY = "CHF", UNIT_MEASURE = "CHF" } end }
indicator "access" { field = "f", title = "Access", unit = "%",
  compute = function(d) return d.access end }
"""

FILES = {
    "sdmx/uk-sdg-structurespecific/7-2-1.xml": "7-2-1.xml",
    "sdmx/generic/ECB_EXR_1_M.USD.EUR.SP00.A.xml": "ECB_EXR_1_M.USD.EUR.SP00.A.xml",
    "sdmx/generic/ECB_EXR_ng-ts.xml": "ECB_EXR_ng-ts.xml",
    "opensdg-de/data/indicator_11-2-1.csv": "indicator_11-2-1.csv",
}

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def close(a, b):
    return abs(a - b) <= 1e-12 * max(1.0, abs(b))


def main():
    charta, source_dir = sys.argv[1], sys.argv[2]
    shared = os.environ.get("CHARTA_SHARED", os.path.join(source_dir, "..", "shared"))
    real = os.path.join(shared, "data", "real")
    if not os.path.isdir(real):
        if os.environ.get("CI") == "true":
            print("check_keyed_run: %s is absent (CI=true: a failure)" % real)
            return 1
        print("check_keyed_run: skipped: %s is absent" % real)
        return 77
    tmp = tempfile.mkdtemp(prefix="charta_keyed_")
    try:
        os.mkdir(os.path.join(tmp, "data"))
        for src, dst in FILES.items():
            shutil.copyfile(os.path.join(real, src), os.path.join(tmp, "data", dst))
        with open(os.path.join(tmp, "city.lua"), "w", encoding="utf-8") as f:
            f.write(CITY)
        out = os.path.join(tmp, "out")
        run = subprocess.run([charta, "run", tmp, "-o", out, "--formats", "csv"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr)
            print("charta run exited with", run.returncode)
            return 1
        cells = {}
        with open(os.path.join(out, "data", "indicators.csv"), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                cells[(row["indicator"], row["area"], int(row["year"]))] = (row["value"],
                                                                           row["status"])

        # the UK: the headline rows of the Open SDG CSV (Renewable and waste source blank)
        n = 0
        path = os.path.join(real, "opensdg-uk/data/indicator_7-2-1.csv")
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["Renewable and waste source"]:
                    continue
                n += 1
                got = cells.get(("renew", "UK", int(row["Year"])))
                check(got is not None and float(got[0]) == float(row["Value"]) and got[1] == "A",
                      "renew UK %s: want %s A, got %s" % (row["Year"], row["Value"], got))
        check(n == 32, "32 headline rows in 7-2-1, found %d" % n)

        # the ECB: the yearly mean of the file's months, every year 1999..2019
        with open(os.path.join(real, "sdmx/generic/ECB_EXR_1_M.USD.EUR.SP00.A.xml"),
                  encoding="utf-8") as f:
            text = f.read()
        obs = re.findall(r'<generic:ObsDimension value="(\d{4})-(\d\d)"/>\s*'
                         r'<generic:ObsValue value="([^"]+)"/>', text)
        check(len(obs) == 252, "252 months in the ECB file, found %d" % len(obs))
        check(obs and obs[0] == ("1999", "01", "1.16078"), "first month %s" % (obs[:1],))
        years = {}
        for y, _, v in obs:
            years.setdefault(int(y), []).append(float(v))
        for y, vs in sorted(years.items()):
            got = cells.get(("usd", "EA", y))
            want = sum(vs) / len(vs)
            check(len(vs) == 12 and got is not None and close(float(got[0]), want)
                  and got[1] == "A", "usd %d: want %.17g A, got %s" % (y, want, got))

        # a part of the sample series: 3 months of 2010 where 0.9 of 12 are asked
        got = cells.get(("chf", "EA", 2010))
        check(got is not None and close(float(got[0]), (1.3413 + 1.3089 + 1.3452) / 3)
              and got[1] == "U", "chf 2010: got %s" % (got,))
        got = cells.get(("chf_gone", "EA", 2010))
        check(got == ("", "M"), "chf_gone 2010 (incomplete = missing): got %s" % (got,))

        # Germany: the headline by area_value, three Länder by area_codes
        for area, want in (("DG", "79.9"), ("11", "97.9"), ("09", "65.5"), ("08", "85.7")):
            got = cells.get(("access", area, 2020))
            check(got is not None and float(got[0]) == float(want) and got[1] == "A",
                  "access %s 2020: want %s, got %s" % (area, want, got))
        check(cells.get(("access", "DG", 2019)) == ("", "M"), "access DG 2019 is missing (.)")
        check(not any(k[0] == "access" and k[1].startswith("code") for k in cells),
              "no area code01..16 beside the mapped ones")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("%d failures" % len(failures))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
