/* engine_progress.c: a city's own progress method, written in Lua.
 *
 *   progress_method "ampel" {
 *     title = { de = "Ampel", en = "Traffic light" },
 *     categories = { gruen = 2, gelb = 0, rot = -1 },   -- code = level (-2..3)
 *     assess = function(points, target, info)
 *       -- points: { { year = 2015, value = 12.5 }, ... } ascending, values only
 *       -- target: { year = 2030, value = 90, base = 2015, change = -55 } or nil
 *       -- info: { indicator =, area =, area_name =, unit =, direction =, limit = }
 *       return "gruen"                       -- a declared category, or
 *       return { category = "gelb", ratio = 0.7, note = "..." }, or
 *       return nil, "why not"                -- not assessable
 *     end,
 *   }
 *
 * Declared at load time (the declaration only records, like every other);
 * called by the progress stage (progress.c) through charta_progress_opts'
 * hook, once per indicator and area, through the sandbox under the city's
 * budgets. The answer is checked before it is copied into C: a category
 * the declaration does not list, an unknown key or a number that is not
 * finite is an error at the assess function's line.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/engine.h"
#include "charta/printable.h"
#include "charta/util.h"
#include "decl_chart.h"
#include "engine_internal.h"

/* --- the declaration ---------------------------------------------------------- */

/* A category and its level, to sort them together. */
typedef struct ranked {
    char *code;
    int level;
    size_t i; /* the declaration's index, for its words, symbol and colour */
} ranked;

static int
cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->level != y->level)
        return x->level > y->level ? -1 : 1;
    return strcmp(x->code, y->code);
}

static const char *
category_code(const void *ctx, size_t i)
{
    char *const *codes = ctx;
    return codes[i];
}

/* m's categories best first, then by name, and indexed by code (a script may
 * declare 200,000: no insertion sort, no scan per answer). */
static void
sort_categories(lua_State *L, charta_method_decl *m)
{
    size_t n = m->n_categories;
    ranked *r = malloc((n ? n : 1) * sizeof *r);
    if (!r)
        charta_sandbox_raise_nomem(L);
    for (size_t i = 0; i < n; i++)
        r[i] = (ranked){m->categories[i], m->levels[i], i};
    qsort(r, n, sizeof *r, cmp_ranked);
    charta_text *labels = malloc((n ? n : 1) * sizeof *labels);
    char **symbols = malloc((n ? n : 1) * sizeof *symbols);
    unsigned *colours = malloc((n ? n : 1) * sizeof *colours);
    bool *has = malloc((n ? n : 1) * sizeof *has);
    if (!labels || !symbols || !colours || !has) {
        free(labels), free(symbols), free(colours), free(has), free(r);
        charta_sandbox_raise_nomem(L);
    }
    for (size_t i = 0; i < n; i++) {
        m->categories[i] = r[i].code;
        m->levels[i] = r[i].level;
        labels[i] = m->labels[r[i].i];
        symbols[i] = m->symbols[r[i].i];
        colours[i] = m->colours[r[i].i];
        has[i] = m->has_colour[r[i].i];
    }
    free(m->labels), free(m->symbols), free(m->colours), free(m->has_colour);
    m->labels = labels, m->symbols = symbols, m->colours = colours, m->has_colour = has;
    free(r);
    m->category_index = (charta_hashtab){.key = category_code, .ctx = m->categories};
    if (!charta_hashtab_rebuild(&m->category_index, n))
        charta_sandbox_raise_nomem(L);
}

/* A category declared as a table, at the top of the stack: its words, symbol and
 * colour into m's i-th slots; pushes its level (or nil) for the caller to check. */
