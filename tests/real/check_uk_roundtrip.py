#!/usr/bin/python3
"""The UK's SDG indicator 7.2.1 through charta and out again: a project imports the
UK platform's Open SDG file (../shared/data/real/opensdg-uk/data/indicator_7-2-1.csv:
the headline and its breakdown by "Renewable and waste source"), computes the
indicator with that breakdown, and exports it as Open SDG data (with the UK's
attribute names: report { opensdg = { status = "names" } }) and as SDMX.

- The Open SDG data file equals the original cell for cell: the same header in the
  same order, the same rows (by Year, Series and source), every text cell the same
  text, every Value the same number (the original writes some as "0.0", charta as
  "0": the shortest text that reads back as the value).
- The StructureSpecificData message holds the observations of the UK's own SDMX
  message (../shared/data/real/sdmx/uk-sdg-structurespecific/7-2-1.xml), under the
  same series key and attributes, in the same shape (its elements and their
  attributes); every code of the key is in its code list of the SDG data structure
  (../shared/data/real/sdmx/dsd/). The breakdown has no SDMX mapping: it is left out
  of the SDMX files with one warning, as the UK's message leaves it out.

usage: check_uk_roundtrip.py CHARTA_BINARY SOURCE_DIR
Exit 77 (skipped) when the shared data are absent, unless CI=true.
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SERIES_NAME = "Renewable energy share in the total final energy consumption"
CITY = """\
city { id = "uk", name = "United Kingdom", years = { 1990, 2021 } }
source "uk" {
  file = "data/indicator_7-2-1.csv", format = "opensdg", area_value = "826",
  title = "UK SDG data, indicator 7.2.1", publisher = "Office for National Statistics",
  variables = { renew = { series = { Series = "%s" } } },
}
field "energy" { title = "Energy" }
indicator "renewables" {
  field = "energy", sdg = "7.2.1",
  title = "%s",
  unit = "Percentage (%%)",
  breakdown = "Renewable and waste source",
  sdmx = { SERIES = "EG_FEC_RNEW", UNIT_MEASURE = "PT" },
  compute = function(d) return d.renew end,
}
report { opensdg = { status = "names" } }
""" % (SERIES_NAME, SERIES_NAME)
DSD_NS = "{http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure}"

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def local(tag):
    return tag.rsplit("}", 1)[-1]


def shape(root):
    """The message's elements by local name, and the attribute names of each."""
    out = {}
    for e in root.iter():
        out.setdefault(local(e.tag), set()).update(
            k for k in e.attrib if not k.startswith("{"))
    return out


def series_of(path):
    """[(series attributes, {year: (value, status, unit_mult)})] of a message."""
    root = ET.parse(path).getroot()
    out = []
    for s in root.iter("Series"):
        obs = {}
        for o in s.iter("Obs"):
            check(o.get("TIME_PERIOD") not in obs, "%s: a year twice" % path)
            obs[o.get("TIME_PERIOD")] = (float(o.get("OBS_VALUE")), o.get("OBS_STATUS"),
                                         o.get("UNIT_MULT"))
        out.append((dict(s.attrib), obs))
    return root, out


def code_lists(dsd):
    """dimension or attribute id -> the codes of its code list in the DSD."""
    root = ET.parse(dsd).getroot()
    lists = {cl.get("id"): {c.get("id") for c in cl.findall(DSD_NS + "Code")}
             for cl in root.iter(DSD_NS + "Codelist")}
    out = {}
    for comp in list(root.iter(DSD_NS + "Dimension")) + list(root.iter(DSD_NS + "Attribute")):
        ref = comp.find(".//%sEnumeration/Ref" % DSD_NS)
        if ref is not None and ref.get("id") in lists:
            out[comp.get("id")] = lists[ref.get("id")]
    return out


