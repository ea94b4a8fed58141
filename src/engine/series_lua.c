/* series_lua.c: the Series userdata ("charta.Series") that compute functions see.
 *
 * Owns: the metatable; each Series' cells, inline in its userdata (values,
 * then one status letter per cell), so the Lua allocator's cap counts them
 * and the collector frees them; two registry entries under keys private to
 * this file: the context (light userdata) and a lazily built table from
 * area code to area index.
 * Uses: series.h (every computation), dataset.h (status letters), util.h
 * (name suggestions, number formatting), Lua 5.4.
 * Bindings are thin (STYLE rule 10): check the arguments, call a kernel,
 * push the result. Errors are raised without a position (luaL_error at a C
 * level adds none); the engine's message handler adds the script's file:line.
 */
#include "charta/series_lua.h"

#include <lauxlib.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "charta/dataset.h"
#include "charta/util.h"
#include "lua_error.h"

#define SERIES_MT "charta.Series"

#define STALE_MSG                                                                                  \
    N_("this Series belongs to an earlier computation (kept after its compute function "           \
       "returned?)")

#define COMPARE_MSG                                                                                \
    N_("compare Series with s:lt(x) / s:gt(x) / s:le(x) / s:ge(x) / s:eq(x), not with "            \
       "< > <= >= == ~= (those give one boolean, not a Series)")

/* Registry keys: only their addresses matter. */
static const char ctx_key = 'c';
static const char codes_key = 'k';

typedef struct series_ud {
    unsigned epoch;
    int var; /* the dataset variable it is a copy of (d.<name>), -1 for any other */
    size_t n_areas, n_years;
    double v[]; /* n_areas * n_years values, then as many status letters */
} series_ud;

static size_t
ud_cells(const series_ud *s)
{
    return s->n_areas * s->n_years;
}

static charta_vec
ud_vec(series_ud *s)
{
    return (charta_vec){s->v, (char *)(s->v + ud_cells(s))};
}

static charta_cvec
ud_cvec(series_ud *s)
{
    charta_vec w = ud_vec(s);
    return (charta_cvec){w.v, w.st};
}

static charta_series_ctx *
get_ctx(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &ctx_key);
    charta_series_ctx *ctx = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (!ctx)
        charta_lua_error(L, "Series used before charta_series_lua_open");
    return ctx;
}

/* Push a new Series of the context's shape; its cells are uninitialised. */
static series_ud *
new_series(lua_State *L, const charta_series_ctx *ctx)
{
    size_t cells = charta_shape_cells(&ctx->shape);
    if (ctx->shape.n_years && cells / ctx->shape.n_years != ctx->shape.n_areas)
        charta_lua_error(L, "Series too large");
    if (cells > (SIZE_MAX - sizeof(series_ud)) / (sizeof(double) + 1))
        charta_lua_error(L, "Series too large");
    series_ud *s = lua_newuserdatauv(L, sizeof *s + cells * (sizeof(double) + 1), 0);
    s->epoch = ctx->epoch;
    s->var = -1;
    s->n_areas = ctx->shape.n_areas;
    s->n_years = ctx->shape.n_years;
    luaL_setmetatable(L, SERIES_MT);
    return s;
}

static bool
is_stale(const series_ud *s, const charta_series_ctx *ctx)
{
    return s->epoch != ctx->epoch || s->n_areas != ctx->shape.n_areas ||
           s->n_years != ctx->shape.n_years;
}

/* The Series at idx, or NULL for any other value; raises for a stale one. */
static series_ud *
test_series(lua_State *L, int idx, const charta_series_ctx *ctx)
{
    series_ud *s = luaL_testudata(L, idx, SERIES_MT);
    if (s && is_stale(s, ctx))
        charta_lua_error(L, STALE_MSG);
    return s;
}

static series_ud *
check_series(lua_State *L, int idx, const charta_series_ctx *ctx)
{
    series_ud *s = test_series(L, idx, ctx);
    if (!s)
        luaL_typeerror(L, idx, "Series");
    return s;
}

/* A Series or a number (x) at idx. */
typedef struct operand {
    series_ud *s;
    double x;
} operand;