static void
read_category(lua_State *L, charta_method_decl *m, size_t i, const char *what)
{
    const char *c = m->categories[i];
    int t = lua_gettop(L);
    char in[300];
    snprintf(in, sizeof in, "%s: category '%s'", what, c);
    charta_decl_check_keyset(L, t, "progress_method.categories", in);
    if (lua_getfield(L, t, "level") == LUA_TNIL)
        charta_lua_error(L, "%s needs a 'level' from -2 to 3, like { level = 2, label = ... }", in);
    lua_pop(L, 1);
    charta_decl_opt_text(L, t, "label", in, &m->labels[i]);
    for (size_t k = 0; k < m->labels[i].n; k++)
        if (!m->labels[i].text[k][0])
            charta_lua_error(L, "%s: 'label' is empty", in);
    m->symbols[i] = charta_decl_opt_string(L, t, "symbol", in);
    if (m->symbols[i]) {
        const char *sym = m->symbols[i];
        size_t chars = 0;
        for (const char *q = sym; *q; q++)
            chars += ((unsigned char)*q & 0xC0) != 0x80;
        if (chars < 1 || chars > 2 || (unsigned char)sym[0] < 0x21)
            charta_lua_error(L, "%s: 'symbol' must be one character, like \"\xe2\x97\x8f\"", in);
    }
    const char *ckey = "colour";
    if (lua_getfield(L, t, "color") != LUA_TNIL)
        ckey = "color";
    lua_pop(L, 1);
    char *col = charta_decl_opt_string(L, t, ckey, in);
    if (col) {
        bool ok = charta_decl_parse_color(col, &m->colours[i]);
        free(col);
        if (!ok)
            charta_lua_error(L, "%s: '%s' must be a colour like \"#2e7d32\"", in, ckey);
        m->has_colour[i] = true;
    }
    lua_getfield(L, t, "level");
}

static int
decl_method_body(lua_State *L)
{
    charta_decl_check_loading(L, "progress_method");
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = charta_decl_engine_of(L);
    charta_project *p = e->p;
    char what[200];
    snprintf(what, sizeof what, "progress_method '%s'", name);
    if (charta_progress_is_builtin(name))
        charta_lua_error(L, "%s: '%s' is a built-in method; give the city's own another name", what,
                   name);
    for (size_t i = 0; i < p->n_methods; i++)
        if (strcmp(p->methods[i].name, name) == 0)
            charta_lua_error(L, "%s is declared twice (first at %s:%d)", what, p->methods[i].loc.file,
                       p->methods[i].loc.line);
    charta_decl_check_keyset(L, 1, "progress_method", what);
    p->methods = charta_decl_grow_array(L, p->methods, p->n_methods, sizeof *p->methods);
    charta_method_decl *m = &p->methods[p->n_methods++];
    m->assess_ref = LUA_NOREF;
    m->name = charta_decl_strdup(L, name);
    charta_decl_set_loc(L, &m->loc);
    charta_decl_opt_text(L, 1, "title", what, &m->title);
    if (lua_getfield(L, 1, "categories") != LUA_TTABLE)
        charta_lua_error(L,
                   "%s: 'categories' is required: a table of codes and their levels, like "
                   "{ gruen = 2, gelb = 0, rot = -1 } (levels from -2 to 3)",
                   what);
    int t = lua_gettop(L);
    m->categories = charta_decl_sorted_keys(L, t, &m->n_categories, what);
    size_t cap = m->n_categories ? m->n_categories : 1;
    m->levels = calloc(cap, sizeof *m->levels);
    m->labels = calloc(cap, sizeof *m->labels);
    m->symbols = calloc(cap, sizeof *m->symbols);
    m->colours = calloc(cap, sizeof *m->colours);
    m->has_colour = calloc(cap, sizeof *m->has_colour);
    if (!m->levels || !m->labels || !m->symbols || !m->colours || !m->has_colour)
        charta_sandbox_raise_nomem(L);
    if (!m->n_categories)
        charta_lua_error(L, "%s: 'categories' lists no category", what);
    for (size_t i = 0; i < m->n_categories; i++) {
        const char *c = m->categories[i];
        if (strlen(c) > CHARTA_ID_MAX)
            charta_lua_error(L, "%s: a category has at most %d characters", what, CHARTA_ID_MAX);
        for (const char *s = c; *s; s++)
            if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '_'))
                charta_lua_error(L, "%s: category '%s': codes use a-z, 0-9 and '_' only", what, c);
        if (!strcmp(c, "not_assessable"))
            charta_lua_error(L, "%s: 'not_assessable' is charta's own category (return nil for it)",
                       what);
        lua_getfield(L, t, c);
        if (lua_istable(L, -1)) /* { level = 2, label = ..., symbol = "●", colour = "#2e7d32" } */
            read_category(L, m, i, what);
        else
            lua_pushvalue(L, -1);
        lua_Number lv = lua_tonumber(L, -1);
        if (!lua_isinteger(L, -1) || lv < CHARTA_LEVEL_MIN || lv > CHARTA_LEVEL_MAX)
            charta_lua_error(L,
                       "%s: the level of '%s' must be a whole number from -2 to 3 (3 target "
                       "met, 2 good progress, 1 moderate, 0 insufficient, -1 moving away, "
                       "-2 moving away fast)",
                       what, c);
        m->levels[i] = (int)lv;
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    sort_categories(L, m);
    if (lua_getfield(L, 1, "assess") != LUA_TFUNCTION)
        charta_lua_error(L,
                   "%s: 'assess' is required: function(points, target, info) return "
                   "\"<category>\" end",
                   what);
    lua_Debug ar;
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">S", &ar);
    if (ar.source[0] == '@') {
        m->assess_loc.file = charta_decl_strdup(L, ar.source + 1);
        m->assess_loc.line = ar.linedefined;
    }
    m->assess_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

