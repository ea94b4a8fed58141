/* Writes the workbooks of the error cases tests/errors/cases/xlsx_*: the workbook of
 * tests/unit/import/xlsx_fixtures.h, whole or damaged. Run by hand when they change:
 *   build/tests/xlsx_cases tests/errors/cases
 */
#include <stdio.h>

#include "import/xlsx_fixtures.h"

static char *
join(const char *a, const char *b)
{
    static char buf[4][512];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", a, b);
    return buf[k];
}

int
main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: xlsx_cases CASES_DIR\n");
        return 64;
    }
    const char *d = argv[1];
    const char *whole = join(d, "xlsx_unknown_sheet/data/tabelle.xlsx");
    int ok = fx_write_workbook(whole) &&
             fx_write_workbook(join(d, "xlsx_delimiter/data/tabelle.xlsx")) &&
             fx_truncate(whole, join(d, "xlsx_truncated/data/tabelle.xlsx")) &&
             fx_rezip(whole, join(d, "xlsx_no_shared_strings/data/tabelle.xlsx"),
                      "xl/sharedStrings.xml", NULL, NULL, NULL, NULL, 0) &&
             fx_rezip(whole, join(d, "xlsx_zip_bomb/data/tabelle.xlsx"), NULL, NULL, NULL, NULL,
                      "xl/worksheets/sheet1.xml", 20u << 20);
    if (!ok)
        fprintf(stderr, "xlsx_cases: cannot write the workbooks under %s\n", d);
    return ok ? 0 : 1;
}
