/* report_opensdg.c: the Open SDG files of a report (csvout.h): what a city needs to
 * publish its own SDG site with the Open SDG tools, or to send its series to a
 * national platform.
 *
 * One data file and one metadata file per SDG indicator code (goal.target.indicator)
 * that the project's indicators give as their first `sdg`. The data file is the tidy
 * CSV the platform reads: `Year` first, `Value` last, every column between them a
 * disaggregation with blank = total or an attribute: `Series` (the charta
 * indicator's title), the dimensions of their breakdowns, the area's name and
 * `GeoCode` (blank for the subject: the headline; both left out when the project has
 * one area), the observation status and unit multiplier (OBS_STATUS and UNIT_MULT
 * with SDMX codes, or "Observation status" and "Unit multiplier" with their names
 * when the report says `opensdg = { status = "names" }`, as the UK platform writes
 * them), `Units`. Cells without a value are left out, a confidential one is written
 * without its value. The metadata file is YAML front matter with the keys the
 * platform needs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charta/csvout.h"
#include "charta/labels.h"
#include "report_csvout.h"

/* The code of an indicator for Open SDG ("11-2-1" from "11.2.1"), into out; false
 * when its first sdg is no indicator code (a goal or a target). */
static bool
opensdg_code(const charta_indicator *ind, char out[32])
{
    if (!ind->n_sdgs)
        return false;
    const char *s = ind->sdgs[0];
    size_t n = strlen(s), dots = 0;
    if (n == 0 || n >= 32)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '.') {
            if (i == 0 || s[i - 1] == '.' || i + 1 == n)
                return false;
            dots++;
            out[i] = '-';
        } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
            out[i] = c;
        } else {
            return false;
        }
    }
    out[n] = '\0';
    return dots == 2;
}

/* One SDG code and the indicators (results order) that give it. */
typedef struct group {
    char code[32];
    size_t *ind;
    size_t n;
} group;

static void
groups_free(group *g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(g[i].ind);
    free(g);
}

/* The groups, in the order their first indicator comes; NULL with *n 0 when there are
 * none, NULL with *n 1 on out of memory. */
static group *
make_groups(const charta_results *r, size_t *n_out)
{
    size_t ni = charta_results_count(r), n = 0;
    group *g = calloc(ni ? ni : 1, sizeof *g);
    if (!g) {
        *n_out = 1;
        return NULL;
    }
    for (size_t i = 0; i < ni; i++) {
        char code[32];
        if (!opensdg_code(charta_results_get(r, i)->indicator, code))
            continue;
        size_t k = 0;
        while (k < n && strcmp(g[k].code, code) != 0)
            k++;
        if (k == n) {
            memcpy(g[n].code, code, sizeof code);
            if (!(g[n].ind = calloc(ni, sizeof *g[n].ind))) {
                groups_free(g, n);
                *n_out = 1;
                return NULL;
            }
            n++;
        }
        g[k].ind[g[k].n++] = i;
    }
    if (!n) {
        free(g);
        g = NULL;
    }
    *n_out = n;
    return g;
}

/* The columns between Year and Value. */
typedef struct columns {
    const char *dims[64]; /* the breakdowns' dimensions, in the order they come */
    size_t n_dims;
    bool areas;        /* more than one area: the area's name and GeoCode */
    bool status_names; /* "Observation status" with names, not OBS_STATUS with codes */
    bool units;
} columns;

static void
plan_columns(const charta_results *r, const group *g, columns *c)
{
    memset(c, 0, sizeof *c);
    c->areas = charta_dataset_area_count(charta_results_dataset(r)) > 1;
    c->status_names = charta_results_project(r)->report.opensdg_status_names;
    for (size_t k = 0; k < g->n; k++) {
        const charta_indicator *ind = charta_results_get(r, g->ind[k])->indicator;
        c->units = c->units || (ind->unit && ind->unit[0]);
        for (size_t j = 0; j < ind->n_breakdown; j++) {
            bool seen = false;
            for (size_t q = 0; q < c->n_dims && !seen; q++)
                seen = strcmp(c->dims[q], ind->breakdown[j]) == 0;
            if (!seen && c->n_dims < sizeof c->dims / sizeof c->dims[0])
                c->dims[c->n_dims++] = ind->breakdown[j];
        }
    }
}