int
charta_decl_progress_method(lua_State *L)
{
    charta_decl_check_loading(L, "progress_method");
    if (lua_istable(L, 1))
        return charta_lua_error(L, "progress_method needs a name: progress_method \"ampel\" { ... }");
    charta_decl_check_id(L, "progress_method");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_method_body, 2);
    return 1;
}

/* --- the call ------------------------------------------------------------------ */

/* What the protected call needs: the method, its input, and where the
 * answer goes once it is checked. */
typedef struct call_ctx {
    const charta_method_decl *m;
    const charta_progress_input *in;
    charta_assessment *out;
    charta_progress_text *text;
    charta_diags *d;
} call_ctx;

static void
set_number(lua_State *L, const char *key, double v)
{
    lua_pushnumber(L, v);
    lua_setfield(L, -2, key);
}

static void
set_string(lua_State *L, const char *key, const char *s)
{
    if (!s)
        return;
    lua_pushstring(L, s);
    lua_setfield(L, -2, key);
}

/* The arguments of assess: points, target, info. */
static void
push_arguments(lua_State *L, const charta_progress_input *in)
{
    lua_createtable(L, (int)in->n_points, 0);
    for (size_t i = 0; i < in->n_points; i++) {
        lua_createtable(L, 0, 2);
        lua_pushinteger(L, in->points[i].year);
        lua_setfield(L, -2, "year");
        set_number(L, "value", in->points[i].value);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    if (in->has_target) {
        lua_createtable(L, 0, 4);
        lua_pushinteger(L, in->target_year);
        lua_setfield(L, -2, "year");
        set_number(L, "value", in->target_value);
        if (in->target && in->target->base) {
            lua_pushinteger(L, in->target->base);
            lua_setfield(L, -2, "base");
        }
        if (in->target && in->target->has_change)
            set_number(L, "change", in->target->change);
    } else {
        lua_pushnil(L);
    }
    lua_createtable(L, 0, 6);
    set_string(L, "indicator", in->indicator);
    set_string(L, "area", in->area);
    set_string(L, "area_name", in->area_name);
    set_string(L, "unit", in->unit);
    set_string(L, "direction",
               in->direction == CHARTA_DIR_UP     ? "up"
               : in->direction == CHARTA_DIR_DOWN ? "down"
                                                  : "none");
    if (in->has_limit)
        set_number(L, "limit", in->limit);
}

static const charta_method_decl *
find_method(const charta_project *p, const char *name)
{
    for (size_t i = 0; i < p->n_methods; i++)
        if (strcmp(p->methods[i].name, name) == 0)
            return &p->methods[i];
    return NULL;
}

/* An answer that breaks the contract: an error at the assess function. */
static charta_status
bad_answer(const call_ctx *c, const char *fmt, const char *a1, const char *a2)
{
    const charta_method_decl *m = c->m;
    const charta_progress_input *in = c->in;
    char msg[400];
    snprintf(msg, sizeof msg, charta_tr(fmt), a1, a2 ? a2 : ""); /* a msgid: i18n.h */
    return charta_diag_error(c->d, CHARTA_ERR_SCRIPT,
                             m->assess_loc.file ? m->assess_loc.file : m->loc.file,
                             m->assess_loc.file ? m->assess_loc.line : m->loc.line, 0,
                             "progress method '%s': %s (indicator '%s', area '%s')", m->name, msg,
                             in->indicator ? in->indicator : "?", in->area ? in->area : "?");
}

/* The category named by the string at idx. */
static charta_status
set_category(lua_State *L, int idx, const call_ctx *c)
{
    const charta_method_decl *m = c->m;
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    char code[100];
    charta_printable_into(code, sizeof code, s, len);
    if (strlen(s) != len)
        return bad_answer(c, "assess returned the category '%s', which contains a NUL byte%s", code,
                          "");
    size_t i;
    if (charta_hashtab_find(&m->category_index, s, &i)) {
        c->out->category = m->categories[i];
        c->out->level = m->levels[i];
        return CHARTA_OK;
    }
    const char *near = charta_suggest(s, (const char *const *)m->categories, m->n_categories);
    char hint[200] = "";
    if (near)
        snprintf(hint, sizeof hint, _(" (did you mean '%s'?)"), near);
    return bad_answer(c,
                      "assess returned the category '%s', which 'categories' does not "
                      "list%s",
                      code, hint);
}

/* The table answer: { category = ..., ratio =, score =, cagr_actual =,
 * cagr_required =, projected_value =, base_year =, note = }. Read inside
 * the protected call: its metamethods run under the budget. */
static charta_status
read_table(lua_State *L, int t, const call_ctx *c)
{
    const char *keys[CHARTA_KEYS_MAX];
    size_t n_keys = charta_keyset_names(charta_keyset_find("progress_method.assess"), keys);
    charta_assessment *out = c->out;
    const charta_progress_input *in = c->in;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            return bad_answer(c, "assess returned a table with a %s key; keys are names",
                              luaL_typename(L, -1), NULL);
        const char *k = lua_tostring(L, -1);
        bool known = false;
        for (size_t i = 0; i < n_keys && !known; i++)
            known = strcmp(k, keys[i]) == 0;
        if (!known) {
            const char *s = charta_suggest(k, keys, n_keys);
            char key[100], hint[200];
            snprintf(key, sizeof key, "%s", k);
            if (s)
                snprintf(hint, sizeof hint, _(" (did you mean '%s'?)"), s);
            else
                snprintf(hint, sizeof hint,
                         " (keys: category, ratio, score, cagr_actual, "
                         "cagr_required, projected_value, base_year, note)");
            return bad_answer(c, "assess returned the unknown key '%s'%s", key, hint);
        }
    }
    if (lua_getfield(L, t, "category") != LUA_TSTRING)
        return bad_answer(c, "assess returned a table without a 'category' string%s", "", NULL);
    charta_status st = set_category(L, lua_gettop(L), c);
    lua_pop(L, 1);
    if (st != CHARTA_OK)
        return st;
    static const char *const nums[] = {"ratio", "score", "cagr_actual", "cagr_required",
                                       "projected_value"};
    double *slots[] = {&out->ratio, &out->score, &out->cagr_actual, &out->cagr_required,
                       &out->projected_value};
    for (size_t i = 0; i < 5; i++) {
        int ty = lua_getfield(L, t, nums[i]);
        if (ty != LUA_TNIL) {
            int isnum = 0;
            double v = lua_tonumberx(L, -1, &isnum);
            if (ty != LUA_TNUMBER || !isnum || !isfinite(v))
                return bad_answer(c, "'%s' must be a finite number", nums[i], NULL);
            *slots[i] = v;
        }
        lua_pop(L, 1);
    }
    if (lua_getfield(L, t, "base_year") != LUA_TNIL) {
        lua_Integer y = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
        if (y < 1800 || y > 2200)
            return bad_answer(c, "'base_year' must be a year from 1800 to 2200%s", "", NULL);
        out->base_year = (int)y;
        for (size_t i = 0; i < in->n_points; i++)
            if (in->points[i].year == out->base_year)
                out->base_value = in->points[i].value;
    }
    lua_pop(L, 1);
    int ty = lua_getfield(L, t, "note");
    if (ty == LUA_TSTRING) {
        size_t len;
        const char *note = lua_tolstring(L, -1, &len);
        if (strlen(note) != len)
            return bad_answer(c, "'note' contains a NUL byte%s", "", NULL);
        out->notes |= CHARTA_NOTE_METHOD;
        snprintf(c->text->s, sizeof c->text->s, "%s", note);
        out->reason = c->text->s;
    } else if (ty != LUA_TNIL) {
        return bad_answer(c, "'note' must be a string%s", "", NULL);
    }
    lua_pop(L, 1);
    return CHARTA_OK;
}

