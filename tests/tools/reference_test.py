#!/usr/bin/python3
"""The reference of the Lua language says what the code does, in both languages.

usage: reference_test.py CHARTA SOURCE_DIR

Reads the table the declarations are checked against from `charta help --keys`
and holds docs/reference.md and docs/referenz.md to it:

- every declaration and nested table (keyset) of the table has a heading
  "### `name`" (or ####) in each document, and each document's headings name
  only keysets of the table;
- under each such heading the rows "| `key` |" of its table are exactly the
  keys the code accepts there: none missing, none the code does not accept;
- the Series functions, methods, progress methods and Lua functions the program
  registers are those it documents (keys_functions.c), and each document lists
  exactly those, in its sections marked <!-- section: functions|methods|progress|lua -->;
- the examples of the declarations (the ```lua block under each "###" heading)
  together load in a small project under `charta check` without a mistake; the
  examples of the nested tables written as `key = { ... }` are put into their
  declaration's example first, so they load too.
Exits 1 with one line per difference.
"""

import os
import re
import subprocess
import sys
import tempfile

charta, src = sys.argv[1], sys.argv[2]
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
dump = subprocess.run([charta, "help", "--keys"], capture_output=True, text=True, env=env,
                      check=True).stdout

keysets, keys = [], {}
documented, registered = set(), set()
for line in dump.splitlines():
    f = line.split("\t")
    if f[0] == "keyset":
        keysets.append(f[1])
        keys[f[1]] = []
    elif f[0] == "key":
        keys[f[1]].append(f[2])
    elif f[0] == "documented":
        documented.add((f[1], f[2]))
    elif f[0] == "registered":
        registered.add((f[1], f[2]))

fail = []
for kind, name in sorted(registered - documented):
    fail.append(f"the sandbox registers the {kind} '{name}', keys_functions.c has no entry")
for kind, name in sorted(documented - registered):
    fail.append(f"keys_functions.c documents the {kind} '{name}', which is not registered")

HEAD = re.compile(r"^(#{3,4}) `([^`]+)`")
ROW = re.compile(r"^\| `([^`]+)` \|")
SECTION = re.compile(r"^<!-- section: ([a-z]+) -->")
FN_ROW = {"functions": re.compile(r"^\| `([a-z_]+)\("),
          "methods": re.compile(r"^\| `s:([a-z_]+)\("),
          "progress": re.compile(r"^\| `([a-z_]+)` \|"),
          "lua": re.compile(r"^\| `([A-Za-z_][A-Za-z_0-9]*)")}
FN_KIND = {"functions": "function", "methods": "method", "progress": "progress", "lua": "lua"}


def read_doc(path):
    """keys per keyset, examples per keyset, names per function section"""
    doc_keys, examples, fns = {}, {}, {k: set() for k in FN_ROW}
    section, current, in_code, code = None, None, False, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if in_code:
            if line.startswith("```"):
                in_code = False
                if current and current not in examples:
                    examples[current] = "\n".join(code) + "\n"
            else:
                code.append(line)
            continue
        if line.startswith("```lua"):
            in_code, code = True, []
            continue
        m = SECTION.match(line)
        if m:
            section, current = m.group(1), None
            continue
        if line.startswith("#"):
            m = HEAD.match(line)
            current = m.group(2) if m and section == "declarations" else None
            if current is not None:
                if current in doc_keys:
                    fail.append(f"{path}: '{current}' has two headings")
                doc_keys[current] = []
            continue
        if section in FN_ROW:
            m = FN_ROW[section].match(line)
            if m:
                fns[section].add(m.group(1))
        elif current:
            m = ROW.match(line)
            if m:
                doc_keys[current].append(m.group(1))
    return doc_keys, examples, fns


def check_doc(path):
    doc_keys, examples, fns = read_doc(path)
    name = os.path.relpath(path, src)
    for ks in keysets:
        if ks not in doc_keys:
            fail.append(f"{name}: no heading for '{ks}'")
            continue
        for k in keys[ks]:
            if k not in doc_keys[ks]:
                fail.append(f"{name}: '{ks}' accepts the key '{k}', which is not described")
        for k in doc_keys[ks]:
            if k not in keys[ks]:
                fail.append(f"{name}: '{ks}' describes the key '{k}', which charta does not accept")
        if ks not in examples:
            fail.append(f"{name}: '{ks}' has no example")
    for ks in doc_keys:
        if ks not in keys:
            fail.append(f"{name}: a heading names '{ks}', which is no declaration or table")
    for section, names in fns.items():
        want = {n for k, n in registered if k == FN_KIND[section]}
        for n in sorted(want - names):
            fail.append(f"{name}: the {FN_KIND[section]} '{n}' is not listed")
        for n in sorted(names - want):
            fail.append(f"{name}: lists the {FN_KIND[section]} '{n}', which charta does not have")
    load_examples(name, examples)


def nest(examples):
    """Each nested table's example `key = { ... }` put into its declaration's."""
    out = dict(examples)
    for ks in keysets:
        parent, _, key = ks.rpartition(".")
        ex = examples.get(ks, "")
        if not parent or parent not in out or not ex.startswith(key + " ="):
            continue
        lines = out[parent].rstrip("\n").split("\n")
        frag = ex.rstrip("\n").rstrip(",") + ","
        at = [i for i, ln in enumerate(lines) if ln.strip().startswith(key + " =")
              and ln.rstrip().endswith(",")]
        if at:
            lines[at[0]:at[0] + 1] = ["  " + ln for ln in frag.split("\n")]
        else:
            lines[-1:-1] = ["  " + ln for ln in frag.split("\n")]
        out[parent] = "\n".join(lines) + "\n"
    return out


def load_examples(name, examples):
    examples = nest(examples)
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "data"))
        os.makedirs(os.path.join(d, "indicators"))
        # the data files the examples' sources name, and a file for include
        rows = ["Gebiet,Jahr,Einwohner,Pkw"]
        for y in range(2015, 2025):
            rows += [f"01,{y},{10000 + y},{5000 - y}", f"02,{y},{20000 + y},{9000 - y}"]
        with open(os.path.join(d, "data", "bevoelkerung.csv"), "w") as f:
            f.write("\n".join(rows) + "\n")
        with open(os.path.join(d, "data", "indicator_7-2-1.csv"), "w") as f:
            f.write("Year,GeoCode,Value\n2020,,41.5\n2021,,43.0\n2020,01,39.0\n2021,01,40.5\n")
        with open(os.path.join(d, "indicators", "eigene.lua"), "w") as f:
            f.write("-- the city's own indicators\n")
        script = "\n".join(examples[ks] for ks in keysets if "." not in ks and ks in examples)
        with open(os.path.join(d, "city.lua"), "w") as f:
            f.write(script)
        r = subprocess.run([charta, "check", d], capture_output=True, text=True, env=env)
        if r.returncode != 0 or "error" in r.stderr:
            fail.append(f"{name}: the examples do not load (exit {r.returncode}):\n{r.stderr}"
                        f"--- city.lua made of them:\n{script}")


for doc in ("reference.md", "referenz.md"):
    check_doc(os.path.join(src, "docs", doc))

for line in fail:
    print(line)
if fail:
    sys.exit(1)
print(f"reference_test: {len(keysets)} declarations and tables, "
      f"{sum(len(k) for k in keys.values())} keys, {len(registered)} functions and methods "
      "in both documents; the examples load")
