#!/usr/bin/python3
"""The coverage matrix, the definitions and the origins in the report, read back.

Usage: workbook_coverage_test.py CHARTA MUSTERSTADT CATALOGUE

MUSTERSTADT is examples/musterstadt (indicators of twelve action fields and nine
SDGs, one with codes of two goals, a few with a `definition`); CATALOGUE is
tests/catalogue_engine (a project over a small library of its own: a shipped
indicator taken over with `extends`, two left out for want of data), whose library
the test copies and gives one more shipped indicator naming every goal. Checks
- the workbook's coverage sheet ("Abdeckung" / "Coverage", after the overview,
  linked from the cover's contents): a row per action field with its code and
  title, the count per goal where there is one and an empty cell where there is
  none, the total row with its zeros, how many goals have an indicator and the
  line of the goals without one ("keine" / "none" when every goal has one), all
  the same as `charta list --coverage` says;
- the metadata sheet's definition (in the report's language) and origin ("shipped
  by" / "extends" the library with the declaration's file:line, the city's
  file:line), and below it the shipped indicators left out, with the library and
  what the data lack;
- the PDF: the definition under the indicator's title, in the report's language,
  and no library or file name.
Run it with Debian's /usr/bin/python3 (python3-openpyxl).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

# one more shipped indicator of the test library: every goal, a definition
EXTRA = '''
indicator "alle-ziele" {
  title = { de = "Alle Ziele", en = "Every goal" },
  definition = { de = "Einwohner, gezählt für jedes Ziel.", en = "Inhabitants, counted for every goal." },
  field = "P1", direction = "none", needs = { "population" },
  sdg = { "1.1", "2.1", "3.1", "4.1", "5.1", "6.1", "7.1", "8.1", "9.1", "10.1", "11.1",
          "12.1", "13.1", "14.1", "15.1", "16.1", "17.1", "17.2" },
  compute = function(d) return d.population end,
}
'''

MS_DEFINITIONS = {  # indicator -> (German, English) start of its definition
    "erneuerbarer-strom": ("Im Stadtgebiet aus erneuerbaren Quellen",
                           "Electricity generated from renewable sources"),
    "co2-pro-kopf": ("Energiebedingte CO₂-Emissionen im Stadtgebiet",
                     "Energy-related CO₂ emissions within the city"),
    "abfall-pro-kopf": ("Von den Haushalten überlassene Abfälle",
                        "Waste collected from households in the year"),
}

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def run(charta, project, out, lang, formats, env=None):
    p = subprocess.run([charta, "run", project, "-o", out, "--lang", lang, "--formats", formats,
                        "--date", "2025-06-30", "--quiet"], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        print(p.stderr)
        sys.exit("charta run %s --lang %s failed with %d" % (project, lang, p.returncode))
    files = os.listdir(out)
    xlsx = [f for f in files if f.endswith(".xlsx")]
    pdf = [f for f in files if f.endswith(".pdf")]
    return (os.path.join(out, xlsx[0]) if xlsx else None,
            os.path.join(out, pdf[0]) if pdf else None)


def listing(charta, project, env=None):
    """`charta list --coverage`: field -> {goal: count}, the totals, the goals without."""
    out = subprocess.run([charta, "list", project, "--coverage"], capture_output=True,
                         text=True, env=env, check=True).stdout
    matrix = out.split("indicators per action field and SDG\n", 1)[1]
    rows, totals, without = {}, None, None
    for line in matrix.splitlines():
        cells = line.split()
        if len(cells) >= 18 and cells[0] == "all":
            totals = [int(c) for c in cells[1:18]]
        elif len(cells) >= 18 and cells[:17] != [str(g) for g in range(1, 18)]:
            rows[cells[0]] = {g + 1: int(c) for g, c in enumerate(cells[1:18]) if c != "."}
        elif line.startswith("SDGs without an indicator: "):
            rest = line.split(": ", 1)[1]
            without = [] if rest == "none" else [int(g) for g in rest.split(", ")]
    return rows, totals, without


def coverage_sheet(wb, lang):
    name = "Abdeckung" if lang == "de" else "Coverage"
    names = wb.sheetnames
    check(name in names and names.index(name) == 2,
          "%s: the coverage sheet is not the third: %r" % (lang, names))
    ws = wb[name]
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] in ("Kennung", "Code"))
    check(list(rows[head][2:19]) == ["SDG %d" % g for g in range(1, 18)],
          "%s: the goals' heads are %r" % (lang, rows[head][2:19]))
    check(ws.print_title_rows == "$%d:$%d" % (head + 1, head + 1),
          "%s: the head row is not repeated on printed pages: %r" % (lang, ws.print_title_rows))
    fields, r = {}, head + 1
    while rows[r][0] is not None:
        fields[rows[r][0]] = (rows[r][1], list(rows[r][2:19]))
        r += 1
    total_row = rows[r]
    check(total_row[1] == ("Alle Indikatoren" if lang == "de" else "All indicators"),
          "%s: the total row is named %r" % (lang, total_row[1]))
    texts = [row[0] for row in rows[r + 1:] if row and row[0]]
    return ws, fields, list(total_row[2:19]), texts


def check_matrix(lang, fields, totals, texts, rows, list_totals, list_without):
    """The sheet says what `charta list --coverage` says."""
    check(sorted(fields) == sorted(rows), "%s: fields %r, listed %r" % (lang, sorted(fields), sorted(rows)))
    for f, (_, cells) in fields.items():
        want = [rows.get(f, {}).get(g) for g in range(1, 18)]
        check(cells == want, "%s: row %s is %r, listed %r" % (lang, f, cells, want))
    check(totals == list_totals, "%s: total row %r, listed %r" % (lang, totals, list_totals))
    covered = 17 - len(list_without)
    want = ("%d der 17 SDGs haben mindestens einen Indikator." % covered if lang == "de"
            else "%d of the 17 SDGs have at least one indicator." % covered)
    check(want in texts, "%s: no line %r in %r" % (lang, want, texts))
    lead = "SDGs ohne Indikator: " if lang == "de" else "SDGs without an indicator: "
    line = [t for t in texts if t.startswith(lead)]
    check(len(line) == 1, "%s: no line %r in %r" % (lang, lead, texts))
    if line:
        rest = line[0][len(lead):]
        if not list_without:
            check(rest == ("keine" if lang == "de" else "none"), "%s: %r" % (lang, line[0]))
        else:
            goals = [int(m) for m in re.findall(r"(?:^|, )(\d+) \(", rest)]
            check(goals == list_without, "%s: the goals without are %r, listed %r" % (lang, goals, list_without))


def metadata(wb, lang):
    """id -> {head: value} of the metadata sheet's table; the rows below it."""
    ws = wb["Metadaten" if lang == "de" else "Metadata"]
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] in ("Kennung", "Code"))
    heads = rows[head]
    meta, r = {}, head + 1
    while r < len(rows) and rows[r][0] is not None:
        meta[rows[r][0]] = dict(zip(heads, rows[r]))
        r += 1
    return meta, rows[r:]


