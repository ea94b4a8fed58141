/* source.h: a declared data source and the importers that read it.
 *
 * Owns: nothing beyond the spec it is given (the caller owns the spec).
 * Uses: dataset.h, diag.h, util.h, numparse.h, textenc.h; libcsv, iconv.
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

/* Add the areas of the spec to ds (in file order); closes the dataset's
 * areas, so that sources may only use these codes. */
charta_status charta_areas_load(const charta_areas_spec *spec, const char *project_dir,
                                charta_dataset *ds, charta_diags *diags);

/* One source format: the `format` a source declares (and, when preset is
 * true, the `preset` of the same name). */
typedef struct charta_source_format {
    const char *name; /* "csv", "genesis" */
    bool preset;      /* also a preset: `preset = name` sets its defaults only */
    /* Set the format's defaults in a spec before the declaration's own keys
     * are read (they override); NULL = none. */
    void (*defaults)(charta_source_spec *spec);
    /* The reader: the file into ds, as charta_source_load. */
    charta_status (*load)(const charta_source_spec *spec, const char *project_dir,
                          charta_dataset *ds, charta_diags *diags);
} charta_source_format;

/* The row of a format name, or NULL for a format this build cannot read.
 * The row is constant and lives as long as the program. */
const charta_source_format *charta_source_format_find(const char *name);
/* The row of a preset name (a format that is also a preset), or NULL. */
const charta_source_format *charta_source_preset_find(const char *name);
/* The names of the formats / presets, comma-separated, for messages (constant strings). */
const char *charta_source_format_names(void);
const char *charta_source_preset_names(void);

/* Read the source's file (project_dir + spec->file) into ds with the reader
 * of spec->format (NULL = "csv"); an unknown format is CHARTA_ERR_SCRIPT at
 * the declaration. */
charta_status charta_source_load(const charta_source_spec *spec, const char *project_dir,
                                 charta_dataset *ds, charta_diags *diags);


#endif
