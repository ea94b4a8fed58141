/* report_charts.c: the charts stage: every chart of a report as PNG and
 * SVG files, and one chart as a PNG in memory for the workbook (chart.h). */
#include "chart_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/i18n.h"

bool
charta_chart_has_subareas(const charta_results *r)
{
    const charta_dataset *ds = charta_results_dataset(r);
    int root = charta_dataset_root(ds);
    size_t n = 0;
    if (root >= 0)
        charta_dataset_children(ds, (size_t)root, &n);
    return n > 0;
}

/* True when the subject area of res (or, when it has no value, any area) has
 * values in one year of the dataset only, and some area below it has a value
 * (the area comparison has bars to show). */
static bool
one_year_only(const charta_results *r, const charta_result *res)
{
    const charta_dataset *ds = charta_results_dataset(r);
    int root = charta_dataset_root(ds), yf = charta_dataset_year_first(ds);
    size_t ny = charta_dataset_year_count(ds), na = charta_dataset_area_count(ds);
    size_t root_years = 0, any_years = 0;
    bool below = false;
    for (size_t y = 0; y < ny; y++) {
        bool any = false, at_root = false;
        for (size_t a = 0; a < na; a++) {
            double v;
            charta_report_cell(r, res, a, yf + (int)y, &v, NULL);
            if (!isfinite(v))
                continue;
            any = true;
            if ((int)a == root)
                at_root = true;
            else
                below = true;
        }
        root_years += at_root, any_years += any;
    }
    return below && (root_years ? root_years == 1 : any_years == 1);
}

size_t
charta_chart_kinds_of(const charta_results *r, size_t i, charta_chart_kind out[CHARTA_CHART_KIND_COUNT])
{
    const charta_result *res = charta_results_get(r, i);
    if (!res)
        return 0;
    const charta_chart_spec *cs = &res->indicator->chart;
    charta_chart_kind main = cs->kind == CHARTA_CHART_DEFAULT ? CHARTA_CHART_TIMESERIES : cs->kind;
    size_t n = 0;
    if (cs->kind == CHARTA_CHART_DEFAULT && !cs->has_also && charta_chart_has_subareas(r) &&
        one_year_only(r, res)) {
        out[n++] = CHARTA_CHART_AREAS;
        return n;
    }
    if (main != CHARTA_CHART_NONE)
        out[n++] = main;
    if (cs->has_also) {
        for (size_t k = 0; k < cs->n_also && n < CHARTA_CHART_KIND_COUNT; k++)
            if (cs->also[k] != main)
                out[n++] = cs->also[k];
    } else if (main == CHARTA_CHART_TIMESERIES && charta_chart_has_subareas(r)) {
        out[n++] = CHARTA_CHART_AREAS;
    } else if (main == CHARTA_CHART_AREAS) {
        out[n++] = CHARTA_CHART_TIMESERIES;
    }
    return n;
}

/* --- the plan: which chart goes into which file ----------------------------------- */

typedef enum job_kind { JOB_INDICATOR, JOB_FIELD, JOB_OVERVIEW } job_kind;

typedef struct chart_job {
    job_kind what;
    size_t index; /* indicator, or field group of the overview data */
    charta_chart_kind kind;
    char *base; /* file name without extension */
} chart_job;

typedef struct chart_plan {
    chart_job *jobs;
    size_t n;
    charta_overview_data *ov;
} chart_plan;

static void
plan_free(chart_plan *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->jobs[i].base);
    free(p->jobs);
    charta_overview_data_free(p->ov);
}

/* A file-safe name: [A-Za-z0-9._-], no leading dot, unique among the jobs
 * so far (a clash gets "-2", "-3", ...). */
