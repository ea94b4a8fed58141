/* source.h: the importers: a declared source's data file or the declared areas,
 * read into a dataset.
 *
 * Owns (src/import/source_*.c, areas_file.c, readers.c): the constant table of
 * source formats (readers.c); nothing beyond one call otherwise; the spec (a
 * project's, source_spec.h) and the diagnostics sink are borrowed, the dataset is
 * borrowed and filled (it copies what it keeps). Uses: source_spec.h, dataset.h
 * (model); csvread.h (import); diag.h, util.h, numparse.h, textenc.h (base); libcsv
 * through csvread.h, iconv through textenc.h. Never Lua, never the renderers.
 * charta_source_load() reads one file into a dataset in its build phase:
 * it adds areas (if the dataset's areas are open), declares the variables
 * and puts observations. Every problem with the file is a diagnostic at
 * file:line (and field) with status CHARTA_ERR_DATA (65), or
 * CHARTA_ERR_NOINPUT (66) for a file that is missing; a spec that cannot
 * work (a declared column the file lacks) is CHARTA_ERR_DATA too, listing the
 * columns found. Nothing is printed.
 */
#ifndef CHARTA_SOURCE_H
#define CHARTA_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/dataset.h"
#include "charta/diag.h"
#include "charta/source_spec.h"

/* What the imports of one run share (the caller's; zero-initialised means the
 * defaults): the caps on the input files, as `city { limits = ... }` sets them, and the
 * signal flag. A file over a cap, or one that changes while it is read, is a
 * CHARTA_ERR_DATA naming it; a FIFO, device or directory is a CHARTA_ERR_NOINPUT.
 * When *interrupted becomes non-zero the reader stops at the next row with
 * CHARTA_ERR_LIMIT ("interrupted by a signal"). */
typedef struct charta_import_ctx {
    double max_file_mb;              /* one file; 0 = 512 */
    double max_input_mb;             /* all files of the run together; 0 = 2048 */
    volatile const int *interrupted; /* a signal handler's flag (borrowed); NULL = none */
    size_t used;                     /* bytes read so far; each import adds its file's */
    const struct charta_xlsx_opts *xlsx; /* caps on a workbook's parts (xlsxread.h);
                                            NULL = the defaults */
} charta_import_ctx;

/* Add the areas of the spec to ds (in file order: the spec's CSV file under
 * project_dir, or its inline rows; ix may be NULL for the defaults); then closes the dataset's areas, even on failure,
 * so that sources may only use these codes. CHARTA_OK; CHARTA_ERR_DATA for a bad file
 * (CHARTA_ERR_SCRIPT for bad inline rows), CHARTA_ERR_NOINPUT, CHARTA_ERR_NOMEM; up
 * to 20 problems are reported before the reader stops. */
charta_status charta_areas_load(const charta_areas_spec *spec, const char *project_dir,
                                charta_dataset *ds, charta_import_ctx *ix, charta_diags *diags);

/* One source format: the `format` a source declares (and, when preset is
 * true, the `preset` of the same name). */
typedef struct charta_source_format {
    const char *name; /* "csv", "genesis", "sdmx", "opensdg" */
    bool preset;      /* also a preset: `preset = name` sets its defaults only */
    /* Keyed data (SDMX, Open SDG): variables select series by dimension values
     * (`series`), have dimensions and may have periods shorter than a year; the
     * table keys of CSV (columns, delimiter, layout, ...) do not apply. */
    bool keyed;
    /* Set the format's defaults in a spec before the declaration's own keys
     * are read (they override); NULL = none. */
    void (*defaults)(charta_source_spec *spec);
    /* The reader: the file into ds, as charta_source_load. */
    charta_status (*load)(const charta_source_spec *spec, const char *project_dir,
                          charta_dataset *ds, charta_import_ctx *ix, charta_diags *diags);
} charta_source_format;

/* The row of a format name, or NULL for a format this build cannot read.
 * The row is constant and lives as long as the program. */
const charta_source_format *charta_source_format_find(const char *name);
/* The row of a preset name (a format that is also a preset), or NULL. */
const charta_source_format *charta_source_preset_find(const char *name);
/* The names of the formats / presets, comma-separated, for messages (constant strings). */
const char *charta_source_format_names(void);
const char *charta_source_preset_names(void);

/* Read the source's file (project_dir + spec->file) into ds, under the caps and the
 * flag of ix (NULL = the defaults, no flag): declares the spec's
 * variables and registers the file as an input (with the rows read, even on failure),
 * with the reader of spec->format (NULL = "csv").
 * CHARTA_OK; CHARTA_ERR_DATA, CHARTA_ERR_NOINPUT as above; CHARTA_ERR_SCRIPT for a
 * spec without a file, an unknown format or a variable declared twice;
 * CHARTA_ERR_NOMEM. Up to 20 data errors are reported per file before it stops. */
charta_status charta_source_load(const charta_source_spec *spec, const char *project_dir,
                                 charta_dataset *ds, charta_import_ctx *ix, charta_diags *diags);


#endif
