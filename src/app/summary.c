/* summary.c: the sources of a checked run, as `charta check` lists them
 * (summary.h). Reads the frozen dataset only; words from messages.c. */
#include "summary.h"

#include <stdio.h>
#include <string.h>

#include "charta/dataset.h"
#include "charta/i18n.h"
#include "charta/messages.h"
#include "charta/project.h"
#include "charta/util.h"

static const char status_order[] = "ABPEUCM";

/* The counts of the cells of variable v: values, areas and years with a value, and
 * per status (in status_order). */
typedef struct counts {
    size_t values, areas;
    int year_first, year_last;
    size_t per[sizeof status_order];
} counts;

static void
count_cells(const charta_dataset *ds, const charta_variable *v, counts *c)
{
    size_t na = charta_dataset_area_count(ds), ny = charta_dataset_year_count(ds);
    int y0 = charta_dataset_year_first(ds);
    memset(c, 0, sizeof *c);
    for (size_t a = 0; a < na; a++) {
        bool any = false;
        for (size_t y = 0; y < ny; y++) {
            char st = v->status[a * ny + y];
            const char *at = strchr(status_order, st);
            if (!at || charta_status_is_missing(st))
                continue;
            c->per[at - status_order]++;
            c->values++;
            any = true;
            int year = y0 + (int)y;
            if (!c->year_first || year < c->year_first)
                c->year_first = year;
            if (year > c->year_last)
                c->year_last = year;
        }
        c->areas += any;
    }
}

/* "sex (female, male), age (...)": the dimensions of total's parts with up to eight
 * values each. */
static void
describe_parts(const charta_dataset *ds, int total, charta_buf *b)
{
    size_t nv = charta_dataset_variable_count(ds);
    const char *dims[32];
    size_t nd = 0;
    for (size_t i = 0; i < nv; i++) {
        const charta_variable *v = charta_dataset_variable(ds, i);
        for (size_t k = 0; v->total == total && k < v->n_dims; k++) {
            bool seen = false;
            for (size_t j = 0; j < nd && !seen; j++)
                seen = strcmp(dims[j], v->dim_keys[k]) == 0;
            if (!seen && nd < 32)
                dims[nd++] = v->dim_keys[k];
        }
    }
    for (size_t j = 0; j < nd; j++) {
        charta_buf_printf(b, "%s%s (", j ? ", " : "", dims[j]);
        const char *vals[8];
        size_t n = 0, more = 0;
        for (size_t i = 0; i < nv; i++) {
            const charta_variable *v = charta_dataset_variable(ds, i);
            for (size_t k = 0; v->total == total && k < v->n_dims; k++) {
                if (strcmp(v->dim_keys[k], dims[j]) != 0)
                    continue;
                bool seen = false;
                for (size_t q = 0; q < n && !seen; q++)
                    seen = strcmp(vals[q], v->dim_vals[k]) == 0;
                if (!seen && n < 8)
                    vals[n++] = v->dim_vals[k];
                else if (!seen)
                    more++;
            }
        }
        for (size_t q = 0; q < n; q++)
            charta_buf_printf(b, "%s%s", q ? ", " : "", vals[q]);
        if (more)
            charta_buf_printf(b, _(" and %zu more"), more);
        charta_buf_puts(b, ")");
    }
}

static const char *
format_of(const charta_project *p, const char *source)
{
    for (size_t i = 0; i < p->n_sources; i++)
        if (strcmp(p->sources[i].name, source) == 0)
            return p->sources[i].format ? p->sources[i].format : "csv";
    return "csv";
}

void
charta_source_summary(const charta_run *run, charta_buf *out)
{
    const charta_dataset *ds = charta_run_dataset(run);
    const charta_project *p = charta_run_project_of(run);
    if (!ds || !p || !charta_dataset_frozen(ds))
        return;
    size_t nv = charta_dataset_variable_count(ds);
    for (size_t i = 0; i < charta_dataset_input_count(ds); i++) {
        const charta_input *in = charta_dataset_input(ds, i);
        const char *fmt = format_of(p, in->source);
        bool keyed = strcmp(fmt, "sdmx") == 0;
        charta_buf_printf(out,
                          charta_message_n(keyed ? CHARTA_MSG_SRC_HEAD_OBSERVATIONS
                                                 : CHARTA_MSG_SRC_HEAD_ROWS,
                                           (unsigned long)in->rows),
                          in->source, in->path, fmt, in->rows);
        charta_buf_puts(out, "\n");
        if (in->unmatched) {
            charta_buf_printf(out,
                              charta_message_n(CHARTA_MSG_SRC_PASSED,
                                               (unsigned long)in->unmatched),
                              in->unmatched);
            charta_buf_puts(out, "\n");
        }
        if (in->other_areas) {
            charta_buf_printf(out,
                              charta_message_n(CHARTA_MSG_SRC_OTHER_AREAS,
                                               (unsigned long)in->other_areas),
                              in->other_areas);
            charta_buf_puts(out, "\n");
        }
        for (size_t v = 0; v < nv; v++) {
            const charta_variable *var = charta_dataset_variable(ds, v);
            if (var->total >= 0 || strcmp(var->source, in->source) != 0)
                continue;
            counts c;
            count_cells(ds, var, &c);
            if (!c.values) {
                charta_buf_printf(out, charta_message(CHARTA_MSG_SRC_VAR_EMPTY), var->name);
            } else {
                charta_buf st = {0};
                for (size_t k = 0; k < sizeof status_order - 1; k++)
                    if (c.per[k])
                        charta_buf_printf(&st, "%s%zu %c", st.len ? ", " : "", c.per[k],
                                          status_order[k]);
                char areas[64], values[64];
                snprintf(areas, sizeof areas, charta_message_n(CHARTA_MSG_SRC_VAR_AREAS, c.areas),
                         c.areas);
                snprintf(values, sizeof values,
                         charta_message_n(CHARTA_MSG_SRC_VAR_VALUES, c.values), c.values);
                charta_buf_printf(out, charta_message(CHARTA_MSG_SRC_VAR), var->name, areas,
                                  c.year_first, c.year_last, values, st.data ? st.data : "");
                charta_buf_free(&st);
            }
            charta_buf_puts(out, "\n");
            if (var->n_parts) {
                charta_buf b = {0};
                describe_parts(ds, (int)v, &b);
                charta_buf_printf(out, charta_message_n(CHARTA_MSG_SRC_PARTS, var->n_parts),
                                  var->n_parts, b.data ? b.data : "");
                charta_buf_puts(out, "\n");
                charta_buf_free(&b);
            }
        }
        if (in->n_signs) {
            charta_buf b = {0};
            for (size_t k = 0; k < in->n_signs; k++)
                charta_buf_printf(&b, "%s\"%s\" %ld", k ? ", " : "", in->signs[k],
                                  in->sign_counts[k]);
            charta_buf_printf(out, charta_message(CHARTA_MSG_SRC_SIGNS), b.data);
            charta_buf_puts(out, "\n");
            charta_buf_free(&b);
        }
    }
}
