/* numfmt.c: locale-free number formatting for the report language (numfmt.h). */
#include "charta/numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

charta_numfmt
charta_numfmt_for(const char *lang)
{
    /* a true minus sign (U+2212) in every language: a hyphen is not a minus in print */
    charta_numfmt f = {.decimal = ".", .group = ",", .minus = "\xE2\x88\x92"};
    if (lang && lang[0] && lang[1] && (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_')) {
        if (strncmp(lang, "de", 2) == 0)
            f.decimal = ",", f.group = ".";
        else if (strncmp(lang, "fr", 2) == 0)
            f.decimal = ",", f.group = "\xE2\x80\xAF"; /* U+202F narrow no-break space */
    }
    return f;
}

/* Append s to out[*len], never past cap - 1. */
static void
put(char *out, size_t cap, size_t *len, const char *s, size_t n)
{
    if (*len + 1 >= cap)
        return;
    if (n > cap - 1 - *len)
        n = cap - 1 - *len;
    memcpy(out + *len, s, n);
    *len += n;
    out[*len] = '\0';
}

char *
charta_numfmt_format(const charta_numfmt *f, double v, int decimals, char *out, size_t cap)
{
    if (!cap)
        return out;
    out[0] = '\0';
    if (!isfinite(v))
        return out;
    if (decimals < 0)
        decimals = 0;
    if (decimals > CHARTA_NUMFMT_MAX_DECIMALS)
        decimals = CHARTA_NUMFMT_MAX_DECIMALS;
    /* The digits of |v|. 40 bytes: longer ones (|v| >= 1e39 in the modes
     * without an exponent) are cut there, as the progress texts had them. */
    char raw[40];
    double a = fabs(v);
    if (f->mode == CHARTA_NUMFMT_SIGNIFICANT) {
        const char *form = a >= 10000 ? "%.0f" : (a >= 0.001 || a == 0) ? "%.4g" : "%.3g";
        snprintf(raw, sizeof raw, form, a);
    } else if (f->mode == CHARTA_NUMFMT_FIXED && a >= 1e15)
        snprintf(raw, sizeof raw, "%.*e", decimals > 3 ? 3 : decimals, a);
    else
        snprintf(raw, sizeof raw, "%.*f", decimals, a);
    /* Read the digits back: integer digits, whatever the C library printed
     * as its decimal point (one or more non-digit bytes), fraction digits,
     * and for the scientific form the exponent. */
    const char *p = raw;
    const char *int_start = p;
    while (*p >= '0' && *p <= '9')
        p++;
    size_t int_len = (size_t)(p - int_start);
    const char *point = p;
    while (*p && !(*p >= '0' && *p <= '9') && *p != 'e')
        p++;
    bool has_point = p > point;
    const char *frac_start = p;
    while (*p >= '0' && *p <= '9')
        p++;
    size_t frac_len = (size_t)(p - frac_start);
    const char *exp = *p == 'e' ? p : "";
    bool zero = true;
    for (size_t i = 0; i < int_len; i++)
        zero = zero && int_start[i] == '0';
    for (size_t i = 0; i < frac_len; i++)
        zero = zero && frac_start[i] == '0';
    size_t len = 0;
    if (v < 0 && !zero)
        put(out, cap, &len, f->minus, strlen(f->minus));
    else if (v > 0 && !zero && f->plus)
        put(out, cap, &len, f->plus, strlen(f->plus));
    size_t glen = strlen(f->group);
    for (size_t i = 0; i < int_len; i++) {
        put(out, cap, &len, int_start + i, 1);
        size_t left = int_len - i - 1;
        if (!exp[0] && glen && left && left % 3 == 0 && int_len >= 4)
            put(out, cap, &len, f->group, glen);
    }
    if (has_point)
        put(out, cap, &len, f->decimal, strlen(f->decimal));
    put(out, cap, &len, frac_start, frac_len);
    put(out, cap, &len, exp, strlen(exp));
    return out;
}

int
charta_numfmt_step_decimals(double step)
{
    step = fabs(step);
    if (!isfinite(step) || step == 0)
        return 0;
    for (int d = 0; d < CHARTA_NUMFMT_MAX_DECIMALS; d++) {
        double scaled = step * pow(10, d);
        if (fabs(scaled - round(scaled)) <= 1e-6 * scaled)
            return d;
    }
    return CHARTA_NUMFMT_MAX_DECIMALS;
}

int
charta_numfmt_auto_decimals(double max_abs)
{
    max_abs = fabs(max_abs);
    if (!isfinite(max_abs) || max_abs == 0)
        return 0;
    int d = 2 - (int)floor(log10(max_abs));
    return d < 0 ? 0 : d > 6 ? 6 : d;
}
