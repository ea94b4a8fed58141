/* show.h: what `charta show` prints (src/app/show.c). Private to the command line. */
#ifndef CHARTA_APP_SHOW_H
#define CHARTA_APP_SHOW_H

#include "charta/pipeline.h"
#include "charta/util.h"

/* Indicator id of a checked run in lang (NULL: the city's first language) over the
 * window up to year (0: the window's last), the areas of areas ("01051,01,DG";
 * NULL: every area): its title, field, SDGs, unit, targets and declaration, the
 * values per area and year with their status letters, the legend and the progress
 * of each area with the sentence for the subject. The text goes to out, a mistake
 * (no such indicator or area, with the nearest one) to err; main.c prints both.
 * Returns the exit code: 0, or 64 after a mistake (71: out of memory). */
int charta_show(const charta_run *run, const char *id, const char *lang, int year,
                const char *areas, charta_buf *out, charta_buf *err);

#endif
