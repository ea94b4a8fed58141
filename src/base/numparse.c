#include "charta/numparse.h"

#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/util.h"

static const char *const num_messages[] = {
    [CHARTA_NUM_OK] = "ok",
    [CHARTA_NUM_EMPTY] = "empty",
    [CHARTA_NUM_SYNTAX] = "not a number",
    [CHARTA_NUM_NO_DIGITS] = "no digits",
    [CHARTA_NUM_DECIMAL_TWICE] = "more than one decimal separator",
    [CHARTA_NUM_WRONG_DECIMAL] = "wrong decimal separator",
    [CHARTA_NUM_GROUPING] = "misplaced thousands separator",
    [CHARTA_NUM_NOT_FINITE] = "not a finite number",
    [CHARTA_NUM_HEX] = "hexadecimal numbers are not accepted",
    [CHARTA_NUM_RANGE] = "out of range",
    [CHARTA_NUM_TOO_LONG] = "too long for a number",
};
_Static_assert(sizeof num_messages / sizeof num_messages[0] == CHARTA_NUM_TOO_LONG + 1,
               "num_messages must cover charta_num_err");

const char *
charta_num_strerror(charta_num_err e)
{
    if ((unsigned)e > CHARTA_NUM_TOO_LONG)
        return "unknown number error";
    return num_messages[e];
}

