#!/usr/bin/env bash
# The man page charta(1) renders without a warning and names every command and
# option that `charta --help` names, and no option that --help does not.
# usage: man_test.sh CHARTA MANPAGE
set -u
charta=$1 page=$2
command -v groff > /dev/null || { echo "man_test: skipped: groff is not installed"; exit 77; }
fail=0
warn=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warn" ] || { echo "groff warns: $warn"; fail=1; }
text=$(groff -man -Tutf8 "$page" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g; s/.\x08//g' | tr -s ' ')
help=$("$charta" --help)
opts() { grep -oE -- '(^|[ [,])--?[a-z][a-z-]*' | sed 's/^[ [,]//' | sort -u; }
for o in $(printf '%s\n' "$help" | opts); do
  printf '%s\n' "$text" | grep -q -- "$o" || { echo "--help names $o, the man page does not"; fail=1; }
done
for o in $(sed -n '/^\.SH OPTIONS/,/^\.SH EXIT/p' "$page" | sed 's/\\-/-/g' | opts); do
  printf '%s\n' "$help" | grep -q -- "$o" || { echo "the man page names $o, --help does not"; fail=1; }
done
for c in run check list show init verify help; do
  printf '%s\n' "$text" | grep -q "charta $c" || { echo "the man page lacks 'charta $c'"; fail=1; }
done
# the exit codes of --help, each in the man page's EXIT STATUS
for code in $(printf '%s\n' "$help" | sed -n '/^exit codes/,$p' | grep -oE '\b(0|6[4-9]|7[0-9])\b' | sort -u); do
  sed -n '/^\.SH EXIT STATUS/,/^\.SH ENV/p' "$page" | grep -qx "\.B $code" \
    || { echo "exit code $code is not in the man page"; fail=1; }
done
exit $fail
