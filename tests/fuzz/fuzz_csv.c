/* libFuzzer target: the CSV record reader and the number parser on any
 * bytes (RELIABILITY §3). Built by scripts/fuzz, not by the normal build. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charta/csvread.h"
#include "charta/numparse.h"
#include "charta/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    /* the first byte picks the delimiter and the number format */
    char delim = ",;\t|"[data[0] & 3];
    charta_numparse_fmt fmt = {.decimal = (data[0] & 4) ? ',' : '.',
                         .thousands = (data[0] & 8) ? ((data[0] & 4) ? '.' : ',') : 0};
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    charta_csvread *r = charta_csvread_new(text, len, 1, &(charta_csv_opts){.delimiter = delim});
    if (!r)
        return 0;
    const charta_csv_record *rec;
    charta_csv_error err;
    for (int guard = 0; guard < 100000; guard++) {
        charta_csv_result res = charta_csvread_next(r, &rec, &err);
        if (res == CHARTA_CSV_EOF)
            break;
        if (res != CHARTA_CSV_RECORD)
            continue;
        for (size_t i = 0; i < rec->n; i++) {
            double v;
            char why[128];
            charta_num_parse(rec->fields[i], rec->lens[i], &fmt, &v, why, sizeof why);
        }
    }
    charta_csvread_free(r);
    return 0;
}
