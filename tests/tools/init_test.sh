#!/usr/bin/env bash
# `charta init` makes a project that checks and runs as it is, named after
# its folder, and never touches a folder that is not empty.
set -u
charta=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "init_test: $*"; exit 1; }
"$charta" init "$tmp/neustadt" 2>/dev/null || fail "init failed"
grep -q 'id = "neustadt"' "$tmp/neustadt/city.lua" || fail "the id is not the folder's name"
"$charta" check "$tmp/neustadt" --quiet || fail "the new project does not check"
"$charta" run "$tmp/neustadt" --date 2025-03-31 --quiet || fail "the new project does not run"
[ -f "$tmp/neustadt/report/neustadt-2024.xlsx" ] || fail "no workbook"
"$charta" init "$tmp/neustadt" 2>/dev/null
[ $? = 73 ] || fail "init into a non-empty folder did not exit 73"
# the shipped indicators the template's data feed are in the report, the others
# listed with what they lack, and data/README.md says where to get each variable
"$charta" list "$tmp/neustadt" > "$tmp/list" || fail "charta list of the new project"
grep -q '^  bevoelkerungsdichte .*charta.sdg-kommunen' "$tmp/list" || fail "no shipped indicator in the listing"
grep -q "^  pkw-dichte  *needs 'cars' (charta.sdg-kommunen)" "$tmp/list" || fail "the left-out indicators are not listed"
grep -q '^| `population` | .* | 12411-01-01-4 |' "$tmp/neustadt/data/README.md" \
  || fail "data/README.md does not name the population table"
grep -q '^| `cars` |' "$tmp/neustadt/data/README.md" || fail "data/README.md lacks a variable the catalogue needs"
# the city named on the command line: in city.lua and in the template's areas
"$charta" init "$tmp/kreis" --name "Landkreis Probe" --code 09999 --kind Kreis 2>/dev/null \
  || fail "init with --name, --code, --kind failed"
grep -q 'name = "Landkreis Probe"' "$tmp/kreis/city.lua" || fail "--name not in city.lua"
grep -q 'code = "09999"' "$tmp/kreis/city.lua" || fail "--code not in city.lua"
grep -q 'kind = "Kreis"' "$tmp/kreis/city.lua" || fail "--kind not in city.lua"
grep -q '^09999;Landkreis Probe;$' "$tmp/kreis/data/gebiete.csv" || fail "the areas file lacks the new code and name"
"$charta" check "$tmp/kreis" --quiet || fail "the named project does not check"
"$charta" init "$tmp/bad" --kind Dorf 2>"$tmp/err"
[ $? = 64 ] || fail "--kind Dorf did not exit 64"
grep -q "one of Stadt, Gemeinde, Kreis, Land, Staat" "$tmp/err" || fail "--kind Dorf: $(cat "$tmp/err")"
[ -e "$tmp/bad" ] && fail "a refused init left a folder"
"$charta" init "$tmp/bad2" --name 'Mit "Anführung"' 2>/dev/null
[ $? = 64 ] || fail "a name with quotes did not exit 64"
# another city's project, to adapt: its scripts and data, not its report, the id of
# the new folder, and a kind it did not write
"$charta" run "$tmp/neustadt" --date 2025-03-31 --quiet -o "$tmp/neustadt/report" || fail "second run"
ln -s /etc/passwd "$tmp/neustadt/data/link.csv"
"$charta" init "$tmp/zweitstadt" --from "$tmp/neustadt" --name "Zweitstadt" --kind Gemeinde 2>/dev/null \
  || fail "init --from failed"
grep -q 'id = "zweitstadt"' "$tmp/zweitstadt/city.lua" || fail "--from: the id is not the folder's name"
grep -q 'name = "Zweitstadt", kind = "Gemeinde"' "$tmp/zweitstadt/city.lua" \
  || grep -q 'kind = "Gemeinde"' "$tmp/zweitstadt/city.lua" || fail "--from: no kind"
[ -e "$tmp/zweitstadt/report" ] && fail "--from copied the report"
[ -e "$tmp/zweitstadt/data/link.csv" ] && fail "--from copied a symbolic link"
cmp -s "$tmp/neustadt/data/bevoelkerung.csv" "$tmp/zweitstadt/data/bevoelkerung.csv" \
  || fail "--from: the data differ"
"$charta" check "$tmp/zweitstadt" --quiet || fail "the copied project does not check"
"$charta" init "$tmp/dritt" --from "$tmp/nirgends" 2>/dev/null
[ $? = 66 ] || fail "--from a folder without a project did not exit 66"
echo "init_test: OK"
