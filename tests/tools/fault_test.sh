#!/usr/bin/env bash
# Faults of the file system (RELIABILITY §7, 30 and 31): a full disk while
# the report is written gives 74, a read-only one 73; both leave the
# published report byte-identical and no staging folder. Needs root (mount):
# without, exit 77 (ctest: skipped), a failure under CI=true.
# usage: fault_test.sh CHARTA PROJECT
set -u
charta=$1 project=$2
mnt=$(mktemp -d)
fail() { umount "$mnt" 2>/dev/null; rmdir "$mnt"; echo "fault_test: $*"; exit 1; }
if ! mount -t tmpfs -o size=16m tmpfs "$mnt" 2>/dev/null; then
  rmdir "$mnt"
  . "$(dirname "$0")/require.sh"
  skip fault_test "cannot mount a tmpfs (needs root; CI runs as root)"
fi
"$charta" run "$project" -o "$mnt/out" --date 2025-03-31 --quiet || fail "first run failed"
before=$(cd "$mnt/out" && find . -type f -exec sha256sum {} + | sort)
# fill the disk until less than the new report fits
dd if=/dev/zero of="$mnt/filler" bs=1k count=100000 2>/dev/null
rm -f "$mnt/filler"
size=$(du -sk "$mnt/out" | cut -f1)
avail=$(df -k --output=avail "$mnt" | tail -1)
dd if=/dev/zero of="$mnt/filler" bs=1k count=$((avail - size / 2)) 2>/dev/null
"$charta" run "$project" -o "$mnt/out" --date 2025-03-31 --quiet 2>/dev/null
rc=$?
[ $rc = 74 ] || fail "a full disk gave exit $rc, expected 74"
after=$(cd "$mnt/out" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "the report changed on a full disk"
ls -a "$mnt" | grep -q staging && fail "a staging folder was left on the full disk"
rm -f "$mnt/filler"
# read-only
mount -o remount,ro "$mnt" || fail "cannot remount read-only"
"$charta" run "$project" -o "$mnt/out" --date 2025-03-31 --quiet 2>/dev/null
rc=$?
[ $rc = 73 ] || fail "a read-only disk gave exit $rc, expected 73"
after=$(cd "$mnt/out" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "the report changed on a read-only disk"
umount "$mnt"
rmdir "$mnt"
echo "fault_test: OK"