static char *
safe_name(const chart_plan *p, const char *want)
{
    size_t n = strlen(want);
    char *s = malloc(n + 16);
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        char c = want[i];
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || (c == '.' && i > 0);
        s[i] = ok ? c : '_';
    }
    s[n] = '\0';
    if (!n)
        strcpy(s, "chart");
    size_t stem = strlen(s);
    for (unsigned k = 2;; k++) {
        bool taken = false;
        for (size_t j = 0; j < p->n && !taken; j++)
            taken = strcmp(p->jobs[j].base, s) == 0;
        if (!taken)
            return s;
        snprintf(s + stem, 16, "-%u", k);
    }
}

static charta_status
add_job(chart_plan *p, job_kind what, size_t index, charta_chart_kind kind, const char *want)
{
    chart_job *j = realloc(p->jobs, (p->n + 1) * sizeof *j);
    if (!j)
        return CHARTA_ERR_NOMEM;
    p->jobs = j;
    char *base = safe_name(p, want);
    if (!base)
        return CHARTA_ERR_NOMEM;
    p->jobs[p->n++] = (chart_job){what, index, kind, base};
    return CHARTA_OK;
}

static charta_status
make_plan(const charta_results *r, const charta_report_opts *o, chart_plan *p)
{
    memset(p, 0, sizeof *p);
    size_t n = charta_results_count(r);
    charta_status st = CHARTA_OK;
    char name[600];
    for (size_t i = 0; i < n && st == CHARTA_OK; i++) {
        const char *id = charta_results_get(r, i)->indicator->id;
        charta_chart_kind kinds[CHARTA_CHART_KIND_COUNT];
        size_t nk = charta_chart_kinds_of(r, i, kinds);
        for (size_t k = 0; k < nk && st == CHARTA_OK; k++) {
            if (k == 0)
                snprintf(name, sizeof name, "%s", id);
            else
                snprintf(name, sizeof name, "%s-%s", id, charta_chart_kind_name(kinds[k]));
            st = add_job(p, JOB_INDICATOR, i, kinds[k], name);
        }
    }
    if (st != CHARTA_OK || !n)
        return st;
    p->ov = charta_overview_gather(r, o);
    if (!p->ov)
        return CHARTA_ERR_NOMEM;
    for (size_t g = 0; g < p->ov->n_field_groups && st == CHARTA_OK; g++) {
        if (!p->ov->groups[g].field)
            continue;
        snprintf(name, sizeof name, "field-%s", p->ov->groups[g].field);
        st = add_job(p, JOB_FIELD, g, CHARTA_CHART_TIMESERIES, name);
    }
    if (st == CHARTA_OK)
        st = add_job(p, JOB_OVERVIEW, 0, CHARTA_CHART_DEFAULT, "overview");
    return st;
}