/* The rows of one result (its total, or part pt) over every area and year. */
static charta_status
write_rows(charta_csvout *c, const charta_results *r, const charta_result *res,
           const charta_result_part *pt, const columns *cols, const char *lang, int first,
           int last)
{
    const charta_dataset *ds = charta_results_dataset(r);
    const charta_indicator *ind = res->indicator;
    charta_result view = *res;
    if (pt) {
        view.values = pt->values;
        view.status = pt->status;
    }
    int root = charta_dataset_root(ds);
    const char *unit = charta_text_get(&ind->unit_text, lang, ind->unit ? ind->unit : "");
    const char *title = charta_text_get(&ind->title, lang, ind->id);
    bool bad = false;
    charta_status st;
    for (size_t a = 0; a < charta_dataset_area_count(ds); a++) {
        const charta_area *area = charta_dataset_area(ds, a);
        bool headline = (int)a == root;
        for (int y = first; y <= last; y++) {
            double v;
            char s = charta_report_cell(r, &view, a, y, &v, &bad);
            if (s == CHARTA_ST_MISSING)
                continue; /* no row: missing is never a value */
            char num[32];
            charta_buf_printf(&c->row, "%d,", y);
            charta_csvout_text(c, title);
            for (size_t j = 0; j < cols->n_dims; j++) {
                const char *val = "";
                for (size_t k = 0; pt && k < ind->n_breakdown; k++)
                    if (strcmp(ind->breakdown[k], cols->dims[j]) == 0)
                        val = pt->dim_vals[k];
                charta_buf_puts(&c->row, ",");
                charta_csvout_text(c, val);
            }
            if (cols->areas) {
                charta_buf_puts(&c->row, ",");
                charta_csvout_text(c, headline ? "" : area->name);
                charta_buf_puts(&c->row, ",");
                charta_csvout_text(c, headline ? "" : area->code);
            }
            /* charta's values are in the indicator's unit: the multiplier is 10^0 */
            if (cols->status_names)
                charta_buf_printf(&c->row, ",%s,Units", charta_status_sdmx_name(s));
            else
                charta_buf_printf(&c->row, ",%c,0", s);
            if (cols->units) {
                charta_buf_puts(&c->row, ",");
                charta_csvout_text(c, unit);
            }
            charta_buf_printf(&c->row, ",%s\n",
                              charta_status_is_missing(s) ? "" : charta_format_double(v, num));
            if ((st = charta_csvout_flush(c)) != CHARTA_OK)
                return st;
        }
    }
    if (bad)
        charta_diag_warning(c->d, ind->loc.file, ind->loc.line, 0,
                            "indicator '%s': values that are no finite number are left out of "
                            "%s, as missing ones are; nothing to do",
                            ind->id, c->path);
    return CHARTA_OK;
}

static charta_status
write_data(const charta_results *r, const group *g, const char *lang, int first, int last,
           const char *path, charta_diags *d)
{
    columns cols;
    plan_columns(r, g, &cols);
    charta_csvout c;
    charta_status st = charta_csvout_open(&c, path, d);
    if (st != CHARTA_OK)
        return st;
    charta_buf_puts(&c.row, "Year,Series");
    for (size_t j = 0; j < cols.n_dims; j++) {
        charta_buf_puts(&c.row, ",");
        charta_csvout_text(&c, cols.dims[j]);
    }
    if (cols.areas) {
        charta_buf_puts(&c.row, ",");
        charta_csvout_text(&c, charta_label_get(CHARTA_LBL_XL_AREA, lang));
        charta_buf_puts(&c.row, ",GeoCode");
    }
    charta_buf_puts(&c.row, cols.status_names ? ",Observation status,Unit multiplier"
                                              : ",OBS_STATUS,UNIT_MULT");
    if (cols.units)
        charta_buf_puts(&c.row, ",Units");
    charta_buf_puts(&c.row, ",Value\n");
    st = charta_csvout_flush(&c);
    for (size_t k = 0; k < g->n && st == CHARTA_OK; k++) {
        const charta_result *res = charta_results_get(r, g->ind[k]);
        st = write_rows(&c, r, res, NULL, &cols, lang, first, last);
        for (size_t p = 0; p < res->n_parts && st == CHARTA_OK; p++)
            st = write_rows(&c, r, res, &res->parts[p], &cols, lang, first, last);
    }
    return charta_csvout_close(&c, st);
}

