#!/usr/bin/env bash
# The workbook on paper: LibreOffice (headless) prints an example's workbook
# to PDF; check_print.py reads the print areas back (only the subject, the
# focus areas and the benchmarks are printed; the tables of all areas lie
# below them) and counts the PDF's pages per sheet by the footer's sheet
# name. Exit 77 (ctest: skipped) when soffice is not installed, except under
# CI=true, where scripts/test installs libreoffice-calc-nogui and a missing
# soffice is a failure. $SOFFICE names another soffice.
# usage: print_test.sh CHARTA PROJECT CODES MAX_PER_INDICATOR MAX_TOTAL
#   CODES: the printed area codes, comma-separated (subject, focus, benchmarks)
set -eu
charta=$1 project=$2 codes=$3 per_ind=$4 total=$5
. "$(dirname "$0")/require.sh"
require_soffice print
require_tool print pdfinfo poppler-utils
require_tool print pdftotext poppler-utils
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$charta" run "$project" -o "$out/report" --date 2025-03-31 --quiet
xlsx=$(ls "$out"/report/*.xlsx)
# a profile of its own: parallel tests and the user's LibreOffice never clash
if ! timeout 300 "$soffice" -env:UserInstallation="file://$out/profile" --headless --norestore \
    --convert-to pdf --outdir "$out/pdf" "$xlsx" > "$out/soffice.log" 2>&1; then
  cat "$out/soffice.log"
  echo "print: LibreOffice could not print $(basename "$xlsx")"
  exit 1
fi
/usr/bin/python3 "$(dirname "$0")/check_print.py" "$xlsx" "$out"/pdf/*.pdf "$codes" "$per_ind" "$total"
