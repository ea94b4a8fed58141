/* engine_internal.h: what engine.c and engine_decl.c share. Not a public
 * contract: the engine's own two files only. */
#ifndef CHARTA_ENGINE_INTERNAL_H
#define CHARTA_ENGINE_INTERNAL_H

#include <stdbool.h>

#include <lua.h>

#include "charta/dataset.h"
#include "charta/engine.h"
#include "charta/results.h"
#include "charta/sandbox.h"
#include "charta/series_lua.h"

struct charta_engine {
    charta_sandbox *sb;
    charta_project *p;
    charta_diags *diags;
    char *lib_dir;
    bool loading;  /* declarations are allowed */
    char **loaded; /* chunk names already run (include/use once) */
    size_t n_loaded;
    /* compute phase */
    const charta_dataset *ds;
    charta_results *res;
    charta_series_ctx sctx;
    int *parents;
    const char **codes;
    int *state;               /* per indicator: 0 todo, 1 running, 2 done, 3 failed */
    int *chain;               /* indicators in progress, outermost first */
    char (*chain_where)[600]; /* where each one read the next */
    int depth;
};

/* Register the declaration functions in the table at index idx:
 * indicator, report, include, use (engine_decl_ind.c), which also calls
 * the one for city, areas, source, field (engine_decl.c, idx absolute). */
void charta_engine_open_decls(charta_engine *e, lua_State *L, int idx);
void charta_engine_open_place_decls(charta_engine *e, lua_State *L, int idx);
/* progress_method "name" { ... } (engine_progress.c); upvalue 1 is the engine. */
int charta_decl_progress_method(lua_State *L);

/* Run a file as a chunk of the project (include and use). */
int charta_engine_run_file(lua_State *L, charta_engine *e, const char *path, const char *chunkname);

/* Reading declaration tables (decl_read.c); each raises a Lua error at the
 * script's line on a wrong type or an unknown key. */
char *charta_decl_strdup(lua_State *L, const char *s);
charta_engine *charta_decl_engine_of(lua_State *L);
void charta_decl_set_loc(lua_State *L, charta_loc *loc);
void charta_decl_check_loading(lua_State *L, const char *what);
void charta_decl_check_keys(lua_State *L, int idx, const char *const *allowed, const char *what);
/* Raise "<what>: <name> contains a NUL byte" when s (len bytes) holds one:
 * C would cut the text there, silently. */
void charta_decl_check_nul(lua_State *L, const char *s, size_t len, const char *what,
                          const char *name);
/* Raise on a NUL byte or invalid UTF-8 in the value of key. */
void charta_decl_check_utf8(lua_State *L, const char *s, size_t len, const char *key,
                            const char *what);
char *charta_decl_opt_string(lua_State *L, int t, const char *key, const char *what);
bool charta_decl_opt_number(lua_State *L, int t, const char *key, const char *what, double *out);
bool charta_decl_opt_int(lua_State *L, int t, const char *key, const char *what, int lo, int hi,
                         int *out);
void charta_decl_opt_strlist(lua_State *L, int t, const char *key, const char *what, char ***out,
                             size_t *n);
char **charta_decl_sorted_keys(lua_State *L, int idx, size_t *n, const char *what);
void charta_decl_free_keys(char **keys, size_t n);
void charta_decl_opt_text(lua_State *L, int t, const char *key, const char *what, charta_text *out);
void *charta_decl_grow_array(lua_State *L, void *items, size_t n, size_t size);
/* The longest id of an indicator, source, field, progress method or city:
 * ids name files (a chart is charts/<id>-<kind>.svg). */
enum { CHARTA_ID_MAX = 64 };
/* The id at argument 1: 1 to CHARTA_ID_MAX letters, digits, '-' and '_';
 * raises otherwise. */
const char *charta_decl_check_id(lua_State *L, const char *what);
charta_encoding charta_decl_parse_encoding(lua_State *L, const char *s, const char *what);
char charta_decl_parse_char(lua_State *L, int t, const char *key, const char *what,
                            const char *allowed);

#endif
