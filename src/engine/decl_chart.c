/* decl_chart.c: `chart = { ... }` of an indicator and the report's logo and
 * colours (decl_chart.h). */
#include "decl_chart.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "engine_internal.h"

/* The chart kind s, the value of t[key]. */
static charta_chart_kind
parse_kind(lua_State *L, int t, const char *key, const char *s, const char *what)
{
    charta_chart_kind k;
    if (!charta_chart_kind_parse(s, &k))
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "%s: unknown chart kind '%s' (known: timeseries, areas, none)", what,
                             s);
    return k;
}

/* The string items of t[key] (a string or a list of strings), one by one:
 * pushes nothing, calls f for each; no allocation, so an error leaks nothing. */
static void
each_string(lua_State *L, int t, const char *key, const char *what,
            void (*f)(lua_State *L, const char *s, size_t i, void *ud), void *ud, bool *given)
{
    int ty = lua_getfield(L, t, key);
    int idx = lua_gettop(L);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    *given = true;
    size_t len;
    if (ty == LUA_TSTRING) {
        const char *s = lua_tolstring(L, idx, &len);
        charta_decl_check_utf8(L, s, len, key, what);
        f(L, s, 0, ud);
    } else if (ty == LUA_TTABLE) {
        size_t n = (size_t)lua_rawlen(L, idx);
        for (size_t i = 0; i < n; i++) {
            if (lua_rawgeti(L, idx, (lua_Integer)i + 1) != LUA_TSTRING)
                charta_lua_error(L, "%s: '%s' must be a list of strings (item %d is %s)", what, key,
                           (int)i + 1, luaL_typename(L, -1));
            const char *s = lua_tolstring(L, -1, &len);
            charta_decl_check_utf8(L, s, len, key, what);
            f(L, s, i, ud);
            lua_pop(L, 1);
        }
    } else {
        charta_lua_error(L, "%s: '%s' must be a string or a list of strings", what, key);
    }
    lua_pop(L, 1);
}

typedef struct also_ctx {
    charta_chart_spec *spec;
    const char *what;
} also_ctx;

static void
add_also(lua_State *L, const char *s, size_t i, void *ud)
{
    also_ctx *c = ud;
    charta_chart_kind k;
    (void)i;
    if (!charta_chart_kind_parse(s, &k) || k == CHARTA_CHART_NONE)
        charta_lua_error(L, "%s: 'also' lists '%s'; use timeseries or areas", c->what, s);
    for (size_t j = 0; j < c->spec->n_also; j++)
        if (c->spec->also[j] == k)
            charta_lua_error(L, "%s: 'also' lists '%s' twice", c->what, s);
    if (c->spec->n_also < CHARTA_CHART_KIND_COUNT)
        c->spec->also[c->spec->n_also++] = k;
}

static void
read_also(lua_State *L, int t, const char *what, charta_chart_spec *out)
{
    out->also = calloc(CHARTA_CHART_KIND_COUNT, sizeof *out->also);
    if (!out->also)
        charta_sandbox_raise_nomem(L);
    also_ctx c = {out, what};
    each_string(L, t, "also", what, add_also, &c, &out->has_also);
}