def main():
    charta, source_dir = sys.argv[1], sys.argv[2]
    shared = os.environ.get("CHARTA_SHARED", os.path.join(source_dir, "..", "shared"))
    real = os.path.join(shared, "data", "real")
    if not os.path.isdir(real):
        if os.environ.get("CI") == "true":
            print("check_uk_roundtrip: %s is absent (CI=true: a failure)" % real)
            return 1
        print("check_uk_roundtrip: skipped: %s is absent" % real)
        return 77
    original = os.path.join(real, "opensdg-uk", "data", "indicator_7-2-1.csv")
    uk_sdmx = os.path.join(real, "sdmx", "uk-sdg-structurespecific", "7-2-1.xml")
    dsd = os.path.join(real, "sdmx", "dsd", "IAEG-SDGs_SDG_1.14_structure.xml")
    tmp = tempfile.mkdtemp(prefix="charta_uk_")
    try:
        os.mkdir(os.path.join(tmp, "data"))
        shutil.copyfile(original, os.path.join(tmp, "data", "indicator_7-2-1.csv"))
        with open(os.path.join(tmp, "city.lua"), "w", encoding="utf-8") as f:
            f.write(CITY)
        out = os.path.join(tmp, "out")
        run = subprocess.run([charta, "run", tmp, "-o", out, "--formats", "opensdg,sdmx",
                              "--date", "2025-09-24"], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr)
            print("charta run exited with", run.returncode)
            return 1
        warnings = [l for l in run.stderr.splitlines() if "warning" in l]
        check(len(warnings) == 1 and "'Renewable and waste source' are not in the SDMX file"
              in warnings[0], "one warning for the unmapped breakdown, got %r" % warnings)

        # Open SDG: cell for cell
        with open(original, newline="", encoding="utf-8") as f:
            want = list(csv.reader(f))
        with open(os.path.join(out, "opensdg", "data", "indicator_7-2-1.csv"), newline="",
                  encoding="utf-8") as f:
            got = list(csv.reader(f))
        check(got[0] == want[0], "header %r, want %r" % (got[0], want[0]))
        check(len(got) == len(want), "%d rows, want %d" % (len(got), len(want)))
        value = want[0].index("Value")
        key_cols = [want[0].index(c) for c in ("Year", "Series", "Renewable and waste source")]
        by_key = {tuple(r[i] for i in key_cols): r for r in got[1:]}
        check(len(by_key) == len(got) - 1, "a row key twice in the export")
        same_text = 0
        for row in want[1:]:
            key = tuple(row[i] for i in key_cols)
            mine = by_key.get(key)
            if not check(mine is not None, "row %r missing" % (key,)):
                continue
            for i, (a, b) in enumerate(zip(row, mine)):
                if i == value:
                    check(float(a) == float(b), "%r Value %s, want %s" % (key, b, a))
                    same_text += a == b
                else:
                    check(a == b, "%r %s: %r, want %r" % (key, want[0][i], b, a))

        # SDMX: the UK's observations, series key and shape
        sdmx_dir = os.path.join(out, "sdmx")
        uk_root, uk_series = series_of(uk_sdmx)
        my_root, my_series = series_of(os.path.join(sdmx_dir, "uk-2021-structurespecific.xml"))
        check(len(uk_series) == 1 and len(my_series) == 1,
              "%d series, the UK's message %d" % (len(my_series), len(uk_series)))
        if uk_series and my_series:
            (uk_key, uk_obs), (my_key, my_obs) = uk_series[0], my_series[0]
            check(my_key == uk_key, "series %r, the UK's %r" % (my_key, uk_key))
            check(my_obs == uk_obs, "observations differ: %r" % sorted(
                set(my_obs.items()) ^ set(uk_obs.items()))[:5])
            lists = code_lists(dsd)
            for dim, code in my_key.items():
                check(dim in lists and code in lists[dim],
                      "%s=%s is not in its code list" % (dim, code))
        uk_shape, my_shape = shape(uk_root), shape(my_root)
        # charta's header says more (ReportingBegin, ReportingEnd, Source, the
        # structure-specific namespace): the UK's elements and attributes are a part of it
        for name, attrs in uk_shape.items():
            check(name in my_shape and attrs <= my_shape[name],
                  "element %s %r, the UK's %r" % (name, my_shape.get(name), attrs))
        for name in ("Series", "Obs"):
            check(my_shape.get(name) == uk_shape.get(name),
                  "%s attributes %r, the UK's %r" % (name, my_shape.get(name),
                                                     uk_shape.get(name)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("%d failures" % len(failures))
        return 1
    print("ok: %d rows of Open SDG data equal cell for cell (%d values as the same text, "
          "the rest as the same number); %d observations as in the UK's SDMX message"
          % (len(want) - 1, same_text, len(my_series[0][1]) if my_series else 0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
