/* report.c: what the renderers share (report.h): the window, cell access,
 * the run date and the sheet-name sanitiser. */
#include "charta/report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charta/textenc.h"

/* --- sheet names -------------------------------------------------------- */

/* Simple case folding for the scripts German and European city names use. */
static unsigned
fold_case(unsigned c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c < 0x80)
        return c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return c | 1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return (c & 1) ? c + 1 : c;
    if (c == 0x178)
        return 0xFF;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return c + 32;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

static bool
same_name(const char *a, const char *b)
{
    const char *p = a, *q = b;
    size_t na = strlen(a), nb = strlen(b);
    while (na && nb) {
        unsigned ca, cb;
        size_t la = charta_utf8_decode(p, na, &ca), lb = charta_utf8_decode(q, nb, &cb);
        if (!la)
            ca = 0x110000 + (unsigned char)*p, la = 1; /* invalid bytes compare as themselves */
        if (!lb)
            cb = 0x110000 + (unsigned char)*q, lb = 1;
        if (fold_case(ca) != fold_case(cb))
            return false;
        p += la, na -= la, q += lb, nb -= lb;
    }
    return na == 0 && nb == 0;
}

static bool
name_taken(const char *name, const char *const *taken, size_t n_taken)
{
    if (same_name(name, "History"))
        return true;
    for (size_t i = 0; i < n_taken; i++)
        if (taken[i] && same_name(name, taken[i]))
            return true;
    return false;
}

/* The cleaned stem: characters with their byte offsets, at most 31 units. */
typedef struct sheet_stem {
    char text[CHARTA_SHEET_NAME_SIZE];
    size_t off[CHARTA_SHEET_NAME_CHARS + 1]; /* byte offset of char i; off[n] = end */
    size_t units[CHARTA_SHEET_NAME_CHARS];   /* UTF-16 units of char i */
    size_t n;
} sheet_stem;

static void
clean_stem(const char *want, sheet_stem *st)
{
    const unsigned char *p = (const unsigned char *)want;
    size_t left = strlen(want), len = 0, total_units = 0;
    st->n = 0;
    while (left && st->n < CHARTA_SHEET_NAME_CHARS) {
        unsigned c = 0;
        size_t k = charta_utf8_decode((const char *)p, left, &c);
        /* what XML cannot hold (a noncharacter too) and what Excel forbids */
        bool bad = k == 0 || c < 0x20 || !charta_text_xml_char(c) ||
                   (c < 0x80 && strchr("[]:*?/\\", (int)c));
        size_t units = c >= 0x10000 ? 2 : 1;
        if (k == 0)
            k = 1;
        if (bad)
            units = 1;
        if (total_units + units > CHARTA_SHEET_NAME_CHARS)
            break;
        st->off[st->n] = len;
        st->units[st->n] = units;
        if (bad)
            st->text[len++] = '_';
        else {
            memcpy(st->text + len, p, k);
            len += k;
        }
        total_units += units;
        st->n++;
        p += k, left -= k;
    }
    st->off[st->n] = len;
    /* a shortened name ends at a word, without a dangling ", &" */
    if (left) {
        /* the first character left out is a space: the cut is at a word
         * already; else back to the last space taken */
        size_t cut = st->n;
        if (*p != ' ') {
            cut--;
            while (cut > 8 && st->text[st->off[cut]] != ' ')
                cut--;
        }
        if (cut > 8)
            st->n = cut;
    }
    while (left && st->n > 1 && strchr(" ,;&-", st->text[st->off[st->n - 1]]) &&
           st->off[st->n] - st->off[st->n - 1] == 1)
        st->n--;
    len = st->off[st->n];
    st->off[st->n] = len;
    st->text[len] = '\0';
    if (st->n && st->text[0] == '\'')
        st->text[0] = '_';
    if (st->n && st->text[len - 1] == '\'')
        st->text[len - 1] = '_';
}

