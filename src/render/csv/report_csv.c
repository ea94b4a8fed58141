/* report_csv.c: data/indicators.csv, the long format of the result set
 * (report.h, DESIGN §5). */
#include "charta/csvout.h"

#include <stdio.h>
#include <string.h>

#include "report_csvout.h"

/* The dimensions of the indicators' breakdowns, in the order they first appear: the
 * file's last columns (none when no indicator has a breakdown). */
typedef struct dims {
    const char *name[64];
    size_t n;
} dims;

static void
collect_dims(const charta_results *r, dims *d)
{
    d->n = 0;
    for (size_t i = 0; i < charta_results_count(r); i++) {
        const charta_indicator *ind = charta_results_get(r, i)->indicator;
        for (size_t k = 0; k < ind->n_breakdown; k++) {
            bool seen = false;
            for (size_t j = 0; j < d->n && !seen; j++)
                seen = strcmp(d->name[j], ind->breakdown[k]) == 0;
            if (!seen && d->n < sizeof d->name / sizeof d->name[0])
                d->name[d->n++] = ind->breakdown[k];
        }
    }
}

/* The rows of one result (a total, or a part with its dimension values). */
static charta_status
write_result(charta_csvout *c, const charta_results *r, const charta_result *res,
             const charta_result_part *pt, const dims *d, int first, int last, bool *bad)
{
    const charta_dataset *ds = charta_results_dataset(r);
    size_t na = charta_dataset_area_count(ds);
    charta_result view = *res;
    if (pt) {
        view.values = pt->values;
        view.status = pt->status;
    }
    const charta_indicator *ind = res->indicator;
    charta_status st = CHARTA_OK;
    charta_buf prefix = {0}; /* "indicator,area,area_name," of the area, quoted once */
    for (size_t a = 0; a < na && st == CHARTA_OK; a++) {
        const charta_area *area = charta_dataset_area(ds, a);
        size_t start = c->row.len;
        charta_csvout_text(c, ind->id);
        charta_buf_puts(&c->row, ",");
        charta_csvout_text(c, area->code);
        charta_buf_puts(&c->row, ",");
        charta_csvout_text(c, area->name);
        charta_buf_puts(&c->row, ",");
        prefix.len = 0;
        if (!c->row.oom)
            charta_buf_append(&prefix, c->row.data + start, c->row.len - start);
        c->row.len = start;
        c->row.oom = c->row.oom || prefix.oom;
        for (int y = first; y <= last; y++) {
            double v;
            char s = charta_report_cell(r, &view, a, y, &v, bad);
            char num[48];
            charta_buf_append(&c->row, prefix.data ? prefix.data : "", prefix.len);
            /* year,value,status (a year of four digits without printf) */
            int n = 0;
            if (y >= 1000 && y <= 9999) {
                num[n++] = (char)('0' + y / 1000);
                num[n++] = (char)('0' + y / 100 % 10);
                num[n++] = (char)('0' + y / 10 % 10);
                num[n++] = (char)('0' + y % 10);
            } else {
                n = snprintf(num, 16, "%d", y);
            }
            num[n++] = ',';
            if (!charta_status_is_missing(s)) {
                charta_format_double(v, num + n);
                n += (int)strlen(num + n);
            }
            num[n++] = ',';
            num[n++] = s;
            charta_buf_append(&c->row, num, (size_t)n);
            for (size_t j = 0; j < d->n; j++) {
                const char *val = "";
                for (size_t k = 0; pt && k < ind->n_breakdown; k++)
                    if (strcmp(ind->breakdown[k], d->name[j]) == 0)
                        val = pt->dim_vals[k];
                charta_buf_puts(&c->row, ",");
                charta_csvout_text(c, val);
            }
            charta_buf_puts(&c->row, "\n");
            if ((st = charta_csvout_flush(c)) != CHARTA_OK)
                break;
        }
    }
    charta_buf_free(&prefix);
    return st;
}

static charta_status
write_rows(charta_csvout *c, const charta_results *r, const charta_report_opts *o, int first,
           int last)
{
    charta_status st;
    dims d;
    collect_dims(r, &d);
    charta_buf_puts(&c->row, "indicator,area,area_name,year,value,status");
    for (size_t j = 0; j < d.n; j++) {
        charta_buf_puts(&c->row, ",");
        charta_csvout_text(c, d.name[j]);
    }
    charta_buf_puts(&c->row, "\n");
    if ((st = charta_csvout_flush(c)) != CHARTA_OK)
        return st;
    for (size_t i = 0; i < charta_results_count(r); i++) {
        if ((st = charta_report_interrupted(o, c->path, c->d)) != CHARTA_OK)
            return st;
        const charta_result *res = charta_results_get(r, i);
        bool bad = false;
        if ((st = write_result(c, r, res, NULL, &d, first, last, &bad)) != CHARTA_OK)
            return st;
        for (size_t p = 0; p < res->n_parts; p++)
            if ((st = write_result(c, r, res, &res->parts[p], &d, first, last, &bad)) !=
                CHARTA_OK)
                return st;
        if (bad)
            charta_diag_warning(c->d, res->indicator->loc.file, res->indicator->loc.line, 0,
                                "indicator '%s': values that are no finite number are written "
                                "as missing (empty) in %s; nothing to do",
                                res->indicator->id, c->path);
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
    charta_csvout c;
    if ((st = charta_csvout_open(&c, path, d)) != CHARTA_OK)
        return st;
    st = write_rows(&c, r, o, first, last);
    return charta_csvout_close(&c, st);
}