/* The answer of assess at r1, r2 into c->out. */
static charta_status
read_answer(lua_State *L, int r1, int r2, const call_ctx *c)
{
    charta_assessment *out = c->out;
    switch (lua_type(L, r1)) {
    case LUA_TNIL:
        out->category = "not_assessable";
        out->level = CHARTA_LEVEL_NONE;
        out->why = CHARTA_WHY_METHOD;
        snprintf(c->text->s, sizeof c->text->s, "%s",
                 lua_type(L, r2) == LUA_TSTRING ? lua_tostring(L, r2) : "the method returned nil");
        out->reason = c->text->s;
        return CHARTA_OK;
    case LUA_TSTRING:
        return set_category(L, r1, c);
    case LUA_TTABLE:
        return read_table(L, r1, c);
    default:
        return bad_answer(c,
                          "assess returned a %s; return a category name, a table "
                          "{ category = ..., ... } or nil with a reason",
                          luaL_typename(L, r1), NULL);
    }
}

/* Runs inside the protected call, under the budget: builds the arguments,
 * calls assess and reads its answer (whose metamethods may run script
 * code). A broken answer is reported here and raised as reported. */
static int
call_assess(lua_State *L)
{
    const call_ctx *c = lua_touserdata(L, 1);
    lua_settop(L, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->m->assess_ref);
    push_arguments(L, c->in);
    lua_call(L, 3, 2);
    charta_status st = read_answer(L, 1, 2, c);
    if (st != CHARTA_OK)
        return charta_sandbox_raise_reported(L, st);
    return 0;
}

