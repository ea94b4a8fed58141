/* numfmt.h: numbers formatted for the report language, never by the locale.
 *
 * Owns (src/base/numfmt.c): nothing (pure functions on caller buffers).
 * Uses: nothing above libc and libm.
 * Charts, the PDF and any other human-readable output write numbers the way
 * the report language does ("1.234,5" in German, "1,234.5" in English)
 * while LC_NUMERIC stays "C" (DESIGN §7): the digits come from snprintf
 * "%.*f", which is then read back digit by digit and regrouped, so whatever
 * decimal point a C library locale would print is never copied. Machine
 * formats (CSV, xlsx cells, SDMX) keep charta_format_double (util.h).
 */
#ifndef CHARTA_NUMFMT_H
#define CHARTA_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>

/* What charta_numfmt_format writes; zero is the report's numbers. */
typedef enum charta_numfmt_mode {
    CHARTA_NUMFMT_FIXED = 0,   /* `decimals` places; |v| >= 1e15 scientific */
    CHARTA_NUMFMT_FIXED_FULL,  /* `decimals` places, never scientific */
    CHARTA_NUMFMT_SIGNIFICANT, /* about four significant digits ("%.4g"; "%.3g"
                                  below 0.001, exponent and all; whole from
                                  10000); `decimals` is ignored */
} charta_numfmt_mode;

/* Separators of one language; all strings are UTF-8 and static. (numparse.h's
 * charta_numparse_fmt is a source's input format.) */
typedef struct charta_numfmt {
    const char *decimal; /* "," or "." */
    const char *group;   /* thousands separator; "" for none */
    const char *minus;   /* "\u2212" (a true minus sign) from charta_numfmt_for */
    const char *plus;    /* before a value above zero; NULL for none */
    charta_numfmt_mode mode;
} charta_numfmt;

enum {
    CHARTA_NUMFMT_SIZE = 64, /* enough for any result of charta_numfmt_format */
    CHARTA_NUMFMT_MAX_DECIMALS = 12,
};

/* The style of lang: "de" (also "de-.." and "de_..") gives "," and "."; "fr" (the
 * same) "," and a narrow no-break space (U+202F); everything else, NULL included,
 * English "." and ","; the minus sign is U+2212 in all. The strings are static. */
charta_numfmt charta_numfmt_for(const char *lang);

/* v rounded to `decimals` places (clamped to 0..CHARTA_NUMFMT_MAX_DECIMALS)
 * with the style's separators, into out (cap bytes, at least
 * CHARTA_NUMFMT_SIZE recommended); f->mode may ask for other digits. The
 * integer part is grouped by threes from 1000 on (1.234 and 12.345,6 in
 * German). A value that rounds to zero is written without a sign, f->plus
 * included. |v| >= 1e15 is written in scientific notation with the decimal
 * separator ("1,5e+15"). A non-finite v gives "" (callers never pass one:
 * missing values have no text). Returns out; a too small buffer gives a
 * cut, still NUL-terminated text. */
char *charta_numfmt_format(const charta_numfmt *f, double v, int decimals, char *out, size_t cap);

/* Decimals needed to show every multiple of step exactly (0.25 -> 2,
 * 5 -> 0, 0.0005 -> 4), at most CHARTA_NUMFMT_MAX_DECIMALS. */
int charta_numfmt_step_decimals(double step);

/* Decimals for values of magnitude max_abs when an indicator declares none:
 * three significant digits for the largest value (6.45 -> 2, 12.3 -> 1,
 * 1234 -> 0, 0.0037 -> 5), at most 6; 0 for zero or a non-finite max_abs. */
int charta_numfmt_auto_decimals(double max_abs);

#endif
