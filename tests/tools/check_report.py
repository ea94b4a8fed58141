#!/usr/bin/python3
"""Read a charta report folder back and check it against itself.

usage: check_report.py REPORT_DIR INDICATORS AREAS FIRST_YEAR LAST_YEAR

- data/indicators.csv: the header, one row per indicator x area x year of the
  window, values that parse as floats (empty only for M/C), known statuses;
- manifest.json: every output listed with the right size and SHA-256;
- the workbook: opens in openpyxl without warnings; the overview's latest
  value of the subject area equals the CSV's for every indicator; on the
  field sheets every number of every indicator table equals the CSV value.
Exit 0 when all holds, 1 with the first problems otherwise.
"""
import csv
import hashlib
import json
import math
import os
import sys
import warnings


def fail(msg):
    print("check_report: " + msg)
    sys.exit(1)


def main():
    if len(sys.argv) != 6:
        print(__doc__)
        sys.exit(2)
    out, n_ind, n_areas, first, last = sys.argv[1], *map(int, sys.argv[2:])
    rows = list(csv.reader(open(os.path.join(out, "data", "indicators.csv"), encoding="utf-8", newline="")))
    if rows[0] != ["indicator", "area", "area_name", "year", "value", "status"]:
        fail("unexpected CSV header %r" % rows[0])
    data = rows[1:]
    years = last - first + 1
    if len(data) != n_ind * n_areas * years:
        fail("%d CSV rows, expected %d x %d x %d" % (len(data), n_ind, n_areas, years))
    values = {}
    order = []
    for r in data:
        ind, area, _, year, value, status = r
        if status not in "AMCEPBU" or len(status) != 1:
            fail("unknown status %r" % status)
        if (value == "") != (status in "MC"):
            fail("value %r with status %s" % (value, status))
        v = float(value) if value else None
        if v is not None and not math.isfinite(v):
            fail("non-finite value %r" % value)
        values[(ind, area, int(year))] = v
        if ind not in order:
            order.append(ind)
    if len(order) != n_ind:
        fail("%d indicators in the CSV, expected %d" % (len(order), n_ind))

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

    import openpyxl
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wb = openpyxl.load_workbook(os.path.join(out, xlsx[0]), data_only=True)
    sheets = wb.sheetnames
    ov = wb[sheets[0]]
    # overview: column B the id, F the latest year, G the latest value
    root = data[0][1]
    seen = 0
    for row in ov.iter_rows(min_row=5, values_only=True):
        if not row or row[1] not in order:
            continue
        ind, year, value = row[1], row[5], row[6]
        if year is None:
            continue
        want = values[(ind, root, int(year))]
        if want is None or abs(float(value) - want) > 1e-9 * max(1.0, abs(want)):
            fail("overview %s %s: %r, CSV %r" % (ind, year, value, want))
        seen += 1
    if seen != n_ind:
        fail("overview shows %d indicators with a latest value, expected %d" % (seen, n_ind))
    # field sheets: a table per indicator; title row, info row "...: <id> · ...", header, areas
    checked = 0
    for name in sheets[1:]:
        ws = wb[name]
        grid = list(ws.iter_rows(values_only=True))
        r = 0
        while r < len(grid):
            row = grid[r]
            info = row[0] if row else None
            ind = None
            if isinstance(info, str):
                for cand in order:
                    if (": " + cand + " ·") in info:
                        ind = cand
            if ind is None:
                r += 1
                continue
            r += 1  # the header: the next row with years (a comment may come first)
            while r < len(grid) and not any(str(h).isdigit() and len(str(h)) == 4 for h in grid[r]):
                r += 1
            head = grid[r]
            ycols = {c: int(h) for c, h in enumerate(head) if str(h).isdigit() and len(str(h)) == 4}
            r += 1
            while r < len(grid) and grid[r] and grid[r][0] is not None:
                code = str(grid[r][0])
                if (ind, code, first) not in values:
                    break
                for c, y in ycols.items():
                    got, want = grid[r][c], values[(ind, code, y)]
                    if want is None:
                        if got not in (None, ""):
                            fail("%s %s %d: cell %r, CSV missing" % (ind, code, y, got))
                    elif got is None or abs(float(got) - want) > 1e-12 * max(1.0, abs(want)):
                        fail("%s %s %d: cell %r, CSV %r" % (ind, code, y, got, want))
                    checked += 1
                r += 1
    if checked != n_ind * n_areas * years:
        fail("checked %d table cells, expected %d" % (checked, n_ind * n_areas * years))
    print("check_report: OK: %d CSV rows, %d workbook cells, %d sheets" % (len(data), checked, len(sheets)))


if __name__ == "__main__":
    main()
