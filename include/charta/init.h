/* init.h: `charta init`: a new city project from the shipped template, or from
 * another city's project.
 *
 * Owns (src/app/init.c): nothing beyond one call. Uses: engine.h (the library
 * folder; loading the project copied from, and the new one for its data list),
 * diag.h, util.h.
 * Copies <library>/templates/city (or opts->from) into a new folder; an existing
 * non-empty folder is never touched (CHARTA_ERR_CANTCREATE).
 */
#ifndef CHARTA_INIT_H
#define CHARTA_INIT_H

#include "charta/diag.h"

/* What the new project is; zero means default. */
typedef struct charta_init_opts {
    const char *name; /* the city's name (default: the template's, or the project's copied) */
    const char *code; /* its area code, e.g. the AGS */
    const char *kind; /* "Stadt", "Gemeinde", "Kreis", "Land", "Staat" (or English) */
    const char *from; /* a project folder to copy instead of the template */
} charta_init_opts;

/* Make dir (created; an absent or empty folder) a project: the template, its city
 * named by opts (the id is the folder's name when that is a valid id: a-z, 0-9, - and
 * _, under 64 characters), with data/README.md listing, for every variable of the
 * shipped vocabulary the template's library reads, the GENESIS / Regionalstatistik
 * table to download; or, with opts->from, that project's scripts and data (not its
 * reports), its city.lua's id, name, code and kind set from the folder and opts.
 * CHARTA_OK; CHARTA_ERR_USAGE (a name, code or kind that cannot be used, each a
 * diagnostic saying why), CHARTA_ERR_CANTCREATE (dir not empty, or a folder or file
 * cannot be created), CHARTA_ERR_NOINPUT (no shipped library or template, no project
 * at from), CHARTA_ERR_SCRIPT (the project copied from does not load), CHARTA_ERR_IO,
 * CHARTA_ERR_NOMEM; each but NOMEM a diagnostic. A failure part-way leaves what was
 * copied. */
charta_status charta_init_project(const char *dir, const charta_init_opts *opts,
                                  charta_diags *diags);

#endif
