/* init.h: `charta init`: a new city project from the shipped template.
 *
 * Owns (src/app/init.c): nothing beyond one call. Uses: engine.h (the library
 * folder), diag.h, util.h.
 * Copies <library>/templates/city into a new folder; the city's id becomes
 * the folder's name where that is a valid id. An existing non-empty folder
 * is never touched (CHARTA_ERR_CANTCREATE).
 */
#ifndef CHARTA_INIT_H
#define CHARTA_INIT_H

#include "charta/diag.h"

/* Copy the template into dir (created; an absent or empty folder), writing the
 * folder's name as the city's id in city.lua when it is a valid id (a-z, 0-9, - and
 * _, under 64 characters). CHARTA_OK; CHARTA_ERR_CANTCREATE (dir not empty, or a
 * folder or file cannot be created), CHARTA_ERR_NOINPUT (no shipped library or
 * template), CHARTA_ERR_IO, CHARTA_ERR_NOMEM; each but NOMEM a diagnostic. A failure
 * part-way leaves what was copied. */
charta_status charta_init_project(const char *dir, charta_diags *diags);

#endif
