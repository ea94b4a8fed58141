#!/usr/bin/env bash
# One error case: copy the base project, lay the case's files over it, run
# `charta check` (or the command in the case's `command` file), and compare
# the exit code and the first diagnostic line with the case's `expect`:
#   line 1: the exit code; line 2: the exact first line charta prints.
# usage: run_case.sh CHARTA_BINARY CASE_DIR
set -u
charta=$1 case=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$here/base/." "$tmp/"
(cd "$case" && tar cf - --exclude=expect --exclude=command .) | (cd "$tmp" && tar xf -)
cmd=check
[ -f "$case/command" ] && cmd=$(cat "$case/command")
out=$(cd "$tmp" && CHARTA_PATH="$here/../../indicators" "$charta" $cmd . -o "$tmp/report" 2>&1 >/dev/null)
rc=$?
want_rc=$(sed -n 1p "$case/expect")
want_line=$(sed -n 2p "$case/expect")
got_line=$(printf '%s\n' "$out" | sed -n 1p)
ok=1
[ "$rc" = "$want_rc" ] || { echo "exit code: expected $want_rc, got $rc"; ok=0; }
[ "$got_line" = "$want_line" ] || { printf 'first line:\n  expected: %s\n  got:      %s\n' "$want_line" "$got_line"; ok=0; }
if [ $ok = 0 ]; then
  printf -- '--- full output:\n%s\n' "$out"
  exit 1
fi
# nothing may be written by a failed run
if [ -e "$tmp/report" ]; then echo "a failed run left $tmp/report"; exit 1; fi
exit 0
