#!/usr/bin/env bash
# Faults while a data file is imported, made exact by an LD_PRELOAD shim
# (tests/tools/inputfault.c): the file truncated by another program after
# charta began to read it is an error naming it (65), never SIGBUS; SIGTERM
# arriving while the rows are read stops the import at the next row (143,
# with the message naming the file), not at the end of the stage.
# Either way nothing outside the output folder changes.
# usage: input_fault_test.sh CHARTA SHIM_SOURCE ERRORS_BASE_PROJECT
set -u
charta=$1 shim_src=$2 base=$3
tmp=$(mktemp -d)
mkdir "$tmp/w"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "input_fault_test: $*"; exit 1; }
export CHARTA_PATH=${CHARTA_PATH:-$(cd "$base/../../../indicators" && pwd)}
cc -shared -fPIC -O1 -o "$tmp/inputfault.so" "$shim_src" -ldl || fail "cannot build the shim"

# everything but the output, its lock and the data file the fault itself changes
tree_sum() {
  (cd "$tmp/w" &&
   find . -mindepth 1 \( -path ./out -o -path ./out.lock -o -path ./p/data/einwohner.csv \) \
     -prune -o -print0 | sort -z | xargs -0 stat -c '%n %s %Y %F' &&
   find . \( -path ./out -o -path ./out.lock -o -path ./p/data/einwohner.csv \) -prune \
     -o -type f -print0 | sort -z | xargs -0 -r sha256sum) | sha256sum
}

# fault NAME FAULT RC FIRST_LINE
fault() {
  local name=$1 what=$2 want_rc=$3 want_line=$4
  local before after rc line
  rm -rf "$tmp/w/p" "$tmp/w/out"
  cp -r "$base" "$tmp/w/p"
  before=$(tree_sum)
  (cd "$tmp/w/p" && INPUT_FAULT=$what INPUT_FAULT_FILE=/data/einwohner.csv \
     LD_PRELOAD="$tmp/inputfault.so" timeout -k 5 60 "$charta" run . -o "$tmp/w/out" \
     --date 2025-03-31 >/dev/null 2>"$tmp/err")
  rc=$?
  after=$(tree_sum)
  line=$(sed -n 1p "$tmp/err")
  [ "$rc" = "$want_rc" ] || fail "$name: exit $rc, expected $want_rc: $(head -3 "$tmp/err")"
  [ "$line" = "$want_line" ] || fail "$name: first line
  expected: $want_line
  got:      $line"
  [ "$before" = "$after" ] || fail "$name: something outside the output folder changed"
  [ -e "$tmp/w/out" ] && fail "$name: the failed run left $tmp/w/out"
  echo "ok   $name"
}

src_line=$(grep -n '^source "einwohner"' "$base/city.lua" | cut -d: -f1)
 fault truncated_while_read truncate 65 \
  "city.lua:$src_line: error: source 'einwohner': 'data/einwohner.csv' changed while it was read (its size or modification time is not the same); is another program writing it? Run again once it is complete"
fault sigterm_while_read sigterm 143 \
  "data/einwohner.csv: error: reading stopped after 0 rows: interrupted by a signal; the report was not changed"
echo "input_fault_test: OK"
