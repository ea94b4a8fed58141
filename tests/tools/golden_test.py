#!/usr/bin/python3
"""Golden test: an example's report in one language against tests/golden/.

usage: golden_test.py [--update] CHARTA PROJECT LANG GOLDEN_DIR

Runs `charta run PROJECT --lang LANG --date 2025-06-30` into a temporary
folder and turns the report into small text parts (tests/golden/README.md):

  pdf/info.txt          the PDF's document information (pdfinfo, dates in ISO form)
  pdf/page-NN.txt       the text of page NN (pdftotext -layout, trailing spaces stripped)
  xlsx/workbook.txt     the workbook's document properties, its sheets and print areas
  xlsx/<sheet>.tsv      the cell values of a sheet (big sheets: the print area and
                        checksums of the rest, in blocks of rows)
  manifest.txt          manifest.json without the outputs' sizes and checksums
  data.sha256           data/*.csv as row counts and SHA-256 only

Without --update the parts are compared with GOLDEN_DIR one by one: a part
that differs, is missing or is extra is named with a unified diff of its first
differing lines, and the test fails. With --update GOLDEN_DIR is rewritten
(scripts/golden does that for every example and language: it runs
`CHARTA_UPDATE_GOLDEN=1 ctest -L golden`, and CHARTA_UPDATE_GOLDEN=1 means --update).
Exit 77 (skipped) without pdftotext or pdfinfo, unless CI=true.
Run it with Debian's /usr/bin/python3 (python3-openpyxl).
"""
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import warnings

DATE = "2025-06-30"
DIFF_LINES = 40      # lines of unified diff shown per differing part
DIFF_PARTS = 8       # parts shown with a diff; further ones are only named
FULL_ROWS = 200      # a sheet without a print area is written in full up to here
HEAD_ROWS = 40       # ... else its first rows, and the rest as checksums
BLOCK_ROWS = 100     # rows per checksum line
PDF_INFO = ("Title", "Subject", "Keywords", "Author", "Creator", "CreationDate", "ModDate",
            "Tagged", "Pages", "Page size")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, check=True, **kw).stdout.decode("utf-8")


# --- PDF ---------------------------------------------------------------------------------

def pdf_parts(pdf):
    parts = {}
    info = []
    for line in run(["pdfinfo", "-isodates", pdf]).splitlines():
        key, _, value = line.partition(":")
        if key in PDF_INFO:
            info.append(f"{key}: {value.strip()}")
    parts["pdf/info.txt"] = "\n".join(info) + "\n"
    # one pdftotext call; pages are separated by form feeds
    pages = run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"]).split("\f")
    if pages and pages[-1].strip() == "":
        pages.pop()
    width = max(2, len(str(len(pages))))
    for n, page in enumerate(pages, 1):
        lines = [line.rstrip() for line in page.split("\n")]
        while lines and lines[-1] == "":
            lines.pop()
        parts[f"pdf/page-{n:0{width}d}.txt"] = "\n".join(lines) + "\n"
    return parts


# --- workbook ----------------------------------------------------------------------------

def cell_text(v):
    """A cell value as TSV text: floats exact (repr), texts with \\t \\n \\r \\\\ escaped."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    s = str(v)
    return (s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def row_text(values):
    cells = [cell_text(v) for v in values]
    while cells and cells[-1] == "":
        cells.pop()
    return "\t".join(cells)


SLUG = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


def slug(name):
    """A sheet name as a portable file name: ASCII letters, digits and '-'."""
    s = "".join(SLUG.get(c, c) for c in name)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "sheet"


def print_area_last_row(ws):
    """The last row of the sheet's print area (the largest over its ranges), or None."""
    area = ws.print_area
    if not area:
        return None
    last = 0
    for rng in (area if isinstance(area, list) else [area]):
        ref = rng.split("!")[-1].replace("$", "")
        end = ref.split(":")[-1]
        digits = "".join(c for c in end if c.isdigit())
        if digits:
            last = max(last, int(digits))
    return last or None


def sheet_text(ws):
    rows = [row_text(r) for r in ws.iter_rows(values_only=True)]
    while rows and rows[-1] == "":
        rows.pop()
    last = print_area_last_row(ws)
    if last is None:
        last = len(rows) if len(rows) <= FULL_ROWS else HEAD_ROWS
    head, rest = rows[:last], rows[last:]
    out = list(head)
    for i in range(0, len(rest), BLOCK_ROWS):
        block = rest[i:i + BLOCK_ROWS]
        first = last + i + 1
        digest = hashlib.sha256(("\n".join(block) + "\n").encode("utf-8")).hexdigest()[:16]
        out.append(f"#rows {first}-{first + len(block) - 1}: {len(block)} rows, "
                   f"sha256 {digest}, {sum(1 for r in block if r)} not empty")
    return "\n".join(out) + "\n"


def xlsx_parts(path):
    warnings.simplefilter("ignore")
    import openpyxl

    wb = openpyxl.load_workbook(path)
    parts = {}
    p = wb.properties
    lines = ["[properties]"]
    for key in ("title", "subject", "creator", "lastModifiedBy", "description", "keywords",
                "category", "language", "created", "modified"):
        v = getattr(p, key)
        if v is not None:
            lines.append(f"{key}: {cell_text(v)}")
    lines.append("")
    lines.append("[sheets]")
    used = set()
    for ws in wb.worksheets:
        name = slug(ws.title)
        if name in used:
            name = f"{name}-{wb.worksheets.index(ws) + 1}"
        used.add(name)
        area = ws.print_area
        area = ",".join(area) if isinstance(area, list) else (area or "-")
        titles = ws.print_title_rows or "-"
        lines.append(f"{ws.title}\t{name}.tsv\t{ws.dimensions}\tprint area {area}"
                     f"\ttitle rows {titles}")
        parts[f"xlsx/{name}.tsv"] = sheet_text(ws)
    parts["xlsx/workbook.txt"] = "\n".join(lines) + "\n"
    return parts


