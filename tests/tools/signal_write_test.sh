#!/usr/bin/env bash
# SIGTERM while the report is being written (2,000 indicators: the workbook,
# the charts and the PDF take minutes): the writer stops at its next
# indicator, the staging folder is removed, the published report stays as it
# was and the exit says the signal (143). The ctest TIMEOUT catches a writer
# that does not stop.
# usage: signal_write_test.sh CHARTA ERRORS_BASE_PROJECT
set -u
charta=$1 base=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "signal_write_test: $*"; exit 1; }
cp -r "$base" "$tmp/p"
sed -i 's/seconds = [0-9]*/seconds = 600/' "$tmp/p/city.lua"
"$charta" run "$tmp/p" -o "$tmp/out" --date 2025-03-31 --quiet || fail "first run failed"
cp -r "$tmp/out" "$tmp/before"
cat >"$tmp/p/indicators/viele.lua" <<'LUA'
for i = 1, 2000 do
  indicator ("m" .. i) { title = "M " .. i, field = "HF04", unit = "EW",
                         compute = function(d) return d.population * i end }
end
LUA
for f in xlsx charts pdf; do
  "$charta" run "$tmp/p" -o "$tmp/out" --formats $f --date 2025-03-31 2>"$tmp/err" >/dev/null &
  pid=$!
  # the staging folder appears when the write stage begins
  for _ in $(seq 600); do
    ls -a "$tmp" | grep -q '^\.out\.staging' && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  ls -a "$tmp" | grep -q '^\.out\.staging' || fail "$f: no staging folder appeared"
  sleep 0.5
  kill -TERM $pid
  wait $pid
  rc=$?
  [ $rc = 143 ] || fail "$f: exit $rc after SIGTERM, expected 143: $(head -2 "$tmp/err")"
  first=$(head -1 "$tmp/err")
  case "$first" in
    "$tmp/out"*": error: writing stopped: interrupted by a signal; the report was not changed") ;;
    *) fail "$f: first line: $first" ;;
  esac
  ls -a "$tmp" | grep -q staging && fail "$f: a staging folder was left behind"
  diff -r "$tmp/before" "$tmp/out" >/dev/null || fail "$f: the interrupted run changed the report"
done
echo "signal_write_test: OK"