static bool
is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool
prefix_ci(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

static charta_num_err fail(charta_num_err e, char *why, size_t why_size, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static charta_num_err
fail(charta_num_err e, char *why, size_t why_size, const char *fmt, ...)
{
    if (why && why_size) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(why, why_size, charta_tr(fmt), ap); /* a msgid: i18n.h */
        va_end(ap);
    }
    return e;
}

/* The character that stopped the scan: a wrong separator, or plain junk. */
static charta_num_err
unexpected(const char *s, size_t n, size_t i, char dec, char th, char *why, size_t why_size)
{
    char c = s[i];
    if (c == dec)
        return fail(CHARTA_NUM_DECIMAL_TWICE, why, why_size, "more than one decimal separator '%c'",
                    dec);
    if (th && c == th)
        return fail(CHARTA_NUM_GROUPING, why, why_size,
                    "thousands separator '%c' after the decimal separator", th);
    if (c == ',' || c == '.' || c == '\'') {
        if (th)
            return fail(CHARTA_NUM_WRONG_DECIMAL, why, why_size,
                        "'%c' is neither the decimal separator ('%c') nor the thousands "
                        "separator ('%c') of this source",
                        c, dec, th);
        return fail(CHARTA_NUM_WRONG_DECIMAL, why, why_size,
                    "'%c' is not the decimal separator of this source (decimal '%c', no "
                    "thousands separator)",
                    c, dec);
    }
    if (c == ' ' || c == '\t')
        return fail(CHARTA_NUM_SYNTAX, why, why_size, "space inside the number");
    unsigned cp;
    size_t k = charta_utf8_decode(s + i, n - i, &cp);
    if (!k)
        k = 1; /* a stray byte */
    return fail(CHARTA_NUM_SYNTAX, why, why_size, "unexpected '%.*s' at character %zu", (int)k,
                s + i, i + 1);
}

charta_num_err
charta_num_parse(const char *s, size_t n, const charta_numparse_fmt *fmt, double *out, char *why,
                 size_t why_size)
{
    char dec = fmt && fmt->decimal ? fmt->decimal : '.';
    char th = fmt ? fmt->thousands : 0;
    if (th == dec)
        th = 0;

    while (n && is_blank(s[0]))
        s++, n--;
    while (n && is_blank(s[n - 1]))
        n--;
    if (n == 0)
        return fail(CHARTA_NUM_EMPTY, why, why_size, "empty");
    if (n > CHARTA_NUM_MAX_LEN)
        return fail(CHARTA_NUM_TOO_LONG, why, why_size, "longer than %d characters",
                    CHARTA_NUM_MAX_LEN);

    char buf[CHARTA_NUM_MAX_LEN + 8];
    size_t k = 0, i = 0;
    if (s[0] == '+' || s[0] == '-') {
        if (s[0] == '-')
            buf[k++] = '-';
        i = 1;
    } else if (n >= 3 && memcmp(s, "\xE2\x88\x92", 3) == 0) { /* U+2212 MINUS SIGN */
        buf[k++] = '-';
        i = 3;
    }
    if (prefix_ci(s + i, n - i, "inf") || prefix_ci(s + i, n - i, "nan"))
        return fail(CHARTA_NUM_NOT_FINITE, why, why_size, "not a finite number");
    if (prefix_ci(s + i, n - i, "0x"))
        return fail(CHARTA_NUM_HEX, why, why_size, "hexadecimal numbers are not accepted");

    /* Integer part, with thousands groups checked as we go. */
    size_t int_digits = 0, first_group = 0, group = 0;
    bool grouped = false;
    while (i < n) {
        char c = s[i];
        if (is_digit(c)) {
            buf[k++] = c;
            int_digits++;
            if (grouped)
                group++;
            else
                first_group++;
        } else if (th && c == th) {
            if (int_digits == 0)
                return fail(CHARTA_NUM_GROUPING, why, why_size,
                            "thousands separator '%c' before any digit", th);
            if (!grouped && first_group > 3)
                return fail(CHARTA_NUM_GROUPING, why, why_size,
                            "thousands separator '%c' after more than three digits", th);
            if (grouped && group != 3)
                return fail(CHARTA_NUM_GROUPING, why, why_size,
                            "thousands separator '%c' must separate groups of three digits", th);
            grouped = true;
            group = 0;
        } else {
            break;
        }
        i++;
    }
    if (grouped && group != 3)
        return fail(CHARTA_NUM_GROUPING, why, why_size,
                    "thousands separator '%c' must be followed by three digits", th);

    size_t frac_digits = 0;
    if (i < n && s[i] == dec) {
        buf[k++] = '.';
        i++;
        while (i < n && is_digit(s[i])) {
            buf[k++] = s[i++];
            frac_digits++;
        }
    }
    if (int_digits + frac_digits == 0) {
        if (i < n)
            return unexpected(s, n, i, dec, th, why, why_size);
        return fail(CHARTA_NUM_NO_DIGITS, why, why_size, "no digits");
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1, exp_digits = 0;
        buf[k++] = 'e';
        if (j < n && (s[j] == '+' || s[j] == '-'))
            buf[k++] = s[j++];
        while (j < n && is_digit(s[j])) {
            buf[k++] = s[j++];
            exp_digits++;
        }
        if (exp_digits == 0)
            return fail(CHARTA_NUM_SYNTAX, why, why_size, "exponent without digits");
        i = j;
    }
    if (i < n)
        return unexpected(s, n, i, dec, th, why, why_size);
    buf[k] = '\0';

    /* buf is now in C form; LC_NUMERIC is "C" for the whole program. */
    errno = 0;
    char *end = NULL;
    double v = strtod(buf, &end);
    if (end != buf + k)
        return fail(CHARTA_NUM_SYNTAX, why, why_size, "not a number");
    if (errno == ERANGE && isinf(v))
        return fail(CHARTA_NUM_RANGE, why, why_size, "out of the range of a double");
    /* Underflow is treated like overflow: a written value that no double
     * can hold is refused, never silently changed. strtod gives 0 with
     * ERANGE only when digits that are not all zero round to zero ("1e-400";
     * "0e-400" is an exact 0 without ERANGE). A number from a statistics
     * file that small is a misread field far more often than a
     * measurement, and turning it into 0 would change a ratio's
     * denominator into a division by zero without a word. Subnormal values
     * (down to 4.9e-324) are doubles, with fewer digits, and are kept. */
    if (errno == ERANGE && v == 0)
        return fail(CHARTA_NUM_RANGE, why, why_size,
                    "too close to zero for a double (the smallest is 4.9e-324); write 0 if zero "
                    "is meant");
    if (!isfinite(v))
        return fail(CHARTA_NUM_NOT_FINITE, why, why_size, "not a finite number");
    *out = v;
    return CHARTA_NUM_OK;
}
