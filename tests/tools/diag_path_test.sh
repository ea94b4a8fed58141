#!/usr/bin/env bash
# Diagnostics of the writers name the published report, never the staging
# folder a run removes when it ends: a control character in a comment is
# replaced with a warning naming <report>/<file>.xlsx.
# usage: diag_path_test.sh CHARTA PROJECT
set -u
charta=$1 project=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "diag_path_test: $*"; exit 1; }
cp -r "$project" "$tmp/p"
ind=$(ls "$tmp/p/indicators/"*.lua | head -1)
sed -i '0,/^  title = /s//  comment = "A\\1 B",\n&/' "$ind"
grep -qF 'comment = "A\1 B"' "$ind" || fail "cannot add the comment to $ind"
(cd "$tmp" && "$charta" run p -o rep --formats xlsx --date 2025-03-31 2>"$tmp/err")
rc=$?
[ $rc = 0 ] || fail "exit $rc, expected 0: $(head -1 "$tmp/err")"
grep -q staging "$tmp/err" && fail "a message names the staging folder: $(grep staging "$tmp/err")"
first=$(head -1 "$tmp/err")
case "$first" in
  rep/*.xlsx": warning: invalid UTF-8 and characters XML cannot hold"*) ;;
  *) fail "first line '$first' does not name the published workbook" ;;
esac
[ -f "$tmp/${first%%:*}" ] || fail "the warning names ${first%%:*}, which does not exist"
echo "diag_path_test: OK"
