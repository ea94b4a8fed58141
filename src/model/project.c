/* project.c: the declarations of a city project as plain C data. */
#include "charta/project.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>


bool
charta_subject_kind_parse(const char *s, charta_subject_kind *out)
{
    static const char *const names[CHARTA_KIND_COUNT][2] = {
        [CHARTA_KIND_CITY] = {"Stadt", "city"},
        [CHARTA_KIND_MUNICIPALITY] = {"Gemeinde", "municipality"},
        [CHARTA_KIND_DISTRICT] = {"Kreis", "district"},
        [CHARTA_KIND_STATE] = {"Land", "state"},
        [CHARTA_KIND_COUNTRY] = {"Staat", "country"},
    };
    if (!s)
        return false;
    for (int k = 0; k < CHARTA_KIND_COUNT; k++)
        for (int j = 0; j < 2; j++)
            if (strcasecmp(s, names[k][j]) == 0) {
                *out = (charta_subject_kind)k;
                return true;
            }
    return false;
}

const char *
charta_text_get(const charta_text *t, const char *lang, const char *fallback)
{
    if (!t || !t->n)
        return "";
    for (int pass = 0; pass < 2; pass++) {
        const char *want = pass == 0 ? lang : fallback;
        if (!want)
            continue;
        for (size_t i = 0; i < t->n; i++)
            if (strcmp(t->lang[i], want) == 0)
                return t->text[i];
    }
    return t->text[0];
}

const char *
charta_indicator_unit(const charta_indicator *ind, const char *lang)
{
    if (!ind->unit_text.n)
        return ind->unit ? ind->unit : "";
    return charta_text_get(&ind->unit_text, lang, NULL);
}

