/* xlsx_internal.h: the zip container under xlsxread.c (xlsxzip.c).
 *
 * Private to xlsxread.c and xlsxzip.c. A zip is opened over bytes in memory (the
 * file was read once, under the run's caps, and is not opened again) and its parts
 * are inflated whole, under the caps of charta_xlsx_opts.
 */
#ifndef CHARTA_XLSX_INTERNAL_H
#define CHARTA_XLSX_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/xlsxread.h"

typedef struct xlsx_zip xlsx_zip;

/* The zip in data[0..len) (borrowed); NULL with *err filled when it is no zip. */
xlsx_zip *charta_xlsx_zip_open(const char *data, size_t len, size_t max_part, unsigned max_ratio,
                               charta_xlsx_error *err);
void charta_xlsx_zip_close(xlsx_zip *z);
/* Part `name` (no leading '/', matched without regard to case, as OPC names are)
 * inflated into *out (malloc'd, NUL-terminated) and *len. Returns 1 when read, 0
 * when the zip has no such part, -1 with *err filled (corrupt, truncated, over a
 * cap, out of memory). */
int charta_xlsx_zip_read(xlsx_zip *z, const char *name, char **out, size_t *len,
                         charta_xlsx_error *err);
/* Fill *err with a status and a message (a msgid, translated here) at the file. */
void charta_xlsx_set_error(charta_xlsx_error *err, charta_status st, int row, const char *cell,
                           const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
