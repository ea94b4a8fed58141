/* engine_decl_changes.c: the declarations area_change and series_break
 * (territorial reforms and breaks in series; project.h).
 *
 *   area_change { old = "14262", new = "14612", year = 2009,
 *                 reason = { de = "Kreisreform Sachsen 2008", en = "..." } }
 *   series_break { source = "kfz", year = 2008, reason = { ... } }
 *   series_break { variables = { "pkw" }, year = 2008, reason = { ... } }
 *
 * Like every declaration they only record (into the project) and check what
 * can be checked at once, raising at the script's line. Whether a break's
 * source or variables exist is known only when every file is loaded:
 * charta_engine_check_changes, called after loading.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/util.h"
#include "engine_internal.h"

enum { YEAR_MIN = 1800, YEAR_MAX = 2200, CODE_MAX = 32 };

/* An area code at t[key]: required, a string of 1 to CODE_MAX printable
 * characters without spaces. A malloc'd copy the caller stores. */
static char *
area_code(lua_State *L, int t, const char *key, const char *what)
{
    int ty = lua_getfield(L, t, key);
    if (ty == LUA_TNIL)
        charta_lua_error(L, "%s: '%s' is required (an area code like \"14612\")", what, key);
    if (ty != LUA_TSTRING)
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "%s: '%s' must be an area code in quotes (\"05315\" keeps its "
                             "leading zero), got %s",
                             what, key, luaL_typename(L, -1));
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    bool ok = len >= 1 && len <= CODE_MAX;
    for (size_t i = 0; i < len && ok; i++)
        ok = (unsigned char)s[i] > ' ' && (unsigned char)s[i] < 0x7f;
    if (!ok)
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "%s: '%s' must be an area code of 1 to %d letters, digits or signs, "
                             "without spaces",
                             what, key, CODE_MAX);
    char *r = charta_decl_strdup(L, s);
    lua_pop(L, 1);
    return r;
}

static int
required_year(lua_State *L, int t, const char *what)
{
    int year;
    if (!charta_decl_opt_int(L, t, "year", what, YEAR_MIN, YEAR_MAX, &year))
        charta_lua_error(L, "%s: 'year' is required (the first year of the new %s)", what,
                   strncmp(what, "area_change", 11) == 0 ? _("code") : _("counting"));
    return year;
}

/* --- area_change ------------------------------------------------------------ */

static int
decl_area_change(lua_State *L)
{
    charta_decl_check_loading(L, "area_change");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_project *p = charta_decl_engine_of(L)->p;
    const char *what = "area_change";
    charta_decl_check_keyset(L, 1, "area_change", what);
    p->changes = charta_decl_grow_array(L, p->changes, p->n_changes, sizeof *p->changes);
    /* counted at once, so an error below leaks nothing (charta_project_free) */
    charta_change_decl *c = &p->changes[p->n_changes++];
    charta_decl_set_loc(L, &c->loc);
    c->old_code = area_code(L, 1, "old", what);
    c->new_code = area_code(L, 1, "new", what);
    c->year = required_year(L, 1, what);
    charta_decl_opt_text(L, 1, "reason", what, &c->reason);
    if (strcmp(c->old_code, c->new_code) == 0)
        charta_lua_error(L, "%s: 'old' and 'new' are the same code '%s'", what, c->old_code);
    for (size_t i = 0; i + 1 < p->n_changes; i++) {
        const charta_change_decl *o = &p->changes[i];
        if (strcmp(o->old_code, c->old_code) == 0)
            charta_lua_error(L, "%s: the code '%s' already changed (to '%s', at %s:%d)", what,
                       c->old_code, o->new_code, o->loc.file, o->loc.line);
        /* a chain a -> b -> c is merged in order; its years must follow each other */
        if (strcmp(o->new_code, c->old_code) == 0 && o->year >= c->year)
            charta_lua_error(L, "%s: '%s' -> '%s' from %d continues '%s' -> '%s' from %d (%s:%d), so "
                          "its year must be later",
                       what, c->old_code, c->new_code, c->year, o->old_code, o->new_code,
                       o->year, o->loc.file, o->loc.line);
        if (strcmp(o->old_code, c->new_code) == 0 && o->year <= c->year)
            charta_lua_error(L, "%s: '%s' -> '%s' from %d leads into '%s' -> '%s' from %d (%s:%d), so "
                          "its year must be earlier",
                       what, c->old_code, c->new_code, c->year, o->old_code, o->new_code,
                       o->year, o->loc.file, o->loc.line);
    }
    /* a cycle: following the new codes from c's leads back to c's old code */
    const char *code = c->new_code;
    for (size_t hops = 0; hops < p->n_changes; hops++) {
        size_t i = 0;
        while (i < p->n_changes && strcmp(p->changes[i].old_code, code) != 0)
            i++;
        if (i == p->n_changes)
            break;
        if (i == p->n_changes - 1)
            charta_lua_error(L, "%s: '%s' -> '%s' closes a cycle of code changes", what, c->old_code,
                       c->new_code);
        code = p->changes[i].new_code;
    }
    return 0;
}

