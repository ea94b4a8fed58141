#!/usr/bin/python3
"""Read a charta report folder back and check it against itself.

usage: check_report.py REPORT_DIR INDICATORS AREAS FIRST_YEAR LAST_YEAR
       check_report.py --lo-csv CSV_DIR REPORT_DIR INDICATORS AREAS FIRST_YEAR LAST_YEAR

The second form checks what LibreOffice read from the workbook (its sheets
exported as CSV, one file per sheet, cell values unformatted; see
tests/tools/interop_test.sh): every indicator table's numbers equal
data/indicators.csv (LibreOffice writes 15 significant digits), and the
overview's latest values.

- data/indicators.csv: the header, one row per indicator x area x year of the
  window, values that parse as floats (empty only for M/C), known statuses;
- manifest.json: every output listed with the right size and SHA-256;
- the workbook (openpyxl, warnings are errors):
  - the sheet list: cover, overview, coverage, one sheet per action field of the
    metadata sheet, metadata, inputs, [input values], the hidden chart data;
  - every indicator's table, found through its defined name ind_<id>: every
    area and year, every value equal to the CSV's, empty where the CSV has
    none, the number format from the decimals shown (metadata sheet) with
    the status mark of the CSV's status;
  - the overview: latest year and value of the subject area, the previous
    value and the change, for every indicator; its code a link to the
    indicator's table;
  - every internal link points to an existing sheet;
  - the document properties: title, subject, author (the city), keywords,
    created = the manifest's run date;
  - the cover: charta version and data as of from the manifest;
  - the inputs sheet: path, rows and SHA-256 of every input as in the
    manifest;
  - every native chart's cache of values (what a program shows before it
    recalculates): each cached point equals its worksheet cell, and a cell
    without a number has no point (never a 0 for a missing value).
Exit 0 when all holds, 1 with the first problem otherwise.
"""
import csv
import datetime
import hashlib
import json
import math
import os
import re
import sys
import warnings

MARKS = {"E": " e", "P": " p", "B": " b", "U": " u"}
COVER = ("Deckblatt", "Cover")
OVERVIEW = ("Übersicht", "Overview")
COVERAGE = ("Abdeckung", "Coverage")
METADATA = ("Metadaten", "Metadata")
INPUTS = ("Eingangsdaten", "Inputs")
VALUES = ("Eingangswerte", "Input values")
CHARTDATA = ("Diagrammdaten", "Chart data")
AREA_CODE = ("Gebietsschlüssel", "Area code")
# overview columns (0-based): code, title, SDG, unit, year, value, previous year, value, change
OV_CODE, OV_YEAR, OV_VALUE, OV_PREV_YEAR, OV_PREV, OV_CHANGE = 0, 4, 5, 6, 7, 8
ROOT = [None]  # the subject area's code: the CSV's first area


def fail(msg):
    print("check_report: " + msg)
    sys.exit(1)


def close(a, b, rel=1e-12):
    return abs(float(a) - b) <= rel * max(1.0, abs(b))


def read_csv(out, n_ind, n_areas, first, last):
    rows = list(csv.reader(open(os.path.join(out, "data", "indicators.csv"), encoding="utf-8", newline="")))
    if rows[0] != ["indicator", "area", "area_name", "year", "value", "status"]:
        fail("unexpected CSV header %r" % rows[0])
    data = rows[1:]
    years = last - first + 1
    if len(data) != n_ind * n_areas * years:
        fail("%d CSV rows, expected %d x %d x %d" % (len(data), n_ind, n_areas, years))
    values, order, areas = {}, [], []
    for r in data:
        ind, area, _, year, value, status = r
        if status not in "AMCEPBU" or len(status) != 1:
            fail("unknown status %r" % status)
        if (value == "") != (status in "MC"):
            fail("value %r with status %s" % (value, status))
        v = float(value) if value else None
        if v is not None and not math.isfinite(v):
            fail("non-finite value %r" % value)
        values[(ind, area, int(year))] = (v, status)
        if ind not in order:
            order.append(ind)
        if area not in areas:
            areas.append(area)
    if len(order) != n_ind:
        fail("%d indicators in the CSV, expected %d" % (len(order), n_ind))
    return data, values, order, areas


