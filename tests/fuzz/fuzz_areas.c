/* libFuzzer target: the areas reader (charta_areas_load, areas_file.c) on any bytes,
 * as an areas file and as the inline rows of `areas { list = { ... } }`; the first byte
 * chooses the options:
 *   bits 0-1 the encoding (UTF-8, Latin-1, Windows-1252), bits 2-4 the delimiter
 *   (detected, , ; tab |), bit 5 the columns named (else the defaults), bit 6 the rows
 *   inline (one a line, code;name;parent) instead of a file, bit 7 a subject area
 *   (the city's code) given to the freeze.
 * The dataset is frozen after a load that did not fail, and its areas are checked:
 * closed, every parent an area, levels one below the parent's. Built by scripts/fuzz,
 * not by the normal build. */
#include <stdint.h>

#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The inline rows: each line "code;name;parent" (name and parent may be absent). */
typedef struct inline_rows {
    char *text; /* the lines, cut in place */
    char **code, **name, **parent;
    size_t n;
} inline_rows;

static void
rows_free(inline_rows *r)
{
    free(r->text);
    free(r->code);
    free(r->name);
    free(r->parent);
}

static int
rows_split(inline_rows *r, const uint8_t *data, size_t size)
{
    size_t lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    r->text = malloc(size + 1);
    r->code = calloc(lines, sizeof *r->code);
    r->name = calloc(lines, sizeof *r->name);
    r->parent = calloc(lines, sizeof *r->parent);
    if (!r->text || !r->code || !r->name || !r->parent)
        return 0;
    memcpy(r->text, data, size);
    r->text[size] = '\0'; /* an inner NUL ends the text, as a Lua string cannot hold one here */
    for (char *line = r->text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *f[3] = {line, NULL, NULL};
        for (int k = 1; k < 3 && f[k - 1]; k++) {
            char *semi = strchr(f[k - 1], ';');
            if (semi) {
                *semi = '\0';
                f[k] = semi + 1;
            }
        }
        r->code[r->n] = f[0];
        r->name[r->n] = f[1];
        r->parent[r->n] = f[2] && f[2][0] ? f[2] : NULL;
        r->n++;
    }
    return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t o = data[0];
    data++;
    size--;
    static const charta_encoding encs[] = {CHARTA_ENC_UTF8, CHARTA_ENC_LATIN1, CHARTA_ENC_CP1252,
                                           CHARTA_ENC_UTF8};
    charta_areas_spec spec = {.file = "areas.csv",
                              .decl_file = "city.lua",
                              .decl_line = 2,
                              .encoding = encs[o & 3],
                              .delimiter = "\0,;\t|\0\0\0"[(o >> 2) & 7]};
    if (o & 32) {
        spec.code = "code";
        spec.name = "Name";
        spec.parent = "parent";
    }
    inline_rows rows = {0};
    if (o & 64) {
        if (!rows_split(&rows, data, size))
            goto out;
        spec.file = NULL;
        spec.inline_code = rows.code;
        spec.inline_name = rows.name;
        spec.inline_parent = rows.parent;
        spec.n_inline = rows.n;
    } else if (!fuzz_write("areas.csv", data, size)) {
        goto out;
    }

    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    if (!ds || !diags)
        goto done;
    charta_status st = charta_areas_load(&spec, fuzz_dir, ds, NULL, diags);
    if ((st == CHARTA_OK) != (charta_diags_errors(diags) == 0))
        abort(); /* an error returned is an error reported */
    if (!charta_dataset_areas_closed(ds))
        abort(); /* closed even on failure */
    if (st == CHARTA_OK &&
        charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = (o & 128) ? "05315" : NULL},
                              diags) == CHARTA_OK) {
        size_t n = charta_dataset_area_count(ds);
        for (size_t i = 0; i < n; i++) {
            const charta_area *a = charta_dataset_area(ds, i);
            if (!a || !a->code || !a->name)
                abort();
            if (a->parent >= 0 &&
                ((size_t)a->parent >= n ||
                 charta_dataset_area(ds, (size_t)a->parent)->level + 1 != a->level))
                abort();
            if (a->parent < 0 && a->level != 0)
                abort();
            if (charta_dataset_find_area(ds, a->code) != (int)i)
                abort();
        }
    }
    for (size_t i = 0; i < charta_diags_count(diags); i++) {
        const charta_diag *d = charta_diags_get(diags, i);
        if (!d || !d->message)
            abort();
    }
done:
    charta_dataset_free(ds);
    charta_diags_free(diags);
out:
    rows_free(&rows);
    return 0;
}
