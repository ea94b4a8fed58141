/* decl_catalogue.c: what a city reuses from the shipped library (indicators/charta):
 * the variable vocabulary (`variable`), shipped indicators taken over with changes
 * (`extends`) or left out (`drop`), and, once the data are read, the shipped
 * indicators the city's data cannot feed left out of the report
 * (charta_engine_select).
 *
 * An indicator declared while a library runs (`use "charta.sdg-kommunen"`) is
 * shipped: its origin is the library and its declaration table is kept, so that a
 * city's `indicator "x" { extends = "charta.sdg-kommunen/oepnv", ... }` starts
 * from a copy of it, with the city's keys over it, and replaces it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/util.h"
#include "engine_internal.h"

/* --- variable ------------------------------------------------------------- */

static int
decl_variable_body(lua_State *L)
{
    charta_decl_check_loading(L, "variable");
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_project *p = charta_decl_engine_of(L)->p;
    char what[200];
    snprintf(what, sizeof what, _("variable '%s'"), name);
    for (size_t i = 0; i < p->n_vocab; i++)
        if (strcmp(p->vocab[i].name, name) == 0)
            charta_lua_error(L, "variable '%s' is declared twice (first at %s:%d)", name,
                       p->vocab[i].loc.file, p->vocab[i].loc.line);
    charta_decl_check_keyset(L, 1, "variable", what);
    p->vocab = charta_decl_grow_array(L, p->vocab, p->n_vocab, sizeof *p->vocab);
    charta_vocab *v = &p->vocab[p->n_vocab++];
    v->name = charta_decl_strdup(L, name);
    charta_decl_set_loc(L, &v->loc);
    charta_decl_opt_text(L, 1, "title", what, &v->title);
    if (!v->title.n)
        charta_lua_error(L, "%s: 'title' is required", what);
    charta_decl_opt_text(L, 1, "unit", what, &v->unit);
    charta_decl_opt_text(L, 1, "where", what, &v->where);
    v->aggregate = charta_decl_opt_string(L, 1, "aggregate", what);
    v->genesis = charta_decl_opt_string(L, 1, "genesis", what);
    return 0;
}

static int
decl_variable(lua_State *L)
{
    charta_decl_check_loading(L, "variable");
    charta_decl_check_id(L, "variable");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_variable_body, 2);
    return 1;
}

/* --- extends and drop ------------------------------------------------------ */

/* The shipped indicator named "library/id", its index into *at; false (and the
 * nearest name in *near, "" when none) when there is none. */
static bool
find_shipped(lua_State *L, const charta_project *p, const char *name, size_t *at,
             char *near, size_t n_near)
{
    near[0] = '\0';
    const char *slash = strrchr(name, '/');
    if (slash) {
        size_t lib = (size_t)(slash - name);
        for (size_t i = 0; i < p->n_indicators; i++) {
            const charta_indicator *ind = &p->indicators[i];
            if (ind->origin && strlen(ind->origin) == lib && !strncmp(ind->origin, name, lib) &&
                !strcmp(ind->id, slash + 1)) {
                *at = i;
                return true;
            }
        }
    }
    /* "library/id" of every shipped one, for the suggestion; kept on the stack until
     * the nearest is copied */
    int top = lua_gettop(L);
    size_t n = 0;
    for (size_t i = 0; i < p->n_indicators; i++)
        n += p->indicators[i].origin != NULL;
    const char **names = lua_newuserdatauv(L, (n + 1) * sizeof *names, 0);
    n = 0;
    for (size_t i = 0; i < p->n_indicators; i++) {
        const charta_indicator *ind = &p->indicators[i];
        if (ind->origin) {
            lua_pushfstring(L, "%s/%s", ind->origin, ind->id);
            names[n++] = lua_tostring(L, -1);
        }
    }
    const char *s = charta_suggest(name, names, n);
    if (s)
        snprintf(near, n_near, "%s", s);
    lua_settop(L, top);
    return false;
}

/* Push the message for a name that is no shipped indicator. */
static const char *
push_not_shipped(lua_State *L, const charta_project *p, const char *what, const char *name,
                 const char *near)
{
    if (near[0])
        return lua_pushfstring(L, _("%s: no shipped indicator '%s' (did you mean '%s'?)"), what,
                               name, near);
    bool any = false;
    for (size_t i = 0; i < p->n_indicators && !any; i++)
        any = p->indicators[i].origin != NULL;
    if (!any)
        return lua_pushfstring(L, _("%s: no shipped indicator '%s' (load its library first, like "
                               "use \"charta.sdg-kommunen\")"),
                               what, name);
    return lua_pushfstring(L, _("%s: no shipped indicator '%s' (they are named \"library/id\", like "
                           "\"charta.sdg-kommunen/...\"; charta list shows them)"),
                           what, name);
}

/* Leave out shipped indicator i, its Lua references released; false on out of
 * memory for the project's index. */
static bool
remove_shipped(lua_State *L, charta_project *p, size_t i)
{
    luaL_unref(L, LUA_REGISTRYINDEX, p->indicators[i].compute_ref);
    luaL_unref(L, LUA_REGISTRYINDEX, p->indicators[i].table_ref);
    return charta_project_remove_indicator(p, i);
}

