#!/usr/bin/env bash
# charta help: the keywords; an entry for a declaration, a nested table, a function,
# a method and a progress method (what it does, its keys, an example); an unknown
# keyword is a usage error (64) with the nearest keyword; the entry in German under a
# German locale (skipped without de_DE.UTF-8).
# usage: help_test.sh CHARTA
set -u
charta=$1
. "$(dirname "$0")/require.sh"
fail=0
# expect CODE PATTERN ARGS...: the exit code, and PATTERN (grep -E) in stdout+stderr
expect() {
  local code=$1 pattern=$2
  shift 2
  local out rc
  out=$(env LC_ALL=C.UTF-8 LANGUAGE= "$charta" help "$@" 2>&1)
  rc=$?
  [ "$rc" = "$code" ] || { echo "charta help $*: exit $rc, expected $code"; fail=1; }
  printf '%s\n' "$out" | grep -qE -- "$pattern" \
    || { echo "charta help $*: no '$pattern' in:"; printf '%s\n' "$out" | head -20; fail=1; }
}
expect 0 "^  city  areas  source"
expect 0 'Series methods'
expect 0 '^  year \(year\)$' indicator.target
expect 0 '^  decimals \(number; default: as computed\)$' indicator
expect 0 'Tables inside it.*' indicator
expect 0 '^    indicator "pkw-je-einwohner" \{$' indicator
expect 0 '^per\(s, base, n\)$' per
expect 0 '^s:at\(area, year\)$' at
expect 0 '^s:at\(area, year\)$' s:at
expect 0 'progress method' dns
expect 0 '^key	indicator	target	' --keys
expect 64 "no help on 'indicatr' \(did you mean 'indicator'\?\)" indicatr
# a nested table by its last name, a key alone or with its declaration
expect 0 '^indicator "id" \{ target = \{ \.\.\. \} \}$' target
expect 0 '^indicator: direction \(name; default: "none"\)$' direction
expect 0 '^source: file \(file name\)$' file
expect 0 '^indicator: unit \(text\)$' indicator.unit
expect 64 "no help on 'colum' \(did you mean 'column'\?\)" colum
expect 64 "unexpected argument 'b'" a b
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  out=$(env -i PATH="$PATH" LANG=de_DE.UTF-8 "$charta" help per 2>&1)
  printf '%s\n' "$out" | grep -q '^Series-Funktion$' \
    || { echo "charta help per in German:"; printf '%s\n' "$out"; fail=1; }
  out=$(env -i PATH="$PATH" LANG=de_DE.UTF-8 "$charta" help city 2>&1)
  printf '%s\n' "$out" | grep -q '^Schlüssel:$' \
    || { echo "charta help city in German:"; printf '%s\n' "$out"; fail=1; }
else
  echo "help_test: the German entries not checked: de_DE.UTF-8 is not installed"
fi
exit $fail