static void
free_strv(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void
free_text(charta_text *t)
{
    free_strv(t->lang, t->n);
    free_strv(t->text, t->n);
}

charta_project *
charta_project_new(const char *dir)
{
    charta_project *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->dir = strdup(dir);
    if (!p->dir) {
        free(p);
        return NULL;
    }
    return p;
}

static void
indicator_clear(charta_indicator *ind)
{
    free(ind->id);
    free_text(&ind->title);
    free_text(&ind->comment);
    free(ind->field);
    free_strv(ind->sdgs, ind->n_sdgs);
    free_strv(ind->tag_keys, ind->n_tags);
    free_strv(ind->tag_values, ind->n_tags);
    free(ind->unit);
    free_text(&ind->unit_text);
    for (size_t t = 0; t < ind->n_targets; t++)
        free(ind->targets[t].area);
    free(ind->targets);
    free(ind->loc.file);
    free(ind->compute_loc.file);
    free(ind->compute_src);
    free_strv(ind->reads, ind->n_reads);
    free_strv(ind->breakdown, ind->n_breakdown);
    free(ind->chart.also);
    free_strv(ind->chart.areas, ind->chart.n_areas);
    free_text(&ind->chart.alt);
    free_strv(ind->sdmx_keys, ind->n_sdmx);
    free_strv(ind->sdmx_vals, ind->n_sdmx);
    for (size_t m = 0; m < ind->n_sdmx_maps; m++) {
        charta_sdmx_map *map = &ind->sdmx_maps[m];
        free(map->dim);
        free_strv(map->values, map->n);
        free_strv(map->codes, map->n);
    }
    free(ind->sdmx_maps);
    free(ind->origin);
    free(ind->extends);
    free_text(&ind->definition);
    free_strv(ind->needs, ind->n_needs);
}

void
charta_project_free(charta_project *p)
{
    if (!p)
        return;
    free(p->dir);
    charta_city *c = &p->city;
    free(c->id);
    free(c->name);
    free(c->code);
    free_strv(c->languages, c->n_languages);
    free(c->loc.file);
    charta_areas_spec_clear(&p->areas);
    for (size_t i = 0; i < p->n_sources; i++)
        charta_source_spec_clear(&p->sources[i]);
    free(p->sources);
    for (size_t i = 0; i < p->n_fields; i++) {
        charta_field *f = &p->fields[i];
        free(f->id);
        free_text(&f->title);
        free_text(&f->description);
        free_text(&f->guideline);
        free_strv(f->sdgs, f->n_sdgs);
        free(f->loc.file);
    }
    free(p->fields);
    for (size_t i = 0; i < p->n_indicators; i++)
        indicator_clear(&p->indicators[i]);
    free(p->indicators);
    charta_hashtab_free(&p->indicator_index);
    charta_report_spec *r = &p->report;
    free_text(&r->title);
    free_strv(r->formats, r->n_formats);
    free(r->progress);
    free_strv(r->focus, r->n_focus);
    free_strv(r->benchmarks, r->n_benchmarks);
    free(r->logo);
    free(r->colors.series);
    free(r->loc.file);
    for (size_t i = 0; i < p->n_methods; i++) {
        charta_method_decl *m = &p->methods[i];
        free(m->name);
        free_text(&m->title);
        free_strv(m->categories, m->n_categories);
        charta_hashtab_free(&m->category_index);
        free(m->levels);
        for (size_t k = 0; m->labels && k < m->n_categories; k++)
            free_text(&m->labels[k]);
        free(m->labels);
        if (m->symbols)
            free_strv(m->symbols, m->n_categories);
        free(m->colours);
        free(m->has_colour);
        free(m->loc.file);
        free(m->assess_loc.file);
    }
    free(p->methods);
    for (size_t i = 0; i < p->n_changes; i++) {
        charta_change_decl *ch = &p->changes[i];
        free(ch->old_code);
        free(ch->new_code);
        free_text(&ch->reason);
        free(ch->loc.file);
    }
    free(p->changes);
    for (size_t i = 0; i < p->n_breaks; i++) {
        charta_break_decl *b = &p->breaks[i];
        free(b->source);
        for (size_t k = 0; k < b->n_variables; k++)
            free(b->variables[k]);
        free(b->variables);
        free_text(&b->reason);
        free(b->loc.file);
    }
    free(p->breaks);
    for (size_t i = 0; i < p->n_vocab; i++) {
        charta_vocab *v = &p->vocab[i];
        free(v->name);
        free_text(&v->title);
        free_text(&v->unit);
        free(v->aggregate);
        free(v->genesis);
        free_text(&v->where);
        free(v->loc.file);
    }
    free(p->vocab);
    for (size_t i = 0; i < p->n_unavailable; i++) {
        free(p->unavailable[i].id);
        free(p->unavailable[i].origin);
        free(p->unavailable[i].missing);
    }
    free(p->unavailable);
    free(p);
}

const charta_field *
charta_project_find_field(const charta_project *p, const char *id)
{
    for (size_t i = 0; i < p->n_fields; i++)
        if (strcmp(p->fields[i].id, id) == 0)
            return &p->fields[i];
    return NULL;
}

static const char *
indicator_id(const void *ctx, size_t i)
{
    const charta_project *p = ctx;
    return p->indicators[i].id;
}

bool
charta_project_index_indicator(charta_project *p, size_t i)
{
    p->indicator_index.key = indicator_id;
    p->indicator_index.ctx = p;
    return charta_hashtab_add(&p->indicator_index, i, p->n_indicators);
}

bool
charta_project_remove_indicator(charta_project *p, size_t i)
{
    indicator_clear(&p->indicators[i]);
    memmove(&p->indicators[i], &p->indicators[i + 1],
            (p->n_indicators - i - 1) * sizeof *p->indicators);
    p->n_indicators--;
    charta_hashtab_free(&p->indicator_index);
    return p->n_indicators == 0 || charta_hashtab_rebuild(&p->indicator_index, p->n_indicators);
}

const charta_indicator *
charta_project_find_indicator(const charta_project *p, const char *id)
{
    size_t at;
    if (p->indicator_index.cap)
        return charta_hashtab_find(&p->indicator_index, id, &at) ? &p->indicators[at] : NULL;
    for (size_t i = 0; i < p->n_indicators; i++)
        if (strcmp(p->indicators[i].id, id) == 0)
            return &p->indicators[i];
    return NULL;
}

const char *
charta_project_lang(const charta_project *p, const char *lang)
{
    if (lang && lang[0])
        return lang;
    if (p->city.n_languages)
        return p->city.languages[0];
    return "en";
}

static const char *const chart_kinds[CHARTA_CHART_KIND_COUNT] = {
    [CHARTA_CHART_DEFAULT] = "default",
    [CHARTA_CHART_TIMESERIES] = "timeseries",
    [CHARTA_CHART_AREAS] = "areas",
    [CHARTA_CHART_NONE] = "none",
};

const char *
charta_chart_kind_name(charta_chart_kind k)
{
    return (int)k >= 0 && k < CHARTA_CHART_KIND_COUNT ? chart_kinds[k] : NULL;
}

bool
charta_chart_kind_parse(const char *s, charta_chart_kind *out)
{
    for (int k = CHARTA_CHART_TIMESERIES; k < CHARTA_CHART_KIND_COUNT; k++)
        if (strcmp(s, chart_kinds[k]) == 0) {
            *out = (charta_chart_kind)k;
            return true;
        }
    return false;
}

bool
charta_break_covers(const charta_break_decl *b, const char *var, const char *src)
{
    if (b->source)
        return src && strcmp(b->source, src) == 0;
    for (size_t i = 0; i < b->n_variables; i++)
        if (strcmp(b->variables[i], var) == 0)
            return true;
    return false;
}

/* --- SDMX codes ------------------------------------------------------------ */

static const char *const sdmx_dims[CHARTA_SDMX_DIMS] = {
    "FREQ",
    "REPORTING_TYPE",
    "SERIES",
    "REF_AREA",
    "SEX",
    "AGE",
    "URBANISATION",
    "INCOME_WEALTH_QUANTILE",
    "EDUCATION_LEV",
    "OCCUPATION",
    "CUST_BREAKDOWN",
    "COMPOSITE_BREAKDOWN",
    "DISABILITY_STATUS",
    "ACTIVITY",
    "PRODUCT",
};

const char *
charta_sdmx_dimension(size_t i)
{
    return i < CHARTA_SDMX_DIMS ? sdmx_dims[i] : NULL;
}

bool
charta_sdmx_code_valid(const char *s)
{
    if (!s || !*s)
        return false;
    for (const char *c = s; *c; c++) {
        bool ok = (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
                  (*c >= '0' && *c <= '9') || *c == '_' || *c == '@' || *c == '$' || *c == '-';
        if (!ok)
            return false;
    }
    return true;
}

const char *
charta_indicator_sdmx(const charta_indicator *ind, const char *key)
{
    for (size_t i = 0; i < ind->n_sdmx; i++)
        if (ind->sdmx_keys[i] && strcmp(ind->sdmx_keys[i], key) == 0)
            return ind->sdmx_vals[i];
    return NULL;
}

const charta_sdmx_map *
charta_indicator_sdmx_map(const charta_indicator *ind, const char *dim)
{
    for (size_t i = 0; i < ind->n_sdmx_maps; i++)
        if (ind->sdmx_maps[i].dim && strcmp(ind->sdmx_maps[i].dim, dim) == 0)
            return &ind->sdmx_maps[i];
    return NULL;
}

const char *
charta_sdmx_map_code(const charta_sdmx_map *m, const char *value)
{
    for (size_t i = 0; i < m->n; i++)
        if (m->values[i] && strcmp(m->values[i], value) == 0)
            return m->codes[i];
    return NULL;
}