static operand
check_operand(lua_State *L, int idx, const charta_series_ctx *ctx)
{
    if (lua_type(L, idx) == LUA_TNUMBER)
        return (operand){NULL, lua_tonumber(L, idx)};
    series_ud *s = test_series(L, idx, ctx);
    if (!s)
        luaL_typeerror(L, idx, "Series or number");
    return (operand){s, 0};
}

/* A number, strictly (no string coercion). */
static double
check_number(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TNUMBER)
        luaL_typeerror(L, idx, "number");
    return lua_tonumber(L, idx);
}

/* What a bad argument was, for messages: the number itself or its type. */
static const char *
describe(lua_State *L, int idx)
{
    if (lua_type(L, idx) == LUA_TNUMBER) {
        double x = lua_tonumber(L, idx);
        if (!isfinite(x))
            return x != x ? "nan" : x > 0 ? "inf" : "-inf";
        char buf[32];
        return lua_pushstring(L, charta_format_double(x, buf));
    }
    return luaL_typename(L, idx);
}

static int
check_k(lua_State *L, int idx, const charta_series_ctx *ctx)
{
    int is_int = 0;
    lua_Integer k = lua_type(L, idx) == LUA_TNUMBER ? lua_tointegerx(L, idx, &is_int) : 0;
    lua_Integer max = (lua_Integer)ctx->shape.n_years;
    if (!is_int || k < 1 || k > max)
        luaL_argerror(L, idx,
                      lua_pushfstring(L, "k must be a whole number of years from 1 to %I, got %s",
                                      max, describe(L, idx)));
    return (int)k;
}

static double
check_finite(lua_State *L, int idx, const char *what)
{
    double x = check_number(L, idx);
    if (!isfinite(x))
        luaL_argerror(
            L, idx,
            lua_pushfstring(L, "%s must be a finite number, got %s", what, describe(L, idx)));
    return x;
}

/* A Series of one value everywhere: broadcasting for the kernels that take
 * only Series. A non-finite constant is missing. */
static series_ud *
constant_series(lua_State *L, const charta_series_ctx *ctx, double x)
{
    series_ud *s = new_series(L, ctx);
    charta_vec w = ud_vec(s);
    bool ok = isfinite(x);
    for (size_t i = 0; i < ud_cells(s); i++) {
        w.v[i] = ok ? x : NAN;
        w.st[i] = ok ? CHARTA_ST_NORMAL : CHARTA_ST_MISSING;
    }
    return s;
}

/* --- arithmetic and comparison metamethods --------------------------------- */

/* A lua_CFunction that passes its state to a shared helper. */
#define WRAP(name, call)                                                                           \
    static int name(lua_State *L)                                                                  \
    {                                                                                              \
        return call;                                                                               \
    }

/* Keep cell c among the first undefined cells of ctx (distinct, ascending). */
static void
keep_bad_cell(charta_series_ctx *ctx, size_t c)
{
    size_t n = ctx->n_bad_cells, at = n;
    while (at > 0 && ctx->bad_cell[at - 1] >= c) {
        if (ctx->bad_cell[at - 1] == c)
            return;
        at--;
    }
    if (at >= CHARTA_SERIES_BAD_SHOWN)
        return;
    if (n == CHARTA_SERIES_BAD_SHOWN)
        n--;
    memmove(&ctx->bad_cell[at + 1], &ctx->bad_cell[at], (n - at) * sizeof *ctx->bad_cell);
    ctx->bad_cell[at] = c;
    ctx->n_bad_cells = n + 1;
}

/* After a kernel that counted undefined results (ctx->bad above before): keep the
 * cells it made missing although its inputs had values there (a at t, and at t - k
 * for k > 0; b where given). */
