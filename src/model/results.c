/* results.c: the frozen result set. */
#include "charta/results.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charta/util.h"

struct charta_results {
    const charta_dataset *ds;
    const charta_project *project;
    charta_result *items;
    size_t n;
};

charta_results *
charta_results_new(const charta_dataset *ds, const charta_project *p)
{
    charta_results *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->ds = ds;
    r->project = p;
    r->n = p->n_indicators;
    r->items = calloc(r->n ? r->n : 1, sizeof *r->items);
    if (!r->items)
        goto fail;
    size_t cells = charta_dataset_area_count(ds) * charta_dataset_year_count(ds);
    for (size_t i = 0; i < r->n; i++) {
        charta_result *it = &r->items[i];
        it->indicator = &p->indicators[i];
        it->values = malloc((cells ? cells : 1) * sizeof *it->values);
        it->status = malloc(cells ? cells : 1);
        if (!it->values || !it->status)
            goto fail;
        for (size_t c = 0; c < cells; c++)
            it->values[c] = NAN;
        memset(it->status, CHARTA_ST_MISSING, cells);
    }
    return r;
fail:
    charta_results_free(r);
    return NULL;
}

void
charta_results_free(charta_results *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n && r->items; i++) {
        free(r->items[i].values);
        free(r->items[i].status);
        free(r->items[i].assess);
        charta_strpool_free(r->items[i].assess_text);
        for (size_t k = 0; k < r->items[i].n_parts; k++) {
            charta_result_part *pt = &r->items[i].parts[k];
            for (size_t j = 0; j < r->items[i].indicator->n_breakdown; j++)
                free(pt->dim_vals[j]);
            free(pt->dim_vals);
            free(pt->values);
            free(pt->status);
        }
        free(r->items[i].parts);
    }
    free(r->items);
    free(r);
}

charta_result *
charta_results_slot(charta_results *r, size_t i)
{
    return i < r->n ? &r->items[i] : NULL;
}

charta_result_part *
charta_results_add_part(charta_results *r, size_t i, const char *const *dim_vals)
{
    if (i >= r->n)
        return NULL;
    charta_result *it = &r->items[i];
    size_t nd = it->indicator->n_breakdown;
    charta_result_part *parts = realloc(it->parts, (it->n_parts + 1) * sizeof *parts);
    if (!parts)
        return NULL;
    it->parts = parts;
    charta_result_part *pt = &parts[it->n_parts];
    memset(pt, 0, sizeof *pt);
    size_t cells = charta_dataset_area_count(r->ds) * charta_dataset_year_count(r->ds);
    pt->dim_vals = calloc(nd ? nd : 1, sizeof *pt->dim_vals);
    pt->values = malloc((cells ? cells : 1) * sizeof *pt->values);
    pt->status = malloc(cells ? cells : 1);
    bool ok = pt->dim_vals && pt->values && pt->status;
    for (size_t j = 0; ok && j < nd; j++)
        ok = (pt->dim_vals[j] = charta_strdup(dim_vals[j] ? dim_vals[j] : "")) != NULL;
    if (!ok) {
        for (size_t j = 0; pt->dim_vals && j < nd; j++)
            free(pt->dim_vals[j]);
        free(pt->dim_vals);
        free(pt->values);
        free(pt->status);
        return NULL;
    }
    for (size_t c = 0; c < cells; c++)
        pt->values[c] = NAN;
    memset(pt->status, CHARTA_ST_MISSING, cells);
    it->n_parts++;
    return pt;
}

const charta_result *
charta_results_get(const charta_results *r, size_t i)
{
    return i < r->n ? &r->items[i] : NULL;
}

size_t
charta_results_count(const charta_results *r)
{
    return r->n;
}

const charta_dataset *
charta_results_dataset(const charta_results *r)
{
    return r->ds;
}

const charta_project *
charta_results_project(const charta_results *r)
{
    return r->project;
}

int
charta_results_find(const charta_results *r, const char *id)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->items[i].indicator->id, id) == 0)
            return (int)i;
    return -1;
}
