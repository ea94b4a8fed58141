/* sandbox.h: the one Lua state of a run, its allow-list and its budgets.
 *
 * Owns: the lua_State, the capped allocator's accounting, the builtins
 * table (read-only for scripts), the last error's location and traceback.
 * Uses: Lua 5.4, diag.h, project.h (charta_limits).
 * Rules (DESIGN §2, RELIABILITY §1 L1–L9): only base (allow-listed),
 * string (no dump), table, math (no random), utf8; each chunk gets a fresh
 * environment whose reads and writes of undeclared globals are errors
 * (rawset included); the library tables are read-only proxies (rawset
 * included);
 * chunks are text only; every call runs under an instruction budget (a
 * count hook that, once tripped, fires on every instruction so pcall cannot
 * swallow it), a memory cap for the whole state and a deadline; scripts
 * cannot set __gc.
 */
#ifndef CHARTA_SANDBOX_H
#define CHARTA_SANDBOX_H

#include <stdbool.h>

#include <lua.h>

#include "charta/diag.h"
#include "charta/project.h"

typedef struct charta_sandbox charta_sandbox;

/* A new state with the default limits; NULL on out of memory. */
charta_sandbox *charta_sandbox_new(void);
void charta_sandbox_free(charta_sandbox *sb);
lua_State *charta_sandbox_state(charta_sandbox *sb);

/* Limits for later calls (zero fields keep the current value). */
void charta_sandbox_set_limits(charta_sandbox *sb, const charta_limits *lim);
const charta_limits *charta_sandbox_limits(const charta_sandbox *sb);

/* Push the builtins table: the engine adds its own functions to it before
 * any chunk runs. */
void charta_sandbox_push_builtins(charta_sandbox *sb);

/* Make the table at idx read-only for rawset too: rawset on it calls its
 * metatable's __newindex (which raises) instead of writing. For the
 * host's read-only tables (library proxies, environments, d). */
void charta_sandbox_freeze(lua_State *L, int idx);

/* Load a text chunk from path (absolute or cwd-relative) named chunkname
 * (project-relative) with a fresh strict environment; push the function.
 * A syntax error or unreadable file is a diagnostic (78 or 66). */
charta_status charta_sandbox_load(charta_sandbox *sb, const char *path, const char *chunkname,
                                  charta_diags *diags);

/* Call the function below nargs arguments, protected, under the budgets;
 * what says what is being run, for the watchdog message ("compute of
 * indicator 'x'"); where is its file:line. On error the diagnostic
 * carries the user's file and line and a traceback; the stack is left with
 * nresults values on success and nothing on error. Nested calls (from a
 * binding that runs another script function) share the outer budget. */
charta_status charta_sandbox_call(charta_sandbox *sb, int nargs, int nresults, const char *where,
                                  charta_diags *diags);

/* Raise an error that was already reported as a diagnostic with status st:
 * outer calls fail with st without adding another one. Does not return. */
int charta_sandbox_raise_reported(lua_State *L, charta_status st);

/* Raise the host's out of memory (a C allocation of a binding failed):
 * reported as "out of memory" with CHARTA_ERR_NOMEM (71), never as the
 * script's error or its memory limit (78). Does not return. */
int charta_sandbox_raise_nomem(lua_State *L);

/* A flag set by a signal handler: a script running when it is set stops at
 * its next hook with an error (the run then cleans up). */
void charta_sandbox_set_interrupt(charta_sandbox *sb, volatile const int *flag);

/* The text the watchdog prints: the location of the call in progress. */
const char *charta_sandbox_where(const charta_sandbox *sb);

/* The sandbox of a state (stored in its extra space). */
charta_sandbox *charta_sandbox_of(lua_State *L);

/* Print lines collected from scripts' print(); borrowed, NUL-terminated. */
const char *charta_sandbox_log(const charta_sandbox *sb);

#endif
