/* chart_data.c: what a chart shows, gathered from the result set (chart.h).
 * Numbers and labels only; the layout decides where they go. */
#include "chart_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/coverage.h"
#include "charta/progress.h"
#include "charta/util.h"

void
charta_chart_data_free(charta_chart_data *cd)
{
    if (!cd)
        return;
    if (cd->series) {
        /* one block holds every series' values, another their statuses */
        free(cd->series[0].values);
        free(cd->series[0].status);
    }
    free(cd->series);
    free(cd->targets);
    free(cd->id);
    free(cd->title);
    free(cd->unit);
    free(cd->alt_given);
    free(cd);
}

/* Depth of area a below root, -1 when it is not a descendant. */
static int
depth_below(const charta_dataset *ds, int a, int root)
{
    int depth = 0;
    while (a >= 0 && a != root) {
        a = charta_dataset_area(ds, (size_t)a)->parent;
        depth++;
        if (depth > 64)
            return -1;
    }
    return a == root && depth > 0 ? depth : -1;
}

static bool
listed(const int *areas, size_t n, int a)
{
    for (size_t i = 0; i < n; i++)
        if (areas[i] == a)
            return true;
    return false;
}

/* Area indices for codes, unknown and repeated codes left out. */
static size_t
find_areas(const charta_dataset *ds, char *const *codes, size_t n, const int *skip, size_t n_skip,
           int *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int a = charta_dataset_find_area(ds, codes[i]);
        if (a < 0 || listed(out, k, a) || listed(skip, n_skip, a))
            continue;
        out[k++] = a;
    }
    return k;
}

typedef struct pick {
    int area;
    charta_series_role role;
    int level;
} pick;

/* The series of kind for indicator ind: city, focus, benchmarks (time
 * series); city, benchmarks and every area below the city (bars). */
static pick *
pick_series(const charta_results *r, const charta_indicator *ind, charta_chart_kind kind, size_t *n,
            size_t *dropped)
{
    const charta_dataset *ds = charta_results_dataset(r);
    const charta_project *p = charta_results_project(r);
    size_t na = charta_dataset_area_count(ds);
    int root = charta_dataset_root(ds);
    pick *out = calloc(na + 1, sizeof *out);
    int *tmp = calloc(na + p->report.n_focus + p->report.n_benchmarks + ind->chart.n_areas + 1,
                      sizeof *tmp);
    if (!out || !tmp) {
        free(out);
        free(tmp);
        return NULL;
    }
    size_t k = 0;
    *dropped = 0;
    int skip[1] = {root};
    if (root >= 0)
        out[k++] = (pick){root, CHARTA_SERIES_CITY, 0};
    char *const *fcodes = ind->chart.n_areas ? ind->chart.areas : p->report.focus;
    size_t nf = ind->chart.n_areas ? ind->chart.n_areas : p->report.n_focus;
    size_t nfocus = find_areas(ds, fcodes, nf, skip, root >= 0, tmp);
    size_t nb =
        find_areas(ds, p->report.benchmarks, p->report.n_benchmarks, tmp, nfocus, tmp + nfocus);
    if (kind == CHARTA_CHART_TIMESERIES) {
        size_t keep = nfocus < CHARTA_PALETTE_SIZE ? nfocus : CHARTA_PALETTE_SIZE;
        *dropped = nfocus - keep;
        for (size_t i = 0; i < keep; i++)
            out[k++] = (pick){tmp[i], CHARTA_SERIES_FOCUS, 1};
        for (size_t i = 0; i < nb && i < 4; i++)
            if (tmp[nfocus + i] != root)
                out[k++] = (pick){tmp[nfocus + i], CHARTA_SERIES_BENCHMARK, 0};
    } else {
        for (size_t i = 0; i < nb && i < 4; i++)
            if (tmp[nfocus + i] != root)
                out[k++] = (pick){tmp[nfocus + i], CHARTA_SERIES_BENCHMARK, 0};
        /* chart.areas names the bars; otherwise every area below the city */
        for (size_t a = 0; a < na; a++) {
            if ((int)a == root || listed(tmp + nfocus, nb, (int)a))
                continue;
            int depth = 1;
            if (ind->chart.n_areas) {
                if (!listed(tmp, nfocus, (int)a))
                    continue;
            } else if ((depth = depth_below(ds, (int)a, root)) < 1) {
                continue;
            }
            bool focus = false; /* highlighted: the report's focus areas */
            for (size_t j = 0; j < p->report.n_focus && !focus; j++)
                focus = charta_dataset_find_area(ds, p->report.focus[j]) == (int)a;
            out[k++] = (pick){(int)a, focus ? CHARTA_SERIES_FOCUS : CHARTA_SERIES_AREA, depth};
        }
    }
    free(tmp);
    *n = k;
    return out;
}