static void
keep_bad(charta_series_ctx *ctx, size_t before, series_ud *out, series_ud *a, series_ud *b, int k)
{
    if (ctx->bad == before)
        return;
    size_t ny = ctx->shape.n_years, cells = charta_shape_cells(&ctx->shape);
    const char *o = ud_cvec(out).st, *x = ud_cvec(a).st, *y = b ? ud_cvec(b).st : NULL;
    for (size_t c = 0; c < cells; c++) {
        if (!charta_status_is_missing(o[c]) || charta_status_is_missing(x[c]) ||
            (y && charta_status_is_missing(y[c])))
            continue;
        if (k > 0 && (c % ny < (size_t)k || charta_status_is_missing(x[c - (size_t)k])))
            continue;
        keep_bad_cell(ctx, c);
    }
}

static double
arith_number(lua_State *L, int idx, const char *sym)
{
    if (lua_type(L, idx) != LUA_TNUMBER)
        charta_lua_error(L,
                   "attempt to use a %s value in Series arithmetic ('%s'): expected a number or "
                   "a Series",
                   luaL_typename(L, idx), sym);
    return lua_tonumber(L, idx);
}

/* a op b where either side may be a number. */
static int
arith(lua_State *L, charta_op op, const char *sym)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = test_series(L, 1, ctx), *b = test_series(L, 2, ctx);
    size_t before = ctx->bad;
    if (a && b) {
        series_ud *o = new_series(L, ctx);
        charta_series_binop(&ctx->shape, op, ud_cvec(a), ud_cvec(b), ud_vec(o), &ctx->bad);
        keep_bad(ctx, before, o, a, b, 0);
    } else if (a) {
        double x = arith_number(L, 2, sym);
        series_ud *o = new_series(L, ctx);
        charta_series_scalar(&ctx->shape, op, ud_cvec(a), x, false, ud_vec(o), &ctx->bad);
        keep_bad(ctx, before, o, a, NULL, 0);
    } else {
        double x = arith_number(L, 1, sym);
        b = check_series(L, 2, ctx);
        series_ud *o = new_series(L, ctx);
        charta_series_scalar(&ctx->shape, op, ud_cvec(b), x, true, ud_vec(o), &ctx->bad);
        keep_bad(ctx, before, o, b, NULL, 0);
    }
    return 1;
}

WRAP(m_add, arith(L, CHARTA_OP_ADD, "+"))
WRAP(m_sub, arith(L, CHARTA_OP_SUB, "-"))
WRAP(m_mul, arith(L, CHARTA_OP_MUL, "*"))
WRAP(m_div, arith(L, CHARTA_OP_DIV, "/"))
WRAP(m_pow, arith(L, CHARTA_OP_POW, "^"))

static int
m_unm(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = check_series(L, 1, ctx);
    series_ud *o = new_series(L, ctx);
    charta_series_neg(&ctx->shape, ud_cvec(a), ud_vec(o));
    return 1;
}

static int
m_compare(lua_State *L)
{
    return charta_lua_error(L, COMPARE_MSG);
}

static int
m_no_operator(lua_State *L)
{
    return charta_lua_error(L, "Series have + - * / ^ and unary minus; for other operators use "
                         "s:map(function(v, area, year) ... end)");
}

static int
m_newindex(lua_State *L)
{
    return charta_lua_error(L, "a Series is read-only: make a new one with arithmetic, the Series "
                         "functions or s:map");
}

static int
m_tostring(lua_State *L)
{
    series_ud *s = luaL_checkudata(L, 1, SERIES_MT);
    charta_series_ctx *ctx = get_ctx(L);
    lua_pushfstring(L, "Series (%I area%s × %I year%s%s)", (lua_Integer)s->n_areas,
                    s->n_areas == 1 ? "" : "s", (lua_Integer)s->n_years, s->n_years == 1 ? "" : "s",
                    is_stale(s, ctx) ? ", from an earlier computation" : "");
    return 1;
}

/* --- functions and methods -------------------------------------------------- */

static int
compare(lua_State *L, charta_op op)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = check_series(L, 1, ctx);
    operand b = check_operand(L, 2, ctx);
    series_ud *o = new_series(L, ctx);
    size_t before = ctx->bad;
    if (b.s)
        charta_series_binop(&ctx->shape, op, ud_cvec(a), ud_cvec(b.s), ud_vec(o), &ctx->bad);
    else
        charta_series_scalar(&ctx->shape, op, ud_cvec(a), b.x, false, ud_vec(o), &ctx->bad);
    keep_bad(ctx, before, o, a, b.s, 0);
    return 1;
}

