#!/usr/bin/env bash
# A checked-in table of expected values is its generator's output, byte for
# byte: run the generator (Debian's python3, standard library) into a
# temporary file and compare, showing a diff where they differ.
# usage: check_generated.sh [--real] TABLE GENERATOR.py [ARGS...]
# --real: the generator reads the shared real data, ../shared/data/real next
# to the source tree (CHARTA_SHARED names another shared folder), given as its
# last argument; without them the test is skipped (77), a failure under CI=true.
set -u
. "$(dirname "$0")/require.sh"
real=
if [ "$1" = --real ]; then
  shift
  root=$(cd "$(dirname "$0")/../.." && pwd)
  real=${CHARTA_SHARED:-$root/../shared}/data/real
  [ -d "$real" ] || skip check_generated "$real is absent"
fi
table=$1 generator=$2
shift 2
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
/usr/bin/python3 "$generator" "$@" ${real:+"$real"} > "$tmp" ||
  { echo "check_generated: $generator failed"; exit 1; }
if ! cmp -s "$table" "$tmp"; then
  echo "check_generated: $table is not the output of $generator (- checked in, + generated):"
  diff -u "$table" "$tmp" | tail -n +3 | head -60
  exit 1
fi
echo "check_generated: $(basename "$table") is the output of $(basename "$generator")"
