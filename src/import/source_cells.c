/* source_cells.c: one cell of a data file -> value and status; periods.
 *
 * The signs of GENESIS tables (the legend every GENESIS export refers to)
 * and how charta maps them onto SDMX OBS_STATUS (DESIGN §3). Missing is
 * never zero: a sign without a number gives status M and no value.
 *
 *   cell            GENESIS meaning                               status  value
 *   --------------  --------------------------------------------  ------  -----
 *   (empty)         no entry                                      M       -
 *   .               Zahlenwert unbekannt oder geheim zu halten    M       -
 *   ... or U+2026   Angabe fällt später an (not yet available)    M       -
 *   x  (or X)       Tabellenfach gesperrt, Aussage nicht sinnvoll M       -
 *   /               keine Angabe, Zahlenwert nicht sicher genug   M       -
 *   -  or U+2013    nichts vorhanden (nothing: exactly zero)      A       0
 *                   ... unless every cell of the area in the period
 *                   is "-": the area did not report (below)       M       -
 *   (12)            Aussagewert eingeschränkt (low reliability)   U       12
 *   123p, 123 p     vorläufige Zahl (provisional)                 P       123
 *   123r, 123 r     berichtigte Zahl (revised: a normal value)    A       123
 *   123s, 123 s     geschätzte Zahl (estimated)                   E       123
 *   0               weniger als die Hälfte von 1 in der letzten   A       0
 *                   besetzten Stelle: a number like any other
 *   a `missing` sign of the source (checked first)                M       -
 *
 * `/` would fit U (low reliability), but a U cell must carry a value and
 * GENESIS gives none, so it is M. Without the GENESIS preset only the empty
 * cell and the source's `missing` and `signs` signs are signs; everything
 * else must be a number.
 *
 * "-" means "nothing" among reported values, but Regionalstatistik writes a
 * row (or a date's column group) that is "-" in every column for an area
 * that did not report in that period: it did not exist yet, or no longer,
 * after a reform. The reader (source_csv.c) looks at the whole row or group
 * and makes such cells missing with a note; here a "-" reads as zero. A
 * source's `signs` override these meanings per sign: "zero" (always zero,
 * the rule off), "missing", "confidential" (C) or "zero-or-not-reported"
 * (the rule).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charta/dataset.h"
#include "source_internal.h"

const char *
charta_src_trim(const char *s, size_t *n)
{
    size_t k = *n;
    while (k && (*s == ' ' || *s == '\t')) {
        s++;
        k--;
    }
    while (k && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\r'))
        k--;
    *n = k;
    return s;
}

static bool
eq(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* The meaning of the sign s (trimmed, not empty): true with *m set when s is
 * a sign. The source's `missing` signs come first, then its `signs`, then
 * the GENESIS preset's. */
static bool
sign_of(const src_cellfmt *f, const char *s, size_t n, charta_sign_meaning *m)
{
    for (size_t i = 0; i < f->n_missing; i++) {
        if (f->missing[i] && eq(s, n, f->missing[i])) {
            *m = CHARTA_SIGN_MISSING;
            return true;
        }
    }
    for (size_t i = 0; i < f->n_signs; i++) {
        if (eq(s, n, f->signs[i].sign)) {
            *m = f->signs[i].meaning;
            return true;
        }
    }
    if (!f->genesis)
        return false;
    if (eq(s, n, ".") || eq(s, n, "...") || eq(s, n, "\xE2\x80\xA6") || eq(s, n, "x") ||
        eq(s, n, "X") || eq(s, n, "/")) {
        *m = CHARTA_SIGN_MISSING;
        return true;
    }
    if (eq(s, n, "-") || eq(s, n, "\xE2\x80\x93")) {
        *m = CHARTA_SIGN_ZERO_OR_NOT_REPORTED;
        return true;
    }
    return false;
}

bool
charta_src_cell_not_reported_sign(const src_cellfmt *f, const char *s, size_t n)
{
    charta_sign_meaning m;
    s = charta_src_trim(s, &n);
    return n && sign_of(f, s, n, &m) && m == CHARTA_SIGN_ZERO_OR_NOT_REPORTED;
}

