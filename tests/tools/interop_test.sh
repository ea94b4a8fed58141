#!/usr/bin/env bash
# A real client opens the workbook: LibreOffice (headless) reads every sheet
# of an example's workbook and writes it out as CSV (one file per sheet,
# values unformatted); check_report.py --lo-csv compares its numbers with
# data/indicators.csv. Exit 77 (ctest: skipped) when soffice is not
# installed, except under CI=true, where scripts/test installs
# libreoffice-calc-nogui and a missing soffice is a failure. $SOFFICE names
# another soffice (an absent one simulates a machine without LibreOffice).
# usage: interop_test.sh CHARTA PROJECT INDICATORS AREAS FIRST LAST
set -eu
charta=$1 project=$2 n_ind=$3 n_areas=$4 first=$5 last=$6
. "$(dirname "$0")/require.sh"
require_soffice interop
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$charta" run "$project" -o "$out/report" --date 2025-03-31 --quiet
xlsx=$(ls "$out"/report/*.xlsx)
# a profile of its own: parallel tests and the user's LibreOffice never clash
# filter options: comma, quote, UTF-8, from line 1, -, en-US, -, detect
# special numbers, values as stored (not as shown), -, -, every sheet
if ! timeout 300 "$soffice" -env:UserInstallation="file://$out/profile" --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1' \
    --outdir "$out/csv" "$xlsx" > "$out/soffice.log" 2>&1; then
  cat "$out/soffice.log"
  echo "interop: LibreOffice could not convert $(basename "$xlsx")"
  exit 1
fi
/usr/bin/python3 "$(dirname "$0")/check_report.py" --lo-csv "$out/csv" "$out/report" \
  "$n_ind" "$n_areas" "$first" "$last"