/* A YAML scalar in double quotes, escaped. */
static void
yaml_text(charta_buf *b, const char *s)
{
    charta_buf_puts(b, "\"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            charta_buf_printf(b, "\\%c", *p);
        else if (*p == '\n')
            charta_buf_puts(b, "\\n");
        else if (*p < 0x20 || *p == 0x7f)
            charta_buf_printf(b, "\\x%02x", *p);
        else
            charta_buf_append(b, (const char *)p, 1);
    }
    charta_buf_puts(b, "\"");
}

static void
yaml_key(charta_buf *b, const char *key, const char *value)
{
    charta_buf_printf(b, "%s: ", key);
    yaml_text(b, value ? value : "");
    charta_buf_puts(b, "\n");
}

/* The publishers of the inputs the group's indicators read, once each. */
static void
meta_sources(charta_buf *b, const charta_results *r, const group *g, const char *lang)
{
    const charta_dataset *ds = charta_results_dataset(r);
    const charta_project *p = charta_results_project(r);
    size_t n = 0;
    for (size_t i = 0; i < charta_dataset_input_count(ds); i++) {
        const charta_input *in = charta_dataset_input(ds, i);
        bool used = false;
        for (size_t k = 0; k < g->n && !used; k++) {
            const charta_indicator *ind = charta_results_get(r, g->ind[k])->indicator;
            for (size_t q = 0; q < ind->n_reads && !used; q++) {
                int v = charta_dataset_find_variable(ds, ind->reads[q]);
                const charta_variable *var = v >= 0 ? charta_dataset_variable(ds, (size_t)v)
                                                    : NULL;
                used = var && in->source && strcmp(var->source, in->source) == 0;
            }
        }
        if (!used)
            continue;
        n++;
        charta_buf_printf(b, "source_active_%zu: true\n", n);
        char key[64];
        if (in->publisher && in->publisher[0]) {
            snprintf(key, sizeof key, "source_organisation_%zu", n);
            yaml_key(b, key, in->publisher);
        }
        snprintf(key, sizeof key, "source_title_%zu", n);
        yaml_key(b, key, charta_report_input_title(p, in, lang));
        if (in->as_of) {
            snprintf(key, sizeof key, "source_release_date_%zu", n);
            yaml_key(b, key, in->as_of);
        }
    }
}

