/* summary.h: what `charta check` tells about each source (src/app/summary.c).
 * Private to the command line. */
#ifndef CHARTA_APP_SUMMARY_H
#define CHARTA_APP_SUMMARY_H

#include "charta/pipeline.h"
#include "charta/util.h"

/* For each source of a checked run: its file and format, the rows or observations
 * read, what was passed over, and per variable the areas, years and values it has
 * with their statuses, its breakdown and the signs seen in the file: appended to out,
 * for main.c to print (out->oom set when memory ran out). */
void charta_source_summary(const charta_run *run, charta_buf *out);

#endif
