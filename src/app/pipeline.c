/* pipeline.c: the stages of a run; publish.c puts the report in place. */
#include "charta/pipeline.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "charta/chart.h"
#include "charta/engine.h"
#include "charta/i18n.h"
#include "charta/manifest.h"
#include "charta/progress.h"
#include "charta/report.h"
#include "charta/source.h"
#include "charta/util.h"
#include "publish.h"
#include "writers.h"


struct charta_run {
    charta_engine *engine;
    charta_dataset *ds;
    charta_results *res;
    char *out_dir;
    char **outputs;
    size_t n_outputs;
    char run_date[16];
    bool formats_named; /* --formats or report.formats named the formats */
    charta_timings times;
    charta_made_dirs made; /* the folders made for the report's parent */
};

static double
seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

charta_timings
charta_run_timings(const charta_run *run)
{
    return run ? run->times : (charta_timings){0};
}

const char *
charta_supported_formats(void)
{
    return charta_writer_names();
}

void
charta_run_free(charta_run *run)
{
    if (!run)
        return;
    charta_results_free(run->res);
    charta_dataset_free(run->ds);
    charta_engine_free(run->engine);
    charta_made_dirs_keep(&run->made);
    free(run->out_dir);
    for (size_t i = 0; i < run->n_outputs; i++)
        free(run->outputs[i]);
    free(run->outputs);
    free(run);
}

const charta_project *
charta_run_project_of(const charta_run *run)
{
    return run && run->engine ? charta_engine_project(run->engine) : NULL;
}

const charta_dataset *
charta_run_dataset(const charta_run *run)
{
    return run ? run->ds : NULL;
}

const charta_results *
charta_run_results(const charta_run *run)
{
    return run ? run->res : NULL;
}

const char *
charta_run_out_dir(const charta_run *run)
{
    return run ? run->out_dir : NULL;
}

size_t
charta_run_output_count(const charta_run *run)
{
    return run ? run->n_outputs : 0;
}

const char *
charta_run_output(const charta_run *run, size_t i)
{
    return run && i < run->n_outputs ? run->outputs[i] : NULL;
}

const char *
charta_run_log(const charta_run *run)
{
    return run && run->engine ? charta_engine_log(run->engine) : "";
}

const char *
charta_run_where(const charta_run *run)
{
    return run && run->engine ? charta_engine_where(run->engine) : "";
}

/* --- formats -------------------------------------------------------------- */

/* Which formats to write: the command line, else the project, else all; *named says
 * whether a list named them. */
static charta_status
pick_formats(const charta_run_opts *o, const charta_project *p, bool want[CHARTA_WRITERS_MAX],
             bool *named, charta_diags *d)
{
    size_t n_writers = charta_writer_count();
    for (size_t f = 0; f < n_writers; f++)
        want[f] = false;
    char **list = NULL;
    size_t n = 0;
    char *copy = NULL;
    if (o->formats) {
        copy = charta_strdup(o->formats);
        if (!copy)
            return CHARTA_ERR_NOMEM;
        for (char *tok = strtok(copy, ", "); tok; tok = strtok(NULL, ", ")) {
            char **nl = realloc(list, (n + 1) * sizeof *nl);
            if (!nl) {
                free(list);
                free(copy);
                return CHARTA_ERR_NOMEM;
            }
            list = nl;
            list[n++] = tok;
        }
    } else if (p->report.n_formats) {
        list = p->report.formats;
        n = p->report.n_formats;
    }
    charta_status st = CHARTA_OK;
    for (size_t i = 0; i < n; i++) {
        const charta_writer *w = charta_writer_find(list[i]);
        if (w) {
            want[w - charta_writer_at(0)] = true;
        } else {
            const char *file = o->formats ? NULL : p->report.loc.file;
            int line = o->formats ? 0 : p->report.loc.line;
            st = charta_diag_error(d, o->formats ? CHARTA_ERR_USAGE : CHARTA_ERR_SCRIPT, file,
                                   line, 0, "format '%s' is %s; this build writes: %s", list[i],
                                   charta_writer_planned(list[i]) ? _("not supported yet")
                                                                  : _("unknown"),
                                   charta_supported_formats());
        }
    }
    *named = n > 0;
    if (!n)
        for (size_t f = 0; f < n_writers; f++)
            want[f] = true;
    if (o->formats)
        free(list);
    free(copy);
    return st;
}

/* --- files and directories ------------------------------------------------ */