static charta_status
write_meta(const charta_results *r, const group *g, const char *lang, const char *path,
           charta_diags *d)
{
    const charta_project *p = charta_results_project(r);
    const charta_indicator *ind = charta_results_get(r, g->ind[0])->indicator;
    charta_buf b = {0};
    charta_buf_puts(&b, "---\n");
    yaml_key(&b, "indicator_number", ind->sdgs[0]);
    yaml_key(&b, "indicator_name", charta_text_get(&ind->title, lang, ind->id));
    char target[64];
    const char *last_dot = strrchr(ind->sdgs[0], '.');
    snprintf(target, sizeof target, "%.*s", (int)(last_dot - ind->sdgs[0]), ind->sdgs[0]);
    charta_buf tn = {0};
    charta_buf_printf(&tn, "%s %s", strcmp(lang, "de") == 0 ? "SDG-Unterziel" : "SDG target",
                      target);
    yaml_key(&b, "target_name", tn.data ? tn.data : target);
    charta_buf_free(&tn);
    yaml_key(&b, "reporting_status", "complete");
    charta_buf_puts(&b, "data_non_statistical: false\npublished: true\n");
    yaml_key(&b, "graph_type", "line");
    yaml_key(&b, "graph_title", charta_text_get(&ind->title, lang, ind->id));
    yaml_key(&b, "computation_units",
             charta_text_get(&ind->unit_text, lang, ind->unit ? ind->unit : ""));
    yaml_key(&b, "national_geographical_coverage", p->city.name);
    if (ind->comment.n)
        yaml_key(&b, "data_footnote", charta_text_get(&ind->comment, lang, ""));
    if (g->n > 1) {
        charta_buf names = {0};
        for (size_t k = 0; k < g->n; k++) {
            const charta_indicator *o = charta_results_get(r, g->ind[k])->indicator;
            charta_buf_printf(&names, "%s%s", k ? "; " : "", charta_text_get(&o->title, lang, o->id));
        }
        yaml_key(&b, "data_notice_text", names.data ? names.data : "");
        charta_buf_free(&names);
    }
    meta_sources(&b, r, g, lang);
    charta_buf_puts(&b, "---\n");
    if (b.oom) {
        charta_buf_free(&b);
        return charta_diag_error(d, CHARTA_ERR_NOMEM, path, 0, 0, "out of memory");
    }
    FILE *f = fopen(path, "wbe");
    if (!f) {
        charta_buf_free(&b);
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, path, 0, 0, "cannot create");
    }
    bool ok = fwrite(b.data, 1, b.len, f) == b.len;
    ok = fflush(f) == 0 && ok; /* the pipeline syncs every output before publishing */
    ok = fclose(f) == 0 && ok;
    charta_buf_free(&b);
    if (!ok) {
        remove(path);
        return charta_diag_error(d, CHARTA_ERR_IO, path, 0, 0, "cannot write");
    }
    return CHARTA_OK;
}

static charta_status
make_dir(const char *path, charta_diags *d)
{
    if (mkdir(path, 0755) != 0)
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, path, 0, 0, "cannot create");
    return CHARTA_OK;
}

charta_status
charta_report_opensdg_write(const charta_results *r, const charta_report_opts *o,
                            const char *dir, char ***files, size_t *n_files, charta_diags *d)
{
    *files = NULL;
    *n_files = 0;
    int first, last;
    charta_status st = charta_report_window(r, o, &first, &last, d);
    if (st != CHARTA_OK)
        return st;
    const char *lang = charta_project_lang(charta_results_project(r), o ? o->lang : NULL);
    size_t ng;
    group *g = make_groups(r, &ng);
    if (!g && ng)
        return charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    char **out = calloc(2 * ng + 1, sizeof *out);
    char *data_dir = charta_path_join(dir, "data"), *meta_dir = charta_path_join(dir, "meta");
    if (!out || !data_dir || !meta_dir) {
        st = charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    /* no indicator with an SDG code: no folders either, for a report folder holds only
     * what its manifest lists (and a folder without files would make the next run
     * take the report for someone else's) */
    if (ng == 0)
        goto done;
    if ((st = make_dir(dir, d)) != CHARTA_OK || (st = make_dir(data_dir, d)) != CHARTA_OK ||
        (st = make_dir(meta_dir, d)) != CHARTA_OK)
        goto done;
    for (size_t k = 0; k < ng && st == CHARTA_OK; k++) {
        char rel[96];
        snprintf(rel, sizeof rel, "data/indicator_%s.csv", g[k].code);
        char *path = charta_path_join(dir, rel);
        out[*n_files] = charta_strdup(rel);
        if (!path || !out[*n_files]) {
            free(path);
            st = charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
            break;
        }
        (*n_files)++;
        st = write_data(r, &g[k], lang, first, last, path, d);
        free(path);
        if (st != CHARTA_OK)
            break;
        snprintf(rel, sizeof rel, "meta/%s.md", g[k].code);
        path = charta_path_join(dir, rel);
        out[*n_files] = charta_strdup(rel);
        if (!path || !out[*n_files]) {
            free(path);
            st = charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
            break;
        }
        (*n_files)++;
        st = write_meta(r, &g[k], lang, path, d);
        free(path);
    }
done:
    free(data_dir);
    free(meta_dir);
    groups_free(g, ng);
    *files = out;
    return st;
}
