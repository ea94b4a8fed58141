#!/usr/bin/env bash
# --quiet and --log for cron: a run with a warning prints nothing with --quiet
# and exits 0; --log appends every diagnostic, one line each after its UTC
# time, also with --quiet; the report is the same bytes with and without the
# log; a log inside the report folder (or its staging folder or lock) is a
# usage error (64) and one that cannot be opened 73, before any data are read.
# usage: log_test.sh CHARTA BASE_PROJECT
set -u
charta=$1 base=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "log_test: $*"; exit 1; }
export CHARTA_PATH="$(cd "$(dirname "$0")/../.." && pwd)/indicators"
cp -r "$base/." "$tmp/p/"
# the area of Süd is 0 km² in 2021 and 2022: the density divides by zero
cat > "$tmp/p/data/einwohner.csv" <<'CSV'
Gebiet,Jahr,Einwohner,Fläche
1,2020,1000,10.5
1,2021,1010,10.5
1,2022,1020,10.5
2,2020,2000,20
2,2021,2020,0
2,2022,2040,0
CSV
stamp='^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z '

# --quiet: nothing on stdout or stderr, exit 0, warnings or not
"$charta" run "$tmp/p" -o "$tmp/quiet" --date 2025-03-31 --quiet >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc = 0 ] || fail "--quiet: exit $rc, expected 0"
[ -s "$tmp/out" ] && fail "--quiet printed on stdout: $(head -3 "$tmp/out")"
[ -s "$tmp/err" ] && fail "--quiet printed on stderr: $(head -3 "$tmp/err")"
"$charta" check "$tmp/p" --quiet >"$tmp/out" 2>"$tmp/err" || fail "check --quiet failed"
[ -s "$tmp/out" ] || [ -s "$tmp/err" ] && fail "check --quiet printed: $(head -3 "$tmp/out" "$tmp/err")"

# the warnings without --quiet, for the log to hold the same lines
"$charta" run "$tmp/p" -o "$tmp/plain" --date 2025-03-31 2>"$tmp/plain.err" >/dev/null ||
  fail "the run without --quiet failed"
grep ': warning: ' "$tmp/plain.err" >"$tmp/want"
[ -s "$tmp/want" ] || fail "the project gives no warning: $(cat "$tmp/plain.err")"
grep -q "indicator 'dichte': 2 cells have no value" "$tmp/want" ||
  fail "no division by zero warning: $(cat "$tmp/want")"

# --log with --quiet: nothing printed, every diagnostic in the log with its time
echo "an earlier line" >"$tmp/charta.log"
"$charta" run "$tmp/p" -o "$tmp/logged" --date 2025-03-31 --quiet --log "$tmp/charta.log" \
  >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc = 0 ] || fail "--quiet --log: exit $rc, expected 0: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "--quiet --log printed: $(head -3 "$tmp/err")"
[ "$(head -1 "$tmp/charta.log")" = "an earlier line" ] || fail "the log was not appended to"
tail -n +2 "$tmp/charta.log" >"$tmp/logged.lines"
grep -Evq "$stamp" "$tmp/logged.lines" && fail "a log line without its time: $(grep -Ev "$stamp" "$tmp/logged.lines" | head -1)"
sed -E "s/$stamp//" "$tmp/logged.lines" | grep ': warning: ' >"$tmp/got"
cmp -s "$tmp/want" "$tmp/got" || fail "the log's warnings differ from the printed ones: $(diff "$tmp/want" "$tmp/got")"

# the report is the same bytes with and without --log
diff -r "$tmp/quiet" "$tmp/logged" >/dev/null || fail "the report differs with --log: $(diff -rq "$tmp/quiet" "$tmp/logged")"
diff -r "$tmp/plain" "$tmp/logged" >/dev/null || fail "the report differs with --quiet"

# a log inside the report, its staging folder or its lock: 64, nothing read or written
for bad in "$tmp/logged/charta.log" "$tmp/logged/sub/../x.log" "$tmp/.logged.staging-1/x.log" \
  "$tmp/logged.lock" "$tmp/p/report/x.log"; do
  o="$tmp/logged"
  [ "$bad" = "$tmp/p/report/x.log" ] && o=""
  "$charta" run "$tmp/p" ${o:+-o "$o"} --quiet --log "$bad" 2>"$tmp/err"
  rc=$?
  [ $rc = 64 ] || fail "--log $bad: exit $rc, expected 64"
  grep -q "is inside the report folder" "$tmp/err" || fail "--log $bad: $(cat "$tmp/err")"
  [ "$bad" != "$tmp/logged.lock" ] && [ -e "$bad" ] && fail "--log $bad was created"
done
# a log that cannot be opened: 73 with the reason
"$charta" run "$tmp/p" -o "$tmp/x" --quiet --log "$tmp/no/such/dir/charta.log" 2>"$tmp/err"
rc=$?
[ $rc = 73 ] || fail "an unopenable log: exit $rc, expected 73"
grep -q "cannot open the log file .*: No such file or directory" "$tmp/err" ||
  fail "an unopenable log: $(cat "$tmp/err")"
[ -e "$tmp/x" ] && fail "the run went on without its log"

# an error reaches the log too, and stderr under --quiet
echo 'indicator "kaputt" { title = "K", field = "HF04", compute = function(d) return d.nix end }' \
  >"$tmp/p/indicators/kaputt.lua"
: >"$tmp/err.log"
"$charta" check "$tmp/p" --quiet --log "$tmp/err.log" 2>"$tmp/err"
rc=$?
[ $rc = 78 ] || fail "a broken script: exit $rc, expected 78"
grep -q ': error: ' "$tmp/err" || fail "--quiet hid the error"
grep -q ': warning: ' "$tmp/err" && fail "--quiet printed a warning with the error"
grep -Eq "${stamp}indicators/kaputt.lua:1: error: " "$tmp/err.log" || fail "the error is not in the log: $(cat "$tmp/err.log")"
echo "log_test: OK"
