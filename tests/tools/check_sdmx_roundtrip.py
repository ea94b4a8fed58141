#!/usr/bin/python3
"""The SDMX export read back: run a project (csv and sdmx), validate
sdmx/<city>-<year>.xml (GenericData) against the SDMX-ML 2.1 schemas with xmllint,
then build a second project that imports it with charta's own SDMX reader (format =
"sdmx": one variable per SERIES, the area codes as they are) and writes
data/indicators.csv again; the same for sdmx/<city>-<year>-structurespecific.xml.
Every value and status of the first run's data/indicators.csv for the indicators with
an SDMX series code comes back (confidential and missing cells are not exported and
come back missing), and nothing else. The StructureSpecificData message and the
SDMX-CSV file (sdmx/<city>-<year>.csv, read here with Python's csv) hold the same
series, units and observations as the GenericData message. The message's shape is
checked too: the key in the order of the SDG structure's dimensions, the header's
pinned date, the same bytes from a second run.

  check_sdmx_roundtrip.py CHARTA PROJECT_DIR   an example: its indicators' SERIES are
                                               read from its scripts
  check_sdmx_roundtrip.py CHARTA --breakdown   a project written here: breakdown parts
                                               mapped to SEX, a dimension without a map,
                                               a value without a code, a key two
                                               indicators share (each a warning)

The schema step needs ../shared/data/real/sdmx/schemas-2.1 (CHARTA_SHARED names
another shared folder) and xmllint (libxml2-utils): without them the rest runs and
the test then exits 77 (skipped), unless CI=true, where that is a failure.
"""
import csv
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

