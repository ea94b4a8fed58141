#!/usr/bin/env bash
# src/model/sdg_codes.c is what scripts/gen-sdg-codes makes of the SDG data
# structure in ../shared (CHARTA_SHARED names another shared folder): the checked-in
# code lists can be derived again, byte for byte. Skipped (77) without the
# structure, unless CI=true.
# usage: sdg_codes_test.sh SOURCE_DIR
set -u
src=$1
shared=${CHARTA_SHARED:-$src/../shared}
dsd=$shared/data/real/sdmx/dsd/IAEG-SDGs_SDG_1.14_structure.xml
if [ ! -f "$dsd" ]; then
  if [ "${CI:-}" = true ]; then echo "sdg_codes: $dsd is absent (CI=true: a failure)"; exit 1; fi
  echo "sdg_codes: skipped: $dsd is absent"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$src/scripts/gen-sdg-codes" "$dsd" "$tmp/sdg_codes.c" || exit 1
if ! cmp "$tmp/sdg_codes.c" "$src/src/model/sdg_codes.c"; then
  diff "$tmp/sdg_codes.c" "$src/src/model/sdg_codes.c" | head -20
  echo "sdg_codes: src/model/sdg_codes.c differs from what scripts/gen-sdg-codes writes"
  exit 1
fi
echo "sdg_codes: src/model/sdg_codes.c derived again, byte for byte"
