#!/usr/bin/env bash
# Work that a script or a data file sizes stays bounded: an absurdly long
# title or comment is cut with a warning at its declaration before Pango sees
# it (a long but normal one is kept whole), a 300,000-deep chain of parents
# resolves in one pass (and a cycle at its end is named at the areas file's
# line), 200,000 progress categories and 50,000 indicators run. The ctest
# TIMEOUT is the guard against a hang; nothing here measures time.
# usage: bounded_test.sh CHARTA ERRORS_BASE_PROJECT title|comment|chain|categories|indicators
set -u
charta=$1 base=$2 case=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "bounded_test: $*"; exit 1; }
fresh() { rm -rf "$tmp/p" "$tmp/out"; cp -r "$base" "$tmp/p"; }
# the city's budgets stay out of the way: the cases measure C, not Lua
loosen() { sed -i 's/instructions = [0-9e]*/instructions = 1e9/; s/memory_mb = [0-9]*/memory_mb = 1024/; s/seconds = [0-9]*/seconds = 600/' "$tmp/p/city.lua"; }
# expect RC FIRST_LINE CMD...: the exit code and the first line of stderr
expect() {
  local want_rc=$1 want=$2; shift 2
  "$@" 2>"$tmp/err" >/dev/null
  local rc=$?
  [ "$rc" = "$want_rc" ] || fail "$*: exit $rc, expected $want_rc: $(head -3 "$tmp/err" | cut -c1-300)"
  local first
  first=$(head -1 "$tmp/err")
  [ "$first" = "$want" ] || fail "$*: first line"$'\n'"  expected: $want"$'\n'"  got:      ${first:0:300}"
}

case $case in
title)
# a title of 1,050,000 characters: cut to 1,000 where the report is declared
fresh; loosen
echo 'report { title = string.rep("Titel ", 175000) }' >>"$tmp/p/city.lua"
line=$(wc -l <"$tmp/p/city.lua")
expect 0 "city.lua:$line: warning: report: 'title' has 1,050,000 characters; the report shows it cut to 1,000 (shorten it to silence this)" \
  "$charta" run "$tmp/p" -o "$tmp/out" --formats pdf --date 2025-03-31
[ -s "$tmp/out/fehlerstadt-2022.pdf" ] || fail "no PDF for the long title"
;;
comment)
# a comment of 100,000 characters without a space (Pango's worst case):
# cut to 20,000; a 900-character title and a 15,000-character comment are kept
fresh; loosen
cat >"$tmp/p/indicators/lang.lua" <<'LUA'
indicator "lang" {
  title = string.rep("Wort", 225), field = "HF04", unit = "EW",
  comment = string.rep("x", 100000),
  compute = function(d) return d.population end,
}
indicator "normal" {
  title = "Normal", field = "HF04", unit = "EW",
  comment = string.rep("Ein langer, aber normaler Satz. ", 468),
  compute = function(d) return d.population end,
}
LUA
expect 0 "indicators/lang.lua:1: warning: indicator 'lang': 'comment' has 100,000 characters; the report shows it cut to 20,000 (shorten it to silence this)" \
  "$charta" run "$tmp/p" -o "$tmp/out" --formats pdf,xlsx --date 2025-03-31
n=$(grep -c "shows it cut to" "$tmp/err")
[ "$n" = 1 ] || fail "long but normal texts were cut too: $(grep "shows it cut to" "$tmp/err" | cut -c1-200)"
;;
chain)
# an areas file that is a chain of 300,000 parents: checked in one pass
fresh; loosen
gen_chain() { # gen_chain PARENT_OF_1
  { echo "Nr,Name,Parent"; echo "C,Fehlerstadt,"; echo "1,Nord,$1"; echo "2,Süd,C"
    awk 'BEGIN { p = "1"; for (i = 0; i < 300000; i++) { printf "x%d,X%d,%s\n", i, i, p; p = "x" i } }'
  } >"$tmp/p/data/areas.csv"
}
sed -i '/^areas { list = {/,/^} }/c\areas { file = "data/areas.csv", code = "Nr", name = "Name", parent = "Parent" }' \
  "$tmp/p/city.lua"
grep -q 'file = "data/areas.csv"' "$tmp/p/city.lua" || fail "cannot declare the areas file"
gen_chain C
expect 0 "" "$charta" check "$tmp/p" --quiet
# ... and the same chain closed into a cycle: named at the line of the first area on it
gen_chain x299999
expect 65 "data/areas.csv:3: error: the parents of area '1' form a cycle" "$charta" check "$tmp/p"
;;
categories)
# a progress method with 200,000 categories
fresh; loosen
cat >>"$tmp/p/city.lua" <<'LUA'
local cats = {}
for i = 1, 200000 do cats["c" .. i] = i % 6 - 2 end
progress_method "viele" {
  title = "Viele", categories = cats,
  assess = function(points, target, info) return "c7" end,
}
report { progress = "viele" }
LUA
expect 0 "" "$charta" run "$tmp/p" -o "$tmp/out" --formats csv,xlsx --date 2025-03-31 --quiet
grep -q '^dichte,C,viele,c7,' "$tmp/out/data/progress.csv" || fail "no category c7 in progress.csv"
;;
indicators)
# 50,000 indicators
fresh; loosen
cat >"$tmp/p/indicators/viele.lua" <<'LUA'
for i = 1, 50000 do
  indicator ("i" .. i) { title = "I " .. i, field = "HF04", unit = "x",
                         compute = function(d) return d.population end }
end
LUA
expect 0 "" "$charta" run "$tmp/p" -o "$tmp/out" --formats csv --date 2025-03-31 --quiet
n=$(cut -d, -f1 "$tmp/out/data/indicators.csv" | sort -u | wc -l)
[ "$n" = 50002 ] || fail "indicators.csv has $((n - 1)) indicators, expected 50,001"
;;
*) fail "unknown case '$case'" ;;
esac
echo "bounded_test: $case: OK"
