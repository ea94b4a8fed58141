#!/usr/bin/python3
"""Texts with characters XML cannot hold still give well-formed outputs.

Usage: xml_text_test.py CHARTA BASE_PROJECT

Copies the error cases' base project and puts control characters (C0, DEL,
C1), U+FFFE, U+FFFF and other noncharacters into the city's name, an area
name, an indicator's title, unit and comment, a source's licence and the
report title; then runs charta with every format and reads the outputs back
strictly: every XML part of the workbook and every SVG with xml.etree, the
workbook with openpyxl (tests/tools/read_xlsx.py, warnings are errors), and
the PDF's text with pdftotext. None may hold such a character; each must
show U+FFFD where one was. Without pdftotext (poppler-utils) the rest runs and
the test then exits 77 (skipped), unless CI=true, where that is a failure.
Run it with Debian's /usr/bin/python3 (python3-openpyxl).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

# Lua escapes: U+0001, DEL, U+0085, U+FFFE, U+FFFF, U+FDD0, U+1FFFE, and a
# vertical tab; all are valid UTF-8, so the project's checks let them through.
BAD = r"\1\127\u{85}\u{FFFE}\u{FFFF}\u{FDD0}\u{1FFFE}\v"
# What no output may hold (XML 1.0 forbidden or discouraged, Cairo's refusals)
REFUSED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0001ffff]"
)
FFFD = "\ufffd"


def fail(msg):
    print(f"xml_text_test: {msg}")
    sys.exit(1)


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        fail(f"{path}: '{old}' not found")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def check_text(name, text):
    m = REFUSED.search(text)
    if m:
        fail(f"{name}: U+{ord(m.group()):04X} written raw")


def main(charta, base):
    here = os.path.dirname(os.path.abspath(__file__))
    tmp = tempfile.mkdtemp()
    try:
        proj = os.path.join(tmp, "proj")
        shutil.copytree(base, proj)
        city = os.path.join(proj, "city.lua")
        edit(city, 'name = "Fehlerstadt", code', f'name = "Fehler{BAD}stadt", code')
        edit(city, 'name = "Nord"', f'name = "No{BAD}rd"')
        edit(city, "  variables = {", f'  licence = "CC{BAD}BY",\n  variables = {{')
        with open(city, "a", encoding="utf-8") as f:
            f.write(f'report {{ title = {{ de = "Bericht{BAD}", en = "Report{BAD}" }} }}\n')
        ind = os.path.join(proj, "indicators", "dichte.lua")
        edit(ind, 'de = "Bevölkerungsdichte"', f'de = "Dichte{BAD} A"')
        edit(ind, 'unit = "EW/km²"', f'unit = "EW{BAD}/km²", comment = "Hinweis{BAD}"')
        out = os.path.join(tmp, "out")
        env = dict(os.environ, CHARTA_PATH=os.path.join(here, "..", "..", "indicators"))
        r = subprocess.run([charta, "run", proj, "-o", out, "--lang", "de", "--date", "2025-03-31",
                            "--quiet"], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"charta run exited {r.returncode}:\n{r.stderr}")
        n_xml = n_svg = 0
        seen_fffd = False
        xlsx = [f for f in os.listdir(out) if f.endswith(".xlsx")]
        if len(xlsx) != 1:
            fail(f"expected one workbook, found {xlsx}")
        with zipfile.ZipFile(os.path.join(out, xlsx[0])) as z:
            for part in z.namelist():
                if not part.endswith((".xml", ".rels")):
                    continue
                data = z.read(part)
                try:
                    ET.fromstring(data)
                except ET.ParseError as e:
                    fail(f"{xlsx[0]}:{part}: not well-formed: {e}")
                text = data.decode("utf-8")
                check_text(f"{xlsx[0]}:{part}", text)
                seen_fffd = seen_fffd or FFFD in text
                n_xml += 1
        if not seen_fffd:
            fail("the workbook shows no U+FFFD where the characters were")
        r = subprocess.run([sys.executable, os.path.join(here, "read_xlsx.py"),
                            os.path.join(out, xlsx[0])], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"openpyxl cannot load the workbook: {r.stderr.strip()}")
        for root, _, files in os.walk(out):
            for f in files:
                if not f.endswith(".svg"):
                    continue
                path = os.path.join(root, f)
                with open(path, "rb") as fh:
                    data = fh.read()
                try:
                    ET.fromstring(data)
                except ET.ParseError as e:
                    fail(f"{f}: not well-formed: {e}")
                check_text(f, data.decode("utf-8"))
                n_svg += 1
        if n_svg == 0:
            fail("no SVG written")
        pdfs = [f for f in os.listdir(out) if f.endswith(".pdf")]
        if len(pdfs) != 1:
            fail(f"expected one PDF, found {pdfs}")
        pdftotext = shutil.which("pdftotext")
        pdf_note = "PDF written (pdftotext not installed: its text not read)"
        if pdftotext:
            r = subprocess.run([pdftotext, "-enc", "UTF-8", os.path.join(out, pdfs[0]), "-"],
                               capture_output=True)
            if r.returncode != 0:
                fail(f"pdftotext cannot read the PDF: {r.stderr.decode(errors='replace')}")
            text = r.stdout.decode("utf-8").replace("\f", "")
            check_text(pdfs[0], text)
            if FFFD not in text:
                fail("the PDF shows no U+FFFD where the characters were")
            pdf_note = "PDF text clean"
        print(f"xml_text_test: OK: {n_xml} workbook parts and {n_svg} SVG files well-formed, "
              f"openpyxl loads the workbook, {pdf_note}")
        if not pdftotext:
            if os.environ.get("CI") == "true":
                fail("pdftotext (poppler-utils) is missing (CI=true: a failure)")
            print("xml_text_test: skipped: pdftotext (poppler-utils) is missing")
            return 77
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