static charta_status
fsync_path(const char *path, bool dir, charta_diags *d)
{
    int fd = open(path, (dir ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot open %s: %s", path,
                                 strerror(errno));
    int rc = fsync(fd);
    int err = errno;
    close(fd);
    if (rc != 0 && !(dir && err == EINVAL))
        return charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot sync %s: %s", path,
                                 strerror(err));
    return CHARTA_OK;
}


static charta_status
add_output(charta_run *run, const char *rel)
{
    char **o = realloc(run->outputs, (run->n_outputs + 1) * sizeof *o);
    if (!o)
        return CHARTA_ERR_NOMEM;
    run->outputs = o;
    run->outputs[run->n_outputs] = charta_strdup(rel);
    if (!run->outputs[run->n_outputs])
        return CHARTA_ERR_NOMEM;
    run->n_outputs++;
    return CHARTA_OK;
}

/* The workbook's pictures: each indicator's main chart (charta_chart_png). */
static charta_status
workbook_chart_png(void *ctx, const charta_results *r, size_t indicator, const char *lang,
                   unsigned char **png, size_t *len, charta_diags *d)
{
    charta_report_opts o = *(const charta_report_opts *)ctx;
    o.lang = lang;
    return charta_chart_png(r, indicator, &o, 96, png, len, d);
}

static charta_status
record_output(void *owner, const char *rel)
{
    return add_output(owner, rel);
}

/* Write every format into staging; fsync what was written. */
static charta_status
write_outputs(charta_run *run, const charta_run_opts *o, const char *staging,
              const bool want[CHARTA_WRITERS_MAX], charta_diags *d)
{
    const charta_project *p = charta_engine_project(run->engine);
    int year = o->year ? o->year : p->city.year_last;
    charta_report_opts ro = {.lang = charta_project_lang(p, o->lang),
                             .run_date = run->run_date,
                             .year_first = p->city.year_first,
                             .year_last = year,
                             .tmpdir = staging,
                             .interrupted = o->interrupted};
    charta_report_opts chart_o = ro; /* the pictures' options, without the hook itself */
    ro.chart_png = workbook_chart_png;
    ro.chart_png_ctx = &chart_o;
    charta_writer_ctx w = {.res = run->res,
                           .project = p,
                           .opts = &ro,
                           .staging = staging,
                           .year = year,
                           .dpi = o->dpi,
                           .named = run->formats_named,
                           .add_output = record_output,
                           .owner = run};
    charta_status st = CHARTA_OK;
    char *path = NULL;
    size_t n_writers = charta_writer_count();
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = o->jobs > 0 ? o->jobs : cores > 0 ? (int)cores : 1;
    st = charta_writers_run(&w, want, jobs, d);
    if (st != CHARTA_OK)
        return st;
    st = charta_manifest_write(staging, p, run->ds, run->run_date,
                               (const char *const *)run->outputs, run->n_outputs, d);
    if (st != CHARTA_OK)
        return st;
    for (size_t i = 0; i < run->n_outputs && st == CHARTA_OK; i++) {
        path = charta_path_join(staging, run->outputs[i]);
        st = path ? fsync_path(path, false, d) : CHARTA_ERR_NOMEM;
        free(path);
    }
    if (st == CHARTA_OK) {
        path = charta_path_join(staging, "manifest.json");
        st = path ? fsync_path(path, false, d) : CHARTA_ERR_NOMEM;
        free(path);
    }
    /* the folders below a writer's own (opensdg/data, opensdg/meta): each output's
     * folder, once in a row */
    char *last_dir = NULL;
    for (size_t i = 0; i < run->n_outputs && st == CHARTA_OK; i++) {
        const char *slash = strrchr(run->outputs[i], '/');
        if (!slash || !strchr(run->outputs[i], '/') || slash == strchr(run->outputs[i], '/'))
            continue; /* top level, or one level down: synced below */
        char *dir = charta_strndup(run->outputs[i], (size_t)(slash - run->outputs[i]));
        if (!dir) {
            st = CHARTA_ERR_NOMEM;
            break;
        }
        if (!last_dir || strcmp(dir, last_dir) != 0) {
            path = charta_path_join(staging, dir);
            st = path ? fsync_path(path, true, d) : CHARTA_ERR_NOMEM;
            free(path);
        }
        free(last_dir);
        last_dir = dir;
    }
    free(last_dir);
    for (size_t f = 0; f < n_writers && st == CHARTA_OK; f++) {
        const char *dir = charta_writer_at(f)->dir;
        if (!want[f] || !dir)
            continue;
        path = charta_path_join(staging, dir);
        struct stat sb; /* a writer with nothing to write makes no folder */
        if (path && stat(path, &sb) == 0)
            st = fsync_path(path, true, d);
        else if (!path)
            st = CHARTA_ERR_NOMEM;
        free(path);
    }
    if (st == CHARTA_OK)
        st = fsync_path(staging, true, d);
    return st;
}


