/* report_csv.c: data/indicators.csv, the long format of the result set
 * (report.h, DESIGN §5). */
#include "charta/csvout.h"

#include "report_csvout.h"

static charta_status
write_rows(charta_csvout *c, const charta_results *r, const charta_report_opts *o, int first,
           int last)
{
    const charta_dataset *ds = charta_results_dataset(r);
    size_t na = charta_dataset_area_count(ds);
    charta_status st;
    charta_buf_puts(&c->row, "indicator,area,area_name,year,value,status\n");
    if ((st = charta_csvout_flush(c)) != CHARTA_OK)
        return st;
    for (size_t i = 0; i < charta_results_count(r); i++) {
        if ((st = charta_report_interrupted(o, c->path, c->d)) != CHARTA_OK)
            return st;
        const charta_result *res = charta_results_get(r, i);
        bool bad = false;
        for (size_t a = 0; a < na; a++) {
            const charta_area *area = charta_dataset_area(ds, a);
            for (int y = first; y <= last; y++) {
                double v;
                char s = charta_report_cell(r, res, a, y, &v, &bad);
                char num[32];
                charta_csvout_text(c, res->indicator->id);
                charta_buf_puts(&c->row, ",");
                charta_csvout_text(c, area->code);
                charta_buf_puts(&c->row, ",");
                charta_csvout_text(c, area->name);
                charta_buf_printf(&c->row, ",%d,%s,%c\n", y,
                                  charta_status_is_missing(s) ? "" : charta_format_double(v, num),
                                  s);
                if ((st = charta_csvout_flush(c)) != CHARTA_OK)
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
    charta_csvout c;
    if ((st = charta_csvout_open(&c, path, d)) != CHARTA_OK)
        return st;
    st = write_rows(&c, r, o, first, last);
    return charta_csvout_close(&c, st);
}