def pdf_text(pdf):
    return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(s):
    return re.sub(r"\s+", " ", s)


def musterstadt(charta, project, tmp):
    rows, list_totals, list_without = listing(charta, project)
    check(rows["HF05"] == {11: 1, 12: 1}, "the listing's HF05 row: %r" % rows.get("HF05"))
    for lang in ("de", "en"):
        xlsx, pdf = run(charta, project, os.path.join(tmp, "ms-" + lang), lang, "xlsx,pdf")
        wb = openpyxl.load_workbook(xlsx)
        ws, fields, totals, texts = coverage_sheet(wb, lang)
        # counted by hand: HF01 has three indicators of goal 11 and one of 13; HF05's one
        # indicator names goals 11 and 12; HF12 has none
        check(fields["HF01"][1][10] == 3 and fields["HF01"][1][12] == 1,
              "%s: HF01 is %r" % (lang, fields["HF01"]))
        check(fields["HF05"][1][10:12] == [1, 1], "%s: HF05 is %r" % (lang, fields["HF05"]))
        check(fields["HF12"][1] == [None] * 17, "%s: HF12 is %r" % (lang, fields["HF12"]))
        check(fields["HF01"][0] == ("Mobilität & Verkehr" if lang == "de" else "Mobility & transport"),
              "%s: HF01's title is %r" % (lang, fields["HF01"][0]))
        check(totals == [0, 0, 1, 2, 0, 0, 3, 2, 0, 0, 11, 1, 4, 0, 0, 3, 1],
              "%s: total row %r" % (lang, totals))
        check_matrix(lang, fields, totals, texts, rows, list_totals, list_without)
        link = ws["A6"].hyperlink
        check(link is not None and "HF01" in (link.location or ""),
              "%s: HF01's code is no link to its sheet: %r" % (lang, link))
        # the cover's contents link to the sheet
        cover = wb.worksheets[0]
        links = [c.hyperlink.location for row in cover.iter_rows() for c in row if c.hyperlink]
        check(any(l.startswith(ws.title + "!") or l.startswith("'%s'!" % ws.title) for l in links),
              "%s: no link to the coverage sheet on the cover: %r" % (lang, links))
        meta, _ = metadata(wb, lang)
        dcol, ocol = ("Definition", "Herkunft") if lang == "de" else ("Definition", "Origin")
        k = 0 if lang == "de" else 1
        for ind, texts2 in MS_DEFINITIONS.items():
            check((meta[ind][dcol] or "").startswith(texts2[k]),
                  "%s: %s's definition is %r" % (lang, ind, meta[ind][dcol]))
        check(meta["pkw-dichte"][dcol] is None, "%s: pkw-dichte has a definition" % lang)
        check(meta["oepnv-anbindung"][ocol] == "indicators/mobilitaet.lua:3",
              "%s: oepnv-anbindung's origin is %r" % (lang, meta["oepnv-anbindung"][ocol]))
        text = flat(pdf_text(pdf))
        for ind, texts2 in MS_DEFINITIONS.items():
            check(texts2[k] in text, "%s: the PDF lacks %s's definition" % (lang, ind))
            check(texts2[1 - k] not in text, "%s: the PDF has %s's definition in the other language"
                  % (lang, ind))


