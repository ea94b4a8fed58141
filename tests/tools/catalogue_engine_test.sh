#!/usr/bin/env bash
# The engine of the shipped library, on a small library of its own
# (tests/catalogue_engine/lib): shipped indicators are computed when the data have
# what their `needs` lists and left out (listed) when not, a city takes one over with
# `extends` and leaves one out with `drop`; the mistakes around them are reported at
# the city's line with the nearest name. usage: catalogue_engine_test.sh CHARTA DIR
set -u
charta=$1 dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CHARTA_PATH=$dir/lib LC_ALL=C LANG=C
fail=0
cp -r "$dir/project" "$tmp/p"
# the listing: where each comes from, what was left out, the coverage matrix
"$charta" list "$tmp/p" --coverage > "$tmp/list" 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
if ! cmp -s "$dir/list.expect" "$tmp/list"; then
  echo "charta list differs (- expected, + got):"; diff -u "$dir/list.expect" "$tmp/list"; fail=1
fi
# the report holds the active indicators only, the extended one with its own decimals
"$charta" run "$tmp/p" -o "$tmp/r" --formats csv --date 2026-01-01 -q 2> "$tmp/err" \
  || { cat "$tmp/err"; exit 1; }
ids=$(tail -n +2 "$tmp/r/data/indicators.csv" | cut -d, -f1 | sort -u | tr '\n' ' ')
[ "$ids" = "dichte-ziel einwohner " ] || { echo "indicators in the report: $ids"; fail=1; }
# Nord 2020: 1000 inhabitants on 10.5 km2
grep -q '^dichte-ziel,1,Nord,2020,95.238095238095' "$tmp/r/data/indicators.csv" \
  || { echo "dichte-ziel of Nord 2020 is not 1000/10.5:"; grep '^dichte-ziel,1,' "$tmp/r/data/indicators.csv"; fail=1; }

# one mistake at a time: the exit code and the first line
expect() { # name, exit code, first line; the project in $tmp/b
  local name=$1 rc=$2 want=$3 got
  "$charta" check "$tmp/b" > /dev/null 2> "$tmp/err"
  got=$?
  if [ "$got" != "$rc" ] || [ "$(head -n 1 "$tmp/err")" != "$want" ]; then
    echo "$name: expected exit $rc and"; echo "  $want"; echo "got exit $got and"; sed 's/^/  /' "$tmp/err"
    fail=1
  fi
}
fresh() { rm -rf "$tmp/b"; cp -r "$dir/project" "$tmp/b"; }

fresh; sed -i 's|charta.probe/dichte"|charta.probe/dichet"|' "$tmp/b/indicators/auswahl.lua"
expect extends_typo 78 "indicators/auswahl.lua:3:13: error: indicator 'dichte-ziel': no shipped indicator 'charta.probe/dichet' (did you mean 'charta.probe/dichte'?)"
fresh; sed -i 's|drop "charta.probe/unsauber"|drop "charta.probe/unsaubr"|' "$tmp/b/indicators/auswahl.lua"
expect drop_typo 78 "indicators/auswahl.lua:6: error: drop: no shipped indicator 'charta.probe/unsaubr' (did you mean 'charta.probe/unsauber'?)"
fresh; sed -i 's|^drop .*||' "$tmp/b/indicators/auswahl.lua"
expect reads_beyond_needs 78 "charta/probe.lua:36: error: indicator 'unsauber' reads 'area_km2', which its 'needs' does not list (add it there: a report leaves the indicator out when its data lack one)"
fresh; printf 'indicator "pkw" { title = "x", field = "P1", compute = function(d) return d.population end }\n' >> "$tmp/b/indicators/auswahl.lua"
expect same_id_as_shipped 78 "indicators/auswahl.lua:11: error: indicator 'pkw' is shipped by charta.probe already: change it with extends = \"charta.probe/pkw\" or leave it out with drop \"charta.probe/pkw\""
fresh; printf 'indicator "eigen" { title = "x", field = "P1", needs = { "populaton" }, compute = function(d) return d.population end }\n' >> "$tmp/b/indicators/auswahl.lua"
expect city_needs_unknown 78 "indicators/auswahl.lua:11: error: indicator 'eigen' needs 'populaton', which no source gives (did you mean 'population'?)"
fresh; sed -i 's|use "charta.probe"|drop "charta.probe/pkw"\nuse "charta.probe"|' "$tmp/b/city.lua"
expect drop_before_use 78 "city.lua:16: error: drop: no shipped indicator 'charta.probe/pkw' (load its library first, like use \"charta.sdg-kommunen\")"
exit $fail
