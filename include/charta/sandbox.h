/* sandbox.h: the one Lua state of a run, its allow-list and its budgets.
 *
 * Owns (src/engine/sandbox.c): the lua_State, the capped allocator's accounting,
 * the builtins table (read-only for scripts), the last error's location and
 * traceback, the print log; charta_sandbox_free closes and frees them all.
 * Uses: Lua 5.4, diag.h, util.h (base), project.h (charta_limits).
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

/* A new state with the allow-listed libraries open and the default limits (1e8
 * instructions a call, 256 MB, 600 s); the caller frees it with charta_sandbox_free.
 * NULL on out of memory. */
charta_sandbox *charta_sandbox_new(void);
/* Close the Lua state and free the sandbox; NULL is a no-op. */
void charta_sandbox_free(charta_sandbox *sb);
/* The Lua state, owned by the sandbox; valid until charta_sandbox_free. */
lua_State *charta_sandbox_state(charta_sandbox *sb);

/* Limits for later calls (copied; zero or negative fields keep the current value). */
void charta_sandbox_set_limits(charta_sandbox *sb, const charta_limits *lim);
/* The limits in force; borrowed from the sandbox. */
const charta_limits *charta_sandbox_limits(const charta_sandbox *sb);

/* Push the builtins table onto the stack (one value; the caller pops it): the engine
 * adds its own functions to it before any chunk runs. */
void charta_sandbox_push_builtins(charta_sandbox *sb);
/* The i-th name of Lua's own that scripts may use (assert, pairs, print, string,
 * math, ...; the declarations and Series functions aside), NULL past the last:
 * what `charta help` and the reference's test hold the documentation to. */
const char *charta_sandbox_global_name(size_t i);

/* Make the table at idx read-only for rawset too: rawset on it calls its
 * metatable's __newindex (which raises) instead of writing. For the
 * host's read-only tables (library proxies, environments, d). */
void charta_sandbox_freeze(lua_State *L, int idx);

/* Load a text chunk from path (absolute or cwd-relative) named chunkname
 * (project-relative) with a fresh strict environment; on CHARTA_OK push the function.
 * Errors push nothing and are diagnostics at chunkname (with the line of a syntax
 * error): CHARTA_ERR_SCRIPT (a syntax error, or a binary chunk),
 * CHARTA_ERR_NOINPUT (the file cannot be read),
 * CHARTA_ERR_LIMIT (the memory cap while compiling), CHARTA_ERR_NOMEM (not always
 * reported). With text_out, a loaded chunk's text (malloc'd, NUL-terminated, the
 * caller's) goes to *text_out and its length to *len_out. */
charta_status charta_sandbox_load(charta_sandbox *sb, const char *path, const char *chunkname,
                                  charta_diags *diags, char **text_out, size_t *len_out);

/* Call the function below nargs arguments, protected, under the budgets; where
 * (copied; NULL keeps the current text) says what is being run, for the watchdog
 * message ("city.lua", "file:line (compute of indicator 'x')"). On success the stack
 * holds nresults values. An error in the outermost call is one diagnostic with the
 * user's file and line and a traceback, and leaves nothing on the stack:
 * CHARTA_ERR_SCRIPT, CHARTA_ERR_LIMIT (instructions, memory, time, interrupt), or the
 * status of charta_sandbox_raise_reported (no second diagnostic). Nested calls (from
 * a binding that runs another script function) share the outer budget; their error
 * (CHARTA_ERR_SCRIPT) is not reported but left on the stack as one value for the
 * binding to raise again. */
charta_status charta_sandbox_call(charta_sandbox *sb, int nargs, int nresults, const char *where,
                                  charta_diags *diags);

/* From a binding, inside a charta_sandbox_call: call the function below nargs
 * arguments, protected (where as for charta_sandbox_call), and let the script go on after an ordinary error, which is
 * reported here (located, with its traceback) and its status put in *st (CHARTA_OK
 * when the call succeeded; then the stack holds nresults values, else nothing of
 * the call). A memory error, a tripped budget or an interruption is not recovered:
 * it unwinds on to the outermost call. Returns 0. So one run reports every
 * independent mistake of a project's declarations. */
int charta_sandbox_try(lua_State *L, int nargs, int nresults, const char *where,
                      charta_status *st);

/* From a binding (L is the sandbox's state): raise an error that was already
 * reported as a diagnostic with status st, so that the outermost
 * charta_sandbox_call returns st without adding another one. Does not return (a
 * longjmp through lua_error). */
int charta_sandbox_raise_reported(lua_State *L, charta_status st);
/* From a binding: raise msg (copied) as an error at file:line:col (col 0 = none) of
 * a script instead of at the calling script's line, with the traceback from the
 * binding on. A script's pcall catches it like any error. Does not return. */
int charta_sandbox_raise_at(lua_State *L, const char *file, int line, int col, const char *msg);

/* Raise the host's out of memory (a C allocation of a binding failed):
 * reported as "out of memory" with CHARTA_ERR_NOMEM (71), never as the
 * script's error or its memory limit (78). Does not return. */
int charta_sandbox_raise_nomem(lua_State *L);

/* A flag set by a signal handler (borrowed; it must outlive the sandbox): a script
 * running when it is set stops at its next hook with an error (the run then cleans
 * up). */
void charta_sandbox_set_interrupt(charta_sandbox *sb, volatile const int *flag);

/* The text the watchdog prints: the location of the call in progress, "" before the
 * first. Borrowed; overwritten by every call. */
const char *charta_sandbox_where(const charta_sandbox *sb);

/* The sandbox of a state made by charta_sandbox_new (stored in its extra space);
 * borrowed. */
charta_sandbox *charta_sandbox_of(lua_State *L);

/* Print lines collected from scripts' print() ("file:line: " before each where known,
 * cut after 64 KiB); borrowed, NUL-terminated, "" when none; valid until the next
 * print. */
const char *charta_sandbox_log(const charta_sandbox *sb);

#endif
