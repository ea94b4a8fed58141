/* decl_guard.c: a declaration that fails is reported and skipped, and the project's
 * scripts go on, so that one `charta check` shows every independent mistake (as a
 * compiler does) instead of the first.
 *
 * Every declaration function (city, source, indicator, ...) is registered behind
 * a guard that calls it through charta_sandbox_try while the project loads. A
 * declaration written in two steps (`indicator "id" { ... }`) returns the function
 * that takes the table: the guard puts that one behind a guard too, and after a
 * failed first step returns a function that takes the table and does nothing, so
 * that the one mistake is not followed by "attempt to call a nil value". An
 * indicator whose declaration failed half-way stays in the project marked broken:
 * the checks after loading pass over it. Memory errors, budgets and interruptions
 * are not recovered (charta_sandbox_try). */
#include <string.h>

#include <lauxlib.h>

#include "engine_internal.h"

static int
skip_table(lua_State *L)
{
    (void)L;
    return 0;
}

static int
guard(lua_State *L)
{
    charta_engine *e = lua_touserdata(L, lua_upvalueindex(1));
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    if (!e->loading) { /* inside compute: the declaration raises its own error */
        lua_call(L, n, 1);
        return 1;
    }
    size_t n_ind = e->p->n_indicators;
    charta_status st;
    charta_sandbox_try(L, n, 1, NULL, &st);
    if (st != CHARTA_OK) {
        e->decl_status = charta_status_worse(e->decl_status, st);
        const char *name = lua_tostring(L, lua_upvalueindex(3));
        if (!strcmp(name, "field") || !strcmp(name, "use"))
            e->fields_failed = true;
        for (size_t i = n_ind; i < e->p->n_indicators; i++)
            e->p->indicators[i].broken = true;
        lua_pushcfunction(L, skip_table);
        return 1;
    }
    if (lua_tocfunction(L, -1)) { /* the second step of `indicator "id" { ... }` */
        lua_pushlightuserdata(L, e);
        lua_insert(L, -2);
        lua_pushvalue(L, lua_upvalueindex(3));
        lua_pushcclosure(L, guard, 3);
    }
    return 1;
}

void
charta_engine_set_decls(charta_engine *e, lua_State *L, int idx, const luaL_Reg *decls)
{
    idx = lua_absindex(L, idx);
    for (const luaL_Reg *r = decls; r->name; r++) {
        lua_pushlightuserdata(L, e);
        lua_pushlightuserdata(L, e);
        lua_pushcclosure(L, r->func, 1);
        lua_pushstring(L, r->name);
        lua_pushcclosure(L, guard, 3);
        lua_setfield(L, idx, r->name);
    }
}
