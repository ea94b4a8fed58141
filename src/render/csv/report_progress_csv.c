/* report_progress_csv.c: data/progress.csv (csvout.h). */
#include "charta/csvout.h"

#include <math.h>

#include "charta/progress.h"
#include "report_csvout.h"

static void
put_num(charta_csvout *c, double x)
{
    char buf[32];
    charta_buf_puts(&c->row, ",");
    if (isfinite(x))
        charta_buf_puts(&c->row, charta_format_double(x, buf));
}

static void
put_year(charta_csvout *c, int y)
{
    if (y)
        charta_buf_printf(&c->row, ",%d", y);
    else
        charta_buf_puts(&c->row, ",");
}

static void
put_row(charta_csvout *c, const char *indicator, const char *area, const charta_assessment *a)
{
    charta_csvout_text(c, indicator);
    charta_buf_puts(&c->row, ",");
    charta_csvout_text(c, area);
    charta_buf_puts(&c->row, ",");
    charta_csvout_text(c, a->method);
    charta_buf_puts(&c->row, ",");
    charta_csvout_text(c, a->category);
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
    charta_csvout_text(c, a->reason);
    charta_buf_puts(&c->row, ",");
    charta_csvout_text(c, a->term ? a->term : "");
    put_num(c, a->projected_value);
    put_num(c, a->change_per_year);
    charta_buf_puts(&c->row, ",");
    charta_csvout_text(c, a->score_category ? a->score_category : "");
    charta_buf_puts(&c->row, "\n");
}

static charta_status
write_rows(charta_csvout *c, const charta_results *r, const charta_report_opts *o)
{
    const charta_dataset *ds = charta_results_dataset(r);
    size_t na = charta_dataset_area_count(ds);
    charta_buf_puts(&c->row, "indicator,area,method,category,level,base_year,base_value,"
                             "latest_year,latest_value,target_year,target_value,cagr_actual,"
                             "cagr_required,ratio,score,reason,term,projected_value,"
                             "change_per_year,score_category\n");
    charta_status st = charta_csvout_flush(c);
    for (size_t i = 0; i < charta_results_count(r) && st == CHARTA_OK; i++) {
        if ((st = charta_report_interrupted(o, c->path, c->d)) != CHARTA_OK)
            break;
        const charta_result *res = charta_results_get(r, i);
        if (!res->assess)
            continue;
        for (size_t a = 0; a < na && st == CHARTA_OK; a++) {
            const charta_assessment *as = &res->assess[a];
            const char *code = charta_dataset_area(ds, a)->code;
            put_row(c, res->indicator->id, code, as);
            if (as->long_term)
                put_row(c, res->indicator->id, code, as->long_term);
            st = charta_csvout_flush(c);
        }
    }
    return st;
}

charta_status
charta_report_progress_csv_write(const charta_results *r, const charta_report_opts *o,
                                 const char *path, charta_diags *d)
{
    bool ran = !charta_results_count(r);
    for (size_t i = 0; i < charta_results_count(r) && !ran; i++)
        ran = charta_results_get(r, i)->assess != NULL;
    if (!ran)
        return charta_diag_error(d, CHARTA_ERR_INTERNAL, path, 0, 0,
                                 "the progress assessment has not run");
    charta_csvout c;
    charta_status st = charta_csvout_open(&c, path, d);
    if (st != CHARTA_OK)
        return st;
    st = write_rows(&c, r, o);
    return charta_csvout_close(&c, st);
}
