/* numparse.h: a locale-free parser for numbers as data files write them.
 *
 * Owns (src/base/numparse.c): nothing; no allocation.
 * Uses: libc only (strtod on a normalised C-form copy; the
 * program never changes LC_NUMERIC from "C", DESIGN §7).
 * The parser knows one decimal character and at most one thousands
 * character per source ("1.234,5" with decimal ',' thousands '.' is 1234.5).
 * It accepts a leading '+', '-' or U+2212 minus, surrounding spaces and tabs,
 * and an exponent ("1.5e3"); it rejects everything else: the other decimal
 * character, misplaced group separators, "inf", "nan", hex, trailing text,
 * and numbers no double holds: above 1.8e308 in magnitude, or non-zero and
 * below 4.9e-324 (strtod would give 0; subnormals are kept).
 * Missing-value signs ("." "x" "-" ...) are not numbers here; the importer
 * maps them to statuses before it calls the parser.
 */
#ifndef CHARTA_NUMPARSE_H
#define CHARTA_NUMPARSE_H

#include <stddef.h>

/* The number format of a source; zero means default. (numfmt.h's charta_numfmt
 * is the report's output style.) */
typedef struct charta_numparse_fmt {
    char decimal;   /* 0 = '.' */
    char thousands; /* 0 = none; ignored when equal to the decimal character */
} charta_numparse_fmt;

typedef enum charta_num_err {
    CHARTA_NUM_OK = 0,
    CHARTA_NUM_EMPTY,         /* nothing but spaces */
    CHARTA_NUM_SYNTAX,        /* a character that cannot be part of a number */
    CHARTA_NUM_NO_DIGITS,     /* a sign or separator without digits */
    CHARTA_NUM_DECIMAL_TWICE, /* "12,3,4" in a decimal-comma source */
    CHARTA_NUM_WRONG_DECIMAL, /* "1,5" in a decimal-point source (no thousands ',') */
    CHARTA_NUM_GROUPING,      /* thousands separators not in groups of three */
    CHARTA_NUM_NOT_FINITE,    /* "inf", "nan" */
    CHARTA_NUM_HEX,           /* "0x1A" */
    CHARTA_NUM_RANGE,         /* beyond the range of a double: too large ("1e309") or,
                                 not zero, too close to zero ("1e-400") */
    CHARTA_NUM_TOO_LONG,      /* longer than CHARTA_NUM_MAX_LEN */
} charta_num_err;

enum { CHARTA_NUM_MAX_LEN = 256 };

/* Parse s[0..n) (not necessarily NUL-terminated) as a number in format fmt
 * (NULL = defaults). On success stores the value in *out and returns
 * CHARTA_NUM_OK. On failure *out is untouched and, when why is not NULL,
 * why gets an English explanation ("more than one decimal separator ','"),
 * truncated to why_size. */
charta_num_err charta_num_parse(const char *s, size_t n, const charta_numparse_fmt *fmt, double *out,
                                char *why, size_t why_size);

/* A short English description of an error kind ("unknown number error" out of range);
 * a static string, never NULL. */
const char *charta_num_strerror(charta_num_err e);

#endif
