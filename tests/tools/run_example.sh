#!/usr/bin/env bash
# Run an example project into a temporary folder and read the report back.
# usage: run_example.sh CHARTA PROJECT INDICATORS AREAS FIRST LAST [extra checker...]
set -eu
charta=$1 project=$2 n_ind=$3 n_areas=$4 first=$5 last=$6
shift 6
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$charta" run "$project" -o "$out/report" --date 2025-03-31 --quiet
/usr/bin/python3 "$(dirname "$0")/check_report.py" "$out/report" "$n_ind" "$n_areas" "$first" "$last"
# same inputs, same --date: the same bytes, file by file (DESIGN §7)
"$charta" run "$project" -o "$out/again" --date 2025-03-31 --quiet
(cd "$out/report" && find . -type f | sort) > "$out/files"
(cd "$out/again" && find . -type f | sort) | cmp -s - "$out/files" ||
  { echo "run_example: the second run wrote other files"; exit 1; }
while read -r f; do
  cmp -s "$out/report/$f" "$out/again/$f" ||
    { echo "run_example: $f differs between two runs with the same --date"; exit 1; }
done < "$out/files"
echo "run_example: a second run gave the same bytes ($(wc -l < "$out/files") files)"
for checker in "$@"; do
  /usr/bin/python3 "$checker" "$out/report"
done
