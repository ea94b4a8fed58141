#!/usr/bin/env bash
# Messages in the user's language (po/, gettext): under a German locale charta
# check prints its diagnostics, labels and closing count in German, under LANG=C
# in English; --help and a usage error alike; LANGUAGE and LC_MESSAGES choose as
# gettext does. The exact lines are compared. The report itself never depends on
# the locale (locale_test.sh). Without de_DE.UTF-8, exit 77 (ctest: skipped), a
# failure under CI=true.
# usage: messages_test.sh CHARTA ERRORS_DIR (tests/errors: base/ and cases/)
set -u
charta=$1 errors=$2
. "$(dirname "$0")/require.sh"
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  skip messages_test "de_DE.UTF-8 is not installed (scripts/test installs it)"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$errors/base" "$tmp/project"
(cd "$errors/cases/unknown_key" && tar cf - --exclude=expect --exclude=command .) \
  | (cd "$tmp/project" && tar xf -)
fail=0

# expect NAME WANT_RC WANT_FILE ENV... -- ARGS...: run charta in a clean
# environment with ENV, compare the exit code and stdout+stderr with WANT_FILE
expect() {
  local name=$1 want_rc=$2 want=$3
  shift 3
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  (cd "$tmp/project" && env -i PATH="$PATH" CHARTA_PATH="${CHARTA_PATH:-}" "${envs[@]}" \
     "$charta" "$@" > "$tmp/out" 2>&1)
  local rc=$?
  if [ "$rc" != "$want_rc" ]; then
    echo "messages_test: $name: exit code $rc, expected $want_rc"; fail=1
  fi
  if ! diff -u "$want" "$tmp/out" > "$tmp/diff"; then
    echo "messages_test: $name: output (- expected, + got):"; tail -n +3 "$tmp/diff"; fail=1
  fi
}

cat > "$tmp/de" <<'TXT'
indicators/tippfehler.lua:2:3: Fehler: unbekannter Schlüssel 'titel' in Indikator 'tippfehler' (meinten Sie 'title'?)
    city.lua:24: hier eingebunden
charta: 1 Fehler, 0 Warnungen
TXT
cat > "$tmp/en" <<'TXT'
indicators/tippfehler.lua:2:3: error: unknown key 'titel' in indicator 'tippfehler' (did you mean 'title'?)
    city.lua:24: included from here
charta: 1 error, 0 warnings
TXT
expect check-de 78 "$tmp/de" LANG=de_DE.UTF-8 -- check .
expect check-lc-all-de 78 "$tmp/de" LANG=C LC_ALL=de_DE.UTF-8 -- check .
expect check-lc-messages-de 78 "$tmp/de" LANG=C LC_MESSAGES=de_DE.UTF-8 -- check .
expect check-c 78 "$tmp/en" LANG=C -- check .
expect check-no-locale 78 "$tmp/en" -- check .
expect check-c-utf8 78 "$tmp/en" LANG=C.UTF-8 -- check .
# LANGUAGE comes first (gettext): English asked for before German
expect check-language-en 78 "$tmp/en" LANG=de_DE.UTF-8 LANGUAGE=en -- check .
expect check-language-de 78 "$tmp/de" LANG=de_DE.UTF-8 LANGUAGE=de:en -- check .

cat > "$tmp/de" <<'TXT'
charta: Fehler: unbekannter Befehl 'prüfe'
'charta --help' zeigt die Befehle und Optionen
TXT
cat > "$tmp/en" <<'TXT'
charta: error: unknown command 'prüfe'
run 'charta --help' for the commands and options
TXT
expect usage-de 64 "$tmp/de" LANG=de_DE.UTF-8 -- prüfe .
expect usage-c 64 "$tmp/en" LANG=C -- prüfe .

# --help: the first lines and the exit codes' block in each language
for lang in de_DE.UTF-8 C; do
  env -i PATH="$PATH" LANG=$lang "$charta" --help > "$tmp/help-$lang" 2>&1 \
    || { echo "messages_test: --help ($lang) failed"; fail=1; }
done
head -4 "$tmp/help-de_DE.UTF-8" > "$tmp/got"
cat > "$tmp/want" <<'TXT'
charta - Indikatorenberichte für Smart Cities und die SDGs

Aufruf:
  charta run <Projekt> [Optionen]    laden, importieren, berechnen und den Bericht schreiben
TXT
diff -u "$tmp/want" "$tmp/got" || { echo "messages_test: --help in German"; fail=1; }
head -4 "$tmp/help-C" > "$tmp/got"
cat > "$tmp/want" <<'TXT'
charta - indicator reports for smart cities and the SDGs

usage:
  charta run <project> [options]     load, import, compute and write the report
TXT
diff -u "$tmp/want" "$tmp/got" || { echo "messages_test: --help in English"; fail=1; }
grep -q '^  78 Projekt- oder Skriptfehler' "$tmp/help-de_DE.UTF-8" \
  || { echo "messages_test: --help in German lacks the exit codes"; fail=1; }
# the formats list is charta's own, the same in both
grep -q 'Vorgabe: alle: xlsx, csv, charts, pdf, opensdg, sdmx)' "$tmp/help-de_DE.UTF-8" \
  || { echo "messages_test: --help in German lacks the formats"; fail=1; }

[ $fail = 0 ] && echo "messages_test: German and English messages as expected"
exit $fail
