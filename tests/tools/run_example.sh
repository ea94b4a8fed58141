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
for checker in "$@"; do
  /usr/bin/python3 "$checker" "$out/report"
done
