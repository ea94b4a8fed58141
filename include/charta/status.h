/* status.h: the one status enum of charta and its message table.
 *
 * Owns (src/base/status.c): nothing but a static message table; nothing here
 * allocates, so nothing is freed. Uses: nothing.
 * Every fallible function returns a charta_status; the diagnostics sink
 * (diag.h) carries the details. The status groups map onto the exit codes of
 * sysexits.h (DESIGN §6) through charta_status_exit_code().
 */
#ifndef CHARTA_STATUS_H
#define CHARTA_STATUS_H

typedef enum charta_status {
    CHARTA_OK = 0,
    CHARTA_ERR_USAGE,       /* bad command line                       -> 64 */
    CHARTA_ERR_DATA,        /* malformed input data                   -> 65 */
    CHARTA_ERR_NOINPUT,     /* an input file is missing               -> 66 */
    CHARTA_ERR_INTERNAL,    /* a broken invariant, a Lua panic        -> 70 */
    CHARTA_ERR_NOMEM,       /* out of memory (host, not a script cap) -> 71 */
    CHARTA_ERR_CANTCREATE,  /* cannot create the output               -> 73 */
    CHARTA_ERR_IO,          /* I/O error while writing (ENOSPC, EIO)  -> 74 */
    CHARTA_ERR_LOCKED,      /* another run holds the lock             -> 75 */
    CHARTA_ERR_SCRIPT,      /* project or script error                -> 78 */
    CHARTA_ERR_LIMIT,       /* a script hit a budget (instructions, memory, time) -> 78 */
    CHARTA_STATUS_COUNT
} charta_status;

/* A short English description of s ("unknown status" out of range); a static string,
 * never NULL; a msgid of the catalogue: _() translates it for the user (i18n.h). */
const char *charta_status_str(charta_status s);

/* The process exit code for s, from sysexits.h: 0 for CHARTA_OK, 64..78 for the
 * failures (see the enum), 70 for a value out of range. */
int charta_status_exit_code(charta_status s);

/* For "remember the first real failure": a when it is a failure, else b; except that
 * CHARTA_ERR_INTERNAL or CHARTA_ERR_NOMEM in b replaces any other failure in a. */
charta_status charta_status_worse(charta_status a, charta_status b);

#endif
