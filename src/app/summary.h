/* summary.h: what `charta check` tells about each source (src/app/summary.c).
 * Private to the command line. */
#ifndef CHARTA_APP_SUMMARY_H
#define CHARTA_APP_SUMMARY_H

#include <stdio.h>

#include "charta/pipeline.h"

/* For each source of a checked run: its file and format, the rows or observations
 * read, what was passed over, and per variable the areas, years and values it has
 * with their statuses, its breakdown and the signs seen in the file. */
void charta_print_source_summary(const charta_run *run, FILE *out);

#endif
