/* series_lua.h: the Series userdata that compute functions see.
 *
 * Owns (src/engine/series_lua.c): the userdata's cells (inside the userdata, so the
 * Lua allocator's cap counts them and the collector frees them); nothing the C side
 * frees. The context is the caller's (the engine's), borrowed through the registry.
 * Uses: series.h (all arithmetic), dataset.h (status letters), util.h, Lua 5.4.
 * A Series is stamped with the context's epoch when it is created; the
 * engine bumps the epoch after each compute call, so a Series kept in a
 * global or upvalue past its call raises a clear error when used
 * (STYLE rule 11). The metatable is locked with __metatable.
 */
#ifndef CHARTA_SERIES_LUA_H
#define CHARTA_SERIES_LUA_H

#include <stdbool.h>
#include <stddef.h>

#include <lua.h>

#include "charta/series.h"

enum { CHARTA_SERIES_BAD_SHOWN = 3 };

typedef struct charta_series_ctx {
    charta_shape shape;
    const char *const *area_codes; /* per area, for at/latest/map */
    unsigned epoch;                /* bumped by the engine between calls */
    size_t bad;                    /* non-finite results turned missing since reset */
    /* the first cells (smallest index: area, then year) among them, for messages; the
     * caller resets n_bad_cells with bad */
    size_t bad_cell[CHARTA_SERIES_BAD_SHOWN];
    size_t n_bad_cells;
    /* The parts of a variable's breakdown (the engine's; NULL = none): with by false,
     * push the Series of the part of variable var that the table at arg selects
     * (`d.x{ sex = "F" }`); with by true, push a table from each value of the dimension
     * named by the string at arg to its part (`d.x:by("sex")`). Returns 1 or raises. */
    int (*part)(lua_State *L, void *ud, int var, int arg, bool by);
    void *part_ud;
} charta_series_ctx;

/* Register the metatable and set the Series functions (lag, change,
 * pct_change, cagr, rolling_mean, cumsum, where, fill, clamp, min, max,
 * share, per, total, rank) as fields of the table at index env_idx; the stack is
 * left as it was. ctx is borrowed: it must outlive the state's use of Series, and
 * its shape is the shape of every Series made from then on. */
void charta_series_lua_open(lua_State *L, int env_idx, charta_series_ctx *ctx);

/* The name of the i-th Series function (methods false: per, share, ...) or method
 * (methods true: at, map, ...) as registered, NULL past the last: what `charta help`
 * and the reference's test hold the documentation to. */
const char *charta_series_lua_name(bool methods, size_t i);

/* Push a new Series holding a copy of src (shape of ctx; src must have that many
 * cells). Raises a Lua error on out of memory or a shape too large; call it only
 * inside a protected call. */
void charta_series_lua_push(lua_State *L, charta_cvec src);

/* As charta_series_lua_push, for the values of dataset variable var: the Series can
 * then select the parts of var's breakdown (ctx->part). */
void charta_series_lua_push_var(lua_State *L, charta_cvec src, int var);

/* Push a new Series with every cell missing and return its cells, for the caller to
 * fill: they live inside the userdata, so they are valid only while it stays
 * reachable (on the stack). Raises as charta_series_lua_push. */
charta_vec charta_series_lua_push_empty(lua_State *L);

/* True with the cells of the Series at idx in *out (borrowed from the userdata), or
 * false with a NULL-filled view when the value is not a Series. Raises a Lua error
 * for a Series of an earlier epoch or another shape. */
bool charta_series_lua_test(lua_State *L, int idx, charta_cvec *out);

/* Without raising: 1 and the cells of the Series at idx; -1 for a Series
 * of an earlier epoch; 0 for any other value (out is then NULL-filled). */
int charta_series_lua_get(lua_State *L, int idx, charta_cvec *out);

#endif