void
charta_decl_read_chart(lua_State *L, int t, const char *key, const char *what,
                       charta_chart_spec *out)
{
    int ty = lua_getfield(L, t, key);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "%s: '%s' must be a table like { kind = \"timeseries\" }", what, key);
    int c = lua_gettop(L);
    char cwhat[240];
    snprintf(cwhat, sizeof cwhat, _("%s of %s"), key, what);
    charta_decl_check_keyset(L, c, "indicator.chart", cwhat);
    char *kind = charta_decl_opt_string(L, c, "kind", cwhat);
    if (kind) {
        lua_pushstring(L, kind);
        free(kind);
        out->kind = parse_kind(L, c, "kind", lua_tostring(L, -1), cwhat);
        lua_pop(L, 1);
    }
    read_also(L, c, cwhat, out);
    for (size_t i = 0; i < out->n_also; i++)
        if (out->also[i] == out->kind ||
            (out->kind == CHARTA_CHART_DEFAULT && out->also[i] == CHARTA_CHART_TIMESERIES))
            charta_lua_error(L, "%s: 'also' repeats the main chart kind '%s'", cwhat,
                       charta_chart_kind_name(out->also[i]));
    charta_decl_opt_strlist(L, c, "areas", cwhat, &out->areas, &out->n_areas);
    out->has_y_min = charta_decl_opt_number(L, c, "y_min", cwhat, &out->y_min);
    out->has_y_max = charta_decl_opt_number(L, c, "y_max", cwhat, &out->y_max);
    if ((out->has_y_min && !isfinite(out->y_min)) || (out->has_y_max && !isfinite(out->y_max)))
        charta_lua_error(L, "%s: 'y_min' and 'y_max' must be finite numbers", cwhat);
    if (out->has_y_min && out->has_y_max && out->y_min >= out->y_max)
        charta_lua_error(L, "%s: 'y_min' must be below 'y_max'", cwhat);
    ty = lua_getfield(L, c, "zero");
    if (ty == LUA_TBOOLEAN)
        out->zero = lua_toboolean(L, -1) ? 1 : -1;
    else if (ty != LUA_TNIL)
        charta_decl_error_at(L, c, "zero", 0, CHARTA_AT_VALUE, "%s: 'zero' must be true or false",
                             cwhat);
    lua_pop(L, 1);
    charta_decl_opt_text(L, c, "alt", cwhat, &out->alt);
    lua_pop(L, 1);
}

bool
charta_decl_parse_color(const char *s, unsigned *out)
{
    size_t n = strlen(s);
    if ((n != 7 && n != 4) || s[0] != '#')
        return false;
    unsigned v = 0;
    for (size_t i = 1; i < n; i++) {
        int c = tolower((unsigned char)s[i]);
        unsigned d;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = (unsigned)(c - 'a' + 10);
        else
            return false;
        v = n == 7 ? (v << 4) | d : (v << 8) | (d << 4) | d;
    }
    *out = v;
    return true;
}

static void
read_color(lua_State *L, int t, const char *key, unsigned *out, bool *has)
{
    char *s = charta_decl_opt_string(L, t, key, "report colors");
    if (!s)
        return;
    bool ok = charta_decl_parse_color(s, out);
    free(s);
    if (!ok)
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "report colors: '%s' must be a colour like \"#005a9c\"", key);
    *has = true;
}

static void
add_series(lua_State *L, const char *s, size_t i, void *ud)
{
    charta_report_colors *col = ud;
    if (!charta_decl_parse_color(s, &col->series[i]))
        charta_lua_error(L, "report colors: 'series' item %d must be a colour like \"#d55e00\"",
                   (int)i + 1);
    col->n_series = i + 1;
}

void
charta_decl_read_report_style(lua_State *L, int t, charta_report_spec *r)
{
    r->logo = charta_decl_opt_string(L, t, "logo", "report");
    if (r->logo) {
        size_t n = strlen(r->logo);
        const char *ext = n >= 4 ? r->logo + n - 4 : "";
        if (r->logo[0] == '/' || strstr(r->logo, "..") || n < 5 ||
            !(ext[0] == '.' && tolower((unsigned char)ext[1]) == 'p' &&
              tolower((unsigned char)ext[2]) == 'n' && tolower((unsigned char)ext[3]) == 'g'))
            charta_lua_error(L, "report: 'logo' must be a PNG file inside the project folder, like "
                          "\"logo.png\"");
    }
    int ty = lua_getfield(L, t, "colors");
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        charta_lua_error(L, "report: 'colors' must be a table like { primary = \"#005a9c\" }");
    int c = lua_gettop(L);
    charta_decl_check_keyset(L, c, "report.colors", "report colors");
    charta_report_colors *col = &r->colors;
    read_color(L, c, "primary", &col->primary, &col->has_primary);
    read_color(L, c, "accent", &col->accent, &col->has_accent);
    if (lua_getfield(L, c, "series") != LUA_TNIL) {
        size_t n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 1;
        col->series = calloc(n ? n : 1, sizeof *col->series);
        if (!col->series)
            charta_sandbox_raise_nomem(L);
    }
    lua_pop(L, 1);
    bool given = false;
    each_string(L, c, "series", "report colors", add_series, col, &given);
    lua_pop(L, 1);
}