# --- manifest and data -------------------------------------------------------------------

def manifest_part(path):
    m = json.load(open(path, encoding="utf-8"))
    # the outputs' bytes and checksums follow the charts' pixels and the fonts: paths only
    m["outputs"] = [o["path"] for o in m.get("outputs", [])]
    # one key, input or output a line, so that a diff names it
    lines = []
    for key, value in m.items():
        if isinstance(value, list):
            items = [" " * 2 + json.dumps(v, ensure_ascii=False) for v in value]
            lines.append(f" {json.dumps(key)}: [\n" + ",\n".join(items) + "\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def data_part(out):
    lines = []
    data = os.path.join(out, "data")
    for f in sorted(os.listdir(data)) if os.path.isdir(data) else []:
        b = open(os.path.join(data, f), "rb").read()
        n = b.count(b"\n")
        lines.append(f"{hashlib.sha256(b).hexdigest()}  {n} lines  data/{f}")
    return "\n".join(lines) + "\n"


def report_parts(charta, project, lang, tmp):
    out = os.path.join(tmp, "report")
    r = subprocess.run([charta, "run", project, "-o", out, "--lang", lang, "--date", DATE, "-q"],
                       capture_output=True)
    if r.returncode != 0:
        sys.exit(f"charta run {project} --lang {lang}: exit {r.returncode}\n"
                 + r.stderr.decode("utf-8", "replace"))
    files = os.listdir(out)
    pdf = [f for f in files if f.endswith(".pdf")]
    xlsx = [f for f in files if f.endswith(".xlsx")]
    if len(pdf) != 1 or len(xlsx) != 1:
        sys.exit(f"expected one PDF and one workbook in the report, found {sorted(files)}")
    parts = {}
    parts.update(pdf_parts(os.path.join(out, pdf[0])))
    parts.update(xlsx_parts(os.path.join(out, xlsx[0])))
    parts["manifest.txt"] = manifest_part(os.path.join(out, "manifest.json"))
    parts["data.sha256"] = data_part(out)
    return parts


# --- the golden folder -------------------------------------------------------------------

def read_golden(folder):
    parts = {}
    for root, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(root, f)
            rel = os.path.relpath(p, folder).replace(os.sep, "/")
            parts[rel] = open(p, encoding="utf-8", newline="").read()
    return parts


def write_golden(folder, parts):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    for rel, text in parts.items():
        p = os.path.join(folder, *rel.split("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)


def compare(golden, parts, name):
    differ = []
    for rel in sorted(set(golden) | set(parts)):
        if rel not in parts:
            differ.append((rel, f"missing part: {rel} is in the golden, not in the report\n"))
        elif rel not in golden:
            differ.append((rel, f"extra part: {rel} is in the report, not in the golden\n"))
        elif golden[rel] != parts[rel]:
            diff = list(difflib.unified_diff(golden[rel].splitlines(), parts[rel].splitlines(),
                                             f"golden/{name}/{rel}", f"report/{rel}",
                                             n=2, lineterm=""))
            shown = diff[:DIFF_LINES]
            if len(diff) > DIFF_LINES:
                shown.append(f"... ({len(diff) - DIFF_LINES} more diff lines)")
            differ.append((rel, f"part differs: {rel}\n" + "\n".join(shown) + "\n"))
    return differ


def main(argv):
    update = "--update" in argv or os.environ.get("CHARTA_UPDATE_GOLDEN") == "1"
    args = [a for a in argv[1:] if a != "--update"]
    if len(args) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    charta, project, lang, folder = args
    for tool in ("pdftotext", "pdfinfo"):
        if shutil.which(tool) is None:
            if os.environ.get("CI") == "true":
                print(f"error: {tool} (poppler-utils) is missing; under CI=true it must run",
                      file=sys.stderr)
                return 1
            print(f"skipped: {tool} (poppler-utils) is missing", file=sys.stderr)
            return 77
    name = os.path.basename(os.path.normpath(folder))
    with tempfile.TemporaryDirectory(prefix="charta-golden-") as tmp:
        parts = report_parts(charta, project, lang, tmp)
    if update:
        write_golden(folder, parts)
        print(f"{name}: {len(parts)} parts written")
        return 0
    if not os.path.isdir(folder):
        print(f"error: no golden folder {folder}: write it with scripts/golden", file=sys.stderr)
        return 1
    differ = compare(read_golden(folder), parts, name)
    if not differ:
        print(f"{name}: {len(parts)} parts as in the golden")
        return 0
    for rel, text in differ[:DIFF_PARTS]:
        print(text)
    if len(differ) > DIFF_PARTS:
        print("further parts differ: " + ", ".join(rel for rel, _ in differ[DIFF_PARTS:]))
    print(f"{name}: {len(differ)} of {len(set(parts) | set(read_golden(folder)))} parts differ. "
          "If the change is meant, rewrite the goldens with scripts/golden and commit "
          "tests/golden/ with it.")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
