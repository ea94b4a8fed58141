/* manifest.c: hashes and manifest.json. */
#include "charta/manifest.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/util.h"

static void
json_str(charta_buf *b, const char *s)
{
    charta_buf_puts(b, "\"");
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\')
            charta_buf_printf(b, "\\%c", *c);
        else if (*c < 0x20)
            charta_buf_printf(b, "\\u%04x", *c);
        else
            charta_buf_append(b, (const char *)c, 1);
    }
    charta_buf_puts(b, "\"");
}

charta_status
charta_manifest_write(const char *dir, const charta_project *p, const charta_dataset *ds,
                      const char *run_date, const char *const *outputs, size_t n_outputs,
                      charta_diags *diags)
{
    charta_buf b = {0};
    charta_buf_puts(&b, "{\n  \"charta\": ");
    json_str(&b, CHARTA_VERSION);
    charta_buf_puts(&b, ",\n  \"run_date\": ");
    json_str(&b, run_date);
    charta_buf_puts(&b, ",\n  \"city\": ");
    json_str(&b, p->city.id ? p->city.id : "");
    charta_buf_puts(&b, ",\n  \"inputs\": [");
    for (size_t i = 0; i < charta_dataset_input_count(ds); i++) {
        const charta_input *in = charta_dataset_input(ds, i);
        char *path = charta_path_join(p->dir, in->path);
        char hex[65] = "";
        long long bytes = 0;
        charta_status hs = path ? charta_sha256_file(path, hex, &bytes) : CHARTA_ERR_NOMEM;
        if (hs != CHARTA_OK) {
            free(path);
            charta_buf_free(&b);
            return charta_diag_error(diags, hs, in->path, 0, 0,
                                     "cannot read the input again to hash it: %s",
                                     strerror(errno));
        }
        free(path);
        charta_buf_printf(&b, "%s\n    {\"path\": ", i ? "," : "");
        json_str(&b, in->path);
        charta_buf_puts(&b, ", \"source\": ");
        json_str(&b, in->source);
        charta_buf_printf(&b, ", \"rows\": %ld, \"bytes\": %lld, \"sha256\": \"%s\"", in->rows,
                          bytes, hex);
        if (in->as_of) {
            charta_buf_puts(&b, ", \"as_of\": ");
            json_str(&b, in->as_of);
        }
        charta_buf_puts(&b, "}");
    }
    charta_buf_puts(&b, "\n  ],\n  \"outputs\": [");
    for (size_t i = 0; i < n_outputs; i++) {
        char *path = charta_path_join(dir, outputs[i]);
        char hex[65] = "";
        long long bytes = 0;
        charta_status hs = path ? charta_sha256_file(path, hex, &bytes) : CHARTA_ERR_NOMEM;
        if (hs != CHARTA_OK) {
            free(path);
            charta_buf_free(&b);
            return charta_diag_error(diags, hs, NULL, 0, 0,
                                     "cannot read the output %s to hash it: %s", outputs[i],
                                     strerror(errno));
        }
        free(path);
        charta_buf_printf(&b, "%s\n    {\"path\": ", i ? "," : "");
        json_str(&b, outputs[i]);
        charta_buf_printf(&b, ", \"bytes\": %lld, \"sha256\": \"%s\"}", bytes, hex);
    }
    charta_buf_puts(&b, "\n  ]\n}\n");
    if (b.oom) {
        charta_buf_free(&b);
        return CHARTA_ERR_NOMEM;
    }
    char *path = charta_path_join(dir, "manifest.json");
    FILE *f = path ? fopen(path, "wb") : NULL;
    charta_status st = CHARTA_OK;
    if (!f) {
        st = charta_diag_error(diags, errno == ENOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_CANTCREATE,
                               NULL, 0, 0, "cannot create %s: %s",
                               path ? path : "manifest.json", strerror(errno));
    } else {
        size_t w = fwrite(b.data, 1, b.len, f);
        int e1 = w == b.len ? 0 : errno;
        if (fflush(f) != 0 && !e1)
            e1 = errno;
        if (fclose(f) != 0 && !e1)
            e1 = errno;
        if (e1)
            st = charta_diag_error(diags, CHARTA_ERR_IO, NULL, 0, 0, "cannot write %s: %s", path,
                                   strerror(e1));
    }
    free(path);
    charta_buf_free(&b);
    return st;
}
