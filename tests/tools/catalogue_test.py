#!/usr/bin/python3
"""The shipped indicator library on data.

1. The library holds together, read as text: every variable an indicator
   `needs` is declared in charta/variables.lua, every `compute` reads exactly
   the variables of its `needs` (d.x; d["id"] only for another indicator),
   every indicator names a field of charta/fields.lua and has a definition,
   and every field has a guideline.
2. `charta run tests/catalogue` (which uses charta.sdg-kommunen on the real
   Regionalstatistik tables and the made-up fixture) gives EVERY indicator of
   the module values, read back from data/indicators.csv.
3. Some values equal the ones computed here, independently, from the input
   files; a cell the inputs lack is missing, never zero.

usage: catalogue_test.py CHARTA SOURCE_DIR
"""
import csv
import math
import os
import re
import subprocess
import sys
import tempfile

charta, src = sys.argv[1], sys.argv[2]
lib = os.path.join(src, "indicators", "charta")
project = os.path.join(src, "tests", "catalogue")
data = os.path.join(project, "data")
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


# --- 1. the library as text -------------------------------------------------

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


variables_lua = read(os.path.join(lib, "variables.lua"))
module_lua = read(os.path.join(lib, "sdg-kommunen.lua"))
fields_lua = read(os.path.join(lib, "fields.lua"))

declared = re.findall(r'^variable "([^"]+)"', variables_lua, re.M)
if len(declared) != len(set(declared)):
    fail("a variable is declared twice in variables.lua")
declared = set(declared)
for block in re.split(r'^(?=variable ")', variables_lua, flags=re.M)[1:]:
    name = re.match(r'variable "([^"]+)"', block).group(1)
    for key in ("title", "unit", "aggregate", "where"):
        if not re.search(r'^\s+%s = ' % key, block, re.M) and not re.search(r'\b%s = ' % key, block):
            fail("variable %s has no %s" % (name, key))
    m = re.search(r'aggregate = "([^"]+)"', block)
    if m and m.group(1) not in ("sum", "mean", "min", "max", "none"):
        fail("variable %s: aggregate %s" % (name, m.group(1)))
    g = re.search(r'genesis = "([^"]+)"', block)
    if g and not re.fullmatch(r"\d{5}-\d{2}-\d{2}-\d", g.group(1)):
        fail("variable %s: genesis %s is not a table code" % (name, g.group(1)))

fields = re.findall(r'^field "([^"]+)"', fields_lua, re.M)
for block in re.split(r'^(?=field ")', fields_lua, flags=re.M)[1:]:
    name = re.match(r'field "([^"]+)"', block).group(1)
    if not re.search(r"^  guideline = \{", block, re.M):
        fail("field %s has no guideline" % name)

blocks = re.split(r'^(?=indicator ")', module_lua, flags=re.M)[1:]
ids = [re.match(r'indicator "([^"]+)"', b).group(1) for b in blocks]
if len(ids) != len(set(ids)):
    fail("an indicator id appears twice in sdg-kommunen.lua")
goals = set()
for iid, block in zip(ids, blocks):
    m = re.search(r"^  needs = \{([^}]*)\}", block, re.M)
    if not m:
        fail("%s: no needs" % iid)
        continue
    needs = re.findall(r'"([^"]+)"', m.group(1))
    for n in needs:
        if n not in declared:
            fail("%s needs %s, which variables.lua does not declare" % (iid, n))
    body = block[block.index("compute = function(d)"):]
    read_vars = set(re.findall(r"\bd\.([A-Za-z_][A-Za-z0-9_]*)", body))
    read_other = set(re.findall(r'\bd\["([^"]+)"\]', body))
    for n in sorted(read_vars - set(needs)):
        fail("%s: compute reads d.%s, which is not in its needs" % (iid, n))
    for n in sorted(set(needs) - read_vars):
        fail("%s: needs %s, which compute never reads" % (iid, n))
    for n in sorted(read_other):
        if n not in ids and n not in needs:
            fail('%s: compute reads d["%s"], neither an indicator nor in needs' % (iid, n))
    f = re.search(r'field = "([^"]+)"', block)
    if not f or f.group(1) not in fields:
        fail("%s: field %s is not in fields.lua" % (iid, f.group(1) if f else None))
    for key in ("title", "definition", "unit", "decimals", "direction", "tags"):
        if not re.search(r"^  %s = " % key, block, re.M) and not re.search(r"\b%s = " % key, block):
            fail("%s has no %s" % (iid, key))
    s = re.search(r'sdg = "([^"]+)"', block)
    if not s or not re.fullmatch(r"\d{1,2}\.[0-9a-z]{1,2}(\.\d{1,2})?", s.group(1)):
        fail("%s: sdg %s" % (iid, s.group(1) if s else None))
    else:
        goals.add(int(s.group(1).split(".")[0]))