void
charta_report_charts_list_free(char **v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

charta_status
charta_report_charts_list(const charta_results *r, const charta_report_opts *o, char ***out,
                          size_t *n)
{
    *out = NULL;
    *n = 0;
    chart_plan p;
    charta_status st = make_plan(r, o, &p);
    char **v = st == CHARTA_OK ? calloc(2 * p.n + 1, sizeof *v) : NULL;
    if (st == CHARTA_OK && !v)
        st = CHARTA_ERR_NOMEM;
    for (size_t i = 0; st == CHARTA_OK && i < p.n; i++) {
        v[2 * i] = charta_asprintf("%s.png", p.jobs[i].base);
        v[2 * i + 1] = charta_asprintf("%s.svg", p.jobs[i].base);
        if (!v[2 * i] || !v[2 * i + 1])
            st = CHARTA_ERR_NOMEM;
    }
    if (st == CHARTA_OK) {
        *out = v;
        *n = 2 * p.n;
    } else {
        charta_report_charts_list_free(v, 2 * p.n);
    }
    plan_free(&p);
    return st;
}

/* --- drawing one job ------------------------------------------------------------ */

static charta_dl *
layout_job(const charta_results *r, const charta_report_opts *o, const chart_plan *p,
           const chart_job *j, const charta_chart_style *style, charta_measurer m)
{
    charta_chart_opts co = {.measure = m};
    if (j->what == JOB_INDICATOR) {
        charta_chart_data *cd = charta_chart_gather(r, j->index, j->kind, o, style);
        if (!cd)
            return NULL;
        charta_dl *dl = charta_chart_layout(cd, style, &co);
        charta_chart_data_free(cd);
        return dl;
    }
    if (j->what == JOB_OVERVIEW)
        return charta_chart_layout_overview(p->ov, 0, 0, SIZE_MAX, style, &co);
    return charta_chart_layout_field(r, o, p->ov, j->index, 0, 0, style, &co);
}

charta_dl *
charta_chart_layout_field(const charta_results *r, const charta_report_opts *o,
                   const charta_overview_data *ov, size_t gi, size_t k0, size_t nk,
                   const charta_chart_style *style, const charta_chart_opts *co)
{
    const charta_tile_group *g = &ov->groups[gi];
    const char *lang = charta_project_lang(charta_results_project(r), o ? o->lang : NULL);
    if (k0 > g->n)
        k0 = g->n;
    if (!nk || k0 + nk > g->n)
        nk = g->n - k0;
    charta_chart_data **panels = calloc(nk ? nk : 1, sizeof *panels);
    if (!panels)
        return NULL;
    charta_dl *dl = NULL;
    size_t k = 0;
    for (; k < nk; k++)
        if (!(panels[k] =
                  charta_chart_gather(r, g->tiles[k0 + k], CHARTA_CHART_TIMESERIES, o, style)))
            break;
    if (k == nk) {
        for (size_t i = 0; i < k; i++) /* one line per panel: the city and its target */
            if (panels[i]->n_series > 1 && panels[i]->series[0].role == CHARTA_SERIES_CITY)
                panels[i]->n_series = 1;
        dl = charta_chart_layout_multiples(panels, nk, k0 ? NULL : g->title, lang, style, co);
    }
    for (size_t i = 0; i < nk; i++)
        charta_chart_data_free(panels[i]);
    free(panels);
    return dl;
}

static charta_status
check_dpi(int dpi, charta_diags *d)
{
    if (dpi == 0 || (dpi >= 24 && dpi <= 1200))
        return CHARTA_OK;
    return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                             "--dpi %d: give a resolution from 24 to 1200 (96 for screens, 300 "
                             "for print)",
                             dpi);
}

charta_status
charta_chart_png(const charta_results *r, size_t i, const charta_report_opts *o, int dpi,
                 unsigned char **buf, size_t *len, charta_diags *d)
{
    *buf = NULL;
    *len = 0;
    if (i >= charta_results_count(r))
        return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0, "chart: no indicator %zu", i);
    charta_status st = check_dpi(dpi, d);
    int first, last;
    if (st == CHARTA_OK)
        st = charta_report_window(r, o, &first, &last, d);
    if (st != CHARTA_OK)
        return st;
    charta_chart_kind kinds[CHARTA_CHART_KIND_COUNT];
    size_t nk = charta_chart_kinds_of(r, i, kinds);
    const charta_indicator *ind = charta_results_get(r, i)->indicator;
    if (!nk || ind->chart.kind == CHARTA_CHART_NONE)
        return CHARTA_OK;
    charta_chart_style style = charta_chart_style_for(charta_results_project(r));
    charta_chart_text *t = charta_chart_text_new(style.font);
    charta_chart_data *cd = t ? charta_chart_gather(r, i, kinds[0], o, &style) : NULL;
    charta_chart_opts co = {.measure = t ? charta_chart_text_measurer(t) : (charta_measurer){0}};
    charta_dl *dl = cd ? charta_chart_layout(cd, &style, &co) : NULL;
    charta_buf b = {0};
    if (!dl)
        st = charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0, "chart '%s': out of memory",
                               ind->id);
    else
        st = charta_chart_png_encode(dl, t, dpi, &b, d);
    if (st == CHARTA_OK) {
        *len = b.len;
        *buf = (unsigned char *)charta_buf_take(&b);
        if (!*buf) {
            *len = 0;
            st = charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0, "chart: out of memory");
        }
    }
    charta_buf_free(&b);
    charta_dl_free(dl);
    charta_chart_data_free(cd);
    charta_chart_text_free(t);
    return st;
}

