/* pipeline.h: one run, from the project folder to the published report.
 *
 * Owns (src/app/pipeline.c; publishing in src/app/publish.c): the engine (and with
 * it the project), dataset and results of the run, its report directory name and
 * output list, all freed by charta_run_free; the staging directory and the lock
 * while it runs. Every pointer
 * the accessors return is borrowed from the run.
 * Uses: engine.h; source.h; progress.h; report.h, csvout.h, xlsx.h, chart.h, pdf.h;
 * manifest.h; dataset.h, results.h, project.h; diag.h, util.h (the app layer may use
 * every layer).
 * Stages (DESIGN §1): load the scripts, import the sources, freeze the
 * dataset, compute the indicators, assess progress, then (for `run`) write every
 * format into `.<name>.staging-<pid>/` beside the report directory and swap it in
 * atomically (DESIGN §7). A failed run removes its staging directory and
 * leaves the published report untouched.
 */
#ifndef CHARTA_PIPELINE_H
#define CHARTA_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <signal.h>

#include "charta/dataset.h"
#include "charta/diag.h"
#include "charta/project.h"
#include "charta/results.h"

typedef enum charta_mode {
    CHARTA_MODE_RUN = 0, /* write the report */
    CHARTA_MODE_CHECK,   /* load, import, evaluate; write nothing */
} charta_mode;

typedef struct charta_run_opts {
    const char *project_dir;
    const char *out_dir;  /* NULL = <project>/report */
    const char *lang;     /* NULL = the city's first language */
    const char *run_date; /* "YYYY-MM-DD", NULL = today */
    int year;             /* report year, 0 = last year of the window */
    const char *formats;  /* "xlsx,csv"; NULL = the project's or every supported one */
    int dpi;              /* resolution of the chart PNGs; 0 = 96 */
    int jobs;             /* writers at once: 1 one after the other, 0 = the cores */
    charta_mode mode;
    const char *lib_dir; /* NULL = search (engine.h) */
    /* set (by main's signal handler) to stop at the next stage boundary */
    volatile const int *interrupted;
    /* told the project's time limit once the scripts have loaded */
    void (*on_limits)(double seconds);
} charta_run_opts;

typedef struct charta_run charta_run;

/* Run the stages up to the results (and publishing for CHARTA_MODE_RUN).
 * The run keeps the project, dataset and results for the caller (list,
 * show) until charta_run_free. *out is set even on failure (NULL only on
 * out of memory); the caller frees it with charta_run_free in every case.
 * Returns the first failing stage's status, its diagnostics in diags (borrowed
 * for the call): CHARTA_ERR_USAGE (bad date, year or formats), the statuses of the
 * stages, CHARTA_ERR_LOCKED when another run publishes into the same directory;
 * CHARTA_ERR_INTERNAL, without a diagnostic, when *opts->interrupted was set at a
 * stage boundary (a script it interrupts fails with CHARTA_ERR_LIMIT). */
charta_status charta_run_project(const charta_run_opts *opts, charta_diags *diags,
                                 charta_run **out);
/* Free the run: results, dataset, engine and project, the lists; NULL is a no-op. */
void charta_run_free(charta_run *run);

/* The project, dataset and results of the run: borrowed, NULL when the run did not
 * get that far (or run is NULL). */
const charta_project *charta_run_project_of(const charta_run *run);
const charta_dataset *charta_run_dataset(const charta_run *run);
const charta_results *charta_run_results(const charta_run *run);
/* The report directory (set once publishing started; the published one after a
 * successful run), NULL before; borrowed. */
const char *charta_run_out_dir(const charta_run *run);
/* Files written, relative to the report directory, in order: the count, and file i
 * (borrowed; NULL when i is out of range). */
size_t charta_run_output_count(const charta_run *run);
const char *charta_run_output(const charta_run *run, size_t i);
/* What scripts printed (charta_engine_log); "" without an engine. Borrowed. */
const char *charta_run_log(const charta_run *run);
/* The location of the script call in progress, for the watchdog
 * (charta_engine_where); "" without an engine. Borrowed. */
const char *charta_run_where(const charta_run *run);

/* Wall-clock seconds per stage of the last run (for scripts/bench). */
typedef struct charta_timings {
    double load, import, compute, write;
} charta_timings;
/* The run's stage times (compute includes the progress assessment); all zero for a
 * NULL run and for stages not reached. */
charta_timings charta_run_timings(const charta_run *run);

/* Formats this build writes, for messages ("xlsx, csv, charts, pdf"); a static
 * string. */
const char *charta_supported_formats(void);

#endif
