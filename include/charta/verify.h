/* verify.h: a report folder checked against its manifest.json (`charta verify`).
 *
 * Owns (src/export/verify.c): nothing after the call. Uses: manifest.h (reading
 * the manifest back), hash.h (SHA-256), diag.h, util.h (base).
 * A report holds exactly what its manifest lists: every output as a regular
 * file of the listed size and SHA-256, and no other file. The folder is read,
 * never changed; a symbolic link inside it is never followed (a link where a
 * file should be is a difference, as is an unlisted link), so the check sees
 * only what lies in the folder itself.
 */
#ifndef CHARTA_VERIFY_H
#define CHARTA_VERIFY_H

#include <stddef.h>

#include "charta/diag.h"

/* Check the report folder dir against dir/manifest.json. Each difference is one
 * error diagnostic (status CHARTA_ERR_DATA) whose file is "dir/<path>" and whose
 * message says what differs: "missing", "not listed in the manifest", "a symbolic
 * link, not a file", "size 123, expected 124", "changed: SHA-256 <hex>, expected
 * <hex>", "a folder, not a file" or what else stands there; added in the order of
 * the paths (strcmp), so the output is the same on every machine. Every regular
 * file, symbolic link or other entry under dir except the top manifest.json must be
 * listed; folders are walked (at most 32 deep), not listed themselves.
 * *n_files gets the number of outputs the manifest lists (0 when it cannot be read).
 * Returns CHARTA_OK when nothing differs; CHARTA_ERR_DATA when something does, or
 * the manifest is not charta's (malformed, unsigned, a path outside the folder:
 * one error naming dir/manifest.json); CHARTA_ERR_NOINPUT when dir is not a folder
 * or has no manifest.json that can be read (a symbolic link is not read);
 * CHARTA_ERR_IO when a file or folder in it cannot be read (after the other
 * differences are listed); CHARTA_ERR_NOMEM. Each failure has a diagnostic except
 * running out of memory. */
charta_status charta_verify_report(const char *dir, size_t *n_files, charta_diags *diags);

#endif
