#!/usr/bin/env bash
# `charta init` makes a project that checks and runs as it is, named after
# its folder, and never touches a folder that is not empty.
set -u
charta=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "init_test: $*"; exit 1; }
"$charta" init "$tmp/neustadt" 2>/dev/null || fail "init failed"
grep -q 'id = "neustadt"' "$tmp/neustadt/city.lua" || fail "the id is not the folder's name"
"$charta" check "$tmp/neustadt" --quiet || fail "the new project does not check"
"$charta" run "$tmp/neustadt" --date 2025-03-31 --quiet || fail "the new project does not run"
[ -f "$tmp/neustadt/report/neustadt-2024.xlsx" ] || fail "no workbook"
"$charta" init "$tmp/neustadt" 2>/dev/null
[ $? = 73 ] || fail "init into a non-empty folder did not exit 73"
echo "init_test: OK"
