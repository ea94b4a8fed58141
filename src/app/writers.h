/* writers.h: the output formats of a run, one table row each.
 *
 * Owns: nothing; the table is constant. Uses: the render stages and export.
 * A format is what `--formats` and `report { formats = ... }` name; its row
 * says how it writes its files into the staging folder. Adding a format is
 * a new file in its stage and a row in writers.c, not an edit of the
 * pipeline.
 */
#ifndef CHARTA_APP_WRITERS_H
#define CHARTA_APP_WRITERS_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/diag.h"
#include "charta/project.h"
#include "charta/report.h"
#include "charta/results.h"

/* What a writer is given. Everything is borrowed for the one call. */
typedef struct charta_writer_ctx {
    const charta_results *res;
    const charta_project *project;
    const charta_report_opts *opts; /* language, window, run date, chart hook */
    const char *staging;            /* the folder that becomes the report */
    int year;                       /* the report year (file names) */
    int dpi;                        /* chart PNG resolution */
    bool named;                     /* the formats were named (--formats, report.formats),
                                     * not all taken by default */
    /* Record a written file (path relative to staging) for the manifest;
     * CHARTA_ERR_NOMEM when it cannot be kept. */
    charta_status (*add_output)(void *owner, const char *rel);
    void *owner;
} charta_writer_ctx;

typedef struct charta_writer {
    const char *name; /* the format's name on the command line */
    const char *dir;  /* the folder it writes into (fsynced after), NULL for files only */
    /* Write the format's files under w->staging and record each with
     * w->add_output. Returns CHARTA_OK or the first failure (diagnostics in
     * d); a failed writer may leave partial files in staging, which the
     * pipeline discards with the staging folder. */
    charta_status (*write)(const charta_writer_ctx *w, charta_diags *d);
    /* draws text with Cairo and Pango: such writers share one thread (writers_run.c) */
    bool draws;
} charta_writer;

/* At most this many formats (callers keep a flag per format). */
enum { CHARTA_WRITERS_MAX = 16 };

/* The formats this build writes, in the order they are written; count with
 * charta_writer_count(). */
const charta_writer *charta_writer_at(size_t i);
size_t charta_writer_count(void);

/* The row for a format name, or NULL when this build does not write it. */
const charta_writer *charta_writer_find(const char *name);

/* The names of the table, comma-separated, for help and error texts
 * (a constant string). */
const char *charta_writer_names(void);

/* Run the writers of want (a flag per row of the table) with w: one after the other
 * when jobs < 2, else those that draw on the calling thread and the others on a
 * thread of their own (writers_run.c), with the same files, records and messages in
 * the same order as one after the other. Returns the first failure in the table's
 * order. */
charta_status charta_writers_run(const charta_writer_ctx *w, const bool want[CHARTA_WRITERS_MAX],
                                 int jobs, charta_diags *d);

/* True for a format that is named in the design but not written yet
 * (its error says "not supported yet" rather than "unknown"). */
bool charta_writer_planned(const char *name);

#endif