bool
charta_sheet_name(const char *want, const char *const *taken, size_t n_taken,
                  char out[CHARTA_SHEET_NAME_SIZE])
{
    if (!want)
        want = "";
    sheet_stem st;
    clean_stem(want, &st);
    if (st.n == 0)
        clean_stem("Sheet", &st);
    if (!name_taken(st.text, taken, n_taken)) {
        memcpy(out, st.text, st.off[st.n] + 1);
        return strcmp(out, want) != 0;
    }
    for (unsigned k = 2;; k++) {
        char suffix[16];
        int sl = snprintf(suffix, sizeof suffix, "~%u", k);
        /* shorten the stem until stem + suffix fit in 31 units */
        size_t n = st.n, units = 0;
        for (size_t i = 0; i < n; i++)
            units += st.units[i];
        while (n && units + (size_t)sl > CHARTA_SHEET_NAME_CHARS)
            units -= st.units[--n];
        size_t blen = st.off[n];
        memcpy(out, st.text, blen);
        memcpy(out + blen, suffix, (size_t)sl + 1);
        if (!name_taken(out, taken, n_taken))
            return true;
    }
}

/* --- window, cells, dates ---------------------------------------------- */

charta_status
charta_report_window(const charta_results *r, const charta_report_opts *o, int *first, int *last,
                     charta_diags *d)
{
    const charta_dataset *ds = charta_results_dataset(r);
    int yf = charta_dataset_year_first(ds);
    int yc = (int)charta_dataset_year_count(ds);
    int f = o && o->year_first ? o->year_first : yf;
    int l = o && o->year_last ? o->year_last : yf + yc - 1;
    if (yc == 0) {
        if (!(o && o->year_first) && !(o && o->year_last)) {
            *first = 1, *last = 0; /* no years at all */
            return CHARTA_OK;
        }
        if (!(o && o->year_first))
            f = l;
        if (!(o && o->year_last))
            l = f;
    }
    if (f > l)
        return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                 "reporting window %d-%d: the first year is after the last", f, l);
    if (l - f >= 1000)
        return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                 "reporting window %d-%d is longer than 1000 years", f, l);
    *first = f, *last = l;
    return CHARTA_OK;
}

charta_status
charta_report_interrupted(const charta_report_opts *o, const char *path, charta_diags *d)
{
    if (!o || !o->interrupted || !*o->interrupted)
        return CHARTA_OK;
    return charta_diag_error(d, CHARTA_ERR_LIMIT, path, 0, 0,
                             "writing stopped: interrupted by a signal; the report was not "
                             "changed");
}

charta_status
charta_report_run_time(const char *run_date, time_t *out, charta_diags *d)
{
    if (!run_date) {
        time_t now = time(NULL);
        *out = now - now % 86400; /* today, 00:00 UTC */
        return CHARTA_OK;
    }
    int y, m, dd;
    if (charta_date_parse(run_date, 1980, &y, &m, &dd)) {
        struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = dd};
        time_t t = timegm(&tm);
        if (t != (time_t)-1) {
            *out = t;
            return CHARTA_OK;
        }
    }
    return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                             "run date '%s' is not a date YYYY-MM-DD from 1980 on", run_date);
}

char
charta_report_cell(const charta_results *r, const charta_result *res, size_t area, int year,
                   double *value, bool *bad)
{
    const charta_dataset *ds = charta_results_dataset(r);
    int yf = charta_dataset_year_first(ds);
    size_t yc = charta_dataset_year_count(ds);
    *value = NAN;
    if (year < yf || (size_t)(year - yf) >= yc || area >= charta_dataset_area_count(ds))
        return CHARTA_ST_MISSING;
    size_t i = area * yc + (size_t)(year - yf);
    char st = res->status[i];
    if (!charta_status_valid(st)) {
        if (bad)
            *bad = true;
        return CHARTA_ST_MISSING;
    }
    if (charta_status_is_missing(st))
        return st;
    if (!isfinite(res->values[i])) {
        if (bad)
            *bad = true;
        return CHARTA_ST_MISSING;
    }
    *value = res->values[i];
    return st;
}

bool
charta_report_latest(const charta_results *r, const charta_result *res, size_t area, int first,
                     int last, int *year, double *value, char *status)
{
    for (int y = last; y >= first; y--) {
        double v;
        char st = charta_report_cell(r, res, area, y, &v, NULL);
        if (!charta_status_is_missing(st)) {
            *year = y, *value = v, *status = st;
            return true;
        }
    }
    return false;
}
