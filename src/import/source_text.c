/* source_text.c: a data file's bytes and text, read under the run's caps.
 *
 * Shared by the readers of every format (source_internal.h): the file is read
 * once, never mapped, and counted against the per-file and per-run limits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/source.h"
#include "charta/textenc.h"
#include "charta/util.h"
#include "source_internal.h"

void
charta_src_text_free(src_text *t)
{
    free(t->heap);
    memset(t, 0, sizeof *t);
}

/* The caps for the next file of the run: the per-file cap, or what is left of the
 * per-run cap when that is smaller; limit gets the words for the message. */
static size_t
file_cap(const charta_import_ctx *ix, char *limit, size_t limit_size)
{
    double file_mb = ix && ix->max_file_mb > 0 ? ix->max_file_mb : SRC_MAX_FILE_MB;
    double run_mb = ix && ix->max_input_mb > 0 ? ix->max_input_mb : SRC_MAX_INPUT_MB;
    double file = file_mb * 1024 * 1024, run = run_mb * 1024 * 1024;
    double used = ix ? (double)ix->used : 0;
    double left = run > used ? run - used : 0;
    if (left < file) {
        snprintf(limit, limit_size,
                 _("the %.1f MB left of the limit of %g MB for all input files of a run; raise it "
                 "with city { limits = { max_input_mb = ... } }"),
                 left / (1024 * 1024), run_mb);
        return left >= 1 ? (size_t)left : 1;
    }
    snprintf(limit, limit_size,
             _("the limit of %g MB per file; raise it with city { limits = { max_file_mb = ... } }"),
             file_mb);
    return (size_t)file;
}

bool
charta_src_load_bytes(charta_diags *diags, const char *project_dir, const char *file,
                      const char *decl_file, int decl_line, const char *owner,
                      charta_import_ctx *ix, char **raw, size_t *raw_len, charta_status *st)
{
    char why[600], limit[200];
    *raw = NULL;
    *raw_len = 0;
    char *path = charta_path_join(project_dir, file);
    if (!path) {
        *st = charta_diag_error(diags, CHARTA_ERR_NOMEM, file, 0, 0, "out of memory");
        return false;
    }
    charta_read_opts ro = {.name = file, .interrupted = ix ? ix->interrupted : NULL};
    ro.max_bytes = file_cap(ix, limit, sizeof limit);
    ro.limit = limit;
    charta_status cs = charta_read_input(path, &ro, raw, raw_len, why, sizeof why);
    free(path);
    if (cs != CHARTA_OK) {
        *st = charta_diag_error(diags, cs, decl_file, decl_line, 0, "%s: %s", owner, why);
        return false;
    }
    if (ix && *raw_len > ro.max_bytes) { /* the run's cap was already used up */
        *st = charta_diag_error(diags, CHARTA_ERR_DATA, decl_file, decl_line, 0,
                                "%s: '%s' has %zu bytes, more than %s", owner, file, *raw_len,
                                limit);
        free(*raw);
        *raw = NULL;
        return false;
    }
    if (ix)
        ix->used += *raw_len;
    return true;
}

bool
charta_src_load_text(charta_diags *diags, const char *project_dir, const char *file, charta_encoding enc,
              const char *decl_file, int decl_line, const char *owner, charta_import_ctx *ix,
              src_text *t, charta_status *st)
{
    char *raw = NULL;
    size_t raw_len = 0;
    charta_textenc_error terr;
    charta_status cs;
    memset(t, 0, sizeof *t);
    if (!charta_src_load_bytes(diags, project_dir, file, decl_file, decl_line, owner, ix, &raw,
                               &raw_len, st))
        return false;
    if (enc == CHARTA_ENC_UTF8) {
        size_t skip = raw_len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        if (!memchr(raw + skip, '\0', raw_len - skip) &&
            charta_utf8_valid(raw + skip, raw_len - skip, NULL)) {
            t->heap = raw;
            t->data = raw + skip;
            t->len = raw_len - skip;
            return true;
        }
    }
    /* another encoding, or a problem to report exactly: convert a copy */
    {
        size_t len = 0;
        cs = charta_textenc_to_utf8(enc, raw, raw_len, &t->heap, &len, &terr);
        t->data = t->heap;
        t->len = len;
        if (cs == CHARTA_ERR_DATA)
            *st = charta_diag_error(diags, cs, file, terr.line, terr.col, "%s", terr.message);
        else if (cs != CHARTA_OK)
            *st = charta_diag_error(diags, cs, file, 0, 0, "cannot convert the file from %s: %s",
                                    charta_encoding_name(enc), charta_status_str(cs));
        if (cs != CHARTA_OK)
            charta_src_text_free(t);
    }
    free(raw);
    return t->data != NULL;
}