def read_manifest(out):
    manifest = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    listed = [o["path"] for o in manifest["outputs"]]
    for o in manifest["outputs"]:
        blob = open(os.path.join(out, o["path"]), "rb").read()
        if len(blob) != o["bytes"] or hashlib.sha256(blob).hexdigest() != o["sha256"]:
            fail("manifest entry for %s does not match the file" % o["path"])
    for i in manifest["inputs"]:
        if len(i["sha256"]) != 64 or i["rows"] <= 0:
            fail("manifest input %r is incomplete" % i)
    xlsx = [p for p in listed if p.endswith(".xlsx")]
    if len(xlsx) != 1:
        fail("expected one workbook in the manifest, got %r" % listed)
    return manifest, xlsx[0]


def number_format(decimals, status):
    """The format charta gives a value (report.h: decimals, then the mark)."""
    if decimals is None:
        base = "General"
    else:
        base = "#,##0" + ("." + "0" * decimals if decimals else "")
    return base + ('"%s"' % MARKS[status] if status in MARKS else "")


def check_sheets(wb):
    names = wb.sheetnames
    lang = 0 if names[0] == COVER[0] else 1
    want = [COVER[lang], OVERVIEW[lang], COVERAGE[lang]]
    if names[:3] != want:
        fail("the workbook starts with %r, expected %r" % (names[:3], want))
    rest = names[3:]
    if rest and rest[-1] == CHARTDATA[lang]:
        if wb[rest[-1]].sheet_state != "hidden":
            fail("the chart data sheet is not hidden")
        rest = rest[:-1]
    if rest and rest[-1] == VALUES[lang]:
        rest = rest[:-1]
    if rest[-2:] != [METADATA[lang], INPUTS[lang]]:
        fail("metadata and inputs sheets missing or out of order: %r" % names)
    fields = rest[:-2]
    for n in names:
        if wb[n].sheet_state != "visible" and n != CHARTDATA[lang]:
            fail("sheet %r is hidden" % n)
    return lang, fields


def metadata(wb, lang):
    """Per indicator: (field text, decimals shown) from the metadata sheet's table (its
    columns found by their heads; it ends at the first empty row)."""
    ws = wb[METADATA[lang]]
    meta = {}
    rows = ws.iter_rows(min_row=4, values_only=True)
    heads = next(rows)
    field = heads.index(("Handlungsfeld", "Field")[lang])
    decimals = heads.index(("Nachkommastellen", "Decimals shown")[lang])
    for row in rows:
        if not row or row[0] is None:
            break
        d = row[decimals]
        meta[str(row[0])] = (row[field], None if d in (None, "") else int(d))
    return meta


def resolve(wb, location):
    """'Sheet name'!A5 -> (worksheet, row, column), 1-based."""
    m = re.fullmatch(r"(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)", location)
    if not m:
        fail("cannot read the link target %r" % location)
    sheet = (m.group(1) or "").replace("''", "'") or m.group(2)
    if sheet not in wb.sheetnames:
        fail("link to a missing sheet: %r" % location)
    col = 0
    for ch in m.group(3):
        col = col * 26 + ord(ch) - 64
    return wb[sheet], int(m.group(4)), col


def table_ranges(wb, order):
    """indicator id -> (worksheet, first row, last row, first col, last col) of its table."""
    tables = {}
    for dn in wb.defined_names.definedName:
        if not dn.name.startswith("ind_"):
            continue
        dests = list(dn.destinations)
        if len(dests) != 1:
            fail("defined name %s has %d ranges" % (dn.name, len(dests)))
        sheet, ref = dests[0]
        ws = wb[sheet]
        m = re.fullmatch(r"\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", ref)
        if not m:
            fail("defined name %s: unexpected range %r" % (dn.name, ref))
        head, last = int(m.group(2)), int(m.group(4))
        # the indicator: the info line "Code: <id> · ..." above the fact box
        ind = None
        for r in range(head - 1, max(0, head - 40), -1):
            info = ws.cell(row=r, column=1).value
            if isinstance(info, str) and ": " in info:
                cand = info.split(" · ")[0].split(": ", 1)[1]
                if cand in order:
                    ind = cand
                    break
        if ind is None:
            fail("defined name %s: no indicator above its table" % dn.name)
        if ind in tables:
            fail("indicator %s has two tables" % ind)
        tables[ind] = (ws, head, last, m.group(1), m.group(3))
    missing = [i for i in order if i not in tables]
    if missing:
        fail("no defined name for the tables of %r" % missing)
    return tables