print("library: %d variables, %d indicators, %d fields, SDGs %s"
      % (len(declared), len(ids), len(fields), ",".join(str(g) for g in sorted(goals))))
if len(ids) < 40:
    fail("the module has %d indicators, fewer than 40" % len(ids))

# --- 2. the report ----------------------------------------------------------

tmp = tempfile.mkdtemp(prefix="catalogue.")
out = os.path.join(tmp, "report")
env = dict(os.environ)
env.setdefault("CHARTA_PATH", os.path.join(src, "indicators"))
p = subprocess.run([charta, "run", project, "-o", out, "--date", "2025-01-01", "--quiet"],
                   env=env, capture_output=True, text=True)
if p.returncode != 0:
    print(p.stdout[-4000:])
    print(p.stderr[-4000:])
    print("FAIL: charta run exited with %d" % p.returncode)
    sys.exit(1)

values = {}          # (indicator, area, year) -> float or None
with open(os.path.join(out, "data", "indicators.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        v = float(r["value"]) if r["value"] != "" else None
        values[(r["indicator"], r["area"], int(r["year"]))] = v
have = {}
for (i, a, y), v in values.items():
    if v is not None:
        have[i] = have.get(i, 0) + 1
for i in ids:
    if not have.get(i):
        fail("indicator %s has no value in data/indicators.csv" % i)
for i in sorted(set(have) - set(ids)):
    fail("data/indicators.csv has %s, which the module does not declare" % i)
print("report: %d of %d indicators have values (%d cells with a value)"
      % (sum(1 for i in ids if have.get(i)), len(ids), sum(have.values())))

# --- 3. values computed here from the input files ---------------------------


def genesis_rows(name, encoding):
    """The data rows of a GENESIS flat file, split at ';' (title and footer left out)."""
    with open(os.path.join(data, name), encoding=encoding) as f:
        lines = f.read().split("\n")
    rows = []
    for line in lines:
        if line.startswith("__________"):
            break
        cells = line.split(";")
        if len(cells) > 3 and re.fullmatch(r"DG|\d{2,8}", cells[1]):   # date;code;name;values
            rows.append(cells)
    return rows


def num(s):
    s = s.strip()
    return None if s in ("-", ".", "x", "") else float(s.replace(",", "."))


pop, pop_f, pop_m = {}, {}, {}
with open(os.path.join(data, "12411-01-01-4_00.csv"), encoding="utf-8") as f:
    lines = f.read().split("\n")
head = next(i for i, line in enumerate(lines) if line.startswith(";;31.12."))
dates = lines[head].split(";")            # ;;31.12.2015;31.12.2015;31.12.2015;31.12.2014;...
kinds = lines[head + 1].split(";")        # ;;Insgesamt;männlich;weiblich;Insgesamt;...
for line in lines[head + 2:]:
    if line.startswith("__________"):
        break
    cells = line.split(";")
    for j in range(2, len(cells)):
        year = int(dates[j][-4:])
        target = {"Insgesamt": pop, "männlich": pop_m, "weiblich": pop_f}[kinds[j]]
        target[(cells[0], year)] = num(cells[j])

area = {}
for cells in genesis_rows("11111-01-01-4.csv", "latin-1"):
    area[(cells[1], int(cells[0][-4:]))] = num(cells[3])
cars = {}
for cells in genesis_rows("46251-01-02-4_00.csv", "utf-8"):
    cars[(cells[1], int(cells[0][-4:]))] = num(cells[4])
waste = {}
for cells in genesis_rows("32121-01-02-4_00.csv", "utf-8"):
    waste[(cells[1], int(cells[0]))] = [num(c) for c in cells[3:10]]

fixture = {}
with open(os.path.join(data, "kommunaldaten_erfunden.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter=";"):
        for k, v in r.items():
            if k not in ("Gebiet", "Jahr") and v != "":
                fixture[(k, r["Gebiet"], int(r["Jahr"]))] = float(v)


def fx(name, a, y):
    return fixture[(name, a, y)]


def expect(indicator, a, y, want, published=None, decimals=1):
    got = values.get((indicator, a, y))
    if got is None:
        fail("%s %s %d: no value, expected %r" % (indicator, a, y, want))
    elif not math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9):
        fail("%s %s %d: %r, computed here %r" % (indicator, a, y, got, want))
    elif published is not None and round(got + 1e-9, decimals) != published:
        fail("%s %s %d: %r does not round to the published %r" % (indicator, a, y, got, published))
    else:
        print("ok: %s %s %d = %.4f" % (indicator, a, y, got))


def expect_missing(indicator, a, y):
    if (indicator, a, y) in values and values[(indicator, a, y)] is not None:
        fail("%s %s %d: %r where the inputs have nothing" % (indicator, a, y, values[(indicator, a, y)]))
    else:
        print("ok: %s %s %d is missing" % (indicator, a, y))


# real data (Regionalatlas publishes the first three: koeln/regionalstatistik SOURCE.md)
expect("bevoelkerungsdichte", "05315", 2015, pop[("05315", 2015)] / area[("05315", 2015)], 2618.6)
expect("bevoelkerungsdichte", "DG", 2015, pop[("DG", 2015)] / area[("DG", 2015)], 229.9)
expect("pkw-dichte", "01001", 2016, 1000 * cars[("01001", 2016)] / pop[("01001", 2015)], 482.2)
expect("pkw-dichte", "DG", 2016, 1000 * cars[("DG", 2016)] / pop[("DG", 2015)], 548.5)
expect("pkw-dichte", "14612", 2010, 1000 * cars[("14612", 2010)] / pop[("14612", 2009)])
expect("abfall-je-ew", "08222", 2015, 1000 * waste[("08222", 2015)][0] / pop[("08222", 2015)], 426.8)
w = waste[("05315", 2015)]
expect("getrennte-sammlung", "05315", 2015, 100 * (w[2] + w[5]) / w[0])
expect("restmuell-je-ew", "01001", 2012, 1000 * waste[("01001", 2012)][1] / pop[("01001", 2012)])
expect_missing("abfall-je-ew", "07211", 2010)          # Trier: booked with Trier-Saarburg

# made-up fixture, alone and with the real population
expect("ohne-hauptschulabschluss", "14612", 2013,
       100 * fx("school_leavers_no_hsa", "14612", 2013) / fx("school_leavers", "14612", 2013))
u65 = sum(fx(n, "05315", 2014) for n in ("population_0_5", "population_6_17", "population_18_64"))
expect("sgb2-quote", "05315", 2014, 100 * fx("sgb2_recipients", "05315", 2014) / u65)
gs = (fx("settlement_transport_area_km2", "05315", 2015) / fx("settlement_transport_area_km2", "05315", 2010)) ** 0.2 - 1
gp = (pop[("05315", 2015)] / pop[("05315", 2010)]) ** 0.2 - 1
expect("flaechenverbrauch-wachstum", "05315", 2015, gs / gp)
f, e = fx("employees_residence_female", "01001", 2014), fx("employees_residence", "01001", 2014)
expect("beschaeftigung-frauen-maenner", "01001", 2014,
       100 * (f / pop_f[("01001", 2014)]) / ((e - f) / pop_m[("01001", 2014)]))
expect("trinkwasserverbrauch", "14612", 2011, 1000 * fx("water_households_m3", "14612", 2011) / pop[("14612", 2011)] / 365)
expect("frauenanteil-rat", "01001", 2013, 100 * fx("council_seats_women", "01001", 2013) / fx("council_seats", "01001", 2013))
expect("betreuungsquote-3-5", "05315", 2012,
       100 * fx("children_3_5_care", "05315", 2012)
       / (fx("population_0_5", "05315", 2012) - fx("population_0_2", "05315", 2012)))
expect("co2-veraenderung", "14612", 2015, 100 * (fx("co2_t", "14612", 2015) / fx("co2_t", "14612", 2010) - 1))
expect_missing("pflegeheimplaetze", "05315", 2012)     # the care statistics of odd years only
expect_missing("wahlbeteiligung", "05315", 2013)       # no election
expect_missing("sgb2-quote", "09162", 2014)            # München: not in the fixture

if failures:
    print("%d failure(s)" % len(failures))
    sys.exit(1)
print("catalogue: all checks passed")
