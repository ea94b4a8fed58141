/* diag.h: diagnostics with a location, filled by library code, printed by main.c.
 *
 * Owns: the diagnostic entries and their strings (copied on add).
 * Uses: status.h.
 * Library code never prints (STYLE rule 6): it appends here and returns a
 * charta_status. File names are project-relative so messages are the same
 * on every machine.
 */
#ifndef CHARTA_DIAG_H
#define CHARTA_DIAG_H

#include <stdarg.h>
#include <stddef.h>

#include "charta/status.h"

typedef enum charta_severity {
    CHARTA_NOTE,
    CHARTA_WARNING,
    CHARTA_ERROR,
} charta_severity;

typedef struct charta_diag {
    charta_severity severity;
    charta_status status; /* the failure kind of an error, CHARTA_OK for others */
    char *file;           /* NULL when not about a file */
    int line;             /* 0 = unknown */
    int col;              /* 0 = unknown */
    char *message;
    char *detail; /* optional: traceback or hint lines, '\n'-separated */
} charta_diag;

typedef struct charta_diags charta_diags;

/* New empty sink; NULL on out of memory. Free with charta_diags_free. */
charta_diags *charta_diags_new(void);
void charta_diags_free(charta_diags *d);

/* Append a diagnostic. file may be NULL. Returns status for errors (so that
 * `return charta_diag_error(...)` reads naturally) and CHARTA_OK otherwise.
 * After CHARTA_DIAGS_MAX entries further ones are only counted. The file
 * name and the message are stored printable (printable.h: control
 * characters escaped) and the message cut at CHARTA_MESSAGE_MAX bytes. */
charta_status charta_diag_error(charta_diags *d, charta_status status, const char *file, int line,
                                int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void charta_diag_warning(charta_diags *d, const char *file, int line, int col, const char *fmt,
                         ...) __attribute__((format(printf, 5, 6)));
void charta_diag_note(charta_diags *d, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Generic form. */
charta_status charta_diag_addv(charta_diags *d, charta_severity sev, charta_status status,
                               const char *file, int line, int col, const char *fmt, va_list ap);

/* Attach detail text (traceback, hint) to the last entry; copied,
 * printable and capped as messages are (line ends and tabs kept). */
void charta_diag_set_detail(charta_diags *d, const char *detail);

enum { CHARTA_DIAGS_MAX = 500 };

size_t charta_diags_count(const charta_diags *d);
const charta_diag *charta_diags_get(const charta_diags *d, size_t i);
size_t charta_diags_errors(const charta_diags *d);
size_t charta_diags_warnings(const charta_diags *d);
size_t charta_diags_dropped(const charta_diags *d); /* entries past the cap */
/* The status of the first error, CHARTA_OK when there is none. */
charta_status charta_diags_status(const charta_diags *d);

#endif
