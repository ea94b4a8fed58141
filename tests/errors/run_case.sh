#!/usr/bin/env bash
# One error case: copy the base project, lay the case's files over it, run
# `charta check` (or the command in the case's `command` file), and compare
# the exit code and every diagnostic line with the case's `expect` (in English,
# under LC_ALL=C):
#   line 1: the exit code; the lines after it: exactly what charta prints on
#   stderr, every diagnostic with its traceback and the closing count.
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
# the expected lines are English: the C locale, whatever the caller's (po/)
(cd "$tmp" && LC_ALL=C LANG=C LANGUAGE= CHARTA_PATH="$here/../../indicators" \
   "$charta" $cmd . -o "$tmp/report" 2> "$tmp/stderr" > /dev/null)
rc=$?
want_rc=$(sed -n 1p "$case/expect")
tail -n +2 "$case/expect" > "$tmp/want"
ok=1
[ "$rc" = "$want_rc" ] || { echo "exit code: expected $want_rc, got $rc"; ok=0; }
if ! cmp -s "$tmp/want" "$tmp/stderr"; then
  echo "diagnostics (- expected, + got):"
  diff -u "$tmp/want" "$tmp/stderr" | tail -n +3
  ok=0
fi
if [ $ok = 0 ]; then
  exit 1
fi
# nothing may be written by a failed run
if [ -e "$tmp/report" ]; then echo "a failed run left $tmp/report"; exit 1; fi
exit 0
