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
    bool loading; /* declarations are allowed */
    char **loaded; /* chunk names already run (include/use once) */
    size_t n_loaded;
    /* compute phase */
    const charta_dataset *ds;
    charta_results *res;
    charta_series_ctx sctx;
    int *parents;
    const char **codes;
    int *state; /* per indicator: 0 todo, 1 running, 2 done, 3 failed */
    int *chain; /* indicators in progress, outermost first */
    char (*chain_where)[600]; /* where each one read the next */
    int depth;
};

/* Register the declaration functions in the table at index idx. */
void charta_engine_open_decls(charta_engine *e, lua_State *L, int idx);

/* Run a file as a chunk of the project (include and use). */
int charta_engine_run_file(lua_State *L, charta_engine *e, const char *path,
                           const char *chunkname);

/* Strings and lists read from declaration tables (raise Lua errors). */
char *charta_decl_strdup(lua_State *L, const char *s);

#endif
