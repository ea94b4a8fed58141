/* diag.h: diagnostics with a location, filled by library code, printed by main.c.
 *
 * Owns (src/base/diag.c): the diagnostic entries and their strings (file, message and
 * detail are copied on add and freed by charta_diags_free). Uses: status.h, util.h,
 * i18n.h: the format is looked up in the message catalogue before it is formatted, so
 * a message is stored in the user's language; the words passed as "%s" are marked
 * (_(), N_()) where they are chosen.
 * The caller owns the sink; every stage borrows it. Adding never fails: an entry
 * that cannot be stored (out of memory, past CHARTA_DIAGS_MAX) is only counted.
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

/* A new empty sink; NULL on out of memory. The caller frees it with charta_diags_free. */
charta_diags *charta_diags_new(void);
/* Free the sink and every entry; NULL is a no-op. */
void charta_diags_free(charta_diags *d);

/* Append a diagnostic. file may be NULL. Returns status for errors (CHARTA_ERR_INTERNAL when
 * status is CHARTA_OK, so that `return charta_diag_error(...)` reads
 * naturally) and CHARTA_OK for warnings and notes.
 * After CHARTA_DIAGS_MAX entries further ones are only counted. The file
 * name and the message are stored printable (printable.h: control
 * characters escaped) and the message cut at CHARTA_MESSAGE_MAX bytes. */
charta_status charta_diag_error(charta_diags *d, charta_status status, const char *file, int line,
                                int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* Append a warning, as charta_diag_error but without a status (it fails nothing). */
void charta_diag_warning(charta_diags *d, const char *file, int line, int col, const char *fmt,
                         ...) __attribute__((format(printf, 5, 6)));
/* Append a note (context for the entry before it, or information). */
void charta_diag_note(charta_diags *d, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Generic form of the three: for CHARTA_ERROR returns status (CHARTA_ERR_INTERNAL for
 * CHARTA_OK) and counts an error, for the other severities ignores status and returns
 * CHARTA_OK. */
charta_status charta_diag_addv(charta_diags *d, charta_severity sev, charta_status status,
                               const char *file, int line, int col, const char *fmt, va_list ap);

/* Attach detail text (traceback, hint) to the last entry; copied,
 * printable and capped as messages are (line ends and tabs kept). */
void charta_diag_set_detail(charta_diags *d, const char *detail);

enum { CHARTA_DIAGS_MAX = 500 };

/* Entries stored (at most CHARTA_DIAGS_MAX). */
size_t charta_diags_count(const charta_diags *d);
/* Entry i in the order added, NULL when i >= count; borrowed, valid until the next
 * append or charta_diags_free. */
const charta_diag *charta_diags_get(const charta_diags *d, size_t i);
/* Errors and warnings reported, dropped ones included. */
size_t charta_diags_errors(const charta_diags *d);
size_t charta_diags_warnings(const charta_diags *d);
/* Entries not stored: past the cap, or out of memory while adding. */
size_t charta_diags_dropped(const charta_diags *d);
/* The status of the first error, CHARTA_OK when there is none. */
charta_status charta_diags_status(const charta_diags *d);
/* Move every entry of src after those of dst, in their order, with src's counts
 * (what dst cannot store is counted as dropped); src is left empty. For work done
 * apart (a writer on its own thread) whose messages come after the others'. */
void charta_diags_move(charta_diags *dst, charta_diags *src);

#endif