/* --- series_break ------------------------------------------------------------ */

static int
decl_series_break(lua_State *L)
{
    charta_decl_check_loading(L, "series_break");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_project *p = charta_decl_engine_of(L)->p;
    const char *what = "series_break";
    charta_decl_check_keyset(L, 1, "series_break", what);
    p->breaks = charta_decl_grow_array(L, p->breaks, p->n_breaks, sizeof *p->breaks);
    charta_break_decl *b = &p->breaks[p->n_breaks++];
    charta_decl_set_loc(L, &b->loc);
    b->source = charta_decl_opt_string(L, 1, "source", what);
    lua_getfield(L, 1, "variables");
    bool has_vars = !lua_isnil(L, -1);
    lua_pop(L, 1);
    charta_decl_opt_strlist(L, 1, "variables", what, &b->variables, &b->n_variables);
    if (!b->source == !has_vars)
        charta_lua_error(L, "%s: give either 'source' (every variable of one source) or 'variables' "
                      "(a list of variable names)",
                   what);
    if (has_vars && !b->n_variables)
        charta_lua_error(L, "%s: 'variables' is empty", what);
    b->year = required_year(L, 1, what);
    charta_decl_opt_text(L, 1, "reason", what, &b->reason);
    for (size_t i = 0; i + 1 < p->n_breaks; i++) {
        const charta_break_decl *o = &p->breaks[i];
        if (o->year == b->year && b->source && o->source && strcmp(o->source, b->source) == 0)
            charta_lua_error(L, "%s: source '%s' already breaks in %d (%s:%d)", what, b->source,
                       b->year, o->loc.file, o->loc.line);
    }
    return 0;
}

void
charta_engine_open_change_decls(charta_engine *e, lua_State *L, int idx)
{
    static const luaL_Reg decls[] = {{"area_change", decl_area_change},
                                     {"series_break", decl_series_break},
                                     {NULL, NULL}};
    charta_engine_set_decls(e, L, idx, decls);
}

/* --- after loading ------------------------------------------------------------ */

charta_status
charta_engine_check_changes(charta_engine *e)
{
    const charta_project *p = e->p;
    charta_status st = CHARTA_OK;
    for (size_t i = 0; i < p->n_breaks; i++) {
        const charta_break_decl *b = &p->breaks[i];
        if (b->source) {
            size_t k = 0;
            while (k < p->n_sources && strcmp(p->sources[k].name, b->source) != 0)
                k++;
            if (k == p->n_sources)
                st = charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, b->loc.file, b->loc.line, 0,
                                       "series_break: source '%s' is not declared", b->source);
            continue;
        }
        for (size_t v = 0; v < b->n_variables; v++) {
            bool found = false;
            for (size_t k = 0; k < p->n_sources && !found; k++)
                for (size_t j = 0; j < p->sources[k].n_vars && !found; j++)
                    found = strcmp(p->sources[k].vars[j].name, b->variables[v]) == 0;
            if (!found)
                st = charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, b->loc.file, b->loc.line, 0,
                                       "series_break: variable '%s' is not a variable of any "
                                       "source",
                                       b->variables[v]);
        }
    }
    return st;
}