def check_tables(wb, lang, values, order, areas, first, last, meta):
    tables = table_ranges(wb, order)
    checked = 0
    for ind in order:
        ws, head, end, _, _ = tables[ind]
        heads = [c.value for c in ws[head]]
        if heads[0] not in AREA_CODE:
            fail("%s: the table starts with %r, not the head row" % (ind, heads[0]))
        ycols = {c: int(h) for c, h in enumerate(heads) if isinstance(h, str) and re.fullmatch(r"\d{4}", h)}
        if sorted(ycols.values()) != list(range(first, last + 1)):
            fail("%s: table years %r" % (ind, sorted(ycols.values())))
        # the fact box beside the chart: "Wert 2024" / "Value 2024" and its value,
        # in the indicator's printed part (its first info line) above its printed table
        start = next((r for r in range(1, head) if isinstance(ws.cell(row=r, column=1).value, str)
                      and ws.cell(row=r, column=1).value.split(" · ")[0].split(": ", 1)[-1] == ind),
                     max(1, head - 40))
        for r in range(start, head):
            label = ws.cell(row=r, column=1).value
            if label in AREA_CODE:
                break
            m = re.fullmatch(r"(?:Wert|Value) (\d{4})", label) if isinstance(label, str) else None
            if m:
                got = ws.cell(row=r, column=2).value
                want = values.get((ind, ROOT[0], int(m.group(1))), (None, None))[0]
                if want is None or got is None or not close(got, want):
                    fail("%s: fact box %s = %r, CSV %r" % (ind, label, got, want))
                checked += 1
        seen = []
        decimals = meta.get(ind, (None, None))[1]
        for row in ws.iter_rows(min_row=head + 1, max_row=end):
            code = str(row[0].value)
            seen.append(code)
            for c, y in ycols.items():
                cell = row[c]
                want, status = values[(ind, code, y)]
                if want is None:
                    if cell.value not in (None, ""):
                        fail("%s %s %d: cell %r, CSV missing" % (ind, code, y, cell.value))
                    continue
                if cell.value is None or not close(cell.value, want):
                    fail("%s %s %d: cell %r, CSV %r" % (ind, code, y, cell.value, want))
                fmt = number_format(decimals, status)
                if cell.number_format != fmt:
                    fail("%s %s %d: number format %r, expected %r" % (ind, code, y, cell.number_format, fmt))
                checked += 1
        if sorted(seen) != sorted(areas):
            fail("%s: the table's areas differ from the CSV's" % ind)
    return checked


def check_overview(wb, lang, values, order, root):
    ws = wb[OVERVIEW[lang]]
    seen = 0
    for row in ws.iter_rows(min_row=6):
        code = row[OV_CODE]
        if code.value not in order:
            continue
        ind = code.value
        if not code.hyperlink or not code.hyperlink.location:
            fail("overview %s: the code is not a link" % ind)
        target, r, _ = resolve(wb, code.hyperlink.location)
        info = target.cell(row=r + 1, column=1).value
        if not isinstance(info, str) or info.split(" · ")[0].split(": ", 1)[-1] != ind:
            fail("overview %s: the link leads to %r" % (ind, info))
        year, value = row[OV_YEAR].value, row[OV_VALUE].value
        latest = [y for (i, a, y), (v, _) in values.items() if i == ind and a == root and v is not None]
        if not latest:
            if year is not None:
                fail("overview %s: a latest year %r without values" % (ind, year))
            seen += 1
            continue
        if year != max(latest) or not close(value, values[(ind, root, year)][0], 1e-9):
            fail("overview %s: %r %r, CSV %r %r" % (ind, year, value, max(latest), values[(ind, root, max(latest))][0]))
        earlier = [y for y in latest if y < year]
        prev_year, prev = row[OV_PREV_YEAR].value, row[OV_PREV].value
        if earlier:
            want = values[(ind, root, max(earlier))][0]
            if prev_year != max(earlier) or not close(prev, want, 1e-9):
                fail("overview %s: previous %r %r, CSV %r %r" % (ind, prev_year, prev, max(earlier), want))
            if not close(row[OV_CHANGE].value, value - prev, 1e-9):
                fail("overview %s: change %r" % (ind, row[OV_CHANGE].value))
        elif prev_year is not None:
            fail("overview %s: a previous year %r without an earlier value" % (ind, prev_year))
        seen += 1
    if seen != len(order):
        fail("overview shows %d indicators, expected %d" % (seen, len(order)))


