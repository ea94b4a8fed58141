#!/usr/bin/env bash
# Values near the largest double are numbers: a run with +-1.7e308 in a data
# file writes every format (exit 0), a result that overflows to infinity is a
# missing cell with the usual warning (a parent's sum beyond it too), and the
# workbook still loads.
# usage: extreme_values_test.sh CHARTA BASE_PROJECT READ_XLSX
set -u
charta=$1 base=$2 read_xlsx=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "extreme_values_test: $*"; exit 1; }
cp -r "$base/." "$tmp/proj/"
# Nord: 1.7e308 then -1.7e308 inhabitants on 1 km2 (a line no axis spans),
# and 1.7e308 on 0.1 km2 in 2020 (a density beyond the largest double)
cat > "$tmp/proj/data/einwohner.csv" <<'EOF'
Gebiet,Jahr,Einwohner,Fläche
1,2020,1.7e308,0.1
1,2021,1.7e308,1
1,2022,-1.7e308,1
2,2020,2000,20
2,2021,1.79e308,20
2,2022,2040,20
EOF
export CHARTA_PATH="$(cd "$(dirname "$0")/../.." && pwd)/indicators"
out=$("$charta" run "$tmp/proj" -o "$tmp/out" --date 2025-03-31 2>&1)
rc=$?
[ $rc = 0 ] || fail "exit $rc, expected 0:"$'\n'"$out"
want="indicators/dichte.lua:1: warning: indicator 'dichte': 1 cell has no value because compute gets no number there (a division by zero, 0/0, or beyond the largest number): 1 Nord 2020; it stays empty in the report, as a missing value. Nothing to do if that is right (a divisor that is truly zero); otherwise check the data that compute reads there"
printf '%s\n' "$out" | grep -qxF "$want" || fail "no warning for the overflowing cell:"$'\n'"$out"
# the city's population in 2021 is a sum beyond the largest double
want="city.lua:18: warning: variable 'population': 1 parent value is missing because the sum of the parts is beyond the largest number (1.8e308): C Fehlerstadt 2021; it stays empty in the report. Check the values and the scale of variable 'population' (city.lua:18)"
printf '%s\n' "$out" | grep -qxF "$want" || fail "no warning for the overflowing sum:"$'\n'"$out"
for f in "$tmp/out"/*.xlsx "$tmp/out"/*.pdf "$tmp/out"/data/indicators.csv; do
  [ -s "$f" ] || fail "missing output $f"
done
n=$(find "$tmp/out/charts" -name '*.svg' | wc -l)
[ "$n" -gt 0 ] || fail "no charts"
"$read_xlsx" "$tmp/out"/*.xlsx >/dev/null || fail "openpyxl cannot load the workbook"
echo "extreme_values_test: OK ($n SVG charts, workbook and PDF written)"