/* The report window without a diagnostic (the stages check it first with
 * charta_report_window): a bad one falls back to the dataset's years. */
static void
window_of(const charta_results *r, const charta_report_opts *o, int *first, int *last)
{
    const charta_dataset *ds = charta_results_dataset(r);
    int yf = charta_dataset_year_first(ds), yl = yf + (int)charta_dataset_year_count(ds) - 1;
    *first = o && o->year_first ? o->year_first : yf;
    *last = o && o->year_last ? o->year_last : yl;
    if (*first > *last || *last - *first >= 1000)
        *first = yf, *last = yl;
}

static char *
dup_or_empty(const char *s)
{
    return charta_strdup(s ? s : "");
}

/* How many years have a value in any of cd's series (counted up to 2). */
static size_t
years_with_values(const charta_chart_data *cd)
{
    size_t n = 0;
    for (size_t y = 0; y < cd->n_years && n < 2; y++) {
        bool any = false;
        for (size_t s = 0; s < cd->n_series && !any; s++)
            any = isfinite(cd->series[s].values[y]);
        n += any;
    }
    return n;
}

charta_chart_data *
charta_chart_gather(const charta_results *r, size_t i, charta_chart_kind kind,
                    const charta_report_opts *o, const charta_chart_style *style)
{
    const charta_result *res = charta_results_get(r, i);
    if (!res)
        return NULL;
    const charta_indicator *ind = res->indicator;
    const charta_dataset *ds = charta_results_dataset(r);
    const charta_project *p = charta_results_project(r);
    const char *lang = charta_project_lang(p, o ? o->lang : NULL);
    if (kind == CHARTA_CHART_DEFAULT || kind == CHARTA_CHART_NONE)
        kind = CHARTA_CHART_TIMESERIES;
    int first, last;
    window_of(r, o, &first, &last);
    size_t ny = last >= first ? (size_t)(last - first + 1) : 0;
    charta_chart_data *cd = calloc(1, sizeof *cd);
    if (!cd)
        return NULL;
    cd->kind = kind;
    cd->lang = lang;
    cd->year_first = first;
    cd->n_years = ny;
    cd->decimals = ind->decimals;
    cd->direction = ind->direction;
    cd->id = dup_or_empty(ind->id);
    cd->title = dup_or_empty(charta_text_get(&ind->title, lang, "en"));
    cd->unit = dup_or_empty(charta_indicator_unit(ind, lang));
    if (ind->chart.alt.n)
        cd->alt_given = dup_or_empty(charta_text_get(&ind->chart.alt, lang, "en"));
    if (!cd->id || !cd->title || !cd->unit || (ind->chart.alt.n && !cd->alt_given))
        goto fail;
    cd->y_min = ind->chart.y_min, cd->has_y_min = ind->chart.has_y_min;
    cd->y_max = ind->chart.y_max, cd->has_y_max = ind->chart.has_y_max;
    cd->zero = ind->chart.zero;

    size_t n;
    pick *picks = pick_series(r, ind, kind, &n, &cd->dropped);
    if (!picks)
        goto fail;
    cd->series = calloc(n ? n : 1, sizeof *cd->series);
    size_t cells = n * ny > 0 ? n * ny : 1;
    double *vals = malloc(cells * sizeof *vals);
    char *sts = malloc(cells);
    if (!cd->series || !vals || !sts) {
        free(picks);
        free(vals);
        free(sts);
        goto fail;
    }
    cd->series[0].values = vals;
    cd->series[0].status = sts;
    cd->n_series = n;
    size_t nfocus = 0, nbench = 0;
    double maxabs = 0;
    for (size_t s = 0; s < n; s++) {
        charta_chart_series *se = &cd->series[s];
        const charta_area *a = charta_dataset_area(ds, (size_t)picks[s].area);
        se->label = a->name && a->name[0] ? a->name : a->code;
        se->code = a->code;
        se->role = picks[s].role;
        se->level = picks[s].level;
        se->values = vals + s * ny;
        se->status = sts + s * ny;
        for (size_t y = 0; y < ny; y++) {
            se->status[y] = charta_report_cell(r, res, (size_t)picks[s].area, first + (int)y,
                                               &se->values[y], NULL);
            if (isfinite(se->values[y]) && fabs(se->values[y]) > maxabs)
                maxabs = fabs(se->values[y]);
        }
        switch (se->role) {
        case CHARTA_SERIES_CITY:
            se->color = style->primary;
            se->marker = CHARTA_MARKER_CIRCLE;
            break;
        case CHARTA_SERIES_FOCUS:
            if (kind == CHARTA_CHART_AREAS) {
                se->color = style->accent;
            } else {
                se->color = style->series[nfocus % (style->n_series ? style->n_series : 1)];
                static const charta_marker shapes[] = {
                    CHARTA_MARKER_SQUARE,        CHARTA_MARKER_TRIANGLE, CHARTA_MARKER_DIAMOND,
                    CHARTA_MARKER_TRIANGLE_DOWN, CHARTA_MARKER_SQUARE,   CHARTA_MARKER_TRIANGLE};
                se->marker = shapes[nfocus % (sizeof shapes / sizeof shapes[0])];
            }
            nfocus++;
            break;
        case CHARTA_SERIES_BENCHMARK:
            charta_chart_benchmark_look(style, nbench++, &se->color, &se->dash);
            se->marker = CHARTA_MARKER_CIRCLE;
            break;
        case CHARTA_SERIES_AREA:
            se->color = style->bar;
            break;
        }
    }
    free(picks);
    if (kind == CHARTA_CHART_TIMESERIES && ind->chart.kind == CHARTA_CHART_DEFAULT)
        cd->one_year = years_with_values(cd) == 1;
    if (cd->decimals < 0)
        cd->decimals = charta_numfmt_auto_decimals(maxabs);

    /* targets, resolved to values: the city's own or else the general ones;
     * a focus area's own; a 'change' target from the area's base value */
    cd->targets = calloc(ind->n_targets ? ind->n_targets : 1, sizeof *cd->targets);
    if (!cd->targets)
        goto fail;
    for (size_t s = 0; s < cd->n_series; s++) {
        const charta_chart_series *se = &cd->series[s];
        if (se->role != CHARTA_SERIES_CITY && se->role != CHARTA_SERIES_FOCUS)
            continue;
        if (kind == CHARTA_CHART_AREAS)
            break;
        bool own = false;
        for (size_t t = 0; t < ind->n_targets; t++)
            own = own || (ind->targets[t].area && strcmp(ind->targets[t].area, se->code) == 0);
        if (!own && se->role != CHARTA_SERIES_CITY)
            continue;
        int area = charta_dataset_find_area(ds, se->code);
        for (size_t t = 0; t < ind->n_targets && cd->n_targets < ind->n_targets; t++) {
            const charta_target *tg = &ind->targets[t];
            if (own ? !tg->area || strcmp(tg->area, se->code) != 0 : tg->area != NULL)
                continue;
            double v = tg->value;
            if (tg->has_change) {
                double base;
                if (area < 0 || charta_status_is_missing(charta_report_cell(r, res, (size_t)area,
                                                                            tg->base, &base, NULL)))
                    continue;
                v = base * (1 + tg->change / 100);
            }
            if (isfinite(v))
                cd->targets[cd->n_targets++] = (charta_chart_target){tg->year, v, (int)s};
        }
    }
    return cd;
fail:
    charta_chart_data_free(cd);
    return NULL;
}

