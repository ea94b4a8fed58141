#!/usr/bin/env bash
# Out of memory at every allocation (RELIABILITY §6, §7 32): fail the N-th
# malloc/calloc/realloc of a run, for every N; each run ends in success with
# the same bytes as a normal run, or in 71 (out of memory) with no report
# published and no staging folder left; never a crash, a hang or another
# exit code. A failed allocation is the host's out of memory even when Lua
# asked for it: never 78 and never the script's memory limit, which is
# checked last, on its own (78 only for the script's cap). Covers the stages
# up to the CSV outputs (the Cairo/Pango stack aborts on OOM by design:
# glib's g_malloc).
# usage: oom_test.sh CHARTA SHIM_SOURCE PROJECT
set -u
charta=$1 shim_src=$2 project=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "oom_test: $*"; exit 1; }
cc -shared -fPIC -O1 -o "$tmp/failmalloc.so" "$shim_src" -ldl || fail "cannot build the shim"
cp -r "$project" "$tmp/p"
run() { CHARTA_PATH="${CHARTA_PATH:-}" "$charta" run "$tmp/p" -o "$tmp/out" --formats csv --date 2025-01-01 -q; }
run || fail "the plain run failed"
mv "$tmp/out" "$tmp/ref"
total=$(FAIL_COUNT=1 LD_PRELOAD="$tmp/failmalloc.so" "$charta" run "$tmp/p" -o "$tmp/out" \
        --formats csv --date 2025-01-01 -q 2>&1 >/dev/null | sed -n 's/^allocations: //p' | tail -1)
rm -rf "$tmp/out"
[ -n "$total" ] && [ "$total" -gt 100 ] || fail "could not count the allocations ($total)"
ok=0 oom=0
for n in $(seq 1 "$total"); do
  FAIL_AT=$n LD_PRELOAD="$tmp/failmalloc.so" timeout 20 "$charta" run "$tmp/p" -o "$tmp/out" \
    --formats csv --date 2025-01-01 -q >/dev/null 2>"$tmp/err"
  rc=$?
  case $rc in
    0) diff -rq "$tmp/ref" "$tmp/out" >/dev/null || fail "allocation $n failed, exit 0, but the report differs"
       ok=$((ok + 1)) ;;
    71) [ -e "$tmp/out" ] && fail "allocation $n: exit $rc but a report was published"
       grep -q "memory limit" "$tmp/err" && fail "allocation $n: the host's out of memory blamed on the script's limit: $(head -1 "$tmp/err")"
       oom=$((oom + 1)) ;;
    78) fail "allocation $n: the host's out of memory reported as a script error (78): $(head -1 "$tmp/err")" ;;
    *) fail "allocation $n of $total failed: exit $rc: $(head -1 "$tmp/err")" ;;
  esac
  ls -a "$tmp" | grep -q staging && fail "allocation $n: a staging folder was left"
  rm -rf "$tmp/out"
done
# the script's own cap: 78 and its message, not the host's 71
mkdir -p "$tmp/cap/indicators"
cp -r "$tmp/p/." "$tmp/cap/"
printf 'local t = {}\nfor i = 1, 1e6 do t[i] = ("x"):rep(1e6) .. i end\n' > "$tmp/cap/indicators/bomb.lua"
CHARTA_PATH="${CHARTA_PATH:-}" "$charta" check "$tmp/cap" 2>"$tmp/err" >/dev/null
rc=$?
[ "$rc" = 78 ] || fail "the script's memory cap: exit $rc, expected 78: $(head -1 "$tmp/err")"
grep -q "memory limit of .* MB exceeded" "$tmp/err" || fail "the script's memory cap: $(head -1 "$tmp/err")"
echo "oom_test: OK: $total allocations, $ok runs succeeded anyway (same bytes), $oom ended in 71; the script's cap gives 78"
