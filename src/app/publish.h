/* publish.h: the report folder of a run: the lock, the staging folder and
 * the swap (DESIGN §7).
 *
 * Owns (src/app/publish.c): the lock and the staging folder while it runs,
 * nothing after the call. Uses: manifest.h (reading a manifest back), diag.h,
 * util.h. The pipeline says what to write through a callback; this file
 * decides where, and whether a folder may be replaced: only an empty one or
 * one that holds charta's manifest and nothing but the files it lists (and
 * the folders they are in), never one holding the project or an input.
 */
#ifndef CHARTA_APP_PUBLISH_H
#define CHARTA_APP_PUBLISH_H

#include <stddef.h>

#include "charta/diag.h"

/* What to publish where. Everything is borrowed for the one call. */
typedef struct charta_publish_job {
    const char *out_dir; /* the report folder as named, without trailing '/' */
    /* Paths the report folder must never hold: keep[0] the project folder,
     * then the input files (a folder that holds one is not replaced). */
    const char *const *keep;
    size_t n_keep;
    /* Write the whole report, manifest included and synced, into the folder
     * staging (created empty); CHARTA_OK or the first failure, with its
     * diagnostics in d. */
    charta_status (*write)(void *ctx, const char *staging, charta_diags *d);
    void *ctx;
    volatile const int *interrupted; /* NULL, or set to stop before the swap */
} charta_publish_job;

/* Take the lock beside job->out_dir, build the report in a staging folder
 * beside it and swap that in; the previous report is removed afterwards.
 * CHARTA_OK; CHARTA_ERR_CANTCREATE when the folder cannot be created or may
 * not be replaced (the diagnostic names the first file charta did not write),
 * CHARTA_ERR_LOCKED when another run holds the lock,
 * CHARTA_ERR_IO, CHARTA_ERR_NOMEM, or the failure of job->write; each with a
 * diagnostic in d except out of memory. A failure leaves the published
 * report as it was and removes the staging folder. */
charta_status charta_publish(const charta_publish_job *job, charta_diags *d);

#endif
