#!/usr/bin/env bash
# The message catalogue is complete: po/charta.pot is what xgettext extracts from
# the sources now (scripts/update-po), and every translation (po/<lang>.po) has
# each of its messages translated, none fuzzy, none missing, formats checked
# (msgfmt --check). A new or changed message fails here until it is translated:
# run scripts/update-po, translate in po/<lang>.po, commit both.
# usage: po_test.sh SOURCE_DIR
set -u
src=$1
. "$(dirname "$0")/require.sh"
require_tool po_test xgettext gettext
require_tool po_test msgmerge gettext
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
"$src/scripts/update-po" --pot "$tmp/charta.pot" || { echo "po_test: xgettext failed"; exit 1; }
if ! diff -u "$src/po/charta.pot" "$tmp/charta.pot" > "$tmp/diff"; then
  echo "po_test: po/charta.pot is stale (run scripts/update-po and translate what is new):"
  head -60 "$tmp/diff"
  fail=1
fi
for po in "$src"/po/*.po; do
  lang=$(basename "$po" .po)
  # the translation against the fresh template: what is missing comes out untranslated
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/charta.pot" \
    || { echo "po_test: $lang: msgmerge failed"; fail=1; continue; }
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1) \
    || { echo "po_test: $lang: msgfmt --check: $stats"; fail=1; continue; }
  echo "po_test: $lang: $stats"
  if printf '%s' "$stats" | grep -q 'untranslated\|fuzzy'; then
    echo "po_test: $lang: not every message is translated:"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -A1 '^msgid' | head -40
    msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep -A1 '^msgid' | head -40
    fail=1
  fi
  # nothing translated in de.po that the sources no longer have
  if LC_ALL=C msgattrib --only-obsolete "$tmp/$lang.po" | grep -q '^#~ msgid'; then
    echo "po_test: $lang: po/$lang.po has messages the sources no longer use (run scripts/update-po)"
    fail=1
  fi
  # format directives in the same order (no %1\$s: Lua's formats do not take them)
  if grep -q '%[0-9]\+\$' "$po"; then
    echo "po_test: $lang: positional arguments (%n\$) are not allowed"; fail=1
  fi
done
exit $fail
