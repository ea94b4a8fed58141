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

charta_status charta_init_project(const char *dir, charta_diags *diags);

#endif
