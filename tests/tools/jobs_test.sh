#!/usr/bin/env bash
# The writers on two threads write what they write one after the other: for each
# project, `charta run --jobs 1` and `--jobs 2` give the same files, byte for byte,
# and the same messages in the same order (the report folder's name aside).
# usage: jobs_test.sh CHARTA PROJECT...
set -u
charta=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for project in "$@"; do
  name=$(basename "$project")
  for j in 1 2; do
    "$charta" run "$project" -o "$tmp/$name-$j" --jobs "$j" --date 2026-01-01 \
      > "$tmp/$name-$j.out" 2> "$tmp/$name-$j.err"
    echo $? > "$tmp/$name-$j.rc"
    sed -i "s#$tmp/$name-$j#REPORT#g" "$tmp/$name-$j.out" "$tmp/$name-$j.err"
  done
  if ! cmp -s "$tmp/$name-1.rc" "$tmp/$name-2.rc"; then
    echo "jobs_test: $name: exit $(cat "$tmp/$name-1.rc") with --jobs 1, $(cat "$tmp/$name-2.rc") with --jobs 2"
    fail=1
  fi
  [ "$(cat "$tmp/$name-1.rc")" = 0 ] || { echo "jobs_test: $name: the run failed"; fail=1; }
  diff -r "$tmp/$name-1" "$tmp/$name-2" > "$tmp/diff" ||
    { echo "jobs_test: $name: the reports differ:"; head -20 "$tmp/diff"; fail=1; }
  diff "$tmp/$name-1.err" "$tmp/$name-2.err" > "$tmp/diff" ||
    { echo "jobs_test: $name: the messages differ:"; head -20 "$tmp/diff"; fail=1; }
  n=$(find "$tmp/$name-2" -type f | wc -l)
  [ "$n" -gt 10 ] || { echo "jobs_test: $name: only $n files written"; fail=1; }
  echo "jobs_test: $name: $n files, the same with one writer at a time and two"
done
exit $fail
