/* listing.h: what `charta list` shows (src/app/listing.c). Private to the command
 * line. */
#ifndef CHARTA_APP_LISTING_H
#define CHARTA_APP_LISTING_H

#include <stdbool.h>

#include "charta/pipeline.h"
#include "charta/util.h"

/* The listing of a checked run in lang (NULL: the city's first language) over the
 * window up to year (0: the window's last): the action fields with their indicators
 * (SDG, unit, the share of area-years with a value, where each is declared: the
 * city's file:line or the library that ships it), the shipped indicators left out
 * for want of data, and with coverage the matrix of indicators per action field and
 * SDG with the SDGs that have none. Appended to out, for main.c to print (out->oom
 * set when memory ran out). */
void charta_listing(const charta_run *run, const char *lang, int year, bool coverage,
                    charta_buf *out);

#endif