WRAP(f_gt, compare(L, CHARTA_OP_GT))
WRAP(f_lt, compare(L, CHARTA_OP_LT))
WRAP(f_ge, compare(L, CHARTA_OP_GE))
WRAP(f_le, compare(L, CHARTA_OP_LE))
WRAP(f_eq, compare(L, CHARTA_OP_EQ))

/* The index of the area with the code at idx; raises for an unknown code. */
static size_t
check_area(lua_State *L, int idx, const charta_series_ctx *ctx)
{
    if (lua_type(L, idx) != LUA_TSTRING)
        luaL_typeerror(L, idx, "area code (a string)");
    if (!ctx->area_codes)
        charta_lua_error(L, "area codes are not available here");
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &codes_key) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_createtable(L, 0, ctx->shape.n_areas > INT32_MAX ? 0 : (int)ctx->shape.n_areas);
        for (size_t i = 0; i < ctx->shape.n_areas; i++) {
            lua_pushstring(L, ctx->area_codes[i]);
            lua_pushinteger(L, (lua_Integer)i);
            lua_rawset(L, -3);
        }
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &codes_key);
    }
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    int found = 0;
    lua_Integer i = lua_tointegerx(L, -1, &found);
    lua_pop(L, 2);
    if (!found) {
        const char *code = lua_tostring(L, idx);
        const char *s = code ? charta_suggest(code, (const char *const *)ctx->area_codes,
                                              ctx->shape.n_areas)
                             : NULL;
        luaL_argerror(L, idx,
                      s ? lua_pushfstring(L, "unknown area code '%s' (did you mean '%s'?)", code,
                                          s)
                        : lua_pushfstring(L, "unknown area code '%s'", code));
    }
    return (size_t)i;
}

static int
f_at(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = check_series(L, 1, ctx);
    size_t area = check_area(L, 2, ctx);
    int is_int = 0;
    lua_Integer year = lua_type(L, 3) == LUA_TNUMBER ? lua_tointegerx(L, 3, &is_int) : 0;
    if (!is_int)
        luaL_typeerror(L, 3, "year (a whole number)");
    /* a year outside the window has no value, as a missing cell has none */
    lua_Integer first = ctx->shape.year_first;
    if (year < first || (lua_Unsigned)year - (lua_Unsigned)first >= s->n_years) {
        lua_pushnil(L);
        return 1;
    }
    charta_vec w = ud_vec(s);
    size_t c = area * s->n_years + (size_t)((lua_Unsigned)year - (lua_Unsigned)first);
    if (charta_status_is_missing(w.st[c]))
        lua_pushnil(L);
    else
        lua_pushnumber(L, w.v[c]);
    return 1;
}

static int
f_latest(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = check_series(L, 1, ctx);
    size_t area = check_area(L, 2, ctx);
    charta_vec w = ud_vec(s);
    for (size_t t = s->n_years; t-- > 0;) {
        size_t c = area * s->n_years + t;
        if (!charta_status_is_missing(w.st[c])) {
            lua_pushnumber(L, w.v[c]);
            lua_pushinteger(L, (lua_Integer)ctx->shape.year_first + (lua_Integer)t);
            return 2;
        }
    }
    lua_pushnil(L);
    return 1;
}

/* s:area(code): the cells of one area, for every area (a total to divide by). */
static int
f_area(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = check_series(L, 1, ctx);
    size_t area = check_area(L, 2, ctx);
    series_ud *o = new_series(L, ctx);
    charta_vec in = ud_vec(s);
    charta_series_broadcast(&ctx->shape, (charta_cvec){in.v, in.st}, area, ud_vec(o));
    return 1;
}

/* The slow path: one Lua call per cell. A value made for a missing cell is
 * an estimate (E), as with fill; nil is missing; non-finite is M, counted. */
