/* libFuzzer target: the SDMX-ML reader (format = "sdmx", source_sdmx.c) and the
 * keyed core under it (source_keyed.c) on any bytes as a data message, and the
 * hardened XML reader (xmlread.h) driven by hand to the end of the same bytes
 * (RELIABILITY §3). Built by scripts/fuzz, not by the normal build. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charta/xmlread.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every event of the document with every accessor; an ERROR must be the last event
 * and say why. */
static void
walk_xml(const uint8_t *data, size_t size)
{
    charta_xml *x = charta_xml_open((const char *)data, size, "fuzz.xml");
    if (!x)
        return;
    int depth = 0;
    for (long guard = 0; guard < 10000000; guard++) {
        charta_xml_event ev = charta_xml_next(x);
        if (ev == CHARTA_XML_DONE)
            break;
        if (ev == CHARTA_XML_ERROR) {
            int line, col;
            const char *why = charta_xml_error(x, &line, &col);
            if (!why || !why[0] || charta_xml_next(x) != CHARTA_XML_ERROR)
                abort();
            break;
        }
        charta_xml_line(x);
        if (ev == CHARTA_XML_TEXT) {
            if (!charta_xml_text(x))
                abort();
            continue;
        }
        const char *name = charta_xml_name(x);
        if (!name)
            abort();
        depth = charta_xml_depth(x);
        if (depth < 0 || depth >= CHARTA_XML_MAX_DEPTH)
            abort();
        if (ev != CHARTA_XML_START)
            continue;
        charta_xml_attr(x, "id");
        charta_xml_attr(x, "value");
        const char *const *names, *const *values;
        size_t n = charta_xml_attrs(x, &names, &values);
        for (size_t i = 0; i < n; i++)
            if (!names[i] || !values[i])
                abort();
        /* one attribute asked for after the list is the list's first of that name */
        const char *id = charta_xml_attr(x, "id");
        size_t i = 0;
        while (i < n && strcmp(names[i], "id") != 0)
            i++;
        if ((i < n) != (id != NULL) || (id && strcmp(values[i], id) != 0))
            abort();
    }
    charta_xml_close(x);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    walk_xml(data, size);
    if (!fuzz_write("m.xml", data, size))
        return 0;

    /* the file's codes -> the project's, sorted by the file's code */
    char *from[] = {"826", "E92000001", "U2"};
    char *to[] = {"UK", "ENG", "EU"};
    charta_dim_filter series[] = {
        {.dim = "SERIES", .values = (char *[]){"EG_FEC_RNEW", "SI_POV_DAY1"}, .n_values = 2},
    };
    charta_dim_filter currency[] = {
        {.dim = "CURRENCY", .values = (char *[]){"CHF", "USD"}, .n_values = 2},
    };
    charta_var_spec vars[] = {
        {.name = "a", .aggregate = CHARTA_AGG_NONE, .line = 4, .filter = series, .n_filter = 1},
        {.name = "b",
         .aggregate = CHARTA_AGG_NONE,
         .line = 5,
         .period = CHARTA_PERIOD_MEAN,
         .complete = 0.5},
    };
    charta_source_spec spec = {.name = "src",
                               .file = "m.xml",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .format = "sdmx",
                               .vars = vars,
                               .n_vars = 2,
                               .area_code_from = from,
                               .area_code_to = to,
                               .n_area_codes = 3};
    /* the areas by REF_AREA through area_codes, open */
    fuzz_load(&spec, NULL, 0);

    /* one area for the whole file, closed areas, another dimension as the area's and a
     * series filter of the ECB's exchange rates; below the share a year is missing */
    vars[0].filter = currency;
    vars[1].period = CHARTA_PERIOD_SUM;
    vars[1].incomplete_missing = true;
    vars[1].scale = 100;
    spec.area_value = "DE";
    spec.area = "CURRENCY_DENOM";
    static const char *const areas[] = {"DE", "UK"};
    fuzz_load(&spec, areas, 2);
    return 0;
}
