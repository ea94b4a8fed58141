#!/usr/bin/python3
"""Check that the examples/kreise report tells its readers where the data
come from and why cells are empty (issue 9), reading the PDF back with
poppler's pdftotext and the workbook with openpyxl.

usage: check_provenance.py REPORT

  - the PDF's source notes give, per GENESIS table, its title, the
    statistical offices' attribution and the licence (Datenlizenz
    Deutschland - Namensnennung - Version 2.0, dl-de/by-2-0, whose terms
    require that attribution), the table's footnotes (46251's say that
    Eisenach is counted in the Wartburgkreis 1996-1998), the areas that did
    not report, Trier's waste reported with Trier-Saarburg, the 2008 break
    of the vehicle register and the Dresden code change 14262 -> 14612;
  - no sentence of the report calls its subject (Germany) a city;
  - the workbook's inputs sheet lists the same: attribution and licence per
    source, every note (Trier 07211 reported with 07235), the code change
    with the values it took over, the break with its year.

Exit 0 when all hold, 1 otherwise (with the reasons), 2 on bad usage.
"""

import glob
import os
import re
import subprocess
import sys

ATTRIBUTION = "© Statistische Ämter des Bundes und der Länder, Deutschland, 2017."
LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)"
TITLES = ["Kraftfahrzeugbestand nach Kraftfahrzeugarten",
          "Bevölkerungsstand: Bevölkerung nach Geschlecht"]


def fail(errors, msg):
    errors.append(msg)


def flat(text):
    """The text with line breaks and repeated spaces made single spaces, and
    hyphenation at line ends kept as it is (pdftotext keeps the hyphen)."""
    return re.sub(r"\s+", " ", text)


def check_pdf(pdf, errors):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    words = flat(text)
    at = text.rfind("\nQuellen\n")  # the annex's heading (the contents name it too)
    if at < 0:
        fail(errors, "PDF: no section Quellen")
    sources = flat(text[at:])
    if ATTRIBUTION not in sources:
        fail(errors, "PDF: the source notes lack the attribution " + ATTRIBUTION)
    if sources.count(LICENCE) < 5:
        fail(errors, "PDF: not every source names the licence " + LICENCE)
    for t in TITLES:
        if t not in sources:
            fail(errors, "PDF: the source notes lack the table title " + t)
    for needle, what in [
        ("Eisenach im Wartburgkreis enthalten", "46251's footnote on Eisenach"),
        ("das Gebiet hat nicht gemeldet", "the areas that did not report"),
        ("Trier, Kreisfreie Stadt (07211)", "Trier among the notes"),
        ("gemeldet mit Trier-Saarburg, Landkreis (07235)", "Trier's waste reported with Trier-Saarburg"),
        ("Bruch in der Zeitreihe 2008: Ab 1.1.2008", "the 2008 break of the vehicle register"),
        ("Dresden, Kreisfreie Stadt (14262) wurde zu Dresden, Stadt (14612) (ab 2009)",
         "the Dresden code change"),
    ]:
        if needle not in sources:
            fail(errors, "PDF: the source notes lack " + what + " (" + needle + ")")
    for pat in (r"\b(die|der|den|dem) Stadt\b", r"\bthe city\b", r"\bcity's\b", r"Stadtprojekt"):
        m = re.search(pat, words, re.IGNORECASE)
        if m:
            s = max(0, m.start() - 60)
            fail(errors, "PDF: the subject is called a city: ..." + words[s:m.end() + 40] + "...")
    if "den Staat als kräftige Linie" not in words:
        fail(errors, "PDF: the reading help does not name the subject by its kind (Staat)")


def check_workbook(xlsx, errors):
    import openpyxl  # Debian's python3-openpyxl
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    ws = wb["Eingangsdaten"]
    rows = [[("" if v is None else str(v)) for v in r] for r in ws.iter_rows(values_only=True)]
    cells = [" | ".join(r) for r in rows]
    def has(pred, what):
        if not any(pred(r) for r in rows):
            fail(errors, "workbook: the inputs sheet lacks " + what)
    for src in ("bevoelkerung-2015", "flaeche-2015", "bevoelkerung", "kfz", "abfall"):
        has(lambda r, s=src: r[0] == s and r[1] == "Namensnennung" and r[2] == ATTRIBUTION,
            "the attribution of " + src)
        has(lambda r, s=src: r[0] == s and r[1] == "Lizenz" and r[2] == LICENCE,
            "the licence of " + src)
    has(lambda r: r[0] == "kfz" and r[1] == "Fußnoten der Quelle" and "Eisenach" in r[2],
        "46251's footnotes")
    has(lambda r: r[0] == "abfall" and r[4:5] == ["07211"] and "Trier-Saarburg" in r[2],
        "Trier's note (reported with Trier-Saarburg)")
    has(lambda r: r[0] == "14262" and r[4:5] == ["14612"] and r[3] == "2009" and int(r[5] or 0) > 0,
        "the code change 14262 -> 14612 from 2009 with the values taken over")
    has(lambda r: r[0] == "kfz" and "pkw" in r[1] and r[3] == "2008", "the 2008 break of kfz")
    if any(" | 14262 |" in c or c.endswith("| 14262") for c in cells if "Hinweis" not in c and
           "nicht gemeldet" in c):
        fail(errors, "workbook: a note names 14262, which the change merged into 14612")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    report = argv[1]
    pdfs = glob.glob(os.path.join(report, "*.pdf"))
    xlsxs = glob.glob(os.path.join(report, "*.xlsx"))
    if len(pdfs) != 1 or len(xlsxs) != 1:
        print("check_provenance: expected one PDF and one workbook in " + report, file=sys.stderr)
        return 2
    errors = []
    check_pdf(pdfs[0], errors)
    check_workbook(xlsxs[0], errors)
    for e in errors:
        print("check_provenance: FAIL: " + e)
    if errors:
        return 1
    print("check_provenance: OK: sources, licences, footnotes, notes, reform and break are in "
          "the PDF and the workbook; the subject is never called a city")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