/* " (did you mean '<code>'?)" for the area code closest to code, else "". */
static const char *
near_area(const charta_dataset *ds, const char *code, char *out, size_t n)
{
    size_t na = charta_dataset_area_count(ds);
    const char **codes = calloc(na + 1, sizeof *codes);
    out[0] = '\0';
    if (!codes)
        return out;
    for (size_t i = 0; i < na; i++)
        codes[i] = charta_dataset_area(ds, i)->code;
    const char *s = charta_suggest(code, codes, na);
    if (s)
        snprintf(out, n, " (did you mean '%s'?)", s);
    free(codes);
    return out;
}

void
charta_chart_check_areas(const charta_results *r, charta_diags *d)
{
    const charta_dataset *ds = charta_results_dataset(r);
    const charta_project *p = charta_results_project(r);
    const charta_loc *loc = &p->report.loc;
    char hint[120];
    for (size_t i = 0; i < p->report.n_focus; i++)
        if (charta_dataset_find_area(ds, p->report.focus[i]) < 0)
            charta_diag_warning(d, loc->file, loc->line, 0,
                                "report: focus area '%s' is not an area of the data%s; the "
                                "charts leave it out",
                                p->report.focus[i],
                                near_area(ds, p->report.focus[i], hint, sizeof hint));
    for (size_t i = 0; i < p->report.n_benchmarks; i++)
        if (charta_dataset_find_area(ds, p->report.benchmarks[i]) < 0)
            charta_diag_warning(d, loc->file, loc->line, 0,
                                "report: benchmark '%s' is not an area of the data%s; the charts "
                                "leave it out",
                                p->report.benchmarks[i],
                                near_area(ds, p->report.benchmarks[i], hint, sizeof hint));
    for (size_t k = 0; k < p->n_indicators; k++) {
        const charta_indicator *ind = &p->indicators[k];
        for (size_t i = 0; i < ind->chart.n_areas; i++)
            if (charta_dataset_find_area(ds, ind->chart.areas[i]) < 0)
                charta_diag_warning(d, ind->loc.file, ind->loc.line, 0,
                                    "indicator '%s': chart area '%s' is not an area of the "
                                    "data%s",
                                    ind->id, ind->chart.areas[i],
                                    near_area(ds, ind->chart.areas[i], hint, sizeof hint));
    }
}

