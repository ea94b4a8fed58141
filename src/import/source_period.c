/* source_period.c: the periods of keyed data (source_keyed.h): a year, a split year,
 * a half-year, quarter, month, week, day or reading, as SDMX TIME_PERIOD and ISO 8601
 * write them, with its place in the year. Apart from the rest of the keyed core
 * because it is pure text parsing, fuzzed on its own (tests/fuzz/fuzz_period.c). */
#include <ctype.h>
#include <string.h>

#include "source_keyed.h"

static bool
digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

static int
num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static bool
leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
day_of_year(int y, int m, int d)
{
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return before[m - 1] + d + (m > 2 && leap(y));
}

static bool
valid_date(int y, int m, int d)
{
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m >= 1 && m <= 12 && d >= 1 && d <= len[m - 1] + (m == 2 && leap(y));
}

/* A time of day with an optional zone after a date: "10:10", "10:10:00", "...Z",
 * "...+01:00", "...-0500"; fractions of a second allowed. */
static bool
valid_time(const char *s)
{
    if (!(digits(s, 2) && s[2] == ':' && digits(s + 3, 2)))
        return false;
    if (num(s, 2) > 24 || num(s + 3, 2) > 59)
        return false;
    s += 5;
    if (*s == ':') {
        if (!digits(s + 1, 2) || num(s + 1, 2) > 60)
            return false;
        s += 3;
        if (*s == '.') {
            s++;
            if (!isdigit((unsigned char)*s))
                return false;
            while (isdigit((unsigned char)*s))
                s++;
        }
    }
    if (*s == 'Z')
        return s[1] == '\0';
    if (*s == '+' || *s == '-') {
        s++;
        if (!digits(s, 2))
            return false;
        s += 2;
        if (*s == ':')
            s++;
        return *s == '\0' || (digits(s, 2) && s[2] == '\0');
    }
    return *s == '\0';
}

bool
charta_kd_period_parse(const char *s, kd_period *out)
{
    size_t n = strlen(s);
    if (n < 4 || !digits(s, 4))
        return false;
    kd_period p = {.year = num(s, 4), .kind = "year"};
    if (p.year < 1800 || p.year > 2200)
        return false;
    const char *r = s + 4;
    size_t rn = n - 4;
    if (rn == 0 || (rn == 3 && strcmp(r, "-A1") == 0)) {
        *out = p;
        return true;
    }
    /* a split year (a financial or school year, "2019/20" or "2019/2020") counts for the
     * year it starts in */
    if (r[0] == '/' && ((rn == 3 && digits(r + 1, 2) && num(r + 1, 2) == (p.year + 1) % 100) ||
                        (rn == 5 && digits(r + 1, 4) && num(r + 1, 4) == p.year + 1))) {
        *out = p;
        return true;
    }
    if (rn == 2 && r[0] == 'Q' && r[1] >= '1' && r[1] <= '4') /* 2020Q3 */
        r = s + 3, rn = 3;                                      /* read as "-Q3" below */
    if (r[0] != '-' && !(r == s + 3))
        return false;
    char c = r[1];
    if (rn == 3 && (c == 'Q' || c == 'S' || c == 'H') && isdigit((unsigned char)r[2])) {
        p.sub = r[2] - '0';
        p.n_sub = c == 'Q' ? 4 : 2;
        p.kind = c == 'Q' ? "quarter" : "half-year";
        if (p.sub < 1 || p.sub > p.n_sub)
            return false;
    } else if ((rn == 4 && c == 'M' && digits(r + 2, 2)) || (rn == 3 && digits(r + 1, 2))) {
        p.sub = num(r + rn - 2, 2);
        p.n_sub = 12;
        p.kind = "month";
        if (p.sub < 1 || p.sub > 12)
            return false;
    } else if (rn == 4 && c == 'W' && digits(r + 2, 2)) {
        p.sub = num(r + 2, 2);
        p.n_sub = 52;
        p.kind = "week";
        if (p.sub < 1 || p.sub > 53)
            return false;
        if (p.sub == 53)
            p.sub = 52; /* a 53rd week counts with the 52nd */
    } else if (rn == 5 && c == 'D' && digits(r + 2, 3)) {
        p.sub = num(r + 2, 3);
        p.n_sub = leap(p.year) ? 366 : 365;
        p.kind = "day";
        if (p.sub < 1 || p.sub > p.n_sub)
            return false;
    } else if (rn >= 6 && digits(r + 1, 2) && r[3] == '-' && digits(r + 4, 2) &&
               (rn == 6 || (r[6] == 'T' && valid_time(r + 7)))) {
        int m = num(r + 1, 2), d = num(r + 4, 2);
        if (!valid_date(p.year, m, d))
            return false;
        p.sub = day_of_year(p.year, m, d);
        p.n_sub = leap(p.year) ? 366 : 365;
        p.kind = "day";
    } else {
        return false;
    }
    *out = p;
    return true;
}