void
charta_decl_extends(lua_State *L, charta_engine *e, const char *what)
{
    if (lua_getfield(L, 1, "extends") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (lua_type(L, -1) != LUA_TSTRING)
        charta_decl_error_at(L, 1, "extends", 0, CHARTA_AT_VALUE,
                             "%s: 'extends' names a shipped indicator, like "
                             "\"charta.sdg-kommunen/oepnv\"",
                             what);
    const char *shipped = lua_tostring(L, -1);
    size_t at;
    char near[300];
    if (!find_shipped(L, e->p, shipped, &at, near, sizeof near))
        charta_decl_error_at(L, 1, "extends", 0, CHARTA_AT_VALUE, "%s",
                             push_not_shipped(L, e->p, what, shipped, near));
    /* a copy of the shipped table with the city's keys over it takes the place of
     * the city's table */
    lua_newtable(L);
    int merged = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->p->indicators[at].table_ref);
    for (int from = merged + 1, pass = 0; pass < 2; pass++, from = 1) {
        lua_pushnil(L);
        while (lua_next(L, from)) {
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, merged);
        }
    }
    lua_pop(L, 1); /* the shipped table */
    lua_replace(L, 1);
    lua_pop(L, 1); /* the name */
    /* the new declaration takes the shipped one's place */
    if (!remove_shipped(L, e->p, at))
        charta_sandbox_raise_nomem(L);
}

static int
decl_drop(lua_State *L)
{
    charta_decl_check_loading(L, "drop");
    charta_engine *e = charta_decl_engine_of(L);
    size_t len;
    const char *name = luaL_checklstring(L, 1, &len);
    charta_decl_check_nul(L, name, len, "drop", "the name");
    size_t at;
    char near[300];
    if (!find_shipped(L, e->p, name, &at, near, sizeof near))
        return luaL_error(L, "%s", push_not_shipped(L, e->p, "drop", name, near));
    if (!remove_shipped(L, e->p, at))
        charta_sandbox_raise_nomem(L);
    return 0;
}

void
charta_engine_open_catalogue_decls(charta_engine *e, lua_State *L, int idx)
{
    static const luaL_Reg decls[] = {{"variable", decl_variable},
                                     {"drop", decl_drop},
                                     {NULL, NULL}};
    charta_engine_set_decls(e, L, idx, decls);
}

/* --- after the data are read ----------------------------------------------- */

/* The first of ind's needs that is neither a variable of ds nor an indicator still
 * in p; NULL when it has all. */
static const char *
first_missing(const charta_project *p, const charta_dataset *ds, const charta_indicator *ind)
{
    for (size_t k = 0; k < ind->n_needs; k++)
        if (charta_dataset_find_variable(ds, ind->needs[k]) < 0 &&
            !charta_project_find_indicator(p, ind->needs[k]))
            return ind->needs[k];
    return NULL;
}

charta_status
charta_engine_select(charta_engine *e, const charta_dataset *ds)
{
    charta_project *p = e->p;
    lua_State *L = charta_sandbox_state(e->sb);
    charta_status st = CHARTA_OK;
    /* shipped ones first, until none is left out: one may need another */
    for (bool again = true; again;) {
        again = false;
        for (size_t i = 0; i < p->n_indicators; i++) {
            const charta_indicator *ind = &p->indicators[i];
            const char *miss = ind->origin ? first_missing(p, ds, ind) : NULL;
            if (!miss)
                continue;
            charta_unavailable *u =
                realloc(p->unavailable, (p->n_unavailable + 1) * sizeof *p->unavailable);
            if (!u)
                return CHARTA_ERR_NOMEM;
            p->unavailable = u;
            u = &p->unavailable[p->n_unavailable];
            u->id = charta_strdup(ind->id);
            u->origin = charta_strdup(ind->origin);
            u->missing = charta_strdup(miss);
            p->n_unavailable++;
            if (!u->id || !u->origin || !u->missing)
                return CHARTA_ERR_NOMEM;
            if (!remove_shipped(L, p, i))
                return CHARTA_ERR_NOMEM;
            i--;
            again = true;
        }
    }
    /* the city's own: a need no source gives is a mistake of its script */
    size_t nv = charta_dataset_variable_count(ds);
    for (size_t i = 0; i < p->n_indicators; i++) {
        const charta_indicator *ind = &p->indicators[i];
        const char *miss = first_missing(p, ds, ind);
        if (!miss)
            continue;
        const char **names = calloc(nv + 1, sizeof *names);
        if (!names)
            return CHARTA_ERR_NOMEM;
        for (size_t v = 0; v < nv; v++)
            names[v] = charta_dataset_variable(ds, v)->name;
        const char *s = charta_suggest(miss, names, nv);
        st = charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, ind->loc.file, ind->loc.line, 0,
                               "indicator '%s' needs '%s', which no source gives%s%s%s", ind->id,
                               miss, s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
        free(names);
    }
    return st;
}