DATE = "2026-06-30"
NS = {"m": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message",
      "g": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic",
      "c": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"}
URN = "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=IAEG-SDGs:SDG(1.14)"
DIMS = ["FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA", "SEX", "AGE", "URBANISATION",
        "INCOME_WEALTH_QUANTILE", "EDUCATION_LEV", "OCCUPATION", "CUST_BREAKDOWN",
        "COMPOSITE_BREAKDOWN", "DISABILITY_STATUS", "ACTIVITY", "PRODUCT"]

# --breakdown: an Open SDG file by sex and age, and indicators exported by part
DATA = """Year,sex,age,GeoCode,COMMENT_OBS_0,Value
2020,,,,,100
2020,female,,,,60
2020,male,,,,40
2020,diverse,,,,1
2020,,young,,,30
2020,,old,,,70
2020,female,young,,,10
2021,,,,p,110
2021,female,,,,66
2021,male,,,.,
2021,,young,,,33
2020,,,code01,,10
2020,female,,code01,,6
2020,male,,code01,s,4.5
"""
CITY = """\
city { id = "bd", name = "Breakdown", years = { 2020, 2021 } }
source "pop" {
  file = "data/pop.csv", format = "opensdg", area_value = "DG",
  area_codes = { code01 = "01" },
  variables = { pop = { unit = "persons" } },
}
field "f" { title = "F" }
indicator "bysex" { field = "f", title = "By sex", breakdown = "sex",
  sdmx = { SERIES = "SP_TRN_PUBL", UNIT_MEASURE = "NUMBER", NATURE = "C",
           SEX = { female = "F", male = "M" } },
  compute = function(d) return d.pop end }
indicator "bytwo" { field = "f", title = "By sex and age", breakdown = { "sex", "age" },
  sdmx = { SERIES = "EN_ATM_PM25", UNIT_MEASURE = "GPERM3", URBANISATION = "U",
           SEX = { dimension = "sex", codes = { female = "F", male = "M", diverse = "_O" } } },
  compute = function(d) return d.pop * 2 end }
indicator "again" { field = "f", title = "Same key",
  sdmx = { SERIES = "SP_TRN_PUBL", UNIT_MEASURE = "PT" },
  compute = function(d) return d.pop + 1 end }
indicator "none" { field = "f", title = "No series", compute = function(d) return d.pop end }
"""
# what --breakdown exports: indicator -> (SERIES, breakdown dimension -> (SDMX
# dimension, value -> code)); a part by another dimension is not exported
BREAKDOWN_EXPORT = {
    "bysex": ("SP_TRN_PUBL", {"sex": ("SEX", {"female": "F", "male": "M"})}),
    "bytwo": ("EN_ATM_PM25", {"sex": ("SEX", {"female": "F", "male": "M", "diverse": "_O"})}),
}
BREAKDOWN_WARNINGS = [
    "indicator 'bysex': 1 part is not in the SDMX file: sdmx SEX has no code for 'diverse'",
    "indicator 'bytwo': its parts by 'age' are not in the SDMX file",
    "indicator 'again': ",  # its one key is bysex's total: left out
]

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def lua_text(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def run(cmd, env):
    return subprocess.run(cmd, capture_output=True, text=True, env=env)


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def series_of_scripts(project):
    """indicator id -> its sdmx SERIES, read from the project's scripts: the SERIES
    after an `indicator "id"` and before the next one."""
    out = {}
    for path in sorted(glob.glob(os.path.join(project, "**", "*.lua"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        marks = [(m.start(), "ind", m.group(1))
                 for m in re.finditer(r'^indicator\s+"([^"]+)"', text, re.M)]
        marks += [(m.start(), "series", m.group(1))
                  for m in re.finditer(r'\bSERIES\s*=\s*"([^"]+)"', text)]
        current = None
        for _, kind, name in sorted(marks):
            if kind == "ind":
                current = name
            elif current:
                out[current] = name
    return {k: (v, {}) for k, v in out.items()}


def shared_schema(source_dir):
    shared = os.environ.get("CHARTA_SHARED", os.path.join(source_dir, "..", "shared"))
    return os.path.join(shared, "data", "real", "sdmx", "schemas-2.1", "SDMXMessage.xsd")


def validate(xml_path, schema):
    """True when validated, None when the schema step cannot run here."""
    if not os.path.isfile(schema) or not shutil.which("xmllint"):
        return None
    p = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", schema, xml_path],
                       capture_output=True, text=True)
    check(p.returncode == 0, "xmllint: %s" % (p.stderr.strip()[-2000:]))
    return p.returncode == 0


def read_message(path):
    """The message's series: list of (key dict, unit, [(year, value, status)])."""
    root = ET.parse(path).getroot()
    check(root.tag == "{%s}GenericData" % NS["m"], "root is %s" % root.tag)
    head = root.find("m:Header", NS)
    check(head.findtext("m:Prepared", namespaces=NS) == DATE + "T00:00:00",
          "Prepared %r" % head.findtext("m:Prepared", namespaces=NS))
    check(head.find("m:Sender", NS).get("id") == "charta", "Sender")
    ref = head.find("m:Structure", NS)[0][0]
    check((ref.get("agencyID"), ref.get("id"), ref.get("version")) == ("IAEG-SDGs", "SDG", "1.14"),
          "Structure Ref %r" % ref.attrib)
    check("not UN M49" in (head.findtext("m:Source", namespaces=NS) or ""), "Source text")
    out = []
    for s in root.iter("{%s}Series" % NS["g"]):
        key = [(v.get("id"), v.get("value")) for v in s.find("g:SeriesKey", NS)]
        check([k for k, _ in key] == DIMS, "SeriesKey order %r" % [k for k, _ in key])
        check(dict(key)["FREQ"] == "A" and dict(key)["REPORTING_TYPE"] == "N",
              "FREQ/REPORTING_TYPE %r" % key)
        attrs = s.find("g:Attributes", NS)
        unit = None
        if attrs is not None:
            unit = {v.get("id"): v.get("value") for v in attrs}.get("UNIT_MEASURE")
        obs = []
        for o in s.findall("g:Obs", NS):
            a = {v.get("id"): v.get("value") for v in o.find("g:Attributes", NS)}
            check(a.get("UNIT_MULT") == "0", "UNIT_MULT %r" % a)
            check(a.get("OBS_STATUS") in ("A", "E", "P", "B", "U"), "OBS_STATUS %r" % a)
            check(set(a) <= {"OBS_STATUS", "UNIT_MULT", "NATURE"}, "attributes %r" % a)
            obs.append((o.find("g:ObsDimension", NS).get("value"),
                        o.find("g:ObsValue", NS).get("value"), a.get("OBS_STATUS"),
                        a.get("NATURE")))
        check(obs, "a series without observations: %r" % key)
        out.append((dict(key), unit, obs))
    return out


def read_structure_specific(path):
    """The StructureSpecificData message's series, as read_message gives them."""
    root = ET.parse(path).getroot()
    check(root.tag == "{%s}StructureSpecificData" % NS["m"], "root is %s" % root.tag)
    head = root.find("m:Header", NS)
    check(head.findtext("m:Prepared", namespaces=NS) == DATE + "T00:00:00", "SS Prepared")
    st = head.find("m:Structure", NS)
    check(st.get("namespace") == URN + ":ObsLevelDim:TIME_PERIOD"
          and st.get("dimensionAtObservation") == "TIME_PERIOD", "SS Structure %r" % st.attrib)
    check(st.findtext("c:Structure/URN", namespaces=NS) == URN, "SS Structure URN")
    ds = root.find("m:DataSet", NS)
    check(ds is not None and ds.get("structureRef") == "SDG", "SS DataSet")
    out = []
    for s in ds:
        check(s.tag == "Series", "SS DataSet holds %s" % s.tag)
        names = [k for k in s.attrib]
        check(names[:len(DIMS)] == DIMS, "SS Series attributes %r" % names)
        key = {k: s.get(k) for k in DIMS}
        obs = []
        for o in s:
            names = ["OBS_STATUS", "UNIT_MULT"] + (["NATURE"] if "NATURE" in o.attrib else [])
            check(o.tag == "Obs" and list(o.attrib) == names + ["OBS_VALUE", "TIME_PERIOD"],
                  "SS Obs %s %r" % (o.tag, o.attrib))
            check(o.get("UNIT_MULT") == "0", "SS UNIT_MULT")
            obs.append((o.get("TIME_PERIOD"), o.get("OBS_VALUE"), o.get("OBS_STATUS"),
                        o.get("NATURE")))
        out.append((key, s.get("UNIT_MEASURE"), obs))
    return out


def read_sdmx_csv(path):
    """The SDMX-CSV file's rows grouped into series, as read_message gives them."""
    rows = read_rows(path)
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split(",")
    check(header == ["STRUCTURE", "STRUCTURE_ID", "ACTION"] + DIMS
          + ["TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS", "NATURE"],
          "SDMX-CSV header %r" % header)
    out, index = [], {}
    for r in rows:
        check((r["STRUCTURE"], r["STRUCTURE_ID"], r["ACTION"])
              == ("datastructure", "IAEG-SDGs:SDG(1.14)", "I"), "SDMX-CSV row %r" % r)
        check(r["UNIT_MULT"] == "0", "SDMX-CSV UNIT_MULT")
        key = tuple(r[d] for d in DIMS)
        if key not in index:
            index[key] = len(out)
            out.append(({d: r[d] for d in DIMS}, r["UNIT_MEASURE"] or None, []))
        out[index[key]][2].append((r["TIME_PERIOD"], r["OBS_VALUE"], r["OBS_STATUS"],
                                   r["NATURE"] or None))
    return out


def read_back(charta, env, tmp, name, xml, export, years, want):
    """The message xml imported by a second project: its values are want's."""
    codes = {s for s, _ in export.values()}
    rt = os.path.join(tmp, "rt-" + name)
    os.makedirs(os.path.join(rt, "data"))
    shutil.copyfile(xml, os.path.join(rt, "data", "message.xml"))
    sdmx_dims = sorted({m[0] for _, maps in export.values() for m in maps.values()})
    lua = ['city { id = "rt", name = "Round trip", years = { %d, %d } }'
           % (years[0], years[-1]), 'field "f" { title = "F" }']
    variables = ", ".join("v_%s = { series = { SERIES = %s } }" % (c, lua_text(c))
                          for c in sorted(codes))
    lua.append('source "s" { file = "data/message.xml", format = "sdmx", title = "x", '
               'variables = { %s } }' % variables)
    for ind, (code, maps) in sorted(export.items()):
        bd = sorted({m[0] for m in maps.values()})
        lua.append('indicator %s { field = "f", title = "x", %s compute = function(d) '
                   'return d.v_%s end }'
                   % (lua_text(ind), "breakdown = { %s }," % ", ".join(
                       lua_text(b) for b in bd) if bd else "", code))
    with open(os.path.join(rt, "city.lua"), "w", encoding="utf-8") as f:
        f.write("\n".join(lua) + "\n")
    rt_out = os.path.join(tmp, "rt-out-" + name)
    p = run([charta, "run", rt, "-o", rt_out, "--formats", "csv", "-q"], env)
    if p.returncode != 0:
        print(p.stderr)
        check(False, "the round trip's run of %s failed with %d" % (name, p.returncode))
        return
    back = {}
    for r in read_rows(os.path.join(rt_out, "data", "indicators.csv")):
        if r["status"] == "M":
            continue
        part = tuple(sorted((d, r[d]) for d in sdmx_dims if r.get(d)))
        back[(r["indicator"], r["area"], r["year"], part)] = (r["value"], r["status"])
    for key, value in want.items():
        check(back.get(key) == value, "%s: %r: %r, read back as %r"
              % (name, key, value, back.get(key)))
    for key, value in back.items():
        check(key in want, "%s: %r read back as %r, never written" % (name, key, value))


def write_city(tmp, city, data=None):
    os.makedirs(os.path.join(tmp, "data"), exist_ok=True)
    if data:
        with open(os.path.join(tmp, "data", "pop.csv"), "w", encoding="utf-8") as f:
            f.write(data)
    with open(os.path.join(tmp, "city.lua"), "w", encoding="utf-8") as f:
        f.write(city)


def main():
    charta = sys.argv[1]
    breakdown = sys.argv[2] == "--breakdown"
    source_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    env = dict(os.environ)
    env.setdefault("CHARTA_PATH", os.path.join(source_dir, "indicators"))
    schema = shared_schema(source_dir)
    validated = True
    with tempfile.TemporaryDirectory() as tmp:
        if breakdown:
            project = os.path.join(tmp, "bd")
            write_city(project, CITY, DATA)
            export = BREAKDOWN_EXPORT
        else:
            project = sys.argv[2]
            export = series_of_scripts(project)
        out = os.path.join(tmp, "out")
        p = run([charta, "run", project, "-o", out, "--formats", "csv,sdmx", "--date", DATE],
                env)
        if p.returncode != 0:
            print(p.stderr)
            print("check_sdmx_roundtrip: the run failed with", p.returncode)
            return 1
        files = sorted(os.listdir(os.path.join(out, "sdmx")))
        stems = [f[:-len(".csv")] for f in files if f.endswith(".csv")]
        stem = stems[0] if stems else "?"
        check(files == sorted([stem + ".csv", stem + "-structurespecific.xml", stem + ".xml"]),
              "sdmx/ holds %r" % files)
        xml = os.path.join(out, "sdmx", stem + ".xml")
        ss_xml = os.path.join(out, "sdmx", stem + "-structurespecific.xml")
        sdmx_csv = os.path.join(out, "sdmx", stem + ".csv")
        # the warnings: once each, where they belong
        if breakdown:
            for w in BREAKDOWN_WARNINGS:
                n = sum(1 for line in p.stderr.splitlines() if w in line and "warning" in line)
                check(n == 1, "warning %r seen %d times in:\n%s" % (w, n, p.stderr))
        if not export:
            check("no indicator has an SDMX series code" in p.stderr,
                  "no warning for a named format without series:\n" + p.stderr)
        else:
            check("no indicator has an SDMX series code" not in p.stderr, "a needless warning")
        # same inputs, same bytes
        again = os.path.join(tmp, "again")
        q = run([charta, "run", project, "-o", again, "--formats", "sdmx", "--date", DATE, "-q"],
                env)
        check(q.returncode == 0, "the second run failed: " + q.stderr)
        if q.returncode == 0:
            for name in files:
                with open(os.path.join(out, "sdmx", name), "rb") as f, \
                        open(os.path.join(again, "sdmx", name), "rb") as g:
                    check(f.read() == g.read(), "two runs wrote different bytes: " + name)

        v = validate(xml, schema)
        if v is None:
            validated = False
        series = read_message(xml)
        if breakdown:
            # NATURE: on the observations of the indicator that gives it, on no other
            for k, _, obs in series:
                want_nature = "C" if k["SERIES"] == "SP_TRN_PUBL" else None
                check(all(o[3] == want_nature for o in obs), "NATURE of %r" % k)
        check(read_structure_specific(ss_xml) == series,
              "the StructureSpecificData message differs from the GenericData one")
        check(read_sdmx_csv(sdmx_csv) == series,
              "the SDMX-CSV file differs from the GenericData message")
        codes = {s for s, _ in export.values()}
        check({k["SERIES"] for k, _, _ in series} == codes,
              "SERIES in the file %r, expected %r" % ({k["SERIES"] for k, _, _ in series}, codes))
        rows = read_rows(os.path.join(out, "data", "indicators.csv"))
        years = sorted({int(r["year"]) for r in rows})
        dims = [c for c in (rows[0].keys() if rows else [])
                if c not in ("indicator", "area", "area_name", "year", "value", "status")]

        def exported_part(r):
            """The SDMX part of a row (a tuple of (dimension, code)), None if not exported."""
            _, maps = export[r["indicator"]]
            part = []
            for dim in dims:
                if not r.get(dim):
                    continue
                if dim not in maps or r[dim] not in maps[dim][1]:
                    return None
                part.append((maps[dim][0], maps[dim][1][r[dim]]))
            return tuple(sorted(part))

        want = {}
        for r in rows:
            if r["indicator"] not in export or r["status"] in ("M", "C"):
                continue
            part = exported_part(r)
            if part is not None:
                want[(r["indicator"], r["area"], r["year"], part)] = (r["value"], r["status"])
        n_obs = sum(len(o) for _, _, o in series)
        check(n_obs == len(want), "%d observations in the file, %d cells to export"
              % (n_obs, len(want)))

        if export:
            read_back(charta, env, tmp, "generic", xml, export, years, want)
            read_back(charta, env, tmp, "structurespecific", ss_xml, export, years, want)
    if failures:
        for f in failures[:20]:
            print("check_sdmx_roundtrip:", f)
        print("check_sdmx_roundtrip: %d problems" % len(failures))
        return 1
    print("check_sdmx_roundtrip: %d series, %d values of %d indicators read back as written"
          % (len(series), len(want), len(export)))
    if not validated:
        print("check_sdmx_roundtrip: the schema step did not run: %s or xmllint is missing"
              % schema)
        if os.environ.get("CI") == "true":
            print("check_sdmx_roundtrip: CI=true: a failure")
            return 1
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main())