static int
f_map(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = check_series(L, 1, ctx);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    series_ud *o = new_series(L, ctx);
    charta_vec in = ud_vec(s), out = ud_vec(o);
    size_t nbad = 0;
    for (size_t r = 0; r < s->n_areas; r++)
        for (size_t t = 0; t < s->n_years; t++) {
            size_t c = r * s->n_years + t;
            lua_Integer year = (lua_Integer)ctx->shape.year_first + (lua_Integer)t;
            bool missing = charta_status_is_missing(in.st[c]);
            lua_pushvalue(L, 2);
            if (missing)
                lua_pushnil(L);
            else
                lua_pushnumber(L, in.v[c]);
            if (ctx->area_codes)
                lua_pushstring(L, ctx->area_codes[r]);
            else
                lua_pushinteger(L, (lua_Integer)r + 1);
            lua_pushinteger(L, year);
            lua_call(L, 3, 1);
            int type = lua_type(L, -1);
            if (type == LUA_TNIL) {
                out.v[c] = NAN;
                out.st[c] = CHARTA_ST_MISSING;
            } else if (type == LUA_TNUMBER) {
                double x = lua_tonumber(L, -1);
                if (!isfinite(x)) {
                    out.v[c] = NAN;
                    out.st[c] = CHARTA_ST_MISSING;
                    nbad++;
                    keep_bad_cell(ctx, c);
                } else {
                    out.v[c] = x;
                    out.st[c] = missing ? CHARTA_ST_ESTIMATED : in.st[c];
                }
            } else {
                const char *got = luaL_typename(L, -1);
                if (ctx->area_codes)
                    return charta_lua_error(L,
                                      "the function given to s:map returned a %s for area '%s', "
                                      "year %d (expected a number, or nil for a missing value)",
                                      got, ctx->area_codes[r], (int)year);
                return charta_lua_error(L,
                                  "the function given to s:map returned a %s for area %d, year %d "
                                  "(expected a number, or nil for a missing value)",
                                  got, (int)r + 1, (int)year);
            }
            lua_pop(L, 1);
        }
    ctx->bad += nbad;
    return 1;
}

/* f(s, k) for lag, change, pct_change, cagr, rolling_mean. */
typedef enum k_fn { K_LAG, K_CHANGE, K_PCT_CHANGE, K_CAGR, K_ROLLING_MEAN } k_fn;

static int
with_k(lua_State *L, k_fn fn)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = check_series(L, 1, ctx);
    int k = check_k(L, 2, ctx);
    series_ud *o = new_series(L, ctx);
    const charta_shape *sh = &ctx->shape;
    size_t before = ctx->bad;
    switch (fn) {
    case K_LAG:
        charta_series_lag(sh, ud_cvec(a), k, ud_vec(o));
        break;
    case K_CHANGE:
        charta_series_change(sh, ud_cvec(a), k, ud_vec(o));
        break;
    case K_PCT_CHANGE:
        charta_series_pct_change(sh, ud_cvec(a), k, ud_vec(o), &ctx->bad);
        keep_bad(ctx, before, o, a, NULL, k);
        break;
    case K_CAGR:
        charta_series_cagr(sh, ud_cvec(a), k, ud_vec(o), &ctx->bad);
        keep_bad(ctx, before, o, a, NULL, k);
        break;
    case K_ROLLING_MEAN:
        charta_series_rolling_mean(sh, ud_cvec(a), k, ud_vec(o));
        break;
    }
    return 1;
}

WRAP(f_lag, with_k(L, K_LAG))
WRAP(f_change, with_k(L, K_CHANGE))
WRAP(f_pct_change, with_k(L, K_PCT_CHANGE))
WRAP(f_cagr, with_k(L, K_CAGR))
WRAP(f_rolling_mean, with_k(L, K_ROLLING_MEAN))

/* f(s) for cumsum, total, rank. */
typedef enum s_fn { S_CUMSUM, S_TOTAL, S_RANK } s_fn;

static int
with_series(lua_State *L, s_fn fn)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = check_series(L, 1, ctx);
    series_ud *o = new_series(L, ctx);
    const charta_shape *sh = &ctx->shape;
    switch (fn) {
    case S_CUMSUM:
        charta_series_cumsum(sh, ud_cvec(a), ud_vec(o));
        break;
    case S_TOTAL:
        charta_series_total(sh, ud_cvec(a), ud_vec(o));
        break;
    case S_RANK:
        charta_series_rank(sh, ud_cvec(a), ud_vec(o));
        break;
    }
    return 1;
}

