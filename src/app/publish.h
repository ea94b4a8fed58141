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

/* The folders a run made on the way to its report folder, each as a descriptor of
 * the folder it was made in and its name; owned (the descriptors too) until
 * charta_made_dirs_undo or charta_made_dirs_keep. Zero is empty. */
typedef struct charta_made_dir {
    int parentfd;
    char *name;
} charta_made_dir;
typedef struct charta_made_dirs {
    charta_made_dir *dirs; /* the outermost first */
    size_t n;
} charta_made_dirs;

/* Before the data are read: make the folders of job->out_dir's parent that are
 * missing (as mkdir -p: each one in the folder above it, never through what exists
 * but a folder or a link to one; what it made goes to *made), then check that the
 * report can be published there: the parent is a folder charta may write in and
 * the report folder, if it exists, one it may replace (as charta_publish checks).
 * CHARTA_OK; CHARTA_ERR_CANTCREATE with a diagnostic; CHARTA_ERR_NOMEM. job->write
 * is not called. */
charta_status charta_publish_prepare(const charta_publish_job *job, charta_made_dirs *made,
                                     charta_diags *d);
/* A failed run: remove the folders made, the innermost first, each only if it is
 * still an empty folder (rmdir); then as charta_made_dirs_keep. */
void charta_made_dirs_undo(charta_made_dirs *made);
/* Close the descriptors and free the list, keeping the folders. */
void charta_made_dirs_keep(charta_made_dirs *made);

#endif