/* What publishing calls back: the run's formats into its staging folder. */
typedef struct write_job {
    charta_run *run;
    const charta_run_opts *o;
    const bool *want;
} write_job;

static charta_status
write_into(void *ctx, const char *staging, charta_diags *d)
{
    write_job *w = ctx;
    return write_outputs(w->run, w->o, staging, w->want, d);
}

/* The report folder as named (-o, else <project>/report), without a trailing '/'. */
static charta_status
set_out_dir(charta_run *run, const charta_run_opts *o)
{
    const charta_project *p = charta_engine_project(run->engine);
    run->out_dir = o->out_dir ? charta_strdup(o->out_dir) : charta_path_join(p->dir, "report");
    if (!run->out_dir)
        return CHARTA_ERR_NOMEM;
    size_t len = strlen(run->out_dir);
    while (len > 1 && run->out_dir[len - 1] == '/')
        run->out_dir[--len] = '\0';
    return CHARTA_OK;
}

/* Before the data are read, so that a report folder that cannot be made fails at
 * once: make its missing parent folders and check that it can be published there. */
static charta_status
prepare_output(charta_run *run, charta_diags *d)
{
    const charta_project *p = charta_engine_project(run->engine);
    /* what the report folder must never hold: the project and the files it reads */
    size_t n_keep = 0;
    char **keep = calloc(p->n_sources + 2, sizeof *keep);
    charta_status st = keep ? CHARTA_OK : CHARTA_ERR_NOMEM;
    if (keep && !(keep[n_keep++] = charta_strdup(p->dir)))
        st = CHARTA_ERR_NOMEM;
    for (size_t i = 0; i < p->n_sources && st == CHARTA_OK; i++)
        if (!(keep[n_keep++] = charta_path_join(p->dir, p->sources[i].file)))
            st = CHARTA_ERR_NOMEM;
    if (st == CHARTA_OK && p->has_areas && p->areas.file &&
        !(keep[n_keep++] = charta_path_join(p->dir, p->areas.file)))
        st = CHARTA_ERR_NOMEM;
    charta_publish_job job = {.out_dir = run->out_dir,
                              .keep = (const char *const *)keep,
                              .n_keep = n_keep};
    if (st == CHARTA_OK)
        st = charta_publish_prepare(&job, &run->made, d);
    for (size_t i = 0; i < n_keep; i++)
        free(keep[i]);
    free(keep);
    return st;
}

/* Stage, then swap the staging directory in (DESIGN §7, publish.c). */
static charta_status
publish(charta_run *run, const charta_run_opts *o, const bool want[CHARTA_WRITERS_MAX],
        charta_diags *d)
{
    const charta_project *p = charta_engine_project(run->engine);
    /* what the report folder must never hold: the project and its inputs */
    size_t n_in = charta_dataset_input_count(run->ds), n_keep = 0;
    char **keep = calloc(n_in + 1, sizeof *keep);
    charta_status st = keep ? CHARTA_OK : CHARTA_ERR_NOMEM;
    if (keep && !(keep[n_keep++] = charta_strdup(p->dir)))
        st = CHARTA_ERR_NOMEM;
    for (size_t i = 0; i < n_in && st == CHARTA_OK; i++)
        if (!(keep[n_keep++] = charta_path_join(p->dir, charta_dataset_input(run->ds, i)->path)))
            st = CHARTA_ERR_NOMEM;
    write_job w = {.run = run, .o = o, .want = want};
    charta_publish_job job = {.out_dir = run->out_dir,
                              .keep = (const char *const *)keep,
                              .n_keep = n_keep,
                              .write = write_into,
                              .ctx = &w,
                              .interrupted = o->interrupted};
    if (st == CHARTA_OK)
        st = charta_publish(&job, d);
    for (size_t i = 0; i < n_keep; i++)
        free(keep[i]);
    free(keep);
    return st;
}

/* --- the stages ------------------------------------------------------------ */

