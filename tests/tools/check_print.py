#!/usr/bin/env python3
"""The workbook as printed (tests/tools/print_test.sh).

usage: check_print.py WORKBOOK PDF CODES MAX_PER_INDICATOR MAX_TOTAL

  - every sheet with indicator tables (defined names ind_<id>) has a print
    area from row 1 whose area rows are exactly CODES (the subject, the focus
    areas, the benchmarks), each once per indicator, and every table of all
    areas lies below it; the sheet's title rows repeat;
  - the PDF LibreOffice printed: each sheet's pages (the footer names the
    sheet) at most MAX_PER_INDICATOR per indicator on it, MAX_TOTAL in all;
  - no change is printed as "-0,0", "+0,0" or "+0", no minus is a hyphen
    in the overview's changes, and the assessment method is named, not coded.
"""
import re
import subprocess
import sys

import openpyxl


def fail(msg):
    print("check_print: " + msg)
    sys.exit(1)


def rows_of(ref):
    m = re.search(r"\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)$", ref)
    if not m:
        fail("unexpected range %r" % ref)
    return int(m.group(1)), int(m.group(2))


def main():
    if len(sys.argv) != 6:
        print(__doc__)
        sys.exit(2)
    path, pdf, codes, per_ind, total = sys.argv[1:]
    codes, per_ind, total = set(codes.split(",")), int(per_ind), int(total)
    wb = openpyxl.load_workbook(path)
    tables = {}  # sheet -> [first row of each table of all areas]
    for dn in wb.defined_names.definedName:
        if dn.name.startswith("ind_"):
            for sheet, ref in dn.destinations:
                tables.setdefault(sheet, []).append(rows_of(ref))
    if not tables:
        fail("no indicator tables")
    known = set()
    for sheet in tables:  # every area code of the tables of all areas
        ws = wb[sheet]
        for head, end in tables[sheet]:
            for r in range(head + 1, end + 1):
                known.add(str(ws.cell(row=r, column=1).value))
    missing = codes - known
    if missing:
        fail("the areas %r are in no table" % sorted(missing))
    for sheet, heads in tables.items():
        ws = wb[sheet]
        area = ws.print_area
        if not area:
            fail("%s: no print area" % sheet)
        if isinstance(area, (list, tuple)):
            area = area[0] if len(area) == 1 else fail("%s: %d print areas" % (sheet, len(area)))
        first, last = rows_of(area.split("!")[-1])
        if first != 1:
            fail("%s: the print area starts at row %d" % (sheet, first))
        top = min(h for h, _ in heads)
        if top <= last:
            fail("%s: a table of all areas (row %d) lies in the print area (to row %d)" % (sheet, top, last))
        printed = {}
        for r in range(first, last + 1):
            v = ws.cell(row=r, column=1).value
            if v is not None and str(v) in known:
                printed[str(v)] = printed.get(str(v), 0) + 1
        if set(printed) != codes:
            fail("%s: the print area holds %r, expected %r" % (sheet, sorted(printed), sorted(codes)))
        bad = {c: n for c, n in printed.items() if n != len(heads)}
        if bad:
            fail("%s: areas printed other than once per indicator (%d): %r" % (sheet, len(heads), bad))
        if not ws.print_title_rows:
            fail("%s: no title rows repeated" % sheet)
    # the PDF: pages per sheet, by the sheet name in the footer (the last line)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    names = sorted((ws.title for ws in wb.worksheets if ws.sheet_state == "visible"), key=len, reverse=True)
    count, text = {}, []
    for p in range(1, pages + 1):
        t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", pdf, "-"],
                           capture_output=True, text=True, check=True).stdout
        text.append(t)
        lines = [l for l in t.splitlines() if l.strip()]
        foot = lines[-1] if lines else ""
        name = next((n for n in names if n in foot), None)
        if name is None:
            fail("page %d: no sheet named in its footer %r" % (p, foot))
        count[name] = count.get(name, 0) + 1
    print("check_print: %d pages: %s" % (pages, ", ".join("%s %d" % (n, count.get(n, 0)) for n in
                                                          [ws.title for ws in wb.worksheets if ws.title in count])))
    for sheet, heads in tables.items():
        if count.get(sheet, 0) > per_ind * len(heads):
            fail("%s prints on %d pages for %d indicators (at most %d each)" % (sheet, count[sheet], len(heads), per_ind))
    if pages > total:
        fail("the workbook prints on %d pages, at most %d expected" % (pages, total))
    alltext = "\n".join(text)
    m = re.search(r"(?<![\w,.:/-])(?:[-+\u2212]0,0+|[-+\u2212]0\.0+|\+0)(?![\d,.])", alltext)
    if m:
        fail("a change printed as %r: %r" % (m.group(0), alltext[max(0, m.start() - 60):m.end() + 20]))
    if re.search(r"(?:Methode|Method): eurostat\b", alltext):
        fail("the assessment method is printed as its code")
    print("check_print: print areas hold %s; changes signed, methods named" % ",".join(sorted(codes)))


if __name__ == "__main__":
    main()