def catalogue(charta, base, tmp):
    lib = os.path.join(tmp, "lib")
    shutil.copytree(os.path.join(base, "lib"), lib)
    probe = os.path.join(lib, "charta", "probe.lua")
    with open(probe, encoding="utf-8") as f:
        line = f.read().count("\n") + 2  # EXTRA starts with an empty line
    with open(probe, "a", encoding="utf-8") as f:
        f.write(EXTRA)
    project = os.path.join(tmp, "cat")
    shutil.copytree(os.path.join(base, "project"), project)
    env = dict(os.environ, CHARTA_PATH=lib, LC_ALL="C")
    rows, list_totals, list_without = listing(charta, project, env)
    check(list_without == [], "the listing names goals without: %r" % list_without)
    for lang in ("de", "en"):
        xlsx, pdf = run(charta, project, os.path.join(tmp, "cat-" + lang), lang, "xlsx,pdf", env)
        wb = openpyxl.load_workbook(xlsx)
        _, fields, totals, texts = coverage_sheet(wb, lang)
        check(fields["P1"][1] == [1] * 10 + [3] + [1] * 6, "%s: P1 is %r" % (lang, fields["P1"]))
        check(totals == [1] * 10 + [3] + [1] * 6, "%s: total row %r" % (lang, totals))
        check_matrix(lang, fields, totals, texts, rows, list_totals, list_without)
        meta, below = metadata(wb, lang)
        ocol = "Herkunft" if lang == "de" else "Origin"
        shipped, extends = ("mitgeliefert von", "erweitert") if lang == "de" else ("shipped by", "extends")
        want = {
            "alle-ziele": "%s charta.probe\ncharta/probe.lua:%d" % (shipped, line),
            "dichte-ziel": "%s charta.probe/dichte\nindicators/auswahl.lua:2" % extends,
            "einwohner": "indicators/auswahl.lua:7",
        }
        for ind, w in want.items():
            check(meta.get(ind, {}).get(ocol) == w,
                  "%s: %s's origin is %r, expected %r" % (lang, ind, meta.get(ind, {}).get(ocol), w))
        definition = "Einwohner je km² Fläche." if lang == "de" else "Inhabitants per km² of area."
        check(meta["dichte-ziel"]["Definition"] == definition,
              "%s: the extended indicator's definition is %r" % (lang, meta["dichte-ziel"]["Definition"]))
        # below the table: the shipped indicators left out, with what the data lack
        heading = ("Nicht berichtete mitgelieferte Indikatoren" if lang == "de"
                   else "Shipped indicators left out")
        cells = [r for r in below if r and r[0]]
        check(cells and cells[0][0] == heading, "%s: below the metadata: %r" % (lang, cells[:1]))
        left = {r[0]: r[1:3] for r in cells if r[1] == "charta.probe"}
        check(left == {"pkw": ("charta.probe", "cars"), "pkw-doppelt": ("charta.probe", "pkw")},
              "%s: the indicators left out: %r" % (lang, left))
        text = flat(pdf_text(pdf))
        check(definition in text, "%s: the PDF lacks the extended indicator's definition" % lang)
        for code in ("charta.probe", ".lua", "auswahl"):
            check(code not in text, "%s: the PDF names %r" % (lang, code))


def main(argv):
    charta, ms, cat = argv[1:4]
    tmp = tempfile.mkdtemp(prefix="charta-coverage-")
    try:
        musterstadt(charta, ms, tmp)
        catalogue(charta, cat, tmp)
    finally:
        shutil.rmtree(tmp)
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        print("ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
