#!/usr/bin/python3
"""One vocabulary of progress categories across the report.

Usage: vocab_test.py CHARTA PROJECT METHOD

Copies PROJECT to a temporary folder, sets `report { progress = METHOD }`
(METHOD "lua" adds a progress_method with declared words, symbols and
colours), runs charta and checks that
- every page of the PDF overview has a legend listing exactly the categories
  of the tiles on that page, each with the same symbol and words as the
  workbook's overview ("<symbol> <words>"),
- the PDF's overview table and field pages use the workbook's words for the
  same indicator,
- no reason says "direction =", a ratio beyond 500 % or the same sentence twice.
Run it with Debian's /usr/bin/python3 (python3-openpyxl).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

LUA_METHOD = '''
progress_method "ampel" {
  title = { de = "Ampel", en = "Traffic light" },
  categories = {
    gruen = { level = 2, label = { de = "grün", en = "green" }, symbol = "\u25cf", colour = "#2e7d32" },
    gelb = { level = 0, label = { de = "gelb", en = "yellow" }, symbol = "\u25d0", color = "#f9a825" },
    rot = -1,
  },
  assess = function(points, target, info)
    if #points < 2 then return nil, "too few values" end
    local d = points[#points].value - points[1].value
    if info.direction == "down" then d = -d end
    return d > 0 and "gruen" or d == 0 and "gelb" or "rot"
  end,
}
'''


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def pdf_pages(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")


def main(argv):
    charta, project, method = argv[1:4]
    tmp = tempfile.mkdtemp(prefix="charta-vocab-")
    try:
        proj = os.path.join(tmp, "p")
        shutil.copytree(project, proj)
        city = os.path.join(proj, "city.lua")
        text = open(city, encoding="utf-8").read()
        name = "ampel" if method == "lua" else method
        text = re.sub(r'progress = "[a-z]+"', 'progress = "%s"' % name, text)
        if method == "lua":
            text = text.replace("\nreport {", LUA_METHOD + "\nreport {", 1)
        open(city, "w", encoding="utf-8").write(text)
        out = os.path.join(tmp, "out")
        r = subprocess.run([charta, "run", proj, "-o", out, "--date", "2025-06-30",
                            "--quiet"], capture_output=True, text=True)
        if r.returncode != 0:
            fail("charta run: %d %s" % (r.returncode, r.stderr))
        xlsx = [f for f in os.listdir(out) if f.endswith(".xlsx")][0]
        pdf = os.path.join(out, xlsx[:-5] + ".pdf")
        check(os.path.join(out, xlsx), pdf, method)
    finally:
        shutil.rmtree(tmp)
    print("ok " + method)
    return 0


def workbook_terms(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[1]  # the overview
    head = None
    status = {}
    for row in ws.iter_rows(values_only=True):
        if head is None:
            if "Bewertung" in row:
                head = row.index("Bewertung")
            continue
        code, title = row[0], row[1]
        if code and title and row[head]:
            status[title] = row[head]
    if not status:
        fail("no assessment column in the workbook's overview")
    return status


def check(xlsx, pdf, method):
    status = workbook_terms(xlsx)  # title -> "<symbol> <words>"
    terms = {}  # words -> symbol
    for s in status.values():
        sym, words = s.split(" ", 1)
        if terms.get(words, sym) != sym:
            fail("words %r with two symbols" % words)
        terms[words] = sym
    symbols = set(terms.values())
    pages = pdf_pages(pdf)
    ov = [i for i, p in enumerate(pages) if "Stand nach" in p]
    end = [i for i, p in enumerate(pages) if "Die Indikatoren im" in p][0]
    tile_pages = range(ov[0], end + 1)
    seen_tiles = set()
    for i in tile_pages:
        page = pages[i]
        if i == end:
            page = page.split("Die Indikatoren im")[0]
        legend, tiles = set(), []
        for line in page.splitlines():
            cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
            first = line.strip().split(" ", 1)
            if len(first) == 2 and first[0] in symbols and first[1].strip()[:1] not in symbols:
                alt = "|".join(re.escape(x) for x in symbols)
                pairs = [(m.group(1), m.group(2).strip()) for m in
                         re.finditer(r"(%s)\s+(.+?)(?=\s+(?:%s)\s|$)" % (alt, alt), line.strip())]
                # a legend line holds nothing but symbols and their words; a line of
                # tiles may also start with a symbol (beside a wrapped title)
                if pairs and all(w in terms for _, w in pairs):
                    legend |= set(pairs)
                    continue
            for c in cells:
                if c in terms:
                    tiles.append({c})
                else:  # the first line of words a tile wraps
                    stem = c[:-1] if c.endswith("\u2026") else c
                    match = {w for w in terms if len(stem) >= 8 and w.startswith(stem + " ")}
                    if match:
                        tiles.append(match)
        if not tiles:
            continue
        if not legend:
            fail("page %d has tiles but no legend" % (i + 1))
        for sym, words in legend:
            if terms.get(words) != sym:
                fail("page %d: legend %s %r is not the workbook's %r" %
                     (i + 1, sym, words, terms.get(words)))
        names = {w for _, w in legend}
        for t in tiles:
            if not t & names:
                fail("page %d: a tile's %r is not in its legend %r" % (i + 1, t, names))
            seen_tiles |= t & names
        for w in names:
            if not any(w in t for t in tiles):
                fail("page %d: legend lists %r, which no tile on it shows" % (i + 1, w))
    if not seen_tiles:
        fail("no tiles found")
    # the overview table and the field pages: the same words for the same indicator
    rest = " ".join(" ".join(p.split()) for p in pages[end:])
    for title, s in status.items():
        words = s.split(" ", 1)[1]
        if words not in rest and words[0].upper() + words[1:] not in rest:
            fail("the PDF does not say %r (%s)" % (words, title))
    for bad in ("direction =", "direction = ", "5593", "\u22121200"):
        if bad in rest:
            fail("the PDF says %r" % bad)
    for m in re.finditer(r"(\d[\d.,]*) % dieses Tempos", rest):
        v = float(m.group(1).replace(".", "").replace(",", "."))
        if v > 500:
            fail("a ratio of %s %%" % m.group(1))
    for m in re.finditer(r"([^.]{20,}\.) \1", rest):
        fail("said twice: %r" % m.group(1))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