def check_links(wb):
    """Every internal link (cover contents, overview codes, fact boxes,
    metadata codes, inputs) leads to a cell of an existing sheet."""
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                link = cell.hyperlink
                if link is None:
                    continue
                if link.target:
                    fail("%s!%s links outside the workbook: %r" % (ws.title, cell.coordinate, link.target))
                resolve(wb, link.location)
                n += 1
    return n


def check_properties(wb, lang, manifest):
    p = wb.properties
    cover = wb[COVER[lang]]
    if not p.title or p.title != cover["A1"].value:
        fail("document title %r, cover %r" % (p.title, cover["A1"].value))
    city = cover["A2"].value
    if p.creator != city:
        fail("document author %r, expected the city %r" % (p.creator, city))
    if not p.subject or city not in p.subject or not p.keywords or city not in p.keywords:
        fail("subject %r / keywords %r" % (p.subject, p.keywords))
    run = datetime.datetime.strptime(manifest["run_date"], "%Y-%m-%d")
    if p.created != run:
        fail("document created %r, run date %s" % (p.created, manifest["run_date"]))
    # the cover's facts: created on, data as of, charta version
    facts = {}
    for row in cover.iter_rows(min_row=4, max_row=12, max_col=2, values_only=True):
        facts[row[0]] = row[1]
    created = facts.get(("Erstellt am", "Created on")[lang])
    if created != run:
        fail("cover: created on %r, run date %r" % (created, run))
    as_of = [i["as_of"] for i in manifest["inputs"] if i.get("as_of")]
    got = facts.get(("Datenstand", "Data as of")[lang])
    if as_of and got != datetime.datetime.strptime(max(as_of), "%Y-%m-%d"):
        fail("cover: data as of %r, inputs %r" % (got, max(as_of)))
    if facts.get(("Erstellt mit", "Created with")[lang]) != "charta " + manifest["charta"]:
        fail("cover: charta version %r" % facts.get(("Erstellt mit", "Created with")[lang]))


def check_inputs(wb, lang, manifest):
    ws = wb[INPUTS[lang]]
    rows = {}
    for row in ws.iter_rows(min_row=7, values_only=True):
        if row and isinstance(row[1], str) and isinstance(row[2], str) and re.fullmatch(r"[0-9a-f]{64}", row[2]):
            rows[row[1]] = (row[2], row[3])
    for i in manifest["inputs"]:
        got = rows.get(i["path"])
        if not got or got[0] != i["sha256"] or got[1] != i["rows"]:
            fail("inputs sheet: %s is %r, manifest %s %d rows" % (i["path"], got, i["sha256"], i["rows"]))
    return len(rows)


def number(text):
    try:
        v = float(text)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def check_lo_csv(csv_dir, values, order, areas, first, last, root):
    """The sheets as LibreOffice read them: every table and the overview."""
    files = sorted(f for f in os.listdir(csv_dir) if f.endswith(".csv"))
    if not files:
        fail("LibreOffice wrote no CSV in %s" % csv_dir)
    tables, overview = {}, 0
    for name in files:
        grid = list(csv.reader(open(os.path.join(csv_dir, name), encoding="utf-8", newline="")))
        for r, row in enumerate(grid):
            if not row:
                continue
            if row[0] in AREA_CODE and len(row) > 2 and re.fullmatch(r"\d{4}", row[2]):
                ind = None
                for up in range(r - 1, max(-1, r - 40), -1):
                    cell = grid[up][0] if grid[up] else ""
                    if ": " in cell:
                        cand = cell.split(" · ")[0].split(": ", 1)[1]
                        if cand in order:
                            ind = cand
                            break
                if ind is None:
                    continue  # an input variable's table
                ycols = {c: int(h) for c, h in enumerate(row) if re.fullmatch(r"\d{4}", h)}
                n = 0
                for line in grid[r + 1:]:
                    if not line or line[0] not in areas:
                        break
                    for c, y in ycols.items():
                        want = values[(ind, line[0], y)][0]
                        got = number(line[c]) if c < len(line) and line[c] != "" else None
                        if (want is None) != (got is None) or (want is not None and not close(got, want, 1e-13)):
                            fail("LibreOffice read %s %s %d as %r, CSV %r (%s)" % (ind, line[0], y, line[c] if c < len(line) else None, want, name))
                        n += 1
                    if [v for v in line[2 + len(ycols):] if v]:
                        fail("LibreOffice sees more cells right of %s %s" % (ind, line[0]))
                tables[ind] = n
            elif (name.endswith(tuple("-%s.csv" % o for o in OVERVIEW)) and row[0] in order
                  and len(row) > OV_VALUE and re.fullmatch(r"\d{4}", row[OV_YEAR])):
                ind, year = row[0], int(row[OV_YEAR])
                want = values[(ind, root, year)][0]
                got = number(row[OV_VALUE])
                if want is None or got is None or not close(got, want, 1e-13):
                    fail("LibreOffice read the overview's %s %d as %r, CSV %r" % (ind, year, row[OV_VALUE], want))
                overview += 1
    missing = [i for i in order if i not in tables]
    if missing:
        fail("LibreOffice shows no table for %r" % missing)
    cells = sum(tables.values())
    if cells != len(order) * len(areas) * (last - first + 1):
        fail("LibreOffice shows %d table cells, expected %d" % (cells, len(order) * len(areas) * (last - first + 1)))
    print("check_report: LibreOffice read %d sheets, %d table cells and %d overview values as charta wrote them"
          % (len(files), cells, overview))


