/* source.h: the importers: a declared source's data file or the declared areas,
 * read into a dataset.
 *
 * Owns (src/import/source_*.c, areas_file.c): nothing beyond one call; the spec (a
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

/* Add the areas of the spec to ds (in file order: the spec's CSV file under
 * project_dir, or its inline rows); then closes the dataset's areas, even on failure,
 * so that sources may only use these codes. CHARTA_OK; CHARTA_ERR_DATA for a bad file
 * (CHARTA_ERR_SCRIPT for bad inline rows), CHARTA_ERR_NOINPUT, CHARTA_ERR_NOMEM; up
 * to 20 problems are reported before the reader stops. */
charta_status charta_areas_load(const charta_areas_spec *spec, const char *project_dir,
                                charta_dataset *ds, charta_diags *diags);

/* Read the source's file (project_dir + spec->file) into ds: declares the spec's
 * variables and registers the file as an input (with the rows read, even on failure).
 * CHARTA_OK; CHARTA_ERR_DATA, CHARTA_ERR_NOINPUT as above; CHARTA_ERR_SCRIPT for a
 * spec without a file or a variable declared twice; CHARTA_ERR_NOMEM. Up to 20 data
 * errors are reported per file before it stops. */
charta_status charta_source_load(const charta_source_spec *spec, const char *project_dir,
                                 charta_dataset *ds, charta_diags *diags);


#endif
