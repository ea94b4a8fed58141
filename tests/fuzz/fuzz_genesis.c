/* libFuzzer target: the GENESIS/Regionalstatistik reader end to end (format and preset
 * "genesis", source_csv.c with source_genesis.c, source_cells.c, source_table.c and
 * source_missing.c): ';', decimal comma, the title block, the header rows found by the
 * reader, the footer with its footnotes, licence and "Stand:", the special signs, and the
 * text in UTF-8, Latin-1 and Windows-1252, on any bytes as a data file. Built by
 * scripts/fuzz, not by the normal build. */
#include <stdint.h>

#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_write("genesis.csv", data, size))
        return 0;

    /* the columns of the fixtures and of the Regionaldatenbank's exports: by name, by a
     * header path below a date, by position */
    charta_var_spec vars[] = {
        {.name = "a", .column = "Insgesamt", .aggregate = CHARTA_AGG_NONE, .line = 4},
        {.name = "b", .column = "männlich", .aggregate = CHARTA_AGG_SUM, .line = 5},
        {.name = "c", .column = "31.12.2015/weiblich", .aggregate = CHARTA_AGG_NONE, .line = 6},
        {.name = "d", .column = "Wert", .aggregate = CHARTA_AGG_SUM, .scale = 1000, .line = 7},
        {.name = "e", .column = "#5", .aggregate = CHARTA_AGG_NONE, .line = 8},
    };
    /* the preset as the engine applies it (charta_src_genesis_defaults) */
    charta_source_spec spec = {.name = "src",
                               .file = "genesis.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .format = "genesis",
                               .preset = "genesis",
                               .encoding = CHARTA_ENC_UTF8,
                               .delimiter = ';',
                               .decimal = ',',
                               .skip = -1,
                               .header = -1,
                               .genesis = true,
                               .vars = vars,
                               .n_vars = 1};
    /* one variable, UTF-8, the areas open */
    fuzz_load(&spec, NULL, 0);

    /* every variable, Latin-1 as the Regionaldatenbank writes it, the signs overridden,
     * areas reported with others, the attribution and title given */
    charta_sign_spec signs[] = {{.sign = "-", .meaning = CHARTA_SIGN_MISSING},
                                {.sign = "x", .meaning = CHARTA_SIGN_CONFIDENTIAL},
                                {.sign = ".", .meaning = CHARTA_SIGN_ZERO}};
    charta_reported_with rw[] = {{.area = "01", .with = "02"}, {.area = "07211", .with = "07235"}};
    char *missing[] = {"...", "/"};
    spec.encoding = CHARTA_ENC_LATIN1;
    spec.n_vars = sizeof vars / sizeof vars[0];
    spec.signs = signs;
    spec.n_signs = 3;
    spec.signs_line = 9;
    spec.reported_with = rw;
    spec.n_reported_with = 2;
    spec.reported_with_line = 10;
    spec.missing = missing;
    spec.n_missing = 2;
    spec.publisher = "Statistische Ämter des Bundes und der Länder";
    spec.attribution = "© Testamt";
    fuzz_load(&spec, NULL, 0);

    /* Windows-1252, the areas closed to a few codes, the area column and year given, a
     * fixed number of title lines and header rows */
    static const char *const areas[] = {"DG", "01", "02", "05315", "07211", "07235"};
    spec.encoding = CHARTA_ENC_CP1252;
    spec.n_signs = 0;
    spec.n_missing = 0;
    spec.n_reported_with = 0;
    spec.skip = 3;
    spec.header = 2;
    spec.area = "#2";
    spec.area_name = "#3";
    spec.year = "#1";
    spec.thousands = '.';
    fuzz_load(&spec, areas, 6);
    return 0;
}