/* --- overview ------------------------------------------------------------------ */

void
charta_overview_data_free(charta_overview_data *ov)
{
    if (!ov)
        return;
    for (size_t i = 0; i < ov->n_tiles; i++) {
        free(ov->tiles[i].title);
        free(ov->tiles[i].value);
        free(ov->tiles[i].status);
    }
    for (size_t i = 0; i < ov->n_groups; i++) {
        free(ov->groups[i].title);
        free(ov->groups[i].field);
        free(ov->groups[i].tiles);
    }
    free(ov->tiles);
    free(ov->groups);
    free(ov->title);
    free(ov);
}

static charta_tile_group *
add_group(charta_overview_data *ov, char *title, int sdg, size_t cap)
{
    charta_tile_group *g = &ov->groups[ov->n_groups];
    g->title = title;
    g->sdg = sdg;
    g->tiles = calloc(cap ? cap : 1, sizeof *g->tiles);
    if (!title || !g->tiles) {
        free(title);
        free(g->tiles);
        g->title = NULL;
        g->tiles = NULL;
        return NULL;
    }
    ov->n_groups++;
    return g;
}

static bool
fill_tile(const charta_results *r, size_t i, int first, int last, const char *lang, charta_tile *t)
{
    const charta_result *res = charta_results_get(r, i);
    const charta_indicator *ind = res->indicator;
    const charta_dataset *ds = charta_results_dataset(r);
    int root = charta_dataset_root(ds);
    charta_numfmt nf = charta_numfmt_for(lang);
    t->indicator = i;
    t->title = charta_strdup(charta_text_get(&ind->title, lang, "en"));
    int year;
    double v;
    char st;
    if (root >= 0 && charta_report_latest(r, res, (size_t)root, first, last, &year, &v, &st)) {
        int dec = ind->decimals >= 0 ? ind->decimals : charta_numfmt_auto_decimals(v);
        char num[CHARTA_NUMFMT_SIZE];
        charta_numfmt_format(&nf, v, dec, num, sizeof num);
        const char *unit = charta_indicator_unit(ind, lang);
        t->value = charta_asprintf("%s%s%s (%d)", num, unit[0] ? " " : "", unit, year);
    } else {
        t->value = charta_strdup(charta_label_get(CHARTA_LBL_CHART_NO_DATA, lang));
    }
    /* the category's words, symbol and colour from the method's vocabulary */
    const charta_project *p = charta_results_project(r);
    const charta_assessment *a = res->assess && root >= 0 ? &res->assess[root] : NULL;
    charta_progress_term term = a ? charta_progress_term_of(p, a)
                                  : charta_progress_term_at(p, NULL, 0);
    t->level = a ? a->level : CHARTA_LEVEL_NONE;
    t->term = a ? charta_progress_term_index(p, a) : 0;
    if (a && charta_progress_term_count(p, a->method) == 0) /* an unknown method: its codes */
        t->term = SIZE_MAX;
    t->symbol = term.symbol;
    t->colour = term.colour;
    const char *words = a ? charta_progress_term_words(&term, lang)
                          : charta_label_get(CHARTA_LBL_LEVEL_NONE, lang); /* no stage ran */
    t->status = charta_strdup(words);
    return t->title && t->value && t->status;
}

