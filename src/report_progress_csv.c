/* report_progress_csv.c: data/progress.csv (report_progress.h). */
#include "charta/report_progress.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/progress.h"

typedef struct out {
    FILE *f;
    const char *path;
    charta_buf row;
    charta_buf scratch;
    charta_diags *d;
    bool repaired;
} out;

/* A text field: UTF-8 repaired, a leading = + - @ TAB or CR defused with ',
 * RFC 4180 quotes when needed (as data/indicators.csv). */
static void
put_text(out *c, const char *s)
{
    const char *t = charta_report_utf8(s ? s : "", &c->scratch, &c->repaired);
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
        if (*p == '"' && quote)
            charta_buf_puts(&c->row, "\"");
        charta_buf_append(&c->row, p, 1);
    }
    if (quote)
        charta_buf_puts(&c->row, "\"");
}

static void
put_num(out *c, double x)
{
    char buf[32];
    charta_buf_puts(&c->row, ",");
    if (isfinite(x))
        charta_buf_puts(&c->row, charta_format_double(x, buf));
}

static void
put_year(out *c, int y)
{
    if (y)
        charta_buf_printf(&c->row, ",%d", y);
    else
        charta_buf_puts(&c->row, ",");
}

static charta_status
flush_row(out *c)
{
    if (c->row.oom)
        return charta_diag_error(c->d, CHARTA_ERR_NOMEM, c->path, 0, 0, "out of memory");
    if (c->row.len && fwrite(c->row.data, 1, c->row.len, c->f) != c->row.len)
        return charta_diag_error(c->d, CHARTA_ERR_IO, c->path, 0, 0, "cannot write: %s",
                                 strerror(errno));
    c->row.len = 0;
    return CHARTA_OK;
}

static void
put_row(out *c, const char *indicator, const char *area, const charta_assessment *a)
{
    put_text(c, indicator);
    charta_buf_puts(&c->row, ",");
    put_text(c, area);
    charta_buf_puts(&c->row, ",");
    put_text(c, a->method);
    charta_buf_puts(&c->row, ",");
    put_text(c, a->category);
    if (a->level == CHARTA_LEVEL_NONE)
        charta_buf_puts(&c->row, ",");
    else
        charta_buf_printf(&c->row, ",%d", a->level);
    put_year(c, a->base_year);
    put_num(c, a->base_value);
    put_year(c, a->latest_year);
    put_num(c, a->latest_value);
    put_year(c, a->target_year);
    put_num(c, a->target_value);
    put_num(c, a->cagr_actual);
    put_num(c, a->cagr_required);
    put_num(c, a->ratio);
    put_num(c, a->score);
    charta_buf_puts(&c->row, ",");
    put_text(c, a->reason);
    charta_buf_puts(&c->row, ",");
    put_text(c, a->term ? a->term : "");
    put_num(c, a->projected_value);
    put_num(c, a->change_per_year);
    charta_buf_puts(&c->row, ",");
    put_text(c, a->score_category ? a->score_category : "");
    charta_buf_puts(&c->row, "\n");
}

static charta_status
write_rows(out *c, const charta_results *r)
{
    const charta_dataset *ds = charta_results_dataset(r);
    size_t na = charta_dataset_area_count(ds);
    charta_buf_puts(&c->row, "indicator,area,method,category,level,base_year,base_value,"
                             "latest_year,latest_value,target_year,target_value,cagr_actual,"
                             "cagr_required,ratio,score,reason,term,projected_value,"
                             "change_per_year,score_category\n");
    charta_status st = flush_row(c);
    for (size_t i = 0; i < charta_results_count(r) && st == CHARTA_OK; i++) {
        const charta_result *res = charta_results_get(r, i);
        if (!res->assess)
            continue;
        for (size_t a = 0; a < na && st == CHARTA_OK; a++) {
            const charta_assessment *as = &res->assess[a];
            const char *code = charta_dataset_area(ds, a)->code;
            put_row(c, res->indicator->id, code, as);
            if (as->long_term)
                put_row(c, res->indicator->id, code, as->long_term);
            st = flush_row(c);
        }
    }
    return st;
}

charta_status
charta_report_progress_csv_write(const charta_results *r, const charta_report_opts *o,
                                 const char *path, charta_diags *d)
{
    (void)o; /* the assessment already used the report year */
    bool ran = !charta_results_count(r);
    for (size_t i = 0; i < charta_results_count(r) && !ran; i++)
        ran = charta_results_get(r, i)->assess != NULL;
    if (!ran)
        return charta_diag_error(d, CHARTA_ERR_INTERNAL, path, 0, 0,
                                 "the progress assessment has not run");
    out c = {.path = path, .d = d};
    c.f = fopen(path, "wbe");
    if (!c.f)
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, path, 0, 0, "cannot create: %s",
                                 strerror(errno));
    charta_status st = write_rows(&c, r);
    const char *what = NULL;
    int err = 0;
    if (fflush(c.f) != 0)
        what = "cannot write", err = errno;
    else if (fsync(fileno(c.f)) != 0 && errno != EINVAL)
        what = "cannot sync", err = errno;
    if (fclose(c.f) != 0 && !what)
        what = "cannot close", err = errno;
    if (what && st == CHARTA_OK)
        st = charta_diag_error(d, CHARTA_ERR_IO, path, 0, 0, "%s: %s", what, strerror(err));
    if (c.repaired)
        charta_diag_warning(d, path, 0, 0, "invalid UTF-8 in names replaced by U+FFFD");
    charta_buf_free(&c.row);
    charta_buf_free(&c.scratch);
    if (st != CHARTA_OK) {
        struct stat sb;
        if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode))
            unlink(path);
    }
    return st;
}
