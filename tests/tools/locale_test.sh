#!/usr/bin/env bash
# Outputs must not depend on the locale or the time zone: run each example
# under LANG=C/TZ=UTC and under a German locale with an exotic TZ (where charta
# speaks German: po/), and compare every output byte for byte. Also runs the
# plain case twice (same bytes).
# Without de_DE.UTF-8, exit 77 (ctest: skipped), a failure under CI=true.
# usage: locale_test.sh CHARTA PROJECT...
set -eu
charta=$1
shift
. "$(dirname "$0")/require.sh"
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  skip locale_test "de_DE.UTF-8 is not installed (scripts/test installs it)"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for project in "$@"; do
  name=$(basename "$project")
  env -i PATH="$PATH" LANG=C TZ=UTC "$charta" run "$project" -o "$tmp/$name-c" --date 2025-03-31 --quiet
  env -i PATH="$PATH" LANG=C TZ=UTC "$charta" run "$project" -o "$tmp/$name-c2" --date 2025-03-31 --quiet
  env -i PATH="$PATH" LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de TZ=Pacific/Kiritimati \
    "$charta" run "$project" -o "$tmp/$name-de" --date 2025-03-31 2> "$tmp/$name-de.log"
  # the German run spoke German (the messages), and wrote the same bytes (the report)
  grep -q '^geschrieben: ' "$tmp/$name-de.log" \
    || { echo "locale_test: $name: no German messages under de_DE.UTF-8:"; cat "$tmp/$name-de.log"; exit 1; }
  diff -r "$tmp/$name-c" "$tmp/$name-c2" || { echo "locale_test: $name: two plain runs differ"; exit 1; }
  diff -r "$tmp/$name-c" "$tmp/$name-de" || { echo "locale_test: $name: the German locale changes the output"; exit 1; }
  n=$(find "$tmp/$name-c" -type f | wc -l)
  echo "locale_test: $name: $n files identical under C/UTC and de_DE.UTF-8/Pacific/Kiritimati"
done
