#!/usr/bin/env bash
# kill -9 at different moments of a run (RELIABILITY §7, 35): afterwards the
# published report is either the old one or a complete new one, every file
# matches manifest.json, and the next run removes the stale staging folder
# and publishes a complete report. The moments are fractions of the first
# run's length, so that kills land on slow machines and fast ones alike; at
# least one must land while the run writes (killed by the signal, its own
# staging folder left behind), or the test proves nothing and fails.
# usage: kill_test.sh CHARTA PROJECT
set -u
charta=$1 project=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "kill_test: $*"; exit 1; }
verify() { # every output listed in the manifest has its size and hash
  /usr/bin/python3 - "$1" <<'PY' || return 1
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "manifest.json")))
for o in m["outputs"]:
    b = open(os.path.join(d, o["path"]), "rb").read()
    assert len(b) == o["bytes"] and hashlib.sha256(b).hexdigest() == o["sha256"], o["path"]
PY
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
start=$(now_ms)
"$charta" run "$project" -o "$tmp/out" --date 2025-03-31 --quiet || fail "first run failed"
length=$(($(now_ms) - start))
killed=0 writing=0 runs=0
for percent in 3 10 20 35 50 70 90; do
  ms=$((length * percent / 100))
  delay=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
  "$charta" run "$project" -o "$tmp/out" --date 2025-04-01 --quiet 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  rc=$?
  runs=$((runs + 1))
  case $rc in
    137) killed=$((killed + 1))
         # a killed run cannot remove its staging folder: it was writing
         [ -d "$tmp/.out.staging-$pid" ] && writing=$((writing + 1)) ;;
    0) ;; # finished before the kill
    *) fail "the run killed at $delay s exited $rc, not by the signal" ;;
  esac
  verify "$tmp/out" || fail "after kill -9 at $delay s the report does not match its manifest"
done
[ $writing -gt 0 ] ||
  fail "no kill landed while a report was written ($killed of $runs runs killed; a run takes $length ms)"
"$charta" run "$project" -o "$tmp/out" --date 2025-04-02 --quiet || fail "the run after the kills failed"
ls -a "$tmp" | grep -q staging && fail "a stale staging folder survived the next run"
verify "$tmp/out" || fail "the final report does not match its manifest"
grep -q '"run_date": "2025-04-02"' "$tmp/out/manifest.json" || fail "the final report is not the new one"
echo "kill_test: OK: $killed of $runs runs killed, $writing of them while writing (a run takes $length ms)"
