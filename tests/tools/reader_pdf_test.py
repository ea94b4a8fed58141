#!/usr/bin/python3
"""The reader's PDF: no developer material, each language in its own words.

usage: reader_pdf_test.py CHARTA LABELS_C PROJECT [PROJECT ...]

For each project, the report is written in German and in English (--lang) and
read back with pdftotext. Neither may contain Lua source, an indicator id, a
file name, a declaration key or a text cut with "…". The English report may not
contain charta's German texts nor the project's German units (unit = { de = ...,
en = ... }), the German one not the English ones. No page but a section's last
(and the cover) is less than a third full. Texts that are the same in
both languages, and names the city wrote in one language only, are exempt.
Exit 77 (skipped) without pdftotext, unless CI=true.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

STRING = r'"(?:[^"\\]|\\.)*"'


def c_strings(pieces):
    """The value of adjacent C string literals (UTF-8 escapes decoded)."""
    out = b""
    for lit in re.findall(STRING, pieces):
        body = lit[1:-1]
        out += re.sub(rb"\\x([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                      body.encode()).replace(b'\\"', b'"').replace(b"\\\\", b"\\")
    return out.decode("utf-8")


def label_fragments(labels_c):
    """Pairs (english, german) of the label table, split at format specifiers into
    fragments long enough to be telling (12 characters or more)."""
    src = open(labels_c, encoding="utf-8").read()
    rows = re.findall(r'\{"[\w.]+",\s*((?:' + STRING + r'\s*)+),\s*((?:' + STRING + r'\s*)+)\}',
                      src)
    en, de = set(), set()
    spec = r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:zu|ld|lu|d|s|f|g|c|%)"
    for e, d in rows:
        e, d = c_strings(e), c_strings(d)
        if e == d:
            continue
        ef = {f.strip(" .:;,()") for f in re.split(spec, e)}
        df = {f.strip(" .:;,()") for f in re.split(spec, d)}
        en |= {f for f in ef - df if len(f) >= 12}
        de |= {f for f in df - ef if len(f) >= 12}
    return en - de, de - en


def project_facts(project):
    ids, units = set(), []
    for root, _, files in os.walk(project):
        for f in files:
            if not f.endswith(".lua"):
                continue
            s = open(os.path.join(root, f), encoding="utf-8").read()
            ids |= set(re.findall(r'^\s*indicator\s+"([^"]+)"', s, re.M))
            for de, en in re.findall(r'unit\s*=\s*\{\s*de\s*=\s*"([^"]*)",\s*en\s*=\s*"([^"]*)"\s*\}',
                                     s):
                if de != en:
                    units.append((de, en))
    return ids, units


TOP, BOTTOM = 70.0, 841.8898 - 66.0  # the type area of an A4 page (report_pdf.h)
XHTML = "{http://www.w3.org/1999/xhtml}"


def thin_pages(pdf):
    """Pages whose content ends above a third of the type area, measured from the
    words' boxes (pdftotext -bbox), except the cover, the last page and the last page
    of a section (the running header's section changes after it)."""
    import xml.etree.ElementTree as ET
    x = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                       check=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", x))
    pages = []
    for page in root.iter(XHTML + "page"):
        words = [(float(w.get("yMin")), float(w.get("yMax")), float(w.get("xMin")), w.text or "")
                 for w in page.iter(XHTML + "word")]
        body = [w for w in words if TOP - 5 < w[0] < BOTTOM]
        head = " ".join(t for y0, _, x0, t in sorted(words, key=lambda w: (w[0], w[2]))
                        if y0 < TOP - 20 and x0 > 300)  # the section, top right
        fill = (max(w[1] for w in body) - TOP) / (BOTTOM - TOP) if body else 0.0
        pages.append((fill, head))
    thin = []
    for k, (fill, head) in enumerate(pages):
        last_of_section = k + 1 == len(pages) or pages[k + 1][1] != head
        if k > 0 and not last_of_section and fill < 1 / 3:
            thin.append((k + 1, fill))
    return thin


def pdf_text(charta, project, lang, out):
    r = subprocess.run([charta, "run", project, "-o", out, "--lang", lang, "--formats", "pdf",
                        "--date", "2025-06-30", "-q"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"charta run {project} --lang {lang}: exit {r.returncode}: {r.stderr}")
    pdf = [f for f in os.listdir(out) if f.endswith(".pdf")][0]
    t = subprocess.run(["pdftotext", os.path.join(out, pdf), "-"], capture_output=True,
                       text=True, check=True).stdout
    return re.sub(r"\s+", " ", t), os.path.join(out, pdf)


DEVELOPER = [
    (r"\breturn\b", "Lua source ('return')"),
    (r"\bfunction\s*\(", "Lua source ('function(')"),
    (r"\bd\.[a-z_]+\b", "Lua source ('d.<variable>')"),
    (r"\bdirection\s*=", "a declaration key ('direction =')"),
    (r"\bcompute\b", "a declaration key ('compute')"),
    (r"[\w-]+\.(?:csv|lua|xlsx)\b", "a file name"),
    (r"\bdata/", "a file path"),
    ("\u2026", "a text cut with '\u2026'"),
]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    charta, labels_c, projects = sys.argv[1], sys.argv[2], sys.argv[3:]
    if not shutil.which("pdftotext"):
        if os.environ.get("CI") == "true":
            sys.exit("pdftotext is missing (poppler-utils): CI must run this test")
        print("skipped: pdftotext is missing (poppler-utils)")
        sys.exit(77)
    en_labels, de_labels = label_fragments(labels_c)
    if len(en_labels) < 50 or len(de_labels) < 50:
        sys.exit(f"the label table was not read ({len(en_labels)} / {len(de_labels)} texts)")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for project in projects:
            ids, units = project_facts(project)
            if not ids:
                sys.exit(f"{project}: no indicator found")
            name = os.path.basename(os.path.normpath(project))
            for lang in ("de", "en"):
                text, pdf = pdf_text(charta, project, lang, os.path.join(tmp, f"{name}-{lang}"))
                where = f"{name} ({lang})"
                for page, fill in thin_pages(pdf):
                    failures.append(f"{where}: page {page} is {fill:.0%} full (a page that "
                                    "is not a section's last is at least a third full)")
                for pat, what in DEVELOPER:
                    m = re.search(pat, text)
                    if m:
                        ctx = text[max(0, m.start() - 40):m.end() + 40]
                        failures.append(f"{where}: {what}: ...{ctx}...")
                for i in sorted(ids):
                    if re.search(r"(?<![\w-])" + re.escape(i) + r"(?![\w-])", text):
                        failures.append(f"{where}: the indicator id '{i}'")
                other = de_labels if lang == "en" else en_labels
                for frag in sorted(other):
                    if frag in text:
                        failures.append(f"{where}: a text of the other language: '{frag}'")
                for de, en in units:
                    wrong = de if lang == "en" else en
                    if re.search(r"(?<![\w/])" + re.escape(wrong) + r"(?![\w/])", text):
                        failures.append(f"{where}: the unit of the other language: '{wrong}'")
            print(f"{name}: de and en checked ({len(ids)} indicators, {len(units)} units "
                  f"in two languages, {len(en_labels)}/{len(de_labels)} label texts)")
    if failures:
        print("\n".join(failures[:60]))
        sys.exit(f"{len(failures)} problems")


if __name__ == "__main__":
    main()
