/* libFuzzer target: the CSV source reader (source_csv.c and the files under it) with
 * every preset, encoding and option a declaration can give it. The first two bytes
 * choose them, the rest is the data file:
 *   byte 0: bit 0 the preset ("genesis" or none), bits 1-2 the encoding (UTF-8,
 *           Latin-1, Windows-1252), bit 3 the layout (wide or long), bits 4-5 the
 *           delimiter (, ; tab |), bit 6 the decimal comma, bit 7 a thousands separator;
 *   byte 1: bits 0-1 the header rows (0 = the default), bits 2-3 the lines skipped,
 *           bit 4 areas by name, bit 5 one year for the file (else a year column,
 *           the first), bit 6 one area for the file (else an area column, the first
 *           with one year, else the second), bit 7 the areas closed.
 * Only combinations the engine accepts from a declaration are made (engine_decl.c:
 * thousands differs from decimal, a long layout names its columns, an area column or
 * value). Built by scripts/fuzz, not by the normal build. */
#include <stdint.h>

#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    uint8_t o = data[0], p = data[1];
    if (!fuzz_write("data.csv", data + 2, size - 2))
        return 0;

    charta_var_spec wide[] = {
        {.name = "a", .column = "Wert", .aggregate = CHARTA_AGG_SUM, .line = 4},
        {.name = "b", .column = "2016/Pkw", .aggregate = CHARTA_AGG_NONE, .line = 5},
        {.name = "c", .column = "#3", .aggregate = CHARTA_AGG_MEAN, .weight = "a", .line = 6},
        {.name = "d",
         .column = "Insgesamt",
         .aggregate = CHARTA_AGG_NONE,
         .scale = 0.001,
         .line = 7},
    };
    charta_var_spec longv[] = {
        {.name = "a", .column = "Einwohner", .aggregate = CHARTA_AGG_SUM, .line = 4},
        {.name = "b", .column = "Fläche", .aggregate = CHARTA_AGG_NONE, .line = 5},
    };
    charta_source_spec spec = {
        .name = "src", .file = "data.csv", .decl_file = "city.lua", .decl_line = 3};
    if (o & 1) { /* the preset first, the keys below override it (engine_decl.c) */
        spec.preset = "genesis";
        spec.format = "genesis";
        spec.genesis = true;
        spec.delimiter = ';';
        spec.decimal = ',';
        spec.skip = -1;
        spec.header = -1;
    }
    static const charta_encoding encs[] = {CHARTA_ENC_UTF8, CHARTA_ENC_LATIN1, CHARTA_ENC_CP1252,
                                           CHARTA_ENC_UTF8};
    spec.encoding = encs[(o >> 1) & 3];
    if (o & 8) {
        spec.layout = CHARTA_LAYOUT_LONG;
        spec.variable = "merkmal";
        spec.value = "wert";
        spec.vars = longv;
        spec.n_vars = sizeof longv / sizeof longv[0];
    } else {
        spec.vars = wide;
        spec.n_vars = sizeof wide / sizeof wide[0];
    }
    char delim = ",;\t|"[(o >> 4) & 3];
    if (!(o & 1) || ((o >> 4) & 3) != 1)
        spec.delimiter = delim;
    if (o & 64)
        spec.decimal = ',';
    if (o & 128)
        spec.thousands = (spec.decimal ? spec.decimal : '.') == ',' ? '.' : '\'';
    if (p & 3)
        spec.header = p & 3;
    if ((p >> 2) & 3)
        spec.skip = (p >> 2) & 3;
    spec.area_by_name = (p & 16) != 0;
    if (p & 32)
        spec.year_value = 2020;
    else
        spec.year = spec.layout == CHARTA_LAYOUT_LONG ? "jahr" : "#1";
    if (p & 64)
        spec.area_value = "01";
    else
        spec.area = spec.layout == CHARTA_LAYOUT_LONG ? "gebiet" : (p & 32) ? "#1" : "#2";
    spec.area_name = spec.layout == CHARTA_LAYOUT_LONG ? NULL : "Name";
    static const char *const areas[] = {"01", "02", "03", "05315", "A", "B"};
    fuzz_load(&spec, areas, (p & 128) ? 6 : 0);
    return 0;
}