/* --- files ------------------------------------------------------------------------ */

charta_status
charta_chart_write_file(const char *path, const charta_buf *b, charta_diags *d)
{
    charta_status st = CHARTA_OK;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return charta_diag_error(d, errno == ENOSPC ? CHARTA_ERR_IO : CHARTA_ERR_CANTCREATE, NULL,
                                 0, 0, "cannot create %s: %s", path, strerror(errno));
    }
    size_t off = 0;
    while (off < b->len) {
        ssize_t k = write(fd, b->data + off, b->len - off);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            st = charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot write %s: %s", path,
                                   k < 0 ? strerror(errno) : _("no progress"));
            break;
        }
        off += (size_t)k;
    }
    struct stat sb;
    bool regular = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
    if (close(fd) != 0 && st == CHARTA_OK)
        st = charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot write %s: %s", path,
                               strerror(errno));
    if (st != CHARTA_OK && regular) /* never a device such as /dev/full */
        unlink(path);
    return st;
}

static charta_status
write_file(const char *dir, const char *name, const charta_buf *b, charta_diags *d)
{
    char *path = charta_path_join(dir, name);
    if (!path)
        return CHARTA_ERR_NOMEM;
    charta_status st = charta_chart_write_file(path, b, d);
    free(path);
    return st;
}

charta_status
charta_report_charts_write(const charta_results *r, const charta_report_opts *o, const char *dir,
                           int dpi, charta_diags *d)
{
    charta_status st = check_dpi(dpi, d);
    int first, last;
    if (st == CHARTA_OK)
        st = charta_report_window(r, o, &first, &last, d);
    if (st != CHARTA_OK)
        return st;
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return charta_diag_error(d, errno == ENOSPC ? CHARTA_ERR_IO : CHARTA_ERR_CANTCREATE, NULL,
                                 0, 0, "cannot create %s: %s", dir, strerror(errno));
    charta_chart_check_areas(r, d);
    chart_plan p;
    st = make_plan(r, o, &p);
    charta_chart_style style = charta_chart_style_for(charta_results_project(r));
    charta_chart_text *t = st == CHARTA_OK ? charta_chart_text_new(style.font) : NULL;
    if (st == CHARTA_OK && !t)
        st = CHARTA_ERR_NOMEM;
    charta_buf b = {0};
    char name[600];
    for (size_t i = 0; st == CHARTA_OK && i < p.n; i++) {
        const chart_job *j = &p.jobs[i];
        if ((st = charta_report_interrupted(o, dir, d)) != CHARTA_OK)
            break;
        charta_dl *dl = layout_job(r, o, &p, j, &style, charta_chart_text_measurer(t));
        if (!dl) {
            st = charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0, "chart %s: out of memory",
                                   j->base);
            break;
        }
        b.len = 0;
        st = charta_chart_png_encode(dl, t, dpi, &b, d);
        snprintf(name, sizeof name, "%s.png", j->base);
        if (st == CHARTA_OK)
            st = write_file(dir, name, &b, d);
        b.len = 0;
        if (st == CHARTA_OK && charta_chart_svg_encode(dl, &style, &b) != CHARTA_OK)
            st = charta_diag_error(d,
                                   charta_dl_status(dl) == CHARTA_ERR_INTERNAL ? CHARTA_ERR_INTERNAL
                                                                               : CHARTA_ERR_NOMEM,
                                   NULL, 0, 0, "chart %s: cannot write the SVG", j->base);
        snprintf(name, sizeof name, "%s.svg", j->base);
        if (st == CHARTA_OK)
            st = write_file(dir, name, &b, d);
        charta_dl_free(dl);
    }
    charta_buf_free(&b);
    charta_chart_text_free(t);
    plan_free(&p);
    return st;
}