WRAP(f_cumsum, with_series(L, S_CUMSUM))
WRAP(f_total, with_series(L, S_TOTAL))
WRAP(f_rank, with_series(L, S_RANK))

static int
f_where(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *mask = check_series(L, 1, ctx);
    operand a = check_operand(L, 2, ctx), b = check_operand(L, 3, ctx);
    if (!a.s)
        a.s = constant_series(L, ctx, a.x);
    if (!b.s)
        b.s = constant_series(L, ctx, b.x);
    series_ud *o = new_series(L, ctx);
    charta_series_where(&ctx->shape, ud_cvec(mask), ud_cvec(a.s), ud_cvec(b.s), ud_vec(o));
    return 1;
}

static int
f_fill(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = check_series(L, 1, ctx);
    double x = check_finite(L, 2, "the fill value");
    series_ud *o = new_series(L, ctx);
    charta_series_fill(&ctx->shape, ud_cvec(a), x, ud_vec(o));
    return 1;
}

/* coalesce(a, b, ...): per cell the first Series that has a value. */
static int
f_coalesce(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    int n = lua_gettop(L);
    if (n < 2)
        return charta_lua_error(L, "coalesce takes two Series or more: coalesce(a, b)");
    for (int i = 1; i <= n; i++)
        check_series(L, i, ctx);
    series_ud *o = new_series(L, ctx);
    charta_vec out = ud_vec(o);
    charta_series_coalesce(&ctx->shape, ud_cvec(check_series(L, 1, ctx)),
                           ud_cvec(check_series(L, 2, ctx)), out);
    for (int i = 3; i <= n; i++)
        charta_series_coalesce(&ctx->shape, (charta_cvec){out.v, out.st},
                               ud_cvec(check_series(L, i, ctx)), out);
    return 1;
}

/* s:only("DG", "05315"): s in those areas, missing in every other. */
static int
f_only(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = check_series(L, 1, ctx);
    int n = lua_gettop(L);
    if (n < 2)
        return charta_lua_error(L, "only takes one area code or more: s:only(\"DG\")");
    bool *keep = lua_newuserdatauv(L, ctx->shape.n_areas ? ctx->shape.n_areas : 1, 0);
    memset(keep, 0, ctx->shape.n_areas ? ctx->shape.n_areas : 1);
    for (int i = 2; i <= n; i++)
        keep[check_area(L, i, ctx)] = true;
    series_ud *o = new_series(L, ctx);
    charta_series_only(&ctx->shape, ud_cvec(a), keep, ud_vec(o));
    return 1;
}

static int
f_clamp(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *a = check_series(L, 1, ctx);
    double lo = check_number(L, 2), hi = check_number(L, 3);
    if (lo != lo)
        luaL_argerror(L, 2, "lo is nan");
    if (hi != hi)
        luaL_argerror(L, 3, "hi is nan");
    if (hi < lo)
        luaL_argerror(
            L, 3, lua_pushfstring(L, "hi (%s) is below lo (%s)", describe(L, 3), describe(L, 2)));
    series_ud *o = new_series(L, ctx);
    charta_series_clamp(&ctx->shape, ud_cvec(a), lo, hi, ud_vec(o));
    return 1;
}

static int
min_max(lua_State *L, charta_op op)
{
    charta_series_ctx *ctx = get_ctx(L);
    operand a = check_operand(L, 1, ctx), b = check_operand(L, 2, ctx);
    if (!a.s && !b.s) {
        bool first = op == CHARTA_OP_MIN ? a.x < b.x : a.x > b.x;
        lua_pushvalue(L, first ? 1 : 2);
        return 1;
    }
    series_ud *o = new_series(L, ctx);
    size_t before = ctx->bad;
    if (a.s && b.s)
        charta_series_binop(&ctx->shape, op, ud_cvec(a.s), ud_cvec(b.s), ud_vec(o), &ctx->bad);
    else if (a.s)
        charta_series_scalar(&ctx->shape, op, ud_cvec(a.s), b.x, false, ud_vec(o), &ctx->bad);
    else
        charta_series_scalar(&ctx->shape, op, ud_cvec(b.s), a.x, true, ud_vec(o), &ctx->bad);
    keep_bad(ctx, before, o, a.s ? a.s : b.s, a.s ? b.s : NULL, 0);
    return 1;
}

