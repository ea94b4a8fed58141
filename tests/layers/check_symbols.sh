#!/bin/sh
# Every symbol a charta library exports starts with charta_ (STYLE rule 1):
# libxlsxwriter exports bare chart_*/workbook_*, libcsv csv_*, and a static
# library's names meet theirs at the final link. AddressSanitizer adds an ODR
# indicator __odr_asan.<name> beside each exported variable: its name is ours.
# usage: check_symbols.sh LIB.a...
status=0
for lib in "$@"; do
    bad=$(nm -g --defined-only "$lib" | awk 'NF == 3 && $2 ~ /[A-Z]/ && $3 !~ /^(__odr_asan\.)?charta_/ {print $3}' | sort -u)
    if [ -n "$bad" ]; then
        echo "$(basename "$lib"): exported without the charta_ prefix:"
        echo "$bad" | sed 's/^/  /'
        status=1
    fi
done
exit $status
