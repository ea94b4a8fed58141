/* fuzz_input.h: what the source fuzz targets share. The readers take a file under a
 * project folder, so each process makes a folder of its own once and writes every
 * input to the same file in it; the folder is removed when the process exits. Also
 * the checks run on every load: each diagnostic has a message, and a dataset that
 * loaded may be frozen. Header-only: each target is one translation unit. */
#ifndef CHARTA_FUZZ_INPUT_H
#define CHARTA_FUZZ_INPUT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "charta/dataset.h"
#include "charta/diag.h"
#include "charta/source.h"

static char fuzz_dir[64];
static char fuzz_path[96];

static void
fuzz_cleanup(void)
{
    if (fuzz_path[0])
        unlink(fuzz_path);
    if (fuzz_dir[0])
        rmdir(fuzz_dir);
}

/* Write data to <the process's folder>/name; false when the folder or the file cannot be
 * made (the run is then skipped). */
static int
fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    if (!fuzz_dir[0]) {
        snprintf(fuzz_dir, sizeof fuzz_dir, "%s/charta_fuzz_XXXXXX",
                 getenv("TMPDIR") && strlen(getenv("TMPDIR")) < 32 ? getenv("TMPDIR") : "/tmp");
        if (!mkdtemp(fuzz_dir)) {
            fuzz_dir[0] = '\0';
            return 0;
        }
        atexit(fuzz_cleanup);
    }
    snprintf(fuzz_path, sizeof fuzz_path, "%s/%s", fuzz_dir, name);
    FILE *f = fopen(fuzz_path, "wb");
    if (!f)
        return 0;
    int ok = fwrite(data, 1, size, f) == size;
    return fclose(f) == 0 && ok;
}

/* Load spec (its file written by fuzz_write) into a new dataset, closed to the areas
 * given (none: open), freeze it when it loaded, check the diagnostics, free it all. */
static void
fuzz_load(const charta_source_spec *spec, const char *const *areas, size_t n_areas)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    if (!ds || !diags)
        goto out;
    for (size_t i = 0; i < n_areas; i++)
        charta_dataset_add_area(ds, areas[i], areas[i], NULL);
    if (n_areas)
        charta_dataset_close_areas(ds);
    charta_status st = charta_source_load(spec, fuzz_dir, ds, NULL, diags);
    /* the status and the diagnostics agree: an error returned is an error reported */
    if ((st == CHARTA_OK) != (charta_diags_errors(diags) == 0))
        abort();
    if (st == CHARTA_OK || st == CHARTA_ERR_DATA)
        charta_dataset_freeze(ds, &(charta_freeze_opts){0}, diags);
    for (size_t i = 0; i < charta_diags_count(diags); i++) {
        const charta_diag *d = charta_diags_get(diags, i);
        if (!d || !d->message)
            abort(); /* every diagnostic says something */
    }
out:
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

#endif