WRAP(f_min, min_max(L, CHARTA_OP_MIN))
WRAP(f_max, min_max(L, CHARTA_OP_MAX))

static int
f_share(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *part = check_series(L, 1, ctx), *whole = check_series(L, 2, ctx);
    series_ud *o = new_series(L, ctx);
    size_t before = ctx->bad;
    charta_series_share(&ctx->shape, ud_cvec(part), ud_cvec(whole), ud_vec(o), &ctx->bad);
    keep_bad(ctx, before, o, part, whole, 0);
    return 1;
}

static int
f_per(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = check_series(L, 1, ctx), *base = check_series(L, 2, ctx);
    double n = check_finite(L, 3, "n");
    series_ud *o = new_series(L, ctx);
    size_t before = ctx->bad;
    charta_series_per(&ctx->shape, ud_cvec(s), ud_cvec(base), n, ud_vec(o), &ctx->bad);
    keep_bad(ctx, before, o, s, base, 0);
    return 1;
}

/* --- registration ------------------------------------------------------------ */

/* The functions placed into the environment; each is also a method. */
static const luaL_Reg functions[] = {
    {"lag", f_lag},
    {"change", f_change},
    {"pct_change", f_pct_change},
    {"cagr", f_cagr},
    {"rolling_mean", f_rolling_mean},
    {"cumsum", f_cumsum},
    {"where", f_where},
    {"fill", f_fill},
    {"coalesce", f_coalesce},
    {"clamp", f_clamp},
    {"min", f_min},
    {"max", f_max},
    {"share", f_share},
    {"per", f_per},
    {"total", f_total},
    {"rank", f_rank},
    {NULL, NULL},
};

/* Methods only. */
/* d.x{ sex = "F" }: a part of a variable's breakdown (the context's callback). */
static int
m_call(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = check_series(L, 1, ctx);
    if (s->var < 0 || !ctx->part)
        return charta_lua_error(L, "only a variable read from d can be broken down, like "
                             "d.population{ sex = \"F\" }");
    if (lua_gettop(L) != 2 || !lua_istable(L, 2))
        return charta_lua_error(L, "select a part with a table of dimension values, like "
                             "d.population{ sex = \"F\" }");
    return ctx->part(L, ctx->part_ud, s->var, 2, false);
}

/* s:by("sex"): the parts along one dimension, as a table from value to Series. */
static int
f_by(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = check_series(L, 1, ctx);
    luaL_checktype(L, 2, LUA_TSTRING);
    if (s->var < 0 || !ctx->part)
        return charta_lua_error(L, "only a variable read from d has parts, like "
                             "d.population:by(\"sex\")");
    return ctx->part(L, ctx->part_ud, s->var, 2, true);
}

static const luaL_Reg methods[] = {
    {"at", f_at}, {"latest", f_latest}, {"area", f_area}, {"map", f_map}, {"gt", f_gt}, {"lt", f_lt},
    {"ge", f_ge}, {"le", f_le},         {"eq", f_eq},   {"by", f_by}, {"only", f_only}, {NULL, NULL},
};

const char *
charta_series_lua_name(bool method, size_t i)
{
    const luaL_Reg *r = method ? methods : functions;
    size_t n = method ? sizeof methods / sizeof methods[0] : sizeof functions / sizeof functions[0];
    return i + 1 < n ? r[i].name : NULL; /* the last entry is {NULL, NULL} */
}

static const luaL_Reg metamethods[] = {
    {"__add", m_add},           {"__sub", m_sub},
    {"__mul", m_mul},           {"__div", m_div},
    {"__pow", m_pow},           {"__unm", m_unm},
    {"__mod", m_no_operator},   {"__idiv", m_no_operator},
    {"__lt", m_compare},        {"__le", m_compare},
    {"__eq", m_compare},        {"__newindex", m_newindex},
    {"__tostring", m_tostring}, {"__call", m_call},
    {NULL, NULL},
};

