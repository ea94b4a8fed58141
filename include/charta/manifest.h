/* manifest.h: the report's manifest.json.
 *
 * Owns (src/export/manifest.c): nothing beyond one call; what a read returns is the
 * caller's. Uses: dataset.h, project.h (model); hash.h (SHA-256 of files), diag.h,
 * util.h (base).
 * The manifest records what went in and what came out (DESIGN §5, §7):
 * the generator ("charta <version>", the signature by which a later run knows
 * the folder as charta's), charta version, run date, the project, inputs
 * (path, rows, SHA-256) and outputs (path, bytes, SHA-256), keys in a fixed
 * order so that the same inputs give the same bytes.
 */
#ifndef CHARTA_MANIFEST_H
#define CHARTA_MANIFEST_H

#include <stddef.h>

#include "charta/dataset.h"
#include "charta/hash.h"
#include "charta/diag.h"
#include "charta/project.h"
#include "charta/util.h"

/* Write manifest.json into dir: the run date, p's city id, every input of ds (read
 * again under p->dir for its size and SHA-256) and every output (outputs[0..n),
 * relative to dir, hashed there), all borrowed. CHARTA_OK; CHARTA_ERR_IO when a file
 * cannot be read for its hash or the manifest cannot be written,
 * CHARTA_ERR_CANTCREATE, CHARTA_ERR_NOMEM; each a diagnostic, except running out of
 * memory while composing the text. */
charta_status charta_manifest_write(const char *dir, const charta_project *p,
                                    const charta_dataset *ds, const char *run_date,
                                    const char *const *outputs, size_t n_outputs,
                                    charta_diags *diags);

/* Read back the manifest text[0..len): when it is charta's (a "generator" of
 * "charta <version>", or the "charta" key of reports written before it) and its
 * outputs are relative paths without "." or ".." components, CHARTA_OK with
 * *outputs the sorted list of its output paths (*n_outputs of them; the caller
 * frees each and the array). CHARTA_ERR_DATA when the text is not such a
 * manifest (malformed JSON, no signature, no outputs, a bad path, a NUL),
 * CHARTA_ERR_NOMEM; both leave *outputs NULL. No diagnostics: the caller says
 * what the folder is. */
charta_status charta_manifest_read_outputs(const char *text, size_t len, char ***outputs,
                                           size_t *n_outputs);

/* One output as the manifest lists it. */
typedef struct charta_manifest_output {
    char *path;      /* relative to the report folder, never "." or ".." in it */
    long long bytes; /* its size */
    char sha256[65]; /* lower-case hex, NUL-terminated */
} charta_manifest_output;

/* Read back the manifest text[0..len) as charta_manifest_read_outputs does, but strictly
 * and with each output's size and SHA-256 (charta verify): CHARTA_OK with *outputs
 * sorted by path (*n_outputs of them; free with charta_manifest_outputs_free).
 * CHARTA_ERR_DATA also when an output lacks a whole "bytes" or a "sha256" of 64
 * lower-case hex digits, or a path is listed twice; why (may be NULL) then gets an
 * English reason ("no \"outputs\"", "an output is listed twice: data/a.csv").
 * CHARTA_ERR_NOMEM. On failure *outputs is NULL; no diagnostics. */
charta_status charta_manifest_read(const char *text, size_t len, charta_manifest_output **outputs,
                                   size_t *n_outputs, charta_buf *why);

/* Free outputs[0..n) and the array; NULL is a no-op. */
void charta_manifest_outputs_free(charta_manifest_output *outputs, size_t n);

#endif