bool
charta_src_cell_rule_applies(const src_cellfmt *f)
{
    for (size_t i = 0; i < f->n_signs; i++)
        if (f->signs[i].meaning == CHARTA_SIGN_ZERO_OR_NOT_REPORTED)
            return true;
    if (!f->genesis)
        return false;
    static const char *const dashes[] = {"-", "\xE2\x80\x93"};
    for (size_t d = 0; d < 2; d++)
        if (charta_src_cell_not_reported_sign(f, dashes[d], strlen(dashes[d])))
            return true;
    return false;
}

bool
charta_src_cell_read(const src_cellfmt *f, const char *s, size_t n, double *value, char *status, char *why,
              size_t why_size)
{
    s = charta_src_trim(s, &n);
    if (n == 0) {
        *status = CHARTA_ST_MISSING;
        *value = NAN;
        return true;
    }
    charta_sign_meaning m;
    if (sign_of(f, s, n, &m)) {
        bool zero = m == CHARTA_SIGN_ZERO || m == CHARTA_SIGN_ZERO_OR_NOT_REPORTED;
        *status = zero ? CHARTA_ST_NORMAL
                  : m == CHARTA_SIGN_CONFIDENTIAL ? CHARTA_ST_CONFIDENTIAL
                                                  : CHARTA_ST_MISSING;
        *value = zero ? 0 : NAN;
        return true;
    }
    char st = CHARTA_ST_NORMAL;
    if (f->genesis) {
        if (n >= 3 && s[0] == '(' && s[n - 1] == ')') {
            s++;
            n -= 2;
            st = CHARTA_ST_LOWREL;
        } else if (n >= 2 && (s[n - 1] == 'p' || s[n - 1] == 'r' || s[n - 1] == 's')) {
            char flag = s[n - 1];
            size_t k = n - 1;
            while (k && s[k - 1] == ' ')
                k--;
            if (k && s[k - 1] >= '0' && s[k - 1] <= '9') {
                n = k;
                st = flag == 'p'   ? CHARTA_ST_PROVISIONAL
                     : flag == 's' ? CHARTA_ST_ESTIMATED
                                   : CHARTA_ST_NORMAL;
            }
        }
    }
    double v;
    if (charta_num_parse(s, n, &f->num, &v, why, why_size) != CHARTA_NUM_OK)
        return false;
    *value = v;
    *status = st;
    return true;
}

static bool
digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static int
to_int(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int
check_year(int y)
{
    return y >= 1800 && y <= 2200 ? y : 0;
}

int
charta_src_parse_year(const char *s, size_t n)
{
    s = charta_src_trim(s, &n);
    if (n == 4 && digits(s, 4))
        return check_year(to_int(s, 4));
    if (n == 10 && s[2] == '.' && s[5] == '.' && digits(s, 2) && digits(s + 3, 2) &&
        digits(s + 6, 4)) {
        int d = to_int(s, 2), m = to_int(s + 3, 2);
        if (d < 1 || d > 31 || m < 1 || m > 12)
            return 0;
        return check_year(to_int(s + 6, 4));
    }
    if (n == 10 && s[4] == '-' && s[7] == '-' && digits(s, 4) && digits(s + 5, 2) &&
        digits(s + 8, 2)) {
        int m = to_int(s + 5, 2), d = to_int(s + 8, 2);
        if (d < 1 || d > 31 || m < 1 || m > 12)
            return 0;
        return check_year(to_int(s, 4));
    }
    return 0;
}

bool
charta_src_parse_as_of(const char *s, size_t n, char out[16])
{
    s = charta_src_trim(s, &n);
    if (n < 16 || memcmp(s, "Stand:", 6) != 0)
        return false;
    s += 6;
    n -= 6;
    s = charta_src_trim(s, &n);
    if (n < 10 || !charta_src_parse_year(s, 10) || s[2] != '.')
        return false;
    snprintf(out, 16, "%.4s-%.2s-%.2s", s + 6, s + 3, s);
    return true;
}
