#!/usr/bin/python3
"""The Open SDG export read back: run a project (every format), then build a second
project that imports each opensdg/data/indicator_<code>.csv with charta's own Open SDG
reader (one variable per Series, the headline as the subject area) and writes
data/indicators.csv again. Every value and status of the first run's
data/indicators.csv for the indicators with an SDG code comes back, and nothing
else; every opensdg/meta/<code>.md front matter parses as YAML with the keys the
Open SDG platform reads.

usage: check_opensdg_roundtrip.py CHARTA_BINARY PROJECT_DIR
"""
import csv
import os
import subprocess
import sys
import tempfile

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def lua_text(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def read_indicators(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    charta, project = sys.argv[1], sys.argv[2]
    env = dict(os.environ)
    env.setdefault("CHARTA_PATH", os.path.join(os.path.dirname(__file__), "..", "..",
                                               "indicators"))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        p = subprocess.run([charta, "run", project, "-o", out, "-q", "--date", "2026-06-30"],
                           capture_output=True, text=True, env=env)
        if p.returncode != 0:
            print(p.stderr)
            print("check_opensdg_roundtrip: the run failed with", p.returncode)
            return 1
        rows = read_indicators(os.path.join(out, "data", "indicators.csv"))
        years = sorted({int(r["year"]) for r in rows})
        root = rows[0]["area"]
        # id, title, first SDG of every indicator, from the workbook's metadata sheet
        import openpyxl
        xlsx = [f for f in os.listdir(out) if f.endswith(".xlsx")][0]
        wb = openpyxl.load_workbook(os.path.join(out, xlsx), data_only=True)
        ws = wb["Metadaten"] if "Metadaten" in wb.sheetnames else wb["Metadata"]
        groups = {}
        meta_rows = ws.iter_rows(min_row=4, values_only=True)
        sdg_col = next(meta_rows).index("SDG")
        for r in meta_rows:
            if not r or r[0] is None:
                break
            if not r[sdg_col]:
                continue
            sdg = str(r[sdg_col]).split(",")[0].strip()
            if sdg.count(".") != 2:
                continue
            groups.setdefault(sdg.replace(".", "-"), []).append((str(r[0]), str(r[1])))
        check(groups, "no indicator with an SDG indicator code")
        files = sorted(os.listdir(os.path.join(out, "opensdg", "data")))
        check(files == sorted("indicator_%s.csv" % c for c in groups),
              "opensdg/data holds %r, expected one file per code %r" % (files, sorted(groups)))

        # the metadata: YAML front matter with the platform's keys
        import yaml
        for code in groups:
            with open(os.path.join(out, "opensdg", "meta", code + ".md"), encoding="utf-8") as f:
                text = f.read()
            check(text.startswith("---\n") and text.count("---\n") == 2,
                  "meta/%s.md: not one front matter block" % code)
            meta = yaml.safe_load(text.split("---\n")[1])
            for key in ("indicator_number", "indicator_name", "target_name", "reporting_status",
                        "graph_type", "computation_units", "data_non_statistical"):
                check(key in meta, "meta/%s.md: no %s" % (code, key))
            check(meta.get("indicator_number") == code.replace("-", "."),
                  "meta/%s.md: indicator_number %r" % (code, meta.get("indicator_number")))

        # the second project: the Open SDG files read back
        rt = os.path.join(tmp, "rt")
        os.makedirs(os.path.join(rt, "data"))
        lua = ['city { id = "rt", name = "Round trip", years = { %d, %d } }' % (years[0],
                                                                             years[-1]),
               'field "f" { title = "F" }']
        wanted = set()
        for code, inds in sorted(groups.items()):
            src = os.path.join(out, "opensdg", "data", "indicator_%s.csv" % code)
            with open(src, "rb") as f, open(os.path.join(rt, "data", os.path.basename(src)),
                                            "wb") as g:
                g.write(f.read())
            with open(src, newline="", encoding="utf-8") as f:
                header = next(csv.reader(f))
            variables = []
            for k, (ind_id, title) in enumerate(inds):
                sel = "series = { Series = %s }" % lua_text(title) if "Series" in header else ""
                variables.append("v%d = { %s }" % (k, sel))
                lua.append('indicator %s { field = "f", title = "x", compute = function(d) '
                           'return d.v%d_%s end }' % (lua_text(ind_id), k, code.replace("-", "_")))
                wanted.add(ind_id)
            vars_lua = ", ".join(v.replace("v%d" % k, "v%d_%s" % (k, code.replace("-", "_")), 1)
                                 for k, v in enumerate(variables))
            lua.append('source "s_%s" { file = "data/%s", format = "opensdg", area_value = %s, '
                       'title = "x", variables = { %s } }'
                       % (code.replace("-", "_"), os.path.basename(src), lua_text(root), vars_lua))
        with open(os.path.join(rt, "city.lua"), "w", encoding="utf-8") as f:
            f.write("\n".join(lua) + "\n")
        rt_out = os.path.join(tmp, "rt-out")
        p = subprocess.run([charta, "run", rt, "-o", rt_out, "--formats", "csv", "-q"],
                           capture_output=True, text=True, env=env)
        if p.returncode != 0:
            print(p.stderr)
            print("check_opensdg_roundtrip: the round trip's run failed with", p.returncode)
            return 1
        back = {(r["indicator"], r["area"], r["year"]): (r["value"], r["status"])
                for r in read_indicators(os.path.join(rt_out, "data", "indicators.csv"))}
        compared = 0
        for r in rows:
            if r["indicator"] not in wanted:
                continue
            key = (r["indicator"], r["area"], r["year"])
            want = (r["value"], r["status"])
            got = back.get(key, ("", "M"))
            if r["status"] in ("M",):
                check(got[1] == "M", "%r: missing, read back as %r" % (key, got))
                continue
            compared += 1
            check(got == want, "%r: %r, read back as %r" % (key, want, got))
        orig = {(r["indicator"], r["area"], r["year"]): (r["value"], r["status"])
                for r in rows}
        for key, got in back.items():
            if got[1] != "M":  # nothing comes back that was not written
                check(orig.get(key) == got, "%r read back as %r, written %r"
                      % (key, got, orig.get(key)))
        check(compared > 0, "nothing compared")
    if failures:
        for f in failures[:20]:
            print("check_opensdg_roundtrip:", f)
        print("check_opensdg_roundtrip: %d problems" % len(failures))
        return 1
    print("check_opensdg_roundtrip: %d values of %d codes read back as written"
          % (compared, len(groups)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