/* The project's area_change and series_break declarations into the dataset, which
 * applies them at freeze. */
static charta_status
declare_reforms(const charta_project *p, charta_dataset *ds, charta_diags *d)
{
    for (size_t i = 0; i < p->n_changes; i++) {
        const charta_change_decl *c = &p->changes[i];
        charta_status st = charta_dataset_add_area_change(ds, c->old_code, c->new_code, c->year);
        if (st == CHARTA_OK && !charta_dataset_set_area_change_decl(ds, c->loc.file, c->loc.line))
            st = CHARTA_ERR_NOMEM;
        if (st == CHARTA_ERR_NOMEM)
            return st;
        if (st != CHARTA_OK)
            return charta_diag_error(d, CHARTA_ERR_SCRIPT, c->loc.file, c->loc.line, 0,
                                     "area_change: '%s' -> '%s' cannot be applied", c->old_code,
                                     c->new_code);
    }
    for (size_t i = 0; i < p->n_breaks; i++)
        for (size_t k = 0; k < p->n_sources; k++)
            for (size_t v = 0; v < p->sources[k].n_vars; v++) {
                const char *name = p->sources[k].vars[v].name;
                if (!charta_break_covers(&p->breaks[i], name, p->sources[k].name))
                    continue;
                int var = charta_dataset_find_variable(ds, name);
                if (var >= 0 && charta_dataset_add_break(ds, var, p->breaks[i].year) != CHARTA_OK)
                    return CHARTA_ERR_NOMEM;
            }
    return CHARTA_OK;
}

static charta_status
import_data(charta_run *run, volatile const int *interrupted, charta_diags *d)
{
    charta_project *p = charta_engine_project(run->engine);
    charta_import_ctx ix = {.max_file_mb = p->city.limits.max_file_mb,
                            .max_input_mb = p->city.limits.max_input_mb,
                            .interrupted = interrupted};
    run->ds = charta_dataset_new();
    if (!run->ds)
        return CHARTA_ERR_NOMEM;
    charta_status st = CHARTA_OK;
    if (p->has_areas)
        st = charta_areas_load(&p->areas, p->dir, run->ds, &ix, d);
    if (st != CHARTA_OK)
        return st;
    /* every source is read, so that one run reports all their problems */
    for (size_t i = 0; i < p->n_sources; i++) {
        charta_status s = charta_source_load(&p->sources[i], p->dir, run->ds, &ix, d);
        st = charta_status_worse(st, s);
        if (s == CHARTA_ERR_NOMEM)
            return s;
    }
    if (st != CHARTA_OK)
        return st;
    for (size_t i = 0; i < p->n_sources; i++)
        for (size_t v = 0; v < p->sources[i].n_vars; v++) {
            const charta_var_spec *vs = &p->sources[i].vars[v];
            int var = charta_dataset_find_variable(run->ds, vs->name);
            int line = vs->at.line ? vs->at.line : vs->line;
            if (var >= 0 && !charta_dataset_set_variable_decl(run->ds, var,
                                                              p->sources[i].decl_file, line))
                return CHARTA_ERR_NOMEM;
            if (!vs->weight)
                continue;
            int w = charta_dataset_find_variable(run->ds, vs->weight);
            if (w < 0)
                st = charta_diag_error(d, CHARTA_ERR_SCRIPT, p->sources[i].decl_file, vs->line, 0,
                                       "variable '%s': weight '%s' is not a variable", vs->name,
                                       vs->weight);
            else if (var >= 0)
                charta_dataset_set_weight(run->ds, var, w);
        }
    if (st != CHARTA_OK)
        return st;
    if (p->city.code && charta_dataset_find_area(run->ds, p->city.code) < 0) {
        if (charta_dataset_areas_closed(run->ds))
            return charta_diag_error(d, CHARTA_ERR_DATA, p->city.loc.file, p->city.loc.line, 0,
                                     "city: code '%s' is not one of the declared areas",
                                     p->city.code);
        /* no input names the subject area: it becomes the root the others sum up to */
        if (charta_dataset_add_area(run->ds, p->city.code, p->city.name, NULL) < 0)
            return CHARTA_ERR_NOMEM;
    }
    if ((st = declare_reforms(p, run->ds, d)) != CHARTA_OK)
        return st;
    charta_freeze_opts fo = {.year_first = p->city.year_first,
                             .year_last = p->city.year_last,
                             .root_code = p->city.code};
    return charta_dataset_freeze(run->ds, &fo, d);
}

