/* writers.c: the table of output formats and the writer of each
 * (writers.h). Each writer puts its files under the staging folder and
 * records them for the manifest; the stages do the work. */
#include "writers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charta/chart.h"
#include "charta/pdf.h"
#include "charta/csvout.h"
#include "charta/sdmxout.h"
#include "charta/xlsx.h"
#include "charta/util.h"

/* One file at rel under staging, written by fn, then recorded. */
static charta_status
write_file(const charta_writer_ctx *w, const char *rel,
           charta_status (*fn)(const charta_results *, const charta_report_opts *, const char *,
                               charta_diags *),
           charta_diags *d)
{
    char *path = charta_path_join(w->staging, rel);
    if (!path)
        return CHARTA_ERR_NOMEM;
    charta_status st = fn(w->res, w->opts, path, d);
    free(path);
    return st == CHARTA_OK ? w->add_output(w->owner, rel) : st;
}

/* <city>-<year>.xlsx: the workbook */
static charta_status
write_xlsx(const charta_writer_ctx *w, charta_diags *d)
{
    char rel[512];
    snprintf(rel, sizeof rel, "%s-%d.xlsx", w->project->city.id, w->year);
    return write_file(w, rel, charta_report_xlsx_write, d);
}

/* data/indicators.csv and data/progress.csv */
static charta_status
write_csv(const charta_writer_ctx *w, charta_diags *d)
{
    char *path = charta_path_join(w->staging, "data");
    if (!path)
        return CHARTA_ERR_NOMEM;
    if (mkdir(path, 0755) != 0) {
        charta_status st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                             "cannot create %s: %s", path, strerror(errno));
        free(path);
        return st;
    }
    free(path);
    charta_status st = write_file(w, "data/indicators.csv", charta_report_csv_write, d);
    if (st == CHARTA_OK)
        st = write_file(w, "data/progress.csv", charta_report_progress_csv_write, d);
    return st;
}

/* charts/: every chart as PNG and SVG */
static charta_status
write_charts(const charta_writer_ctx *w, charta_diags *d)
{
    char *path = charta_path_join(w->staging, "charts");
    if (!path)
        return CHARTA_ERR_NOMEM;
    charta_status st = charta_report_charts_write(w->res, w->opts, path, w->dpi, d);
    free(path);
    char **names = NULL;
    size_t n = 0;
    if (st == CHARTA_OK)
        st = charta_report_charts_list(w->res, w->opts, &names, &n);
    char rel[512];
    for (size_t i = 0; i < n && st == CHARTA_OK; i++) {
        snprintf(rel, sizeof rel, "charts/%s", names[i]);
        st = w->add_output(w->owner, rel);
    }
    charta_report_charts_list_free(names, n);
    return st;
}

/* <city>-<year>.pdf: the tagged report */
static charta_status
write_pdf(const charta_writer_ctx *w, charta_diags *d)
{
    char rel[512];
    snprintf(rel, sizeof rel, "%s-%d.pdf", w->project->city.id, w->year);
    return write_file(w, rel, charta_report_pdf_write, d);
}

/* opensdg/: the Open SDG data and metadata of the indicators with an SDG code */
static charta_status
write_opensdg(const charta_writer_ctx *w, charta_diags *d)
{
    char *path = charta_path_join(w->staging, "opensdg");
    if (!path)
        return CHARTA_ERR_NOMEM;
    char **files = NULL;
    size_t n = 0;
    charta_status st = charta_report_opensdg_write(w->res, w->opts, path, &files, &n, d);
    free(path);
    char rel[512];
    for (size_t i = 0; i < n; i++) {
        snprintf(rel, sizeof rel, "opensdg/%s", files[i]);
        if (st == CHARTA_OK)
            st = w->add_output(w->owner, rel);
        free(files[i]);
    }
    free(files);
    return st;
}

/* sdmx/<city>-<year>.xml, -structurespecific.xml, .csv: the SDMX messages of the
 * indicators with an SDMX series */
static charta_status
write_sdmx(const charta_writer_ctx *w, charta_diags *d)
{
    int first, last;
    charta_status st = charta_report_window(w->res, w->opts, &first, &last, d);
    if (st != CHARTA_OK)
        return st;
    char *path = charta_path_join(w->staging, "sdmx");
    if (!path)
        return CHARTA_ERR_NOMEM;
    if (mkdir(path, 0755) != 0) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0, "cannot create %s: %s", path,
                               strerror(errno));
        free(path);
        return st;
    }
    free(path);
    /* the same series three ways: SDMX-ML GenericData (the one the generic schemas
     * validate), StructureSpecificData (what the Open SDG tools and the UN's SDG
     * database exchange) and SDMX-CSV */
    static const struct {
        charta_sdmx_shape shape;
        const char *suffix;
    } shapes[] = {{CHARTA_SDMX_GENERIC, ".xml"},
                  {CHARTA_SDMX_STRUCTURE_SPECIFIC, "-structurespecific.xml"},
                  {CHARTA_SDMX_CSV, ".csv"}};
    char id[256], rel[512];
    snprintf(id, sizeof id, "%s-%d", w->project->city.id, w->year);
    const charta_report_spec *rs = &w->project->report;
    for (size_t k = 0; k < sizeof shapes / sizeof shapes[0] && st == CHARTA_OK; k++) {
        snprintf(rel, sizeof rel, "sdmx/%s%s", id, shapes[k].suffix);
        charta_sdmx_opts so = {.shape = shapes[k].shape,
                               .year_first = first,
                               .year_last = last,
                               .run_date = w->opts->run_date,
                               .id = id,
                               .named = w->named,
                               .decl_file = rs->n_formats ? rs->loc.file : NULL,
                               .decl_line = rs->n_formats ? rs->loc.line : 0,
                               .silent = k > 0,
                               .interrupted = w->opts->interrupted};
        path = charta_path_join(w->staging, rel);
        if (!path)
            return CHARTA_ERR_NOMEM;
        st = charta_sdmx_write(w->res, &so, path, d);
        free(path);
        if (st == CHARTA_OK)
            st = w->add_output(w->owner, rel);
    }
    return st;
}

static const charta_writer writers[] = {
    {"xlsx", NULL, write_xlsx, true}, /* its charts are pictures */
    {"csv", "data", write_csv, false},
    {"charts", "charts", write_charts, true},
    {"pdf", NULL, write_pdf, true},
    {"opensdg", "opensdg", write_opensdg, false},
    {"sdmx", "sdmx", write_sdmx, false},
};

_Static_assert(sizeof writers / sizeof writers[0] <= CHARTA_WRITERS_MAX,
               "raise CHARTA_WRITERS_MAX");

/* named in the design, not written yet (none at the moment) */
static const char *const planned[] = {NULL};

const charta_writer *
charta_writer_at(size_t i)
{
    return i < charta_writer_count() ? &writers[i] : NULL;
}

size_t
charta_writer_count(void)
{
    return sizeof writers / sizeof writers[0];
}

const charta_writer *
charta_writer_find(const char *name)
{
    for (size_t i = 0; i < charta_writer_count(); i++)
        if (strcmp(writers[i].name, name) == 0)
            return &writers[i];
    return NULL;
}

bool
charta_writer_planned(const char *name)
{
    for (size_t i = 0; i < sizeof planned / sizeof planned[0]; i++)
        if (planned[i] && strcmp(planned[i], name) == 0)
            return true;
    return false;
}

const char *
charta_writer_names(void)
{
    /* the table's names in its order; tests/unit/app checks the two agree */
    return "xlsx, csv, charts, pdf, opensdg, sdmx";
}
