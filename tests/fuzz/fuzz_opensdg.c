/* libFuzzer target: the Open SDG reader (format = "opensdg", source_opensdg.c) and the
 * keyed core under it (source_keyed.c) on any bytes as a data file (RELIABILITY §3).
 * Built by scripts/fuzz, not by the normal build. */
#include <stdint.h>

#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_write("indicator.csv", data, size))
        return 0;

    /* the file's codes -> the project's, sorted by the file's code */
    char *from[] = {"E92000001", "K02000001", "W92000004"};
    char *to[] = {"ENG", "UK", "WAL"};
    charta_dim_filter units[] = {
        {.dim = "Units", .values = (char *[]){"percentage", "Percentage (%)", ""}, .n_values = 3},
    };
    charta_var_spec vars[] = {
        {.name = "a", .aggregate = CHARTA_AGG_NONE, .line = 4, .filter = units, .n_filter = 1},
        {.name = "b",
         .aggregate = CHARTA_AGG_SUM,
         .line = 5,
         .period = CHARTA_PERIOD_MEAN,
         .complete = 0.5},
    };
    charta_source_spec spec = {.name = "src",
                               .file = "indicator.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .format = "opensdg",
                               .area_value = "DE",
                               .vars = vars,
                               .n_vars = 2,
                               .area_code_from = from,
                               .area_code_to = to,
                               .n_area_codes = 3};
    /* blank GeoCode = DE, the others through area_codes, open */
    fuzz_load(&spec, NULL, 0);

    /* the areas by name in another column, closed, Windows-1252; below the share a
     * year is missing */
    spec.encoding = CHARTA_ENC_CP1252;
    spec.area = "Country";
    spec.area_value = "UK";
    spec.n_area_codes = 0;
    vars[1].period = CHARTA_PERIOD_LAST;
    vars[1].incomplete_missing = true;
    static const char *const areas[] = {"UK", "England", "Wales"};
    fuzz_load(&spec, areas, 3);
    return 0;
}
