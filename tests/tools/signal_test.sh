#!/usr/bin/env bash
# SIGTERM during a run: the script stops at its next hook, the staging folder
# is removed, the published report stays as it was and the exit says the
# signal (143).
# usage: signal_test.sh CHARTA ERRORS_BASE_PROJECT
set -u
charta=$1 base=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "signal_test: $*"; exit 1; }
cp -r "$base" "$tmp/p"
"$charta" run "$tmp/p" -o "$tmp/out" --date 2025-03-31 --quiet || fail "first run failed"
cp -r "$tmp/out" "$tmp/before"
# now an endless compute, with a budget too large to stop it
sed -i 's/instructions = [0-9e]*/instructions = 1e12/' "$tmp/p/city.lua"
cat > "$tmp/p/indicators/loop.lua" <<'LUA'
indicator "loop" {
  title = "Endlos", field = "HF04",
  compute = function(d) while true do end end,
}
LUA
"$charta" run "$tmp/p" -o "$tmp/out" --date 2025-03-31 2>"$tmp/err" &
pid=$!
sleep 1 # loading and importing take milliseconds; the compute never ends
kill -TERM $pid
wait $pid
rc=$?
[ $rc = 143 ] || fail "exit $rc after SIGTERM, expected 143"
grep -q "interrupted by a signal" "$tmp/err" || fail "no message: $(cat "$tmp/err")"
ls -a "$tmp" | grep -q staging && fail "a staging folder was left behind"
diff -r "$tmp/before" "$tmp/out" >/dev/null || fail "the interrupted run changed the report"
echo "signal_test: OK"
