/* libFuzzer target: the period parser of the keyed readers (charta_kd_period_parse,
 * source_period.c) on any NUL-terminated text, with the invariants its callers rely
 * on: a year from 1800 to 2200, 0 <= sub <= n_sub, sub 0 exactly for the whole year,
 * and *out untouched when the text is refused. Built by scripts/fuzz. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "source_keyed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0'; /* an inner NUL ends the text early, as in a C string */
    kd_period p = {.year = -7, .sub = -7, .n_sub = -7, .kind = NULL};
    if (charta_kd_period_parse(s, &p)) {
        if (p.year < 1800 || p.year > 2200 || p.sub < 0 || p.sub > p.n_sub ||
            (p.sub == 0) != (p.n_sub == 0) || !p.kind)
            abort();
        /* the fields the keyed core stores them in (kd_obs) hold them */
        if (p.n_sub > 366)
            abort();
        /* periods in a year: 12 months, 4 quarters, 2 halves, 52 weeks, 365/366 days */
        if (p.n_sub != 0 && p.n_sub != 2 && p.n_sub != 4 && p.n_sub != 12 && p.n_sub != 52 &&
            p.n_sub != 365 && p.n_sub != 366)
            abort();
        /* the first four characters are the year */
        if (size < 4 ||
            (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0') != p.year)
            abort();
    } else if (p.year != -7 || p.sub != -7 || p.n_sub != -7 || p.kind) {
        abort(); /* refused: *out untouched */
    }
    free(s);
    return 0;
}
