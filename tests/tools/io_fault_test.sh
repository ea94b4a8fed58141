#!/usr/bin/env bash
# An I/O error at every write (RELIABILITY §6, §7 33): fail the N-th fwrite,
# write, fsync or rename of a run with EIO, for every N. A run that fails
# exits 74 and leaves the old report byte-identical (or, when only the
# final sync of the folder failed, the complete new one) and no staging
# folder; a run that succeeds wrote exactly the new report.
# The formats are those whose every write is charta's own (CSV, charts, PDF, SDMX,
# manifest). libxlsxwriter 1.1.4 writes the XML parts of a workbook into temp
# files without checking those writes: a lost write there is only seen when
# the disk is full at packaging (tests/tools/fault_test.sh), not a single EIO.
# usage: io_fault_test.sh CHARTA SHIM_SOURCE PROJECT
set -u
charta=$1 shim_src=$2 project=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "io_fault_test: $*"; exit 1; }
cc -shared -fPIC -O1 -o "$tmp/failio.so" "$shim_src" -ldl || fail "cannot build the shim"
cp -r "$project" "$tmp/p"
formats=${IO_FORMATS:-csv,charts,pdf,sdmx}
"$charta" run "$tmp/p" -o "$tmp/new" --formats $formats --date 2025-01-02 -q || fail "plain run failed"
"$charta" run "$tmp/p" -o "$tmp/out" --formats $formats --date 2025-01-01 -q || fail "plain run failed"
cp -r "$tmp/out" "$tmp/old"
total=$(FAIL_COUNT=1 LD_PRELOAD="$tmp/failio.so" "$charta" run "$tmp/p" -o "$tmp/count" \
        --formats $formats --date 2025-01-02 -q 2>&1 >/dev/null | sed -n 's/^calls: //p' | tail -1)
rm -rf "$tmp/count"
[ -n "$total" ] && [ "$total" -gt 10 ] || fail "could not count the calls ($total)"
failed=0
for n in $(seq 1 "$total"); do
  FAIL_AT=$n LD_PRELOAD="$tmp/failio.so" "$charta" run "$tmp/p" -o "$tmp/out" \
    --formats $formats --date 2025-01-02 -q >/dev/null 2>"$tmp/err"
  rc=$?
  case $rc in
    0) diff -rq "$tmp/new" "$tmp/out" >/dev/null || fail "call $n failed, exit 0, report not the new one" ;;
    74) failed=$((failed + 1))
        diff -rq "$tmp/old" "$tmp/out" >/dev/null || diff -rq "$tmp/new" "$tmp/out" >/dev/null ||
          fail "call $n failed: the report is neither the old nor the new one" ;;
    *) fail "call $n of $total failed: exit $rc: $(head -1 "$tmp/err")" ;;
  esac
  ls -a "$tmp" | grep -q staging && fail "call $n: a staging folder was left"
  rm -rf "$tmp/out" && cp -r "$tmp/old" "$tmp/out"
done
echo "io_fault_test: OK: $total calls, $failed runs ended in 74 with the report intact"