def check_chart_caches(path, wb):
    """Every numeric series of every chart: cached points against the cells."""
    import zipfile
    import xml.etree.ElementTree as ET
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    points = 0
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        for name in charts:
            root = ET.fromstring(z.read(name))
            for val in root.iter("{%s}val" % ns["c"]):
                ref = val.find("c:numRef", ns)
                if ref is None:
                    continue
                f = ref.find("c:f", ns).text
                m = re.fullmatch(r"'?(.*?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", f)
                if not m:
                    fail("%s: a series range %r" % (name, f))
                sheet = m.group(1).replace("''", "'")
                cells = wb[sheet]["%s%s:%s%s" % m.group(2, 3, 4, 5)]
                flat = [c for row in cells for c in row]
                cache = ref.find("c:numCache", ns)
                if cache is None:
                    continue  # no cache: the program reads the cells
                cached = {int(pt.get("idx")): float(pt.find("c:v", ns).text)
                          for pt in cache.findall("c:pt", ns)}
                for i, cell in enumerate(flat):
                    v = cell.value
                    has = isinstance(v, (int, float)) and not isinstance(v, bool)
                    if not has and i in cached:
                        fail("%s: %s!%s has no number but the chart caches %r"
                             % (name, sheet, cell.coordinate, cached[i]))
                    if has and (i not in cached or not close(cached[i], float(v))):
                        fail("%s: %s!%s is %r, the chart caches %r"
                             % (name, sheet, cell.coordinate, v, cached.get(i)))
                    points += has
    return points


def main():
    lo_csv = None
    args = sys.argv[1:]
    if args[:1] == ["--lo-csv"] and len(args) > 1:
        lo_csv, args = args[1], args[2:]
    if len(args) != 5:
        print(__doc__)
        sys.exit(2)
    out, n_ind, n_areas, first, last = args[0], *map(int, args[1:])
    data, values, order, areas = read_csv(out, n_ind, n_areas, first, last)
    if lo_csv:
        check_lo_csv(lo_csv, values, order, areas, first, last, data[0][1])
        return
    manifest, xlsx = read_manifest(out)

    import openpyxl
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wb = openpyxl.load_workbook(os.path.join(out, xlsx), data_only=True)
    lang, fields = check_sheets(wb)
    meta = metadata(wb, lang)
    if sorted(meta) != sorted(order):
        fail("the metadata sheet lists %r" % sorted(meta))
    n_fields = len({m[0] for m in meta.values()})
    if len(fields) != n_fields:
        fail("%d field sheets for %d action fields" % (len(fields), n_fields))
    root = ROOT[0] = data[0][1]
    checked = check_tables(wb, lang, values, order, areas, first, last, meta)
    check_overview(wb, lang, values, order, root)
    links = check_links(wb)
    check_properties(wb, lang, manifest)
    inputs = check_inputs(wb, lang, manifest)
    cached = check_chart_caches(os.path.join(out, xlsx), wb)
    print("check_report: OK: %d CSV rows, %d workbook cells with formats, %d sheets, %d links, "
          "%d inputs, %d cached chart points"
          % (len(data), checked, len(wb.sheetnames), links, inputs, cached))


if __name__ == "__main__":
    main()