static charta_status run_stages(charta_run *run, const charta_run_opts *o,
                                const bool want[CHARTA_WRITERS_MAX], charta_diags *d);

charta_status
charta_run_project(const charta_run_opts *o, charta_diags *d, charta_run **out)
{
    charta_run *run = calloc(1, sizeof *run);
    *out = run;
    if (!run)
        return CHARTA_ERR_NOMEM;
    if (o->out_dir && !o->out_dir[0])
        return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                 "-o '' names no folder; give the report folder, for example "
                                 "-o report");
    if (o->run_date) {
        if (!charta_date_parse(o->run_date, 1900, NULL, NULL, NULL))
            return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                     "--date '%s' is not a date like 2025-03-31", o->run_date);
        snprintf(run->run_date, sizeof run->run_date, "%s", o->run_date);
    } else {
        time_t now = time(NULL);
        struct tm tm;
        localtime_r(&now, &tm);
        strftime(run->run_date, sizeof run->run_date, "%Y-%m-%d", &tm);
    }
    run->engine = charta_engine_new(o->lib_dir, d);
    if (!run->engine)
        return CHARTA_ERR_NOMEM;
    if (o->interrupted)
        charta_engine_set_interrupt(run->engine, o->interrupted);
    double t0 = seconds_now();
    charta_status st = charta_engine_load(run->engine, o->project_dir);
    run->times.load = seconds_now() - t0;
    if (st != CHARTA_OK)
        return st;
    charta_project *p = charta_engine_project(run->engine);
    if (o->on_limits)
        o->on_limits(p->city.limits.seconds > 0 ? p->city.limits.seconds : 600);
    if (o->year && (o->year < p->city.year_first || o->year > p->city.year_last))
        return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                 "--year %d lies outside the reporting window %d-%d", o->year,
                                 p->city.year_first, p->city.year_last);
    bool want[CHARTA_WRITERS_MAX];
    st = pick_formats(o, p, want, &run->formats_named, d);
    if (st != CHARTA_OK)
        return st;
    st = charta_progress_check(p, NULL, d);
    if (st != CHARTA_OK)
        return st;
    if (o->interrupted && *o->interrupted)
        return CHARTA_ERR_INTERNAL;
    if (o->mode == CHARTA_MODE_RUN) {
        st = set_out_dir(run, o);
        if (st == CHARTA_OK)
            st = prepare_output(run, d);
        if (st == CHARTA_OK)
            st = run_stages(run, o, want, d);
        if (st != CHARTA_OK) /* the run leaves nothing it made */
            charta_made_dirs_undo(&run->made);
        return st;
    }
    return run_stages(run, o, want, d);
}

/* Import, compute, assess and (in a run) publish. */
static charta_status
run_stages(charta_run *run, const charta_run_opts *o, const bool want[CHARTA_WRITERS_MAX],
           charta_diags *d)
{
    charta_project *p = charta_engine_project(run->engine);
    double t0 = seconds_now();
    charta_status st = import_data(run, o->interrupted, d);
    run->times.import = seconds_now() - t0;
    if (st == CHARTA_OK)
        st = charta_engine_select(run->engine, run->ds);
    if (st != CHARTA_OK)
        return st;
    run->res = charta_results_new(run->ds, p);
    if (!run->res)
        return CHARTA_ERR_NOMEM;
    t0 = seconds_now();
    st = charta_engine_compute(run->engine, run->ds, run->res);
    /* the input values of a large run are not written (the workbook lists
     * the input files instead): release them before the assessments */
    if (st == CHARTA_OK && charta_dataset_variable_count(run->ds) *
                                   charta_dataset_area_count(run->ds) *
                                   charta_dataset_year_count(run->ds) >
                               CHARTA_XLSX_INPUT_CELLS)
        charta_dataset_drop_values(run->ds);
    if (st == CHARTA_OK) {
        charta_progress_opts po = {.year_last = o->year,
                                   .custom = charta_engine_progress_hook,
                                   .custom_ctx = run->engine};
        st = charta_progress_assess(run->res, &po, d);
    }
    run->times.compute = seconds_now() - t0;
    if (st != CHARTA_OK || o->mode == CHARTA_MODE_CHECK)
        return st;
    if (o->interrupted && *o->interrupted)
        return CHARTA_ERR_INTERNAL;
    t0 = seconds_now();
    st = publish(run, o, want, d);
    run->times.write = seconds_now() - t0;
    return st;
}
