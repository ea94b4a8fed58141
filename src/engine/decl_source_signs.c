/* decl_source_signs.c: the keys of `source` that say what a cell means
 * beyond its number (issue 9): `signs` (the meaning of a sign, overriding
 * the preset's) and `reported_with` (an area whose values are reported
 * with another area's). Both are tables keyed by text; keys are read in
 * sorted order so the spec is the same on every run.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/source_spec.h"
#include "engine_internal.h"

void
charta_decl_source_signs(lua_State *L, int t, charta_source_spec *s, int line, const char *what)
{
    if (lua_getfield(L, t, "signs") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int st = lua_gettop(L);
    if (!lua_istable(L, st))
        charta_lua_error(L, "%s: 'signs' must be a table like { [\"-\"] = \"zero\" }", what);
    size_t n;
    char **keys = charta_decl_sorted_keys(L, st, &n, "source signs");
    s->signs = calloc(n ? n : 1, sizeof *s->signs);
    if (!s->signs) {
        charta_decl_free_keys(keys, n);
        charta_sandbox_raise_nomem(L);
    }
    for (size_t i = 0; i < n; i++) { /* the spec owns the keys from here on */
        s->signs[i].sign = keys[i];
        s->n_signs = i + 1;
    }
    free(keys);
    s->signs_line = line;
    for (size_t i = 0; i < s->n_signs; i++) {
        const char *sign = s->signs[i].sign;
        size_t len = strlen(sign);
        charta_decl_check_utf8(L, sign, len, "signs", what);
        if (len == 0 || sign[0] == ' ' || sign[len - 1] == ' ')
            charta_lua_error(L,
                       "%s: a sign in 'signs' must be the text of a cell without spaces "
                       "around it (an empty cell is always missing)",
                       what);
        for (size_t k = 0; k < s->n_missing; k++)
            if (strcmp(s->missing[k], sign) == 0)
                charta_lua_error(L, "%s: sign '%s' is in 'missing' and in 'signs'; give it once", what,
                           sign);
        if (lua_getfield(L, st, sign) != LUA_TSTRING)
            charta_decl_error_at(L, st, sign, 0, CHARTA_AT_VALUE,
                                 "%s: the meaning of sign '%s' must be one of %s", what, sign,
                                 charta_sign_meaning_names());
        const char *m = lua_tostring(L, -1);
        if (!charta_sign_meaning_parse(m, &s->signs[i].meaning))
            charta_decl_error_at(L, st, sign, 0, CHARTA_AT_VALUE,
                                 "%s: unknown meaning '%s' of sign '%s' (allowed: %s)", what, m,
                                 sign, charta_sign_meaning_names());
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void
charta_decl_source_reported_with(lua_State *L, int t, charta_source_spec *s, int line,
                                 const char *what)
{
    if (lua_getfield(L, t, "reported_with") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int rt = lua_gettop(L);
    if (!lua_istable(L, rt))
        charta_lua_error(L,
                   "%s: 'reported_with' must be a table like { [\"07211\"] = \"07235\" } (area "
                   "code = code of the area it is reported with)",
                   what);
    size_t n;
    char **keys = charta_decl_sorted_keys(L, rt, &n, "source reported_with");
    s->reported_with = calloc(n ? n : 1, sizeof *s->reported_with);
    if (!s->reported_with) {
        charta_decl_free_keys(keys, n);
        charta_sandbox_raise_nomem(L);
    }
    for (size_t i = 0; i < n; i++) {
        s->reported_with[i].area = keys[i];
        s->n_reported_with = i + 1;
    }
    free(keys);
    s->reported_with_line = line;
    for (size_t i = 0; i < s->n_reported_with; i++) {
        charta_reported_with *r = &s->reported_with[i];
        charta_decl_check_utf8(L, r->area, strlen(r->area), "reported_with", what);
        int ty = lua_getfield(L, rt, r->area);
        if (ty != LUA_TSTRING)
            charta_lua_error(L,
                       "%s: 'reported_with' of area '%s' must be the code of another area (a "
                       "string), got %s",
                       what, r->area, luaL_typename(L, -1));
        size_t len;
        const char *with = lua_tolstring(L, -1, &len);
        charta_decl_check_utf8(L, with, len, "reported_with", what);
        if (len == 0 || strcmp(with, r->area) == 0)
            charta_lua_error(L, "%s: area '%s' cannot be reported with %s", what, r->area,
                       len ? _("itself") : _("an empty code"));
        r->with = charta_decl_strdup(L, with);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}
