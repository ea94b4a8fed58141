#!/usr/bin/env bash
# Publishing: a failed run leaves the published report byte-identical and no
# staging folder; a second run while the lock is held exits 75; a rerun after
# a killed run removes its stale staging folder; a folder that is not a charta
# report is never replaced (73).
# usage: publish_test.sh CHARTA PROJECT
set -u
charta=$1 project=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "publish_test: $*"; exit 1; }
cp -r "$project" "$tmp/p"
rm -rf "$tmp/p/report"
"$charta" run "$tmp/p" -o "$tmp/out" --date 2025-03-31 --quiet || fail "first run failed"
cp -r "$tmp/out" "$tmp/before"

# a data file breaks: the run fails with 65 and the report stays as it was
csv=$(ls "$tmp/p/data/"*.csv | head -1)
printf 'kaputt;"offen\n' >> "$csv"
"$charta" run "$tmp/p" -o "$tmp/out" --date 2025-03-31 --quiet 2>/dev/null
rc=$?
[ $rc = 65 ] || fail "a broken data file gave exit $rc, expected 65"
diff -r "$tmp/before" "$tmp/out" >/dev/null || fail "the failed run changed the report"
ls -a "$tmp" | grep -q staging && fail "a staging folder was left behind"
cp "$project/data/$(basename "$csv")" "$csv"

# a stale staging folder of a killed run is removed by the next run
mkdir -p "$tmp/.out.staging-999999/data"
"$charta" run "$tmp/p" -o "$tmp/out" --date 2025-03-31 --quiet || fail "rerun failed"
[ -e "$tmp/.out.staging-999999" ] && fail "the stale staging folder was not removed"
diff -r "$tmp/before" "$tmp/out" >/dev/null || fail "the same inputs gave different bytes"

# the lock: a second run while another holds it exits 75
flock "$tmp/out.lock" -c "'$charta' run '$tmp/p' -o '$tmp/out' --date 2025-03-31 --quiet 2>'$tmp/err'; echo \$? > '$tmp/rc'"
[ "$(cat "$tmp/rc")" = 75 ] || fail "a held lock gave exit $(cat "$tmp/rc"), expected 75"
grep -q "another run" "$tmp/err" || fail "the lock message does not say another run holds it"

# a folder that is not a report is not replaced
mkdir -p "$tmp/docs" && echo keep > "$tmp/docs/notes.txt"
"$charta" run "$tmp/p" -o "$tmp/docs" --date 2025-03-31 --quiet 2>/dev/null
rc=$?
[ $rc = 73 ] || fail "replacing a foreign folder gave exit $rc, expected 73"
[ "$(cat "$tmp/docs/notes.txt")" = keep ] || fail "a foreign folder was touched"

# the output's parent does not exist: it is made, with the folders above it
"$charta" run "$tmp/p" -o "$tmp/nope/deeper/out" --date 2025-03-31 --quiet 2>/dev/null
rc=$?
[ $rc = 0 ] || fail "a missing parent folder gave exit $rc, expected 0"
[ -f "$tmp/nope/deeper/out/manifest.json" ] || fail "no report in the folders made for it"
# one under a file cannot be made: 73
"$charta" run "$tmp/p" -o "$tmp/docs/notes.txt/out" --date 2025-03-31 --quiet 2>/dev/null
rc=$?
[ $rc = 73 ] || fail "a parent under a file gave exit $rc, expected 73"

# a project whose indicators have no SDG code writes no opensdg/ folder, and its
# report is replaced by the next run (a folder without files would make it foreign)
cp -r "$tmp/p" "$tmp/nosdg"
sed -i -E 's/^([[:space:]]*)sdg = \{[^}]*\},/\1/; s/^([[:space:]]*)sdg = "[^"]*",/\1/' \
  "$tmp/nosdg/indicators/"*.lua "$tmp/nosdg/city.lua"
if ! grep -q 'sdg =' "$tmp/nosdg/indicators/"*.lua "$tmp/nosdg/city.lua"; then
  "$charta" run "$tmp/nosdg" -o "$tmp/nosdg-out" --date 2025-03-31 --quiet 2>/dev/null ||
    fail "the project without SDG codes failed"
  [ -e "$tmp/nosdg-out/opensdg" ] && fail "an opensdg folder without files was written"
  "$charta" run "$tmp/nosdg" -o "$tmp/nosdg-out" --date 2025-03-31 --quiet 2>"$tmp/err" ||
    fail "the report of a project without SDG codes was not replaced: $(head -1 "$tmp/err")"
else
  fail "could not take the SDG codes out of the project: $(grep -l 'sdg =' "$tmp/nosdg/indicators/"*.lua)"
fi
echo "publish_test: OK"