charta_overview_data *
charta_overview_gather(const charta_results *r, const charta_report_opts *o)
{
    const charta_project *p = charta_results_project(r);
    const char *lang = charta_project_lang(p, o ? o->lang : NULL);
    size_t n = charta_results_count(r);
    int first, last;
    window_of(r, o, &first, &last);
    charta_overview_data *ov = calloc(1, sizeof *ov);
    if (!ov)
        return NULL;
    ov->lang = lang;
    ov->p = p;
    ov->method = charta_progress_method_of(r);
    ov->tiles = calloc(n ? n : 1, sizeof *ov->tiles);
    /* at most: every field, fields only named, "other", 17 goals */
    ov->groups = calloc(p->n_fields + n + 1 + 17, sizeof *ov->groups);
    ov->title = charta_strdup(charta_label_get(CHARTA_LBL_CHART_ALT_TILES, lang));
    if (!ov->tiles || !ov->groups || !ov->title)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        ov->n_tiles = i + 1;
        if (!fill_tile(r, i, first, last, lang, &ov->tiles[i]))
            goto fail;
    }
    bool *done = calloc(n ? n : 1, sizeof *done);
    if (!done)
        goto fail;
    /* declared fields in order, then field ids only named by indicators */
    for (size_t f = 0; f <= p->n_fields + n; f++) {
        const char *fid = NULL;
        char *title = NULL;
        if (f < p->n_fields) {
            fid = p->fields[f].id;
            title = charta_asprintf("%s %s", fid, charta_text_get(&p->fields[f].title, lang, "en"));
        } else if (f < p->n_fields + n) {
            const charta_indicator *ind = charta_results_get(r, f - p->n_fields)->indicator;
            if (!ind->field || done[f - p->n_fields])
                continue;
            fid = ind->field;
            title = charta_strdup(fid);
        } else {
            title = charta_strdup(charta_label_get(CHARTA_LBL_OTHER_FIELD, lang));
        }
        size_t cnt = 0;
        for (size_t i = 0; i < n; i++) {
            const char *ifield = charta_results_get(r, i)->indicator->field;
            if (!done[i] && (fid ? ifield && strcmp(ifield, fid) == 0 : !ifield))
                cnt++;
        }
        if (!cnt) {
            free(title);
            continue;
        }
        charta_tile_group *g = add_group(ov, title, 0, cnt);
        if (g && fid && !(g->field = charta_strdup(fid)))
            g = NULL;
        if (!g) {
            free(done);
            goto fail;
        }
        for (size_t i = 0; i < n; i++) {
            const char *ifield = charta_results_get(r, i)->indicator->field;
            if (!done[i] && (fid ? ifield && strcmp(ifield, fid) == 0 : !ifield)) {
                g->tiles[g->n++] = i;
                done[i] = true;
            }
        }
    }
    free(done);
    ov->n_field_groups = ov->n_groups;
    for (int goal = 1; goal <= 17; goal++) {
        size_t cnt = 0;
        for (size_t i = 0; i < n; i++) {
            const charta_indicator *ind = charta_results_get(r, i)->indicator;
            for (size_t s = 0; s < ind->n_sdgs; s++)
                if (charta_sdg_goal(ind->sdgs[s]) == goal) {
                    cnt++;
                    break;
                }
        }
        if (!cnt)
            continue;
        charta_tile_group *g = add_group(
            ov,
            charta_asprintf("%d %s", goal,
                            charta_label_get((charta_label)(CHARTA_LBL_SDG_1 + goal - 1), lang)),
            goal, cnt);
        if (!g)
            goto fail;
        for (size_t i = 0; i < n; i++) {
            const charta_indicator *ind = charta_results_get(r, i)->indicator;
            for (size_t s = 0; s < ind->n_sdgs; s++)
                if (charta_sdg_goal(ind->sdgs[s]) == goal) {
                    g->tiles[g->n++] = i;
                    break;
                }
        }
    }
    return ov;
fail:
    charta_overview_data_free(ov);
    return NULL;
}
