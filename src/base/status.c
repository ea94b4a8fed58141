#include "charta/status.h"

#include "charta/i18n.h"

static const struct {
    const char *msg;
    int exit_code;
} table[] = {
    [CHARTA_OK] = {N_("success"), 0},
    [CHARTA_ERR_USAGE] = {N_("usage error"), 64},
    [CHARTA_ERR_DATA] = {N_("bad input data"), 65},
    [CHARTA_ERR_NOINPUT] = {N_("input missing"), 66},
    [CHARTA_ERR_INTERNAL] = {N_("internal error"), 70},
    [CHARTA_ERR_NOMEM] = {N_("out of memory"), 71},
    [CHARTA_ERR_CANTCREATE] = {N_("cannot create output"), 73},
    [CHARTA_ERR_IO] = {N_("I/O error"), 74},
    [CHARTA_ERR_LOCKED] = {N_("another run holds the lock"), 75},
    [CHARTA_ERR_SCRIPT] = {N_("project or script error"), 78},
    [CHARTA_ERR_LIMIT] = {N_("script limit exceeded"), 78},
};

_Static_assert(sizeof table / sizeof table[0] == CHARTA_STATUS_COUNT,
               "status message table out of step with charta_status");

const char *
charta_status_str(charta_status s)
{
    if ((unsigned)s >= CHARTA_STATUS_COUNT)
        return N_("unknown status");
    return table[s].msg;
}

int
charta_status_exit_code(charta_status s)
{
    if ((unsigned)s >= CHARTA_STATUS_COUNT)
        return 70;
    return table[s].exit_code;
}

charta_status
charta_status_worse(charta_status a, charta_status b)
{
    /* The first failure wins; an internal or resource failure beats a data one. */
    if (a == CHARTA_OK)
        return b;
    if (b == CHARTA_OK)
        return a;
    if (b == CHARTA_ERR_INTERNAL || b == CHARTA_ERR_NOMEM)
        return b;
    return a;
}
