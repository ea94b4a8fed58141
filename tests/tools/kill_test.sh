#!/usr/bin/env bash
# kill -9 at different moments of a run (RELIABILITY §7, 35): afterwards the
# published report is either the old one or a complete new one, every file
# matches manifest.json, and the next run removes the stale staging folder
# and publishes a complete report.
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
"$charta" run "$project" -o "$tmp/out" --date 2025-03-31 --quiet || fail "first run failed"
for delay in 0.02 0.1 0.3 0.6 0.9 1.2 1.4; do
  "$charta" run "$project" -o "$tmp/out" --date 2025-04-01 --quiet 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  verify "$tmp/out" || fail "after kill -9 at $delay s the report does not match its manifest"
done
"$charta" run "$project" -o "$tmp/out" --date 2025-04-02 --quiet || fail "the run after the kills failed"
ls -a "$tmp" | grep -q staging && fail "a stale staging folder survived the next run"
verify "$tmp/out" || fail "the final report does not match its manifest"
grep -q '"run_date": "2025-04-02"' "$tmp/out/manifest.json" || fail "the final report is not the new one"
echo "kill_test: OK"
