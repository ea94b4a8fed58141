/* libFuzzer target: Excel workbooks (format = "xlsx", xlsxread.h, source_xlsx.c) on any
 * bytes as the file: the zip container read from memory under its caps, the workbook's
 * parts through the hardened XML reader, every sheet turned into CSV text (whose line
 * count may not pass the sheet's last row), and a source over the first sheet and a
 * range. Built by scripts/fuzz, not by the normal build. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charta/xlsxread.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
note(void *ud, int row, const char *cell, const char *value)
{
    (void)ud;
    if (row < 1 || !cell[0] || !value)
        abort();
}

/* Every sheet as text, with caps lowered so that the cap paths run too. */
static void
walk_sheets(const uint8_t *data, size_t size)
{
    charta_xlsx_error err = {0};
    charta_xlsx_opts opts = {.max_part = 4 << 20, .max_ratio = 50};
    charta_xlsx *x = charta_xlsx_open((const char *)data, size, &opts, &err);
    if (!x) {
        if (!err.message[0] || err.status == CHARTA_OK)
            abort();
        return;
    }
    size_t n = charta_xlsx_sheet_count(x);
    if (n == 0)
        abort();
    for (size_t i = 0; i < n && i < 8; i++) {
        if (!charta_xlsx_sheet_name(x, i))
            abort();
        char *text;
        size_t len;
        charta_xlsx_range r = {.row0 = 2, .col0 = 2, .row1 = 40, .col1 = 6};
        for (int k = 0; k < 2; k++) {
            if (charta_xlsx_sheet_csv(x, i, k ? &r : NULL, k ? ',' : '.', note, NULL, &text,
                                      &len, &err) != CHARTA_OK) {
                if (!err.message[0])
                    abort();
                continue;
            }
            if (strlen(text) != len)
                abort(); /* no NUL inside: the CSV reader would refuse it */
            size_t lines = 0;
            for (size_t j = 0; j < len; j++)
                lines += text[j] == '\n';
            if (k && lines > 40)
                abort();
            free(text);
        }
    }
    charta_xlsx_close(x);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    walk_sheets(data, size);
    if (!fuzz_write("w.xlsx", data, size))
        return 0;
    charta_var_spec vars[] = {
        {.name = "a", .column = "Einwohner", .aggregate = CHARTA_AGG_NONE, .line = 4},
        {.name = "b", .column = "#3", .aggregate = CHARTA_AGG_SUM, .line = 5},
    };
    charta_source_spec spec = {.name = "src",
                               .file = "w.xlsx",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .format = "xlsx",
                               .range = "A3:F40",
                               .area = "Gebiet",
                               .year = "Jahr",
                               .vars = vars,
                               .n_vars = 2};
    fuzz_load(&spec, NULL, 0);
    /* the second sheet by its number, one area, decimal commas, the whole sheet */
    spec.sheet_index = 2;
    spec.range = NULL;
    spec.area = NULL;
    spec.area_value = "1";
    spec.decimal = ',';
    static const char *const areas[] = {"1", "2"};
    fuzz_load(&spec, areas, 2);
    return 0;
}
