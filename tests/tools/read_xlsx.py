#!/usr/bin/python3
"""Load a workbook with openpyxl, the "opens without repair" oracle.

Usage: read_xlsx.py FILE [SHEET!CELL ...]

Prints one line `sheets: <name>|<name>|...`, then per requested cell one
line `SHEET!CELL = <repr of the value> [<number format>]`. Any warning
openpyxl raises while loading is an error (exit 1): it flags NaN, invalid
UTF-8 and malformed parts that Excel would offer to repair.
Run it with Debian's /usr/bin/python3 (python3-openpyxl).
"""
import sys
import warnings


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    warnings.simplefilter("error")
    import openpyxl

    wb = openpyxl.load_workbook(argv[1])
    print("sheets: " + "|".join(wb.sheetnames))
    for ref in argv[2:]:
        sheet, cell = ref.rsplit("!", 1)
        c = wb[sheet][cell]
        print(f"{ref} = {c.value!r} [{c.number_format}]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Exception as e:  # a warning turned error, a bad zip, a bad part
        print(f"error: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