charta_status
charta_engine_assess_custom(charta_engine *e, const char *method, const charta_progress_input *in,
                            charta_assessment *out, charta_progress_text *t, charta_diags *d)
{
    const charta_method_decl *m = e->p ? find_method(e->p, method) : NULL;
    if (!m || m->assess_ref == LUA_NOREF)
        return charta_diag_error(d, CHARTA_ERR_INTERNAL, NULL, 0, 0,
                                 "no progress method '%s' was declared", method);
    lua_State *L = charta_sandbox_state(e->sb);
    int top = lua_gettop(L);
    if (!lua_checkstack(L, 8))
        return CHARTA_ERR_NOMEM;
    out->method = m->name;
    if (in->has_target) {
        out->with_target = true;
        out->target_year = in->target_year;
        out->target_value = in->target_value;
    }
    if (in->n_points) {
        out->latest_year = in->points[in->n_points - 1].year;
        out->latest_value = in->points[in->n_points - 1].value;
    }
    call_ctx c = {m, in, out, t, d};
    lua_pushcfunction(L, call_assess);
    lua_pushlightuserdata(L, &c);
    char where[700];
    snprintf(where, sizeof where, _("%s:%d (progress method '%s', indicator '%s', area '%s')"),
             m->assess_loc.file ? m->assess_loc.file : m->loc.file,
             m->assess_loc.file ? m->assess_loc.line : m->loc.line, m->name,
             in->indicator ? in->indicator : "?", in->area ? in->area : "?");
    charta_status st = charta_sandbox_call(e->sb, 1, 0, where, d);
    lua_settop(L, top);
    return st;
}

charta_status
charta_engine_progress_hook(void *ctx, const char *method, const charta_progress_input *in,
                            charta_assessment *out, charta_progress_text *t, charta_diags *d)
{
    return charta_engine_assess_custom(ctx, method, in, out, t, d);
}
