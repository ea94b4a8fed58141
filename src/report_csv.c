/* report_csv.c: data/indicators.csv, the long format of the result set
 * (report.h, DESIGN §5). */
#include "charta/report.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct csv_out {
    FILE *f;
    const char *path;
    charta_buf row;     /* one record, written with one fwrite */
    charta_buf scratch; /* UTF-8 repair */
    charta_diags *d;
    bool repaired;
} csv_out;

/* Append one text field: UTF-8 repaired, a leading = + - @ TAB or CR
 * defused with ' (RELIABILITY E7), RFC 4180 quotes when needed. */
static void
put_text(csv_out *c, const char *s)
{
    const char *t = charta_report_utf8(s, &c->scratch, &c->repaired);
    if (!t) {
        c->row.oom = true;
        return;
    }
    bool defuse = t[0] && strchr("=+-@\t\r", t[0]);
    bool quote = strpbrk(t, ",\"\r\n") != NULL;
    if (quote)
        charta_buf_puts(&c->row, "\"");
    if (defuse)
        charta_buf_puts(&c->row, "'");
    for (const char *p = t; *p; p++) {
        const char *q = quote ? strchr(p, '"') : NULL;
        if (!q) {
            charta_buf_puts(&c->row, p);
            break;
        }
        charta_buf_append(&c->row, p, (size_t)(q - p) + 1);
        charta_buf_puts(&c->row, "\"");
        p = q;
    }
    if (quote)
        charta_buf_puts(&c->row, "\"");
}

static charta_status
flush_row(csv_out *c)
{
    if (c->row.oom)
        return charta_diag_error(c->d, CHARTA_ERR_NOMEM, c->path, 0, 0, "out of memory");
    if (c->row.len && fwrite(c->row.data, 1, c->row.len, c->f) != c->row.len)
        return charta_diag_error(c->d, CHARTA_ERR_IO, c->path, 0, 0, "cannot write: %s",
                                 strerror(errno));
    c->row.len = 0;
    return CHARTA_OK;
}

/* fflush, fsync and fclose, each checked; the file is closed in any case. */
static charta_status
close_file(csv_out *c)
{
    const char *what = NULL;
    int err = 0;
    if (fflush(c->f) != 0)
        what = "cannot write", err = errno;
    /* EINVAL: the file does not support syncing (a pipe, a device) */
    else if (fsync(fileno(c->f)) != 0 && errno != EINVAL)
        what = "cannot sync", err = errno;
    if (fclose(c->f) != 0 && !what)
        what = "cannot close", err = errno;
    c->f = NULL;
    if (what)
        return charta_diag_error(c->d, CHARTA_ERR_IO, c->path, 0, 0, "%s: %s", what, strerror(err));
    return CHARTA_OK;
}

static charta_status
write_rows(csv_out *c, const charta_results *r, int first, int last)
{
    const charta_dataset *ds = charta_results_dataset(r);
    size_t na = charta_dataset_area_count(ds);
    charta_status st;
    charta_buf_puts(&c->row, "indicator,area,area_name,year,value,status\n");
    if ((st = flush_row(c)) != CHARTA_OK)
        return st;
    for (size_t i = 0; i < charta_results_count(r); i++) {
        const charta_result *res = charta_results_get(r, i);
        bool bad = false;
        for (size_t a = 0; a < na; a++) {
            const charta_area *area = charta_dataset_area(ds, a);
            for (int y = first; y <= last; y++) {
                double v;
                char s = charta_report_cell(r, res, a, y, &v, &bad);
                char num[32];
                put_text(c, res->indicator->id);
                charta_buf_puts(&c->row, ",");
                put_text(c, area->code);
                charta_buf_puts(&c->row, ",");
                put_text(c, area->name);
                charta_buf_printf(&c->row, ",%d,%s,%c\n", y,
                                  charta_status_is_missing(s) ? "" : charta_format_double(v, num),
                                  s);
                if ((st = flush_row(c)) != CHARTA_OK)
                    return st;
            }
        }
        if (bad)
            charta_diag_warning(c->d, c->path, 0, 0,
                                "indicator '%s': non-finite values written as missing",
                                res->indicator->id);
    }
    return CHARTA_OK;
}

charta_status
charta_report_csv_write(const charta_results *r, const charta_report_opts *o, const char *path,
                        charta_diags *d)
{
    int first, last;
    charta_status st = charta_report_window(r, o, &first, &last, d);
    if (st != CHARTA_OK)
        return st;
    csv_out c = {.path = path, .d = d};
    c.f = fopen(path, "wbe");
    if (!c.f)
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, path, 0, 0, "cannot create: %s",
                                 strerror(errno));
    st = write_rows(&c, r, first, last);
    charta_status cst = close_file(&c);
    if (st == CHARTA_OK)
        st = cst;
    if (c.repaired)
        charta_diag_warning(d, path, 0, 0, "invalid UTF-8 in names replaced by U+FFFD");
    charta_buf_free(&c.row);
    charta_buf_free(&c.scratch);
    if (st != CHARTA_OK) {
        struct stat sb;
        if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode))
            unlink(path); /* a partial file is never useful */
    }
    return st;
}