static void
suggest_method(lua_State *L, const char *key)
{
    const char *names[sizeof functions / sizeof functions[0] + sizeof methods / sizeof methods[0]];
    size_t n = 0;
    for (const luaL_Reg *r = methods; r->name; r++)
        names[n++] = r->name;
    for (const luaL_Reg *r = functions; r->name; r++)
        names[n++] = r->name;
    const char *best = charta_suggest(key, names, n);
    if (best)
        charta_lua_error(L, "a Series has no method '%s' (did you mean '%s'?)", key, best);
    charta_lua_error(L, "a Series has no method '%s'", key);
}

/* __index: methods from the table in upvalue 1; anything else is an error,
 * as reading an undeclared global is. */
static int
m_index(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TSTRING)
        return charta_lua_error(L, "a Series cannot be indexed with a %s value (use s:at(area, year))",
                          luaL_typename(L, 2));
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) == LUA_TNIL)
        suggest_method(L, lua_tostring(L, 2));
    return 1;
}

static void
set_raw(lua_State *L, int table, const luaL_Reg *r)
{
    for (; r->name; r++) {
        lua_pushstring(L, r->name);
        lua_pushcfunction(L, r->func);
        lua_rawset(L, table);
    }
}

void
charta_series_lua_open(lua_State *L, int env_idx, charta_series_ctx *ctx)
{
    env_idx = lua_absindex(L, env_idx);
    lua_pushlightuserdata(L, ctx);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &ctx_key);
    lua_pushnil(L); /* the code index is rebuilt from this context's codes */
    lua_rawsetp(L, LUA_REGISTRYINDEX, &codes_key);

    luaL_newmetatable(L, SERIES_MT);
    int mt = lua_gettop(L);
    set_raw(L, mt, metamethods);
    lua_createtable(L, 0, 32);
    set_raw(L, lua_gettop(L), methods);
    set_raw(L, lua_gettop(L), functions);
    lua_pushcclosure(L, m_index, 1);
    lua_setfield(L, mt, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, mt, "__metatable");
    lua_pushliteral(L, "Series"); /* for "number expected, got Series" */
    lua_setfield(L, mt, "__name");
    lua_pop(L, 1);

    set_raw(L, env_idx, functions); /* raw: the env may guard new globals */
}

void
charta_series_lua_push(lua_State *L, charta_cvec src)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = new_series(L, ctx);
    charta_vec w = ud_vec(s);
    size_t cells = ud_cells(s);
    if (cells && (!src.v || !src.st))
        charta_lua_error(L, "these values are no longer available (read them during compute)");
    if (cells) {
        memcpy(w.v, src.v, cells * sizeof *w.v);
        memcpy(w.st, src.st, cells);
    }
}

void
charta_series_lua_push_var(lua_State *L, charta_cvec src, int var)
{
    charta_series_lua_push(L, src);
    series_ud *s = lua_touserdata(L, -1);
    s->var = var;
}

charta_vec
charta_series_lua_push_empty(lua_State *L)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = new_series(L, ctx);
    charta_vec w = ud_vec(s);
    for (size_t i = 0; i < ud_cells(s); i++) {
        w.v[i] = NAN;
        w.st[i] = CHARTA_ST_MISSING;
    }
    return w;
}

bool
charta_series_lua_test(lua_State *L, int idx, charta_cvec *out)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = test_series(L, idx, ctx);
    if (!s) {
        *out = (charta_cvec){NULL, NULL};
        return false;
    }
    *out = ud_cvec(s);
    return true;
}

int
charta_series_lua_get(lua_State *L, int idx, charta_cvec *out)
{
    charta_series_ctx *ctx = get_ctx(L);
    series_ud *s = luaL_testudata(L, idx, SERIES_MT);
    *out = (charta_cvec){NULL, NULL};
    if (!s)
        return 0;
    if (is_stale(s, ctx))
        return -1;
    *out = ud_cvec(s);
    return 1;
}
