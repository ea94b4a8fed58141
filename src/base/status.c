#include "charta/status.h"

static const struct {
    const char *msg;
    int exit_code;
} table[] = {
    [CHARTA_OK] = {"success", 0},
    [CHARTA_ERR_USAGE] = {"usage error", 64},
    [CHARTA_ERR_DATA] = {"bad input data", 65},
    [CHARTA_ERR_NOINPUT] = {"input missing", 66},
    [CHARTA_ERR_INTERNAL] = {"internal error", 70},
    [CHARTA_ERR_NOMEM] = {"out of memory", 71},
    [CHARTA_ERR_CANTCREATE] = {"cannot create output", 73},
    [CHARTA_ERR_IO] = {"I/O error", 74},
    [CHARTA_ERR_LOCKED] = {"another run holds the lock", 75},
    [CHARTA_ERR_SCRIPT] = {"project or script error", 78},
    [CHARTA_ERR_LIMIT] = {"script limit exceeded", 78},
};

_Static_assert(sizeof table / sizeof table[0] == CHARTA_STATUS_COUNT,
               "status message table out of step with charta_status");

const char *
charta_status_str(charta_status s)
{
    if ((unsigned)s >= CHARTA_STATUS_COUNT)
        return "unknown status";
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
