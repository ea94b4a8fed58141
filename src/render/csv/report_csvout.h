/* report_csvout.h: the CSV files of the report, written the same way:
 * UTF-8 repaired, RFC 4180 quotes, a leading = + - @ TAB or CR defused with
 * ' (RELIABILITY E7), one fwrite per 64 KiB of records, fflush + fsync + fclose checked,
 * a partial file removed. Shared by report_csv.c and report_progress_csv.c;
 * not a public contract. */
#ifndef CHARTA_REPORT_CSVOUT_H
#define CHARTA_REPORT_CSVOUT_H

#include <stdbool.h>
#include <stdio.h>

#include "charta/diag.h"
#include "charta/util.h"

typedef struct charta_csvout {
    FILE *f;
    const char *path;
    charta_buf row;     /* the record being built */
    charta_buf scratch; /* UTF-8 repair */
    charta_diags *d;
    bool repaired;
} charta_csvout;

/* Create path (CHARTA_ERR_CANTCREATE when it cannot be). */
charta_status charta_csvout_open(charta_csvout *c, const char *path, charta_diags *d);
/* Append one text field to the record (no separator). */
void charta_csvout_text(charta_csvout *c, const char *s);
/* End the record built so far: the records are written in pieces of 64 KiB, the
 * rest by charta_csvout_close (CHARTA_ERR_IO, CHARTA_ERR_NOMEM). */
charta_status charta_csvout_flush(charta_csvout *c);
/* Close the file; st is the writer's status so far: unless it is CHARTA_OK
 * (or closing fails) the partial file is removed. Returns the final status. */
charta_status charta_csvout_close(charta_csvout *c, charta_status st);

#endif
