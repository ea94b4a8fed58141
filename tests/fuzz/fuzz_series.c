/* libFuzzer target: the Series arithmetic (series.c) and its Lua binding
 * (series_lua.c). The bytes make a shape (1-6 areas with parents before their
 * children, 1-8 years) and two Series a and b (a status and a value a cell: an
 * interesting number or eight raw bytes), then:
 *   1. every C kernel on them, each result checked cell by cell: a missing cell (M, C)
 *      is NaN, any other finite; binop and scalar against a plain per-cell reference
 *      (the blocked, vectorised path must agree with it), and in place (out = a)
 *      against out of place;
 *   2. the rest of the bytes as a program over the Lua binding in the sandbox: each
 *      step an operator or a Series function or method with arguments drawn from the
 *      bytes (Series made so far, numbers, whole numbers in and out of range, area
 *      codes, a function for map), each a protected call under the sandbox's budget,
 *      each Series made checked as above; one step bumps the epoch, as the engine
 *      does between compute calls, so the Series made before are stale.
 * Built by scripts/fuzz, not by the normal build. */
#include <lauxlib.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charta/dataset.h"
#include "charta/diag.h"
#include "charta/sandbox.h"
#include "charta/series.h"
#include "charta/series_lua.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_AREAS = 6, MAX_YEARS = 8, MAX_CELLS = MAX_AREAS * MAX_YEARS, MAX_STEPS = 32 };

typedef struct bytes {
    const uint8_t *p;
    size_t n;
} bytes;

static uint8_t
take(bytes *b)
{
    if (!b->n)
        return 0;
    b->n--;
    return *b->p++;
}

static const double interesting[] = {0,        1,         -1,  2,    0.5,  100,  -0.0,  1e308,
                                     -1e308,   1e-320,    3,   1e15, 7.25, -2.5, 1e300, 10,
                                     INFINITY, -INFINITY, NAN, 4e9,  1e-5, 2020, 64,    0.1};

static double
take_number(bytes *b)
{
    uint8_t c = take(b);
    if (c < 0xF0)
        return interesting[c % (sizeof interesting / sizeof interesting[0])];
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++)
        bits = bits << 8 | take(b);
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

/* A cell as a dataset holds it: missing is NaN, anything else finite (dataset.c). */
static void
take_cell(bytes *b, double *v, char *st)
{
    static const char statuses[] = "AAAAMCEPBU";
    *st = statuses[take(b) % (sizeof statuses - 1)];
    *v = take_number(b);
    if (charta_status_is_missing(*st) || !isfinite(*v)) {
        *v = NAN;
        if (!charta_status_is_missing(*st))
            *st = CHARTA_ST_MISSING;
    }
}

static void
check_cells(const double *v, const char *st, size_t cells)
{
    for (size_t i = 0; i < cells; i++) {
        if (!charta_status_valid(st[i]))
            abort();
        if (charta_status_is_missing(st[i]) ? !isnan(v[i]) : !isfinite(v[i]))
            abort();
    }
}

static int
same_cell(double x, char xs, double y, char ys)
{
    return xs == ys && (isnan(x) ? isnan(y) : memcmp(&x, &y, sizeof x) == 0);
}

static double
ref_op(charta_op op, double x, double y)
{
    switch (op) {
    case CHARTA_OP_ADD:
        return x + y;
    case CHARTA_OP_SUB:
        return x - y;
    case CHARTA_OP_MUL:
        return x * y;
    case CHARTA_OP_DIV:
        return x / y;
    case CHARTA_OP_POW:
        return pow(x, y);
    case CHARTA_OP_MIN:
        return x < y ? x : y;
    case CHARTA_OP_MAX:
        return x > y ? x : y;
    case CHARTA_OP_GT:
        return x > y;
    case CHARTA_OP_LT:
        return x < y;
    case CHARTA_OP_GE:
        return x >= y;
    case CHARTA_OP_LE:
        return x <= y;
    case CHARTA_OP_EQ:
        return x == y;
    }
    return NAN;
}

/* The documented rule of every element-wise kernel, one cell at a time. */
static void
ref_cell(double t, char s, double *v, char *st)
{
    if (charta_status_is_missing(s)) {
        *v = NAN;
        *st = s;
    } else if (!isfinite(t)) {
        *v = NAN;
        *st = CHARTA_ST_MISSING;
    } else {
        *v = t;
        *st = s;
    }
}

typedef struct cells {
    double v[MAX_CELLS];
    char st[MAX_CELLS];
} cells;

static charta_cvec
cv(const cells *c)
{
    return (charta_cvec){c->v, c->st};
}

static charta_vec
wv(cells *c)
{
    return (charta_vec){c->v, c->st};
}

static void
check_kernels(const charta_shape *sh, const cells *a, const cells *b, bytes *in)
{
    size_t n = charta_shape_cells(sh), bad = 0;
    cells out, inplace, ref;
    for (int op = CHARTA_OP_ADD; op <= CHARTA_OP_EQ; op++) {
        charta_series_binop(sh, (charta_op)op, cv(a), cv(b), wv(&out), &bad);
        inplace = *a;
        charta_series_binop(sh, (charta_op)op, cv(&inplace), cv(b), wv(&inplace), &bad);
        for (size_t i = 0; i < n; i++) {
            ref_cell(ref_op((charta_op)op, a->v[i], b->v[i]),
                     charta_status_worst(a->st[i], b->st[i]), &ref.v[i], &ref.st[i]);
            if (!same_cell(out.v[i], out.st[i], ref.v[i], ref.st[i]) ||
                !same_cell(inplace.v[i], inplace.st[i], ref.v[i], ref.st[i]))
                abort();
        }
        double x = take_number(in);
        bool left = take(in) & 1;
        charta_series_scalar(sh, (charta_op)op, cv(a), x, left, wv(&out), &bad);
        for (size_t i = 0; i < n; i++) {
            ref_cell(left ? ref_op((charta_op)op, x, a->v[i]) : ref_op((charta_op)op, a->v[i], x),
                     a->st[i], &ref.v[i], &ref.st[i]);
            if (!same_cell(out.v[i], out.st[i], ref.v[i], ref.st[i]))
                abort();
        }
    }
    charta_series_neg(sh, cv(a), wv(&out));
    check_cells(out.v, out.st, n);
    for (int k = 1; k <= (int)sh->n_years + 1; k++) {
        charta_series_lag(sh, cv(a), k, wv(&out));
        check_cells(out.v, out.st, n);
        charta_series_change(sh, cv(a), k, wv(&out));
        check_cells(out.v, out.st, n);
        charta_series_pct_change(sh, cv(a), k, wv(&out), &bad);
        check_cells(out.v, out.st, n);
        charta_series_cagr(sh, cv(a), k, wv(&out), &bad);
        check_cells(out.v, out.st, n);
        charta_series_rolling_mean(sh, cv(a), k, wv(&out));
        check_cells(out.v, out.st, n);
        /* in place: the time functions walk back so that out may alias a */
        inplace = *a;
        charta_series_change(sh, cv(&inplace), k, wv(&inplace));
        charta_series_change(sh, cv(a), k, wv(&out));
        for (size_t i = 0; i < n; i++)
            if (!same_cell(out.v[i], out.st[i], inplace.v[i], inplace.st[i]))
                abort();
    }
    charta_series_cumsum(sh, cv(a), wv(&out));
    check_cells(out.v, out.st, n);
    charta_series_where(sh, cv(a), cv(b), cv(a), wv(&out));
    check_cells(out.v, out.st, n);
    charta_series_fill(sh, cv(a), take_number(in), wv(&out));
    check_cells(out.v, out.st, n);
    charta_series_coalesce(sh, cv(a), cv(b), wv(&out));
    check_cells(out.v, out.st, n);
    bool keep[MAX_AREAS];
    for (size_t r = 0; r < sh->n_areas; r++)
        keep[r] = take(in) & 1;
    charta_series_only(sh, cv(a), keep, wv(&out));
    check_cells(out.v, out.st, n);
    double lo = take_number(in), hi = take_number(in);
    if (!isnan(lo) && !isnan(hi) && lo <= hi) { /* the binding refuses the others */
        charta_series_clamp(sh, cv(a), lo, hi, wv(&out));
        check_cells(out.v, out.st, n);
    }
    charta_series_share(sh, cv(a), cv(b), wv(&out), &bad);
    check_cells(out.v, out.st, n);
    double per = take_number(in);
    if (isfinite(per)) {
        charta_series_per(sh, cv(a), cv(b), per, wv(&out), &bad);
        check_cells(out.v, out.st, n);
    }
    charta_series_total(sh, cv(a), wv(&out));
    check_cells(out.v, out.st, n);
    inplace = *a;
    charta_series_total(sh, cv(&inplace), wv(&inplace));
    for (size_t i = 0; i < n; i++)
        if (!same_cell(out.v[i], out.st[i], inplace.v[i], inplace.st[i]))
            abort();
    charta_series_rank(sh, cv(a), wv(&out));
    check_cells(out.v, out.st, n);
    for (size_t i = 0; i < n; i++)
        if (!charta_status_is_missing(out.st[i]) && (out.v[i] < 1 || out.v[i] > sh->n_areas))
            abort();
    charta_series_broadcast(sh, cv(a), take(in) % sh->n_areas, wv(&out));
    check_cells(out.v, out.st, n);
}

/* --- the Lua binding ------------------------------------------------------- */

static const char *const codes[MAX_AREAS] = {"A0", "A1", "A2", "A3", "A4", "A5"};

typedef struct program {
    bytes in;
    charta_series_ctx *ctx;
    int regs; /* the table of Series made so far: its index outside the steps */
    int n_regs;
} program;

/* map's function: v * 2, nil, or a wrong type, by the value */
static int
map_fn(lua_State *L)
{
    if (lua_isnil(L, 1) || lua_tonumber(L, 1) > 1e6)
        lua_pushnil(L);
    else if (lua_tonumber(L, 1) < -1e6)
        lua_pushliteral(L, "not a number");
    else
        lua_pushnumber(L, lua_tonumber(L, 1) * 2);
    return 1;
}

/* Push one argument chosen by a byte: a Series made so far, a number, a whole number,
 * an area code, a string, nil, a table, or map's function. Runs inside step. */
static void
push_arg(lua_State *L, program *pr)
{
    uint8_t c = take(&pr->in);
    switch (c % 8) {
    case 0:
    case 1:
    case 2:
        lua_rawgeti(L, lua_upvalueindex(3), 1 + (lua_Integer)(c / 8) % pr->n_regs);
        break;
    case 3:
        lua_pushnumber(L, take_number(&pr->in));
        break;
    case 4:
        lua_pushinteger(L, (lua_Integer)(int8_t)take(&pr->in));
        break;
    case 5:
        lua_pushstring(L, c & 0x80 ? "nowhere" : codes[(c / 8) % MAX_AREAS]);
        break;
    case 6:
        if (c & 0x80)
            lua_newtable(L);
        else
            lua_pushnil(L);
        break;
    case 7:
        lua_pushcfunction(L, map_fn);
        break;
    }
}

static const char *const names[] = {
    "lag",   "change",   "pct_change", "cagr",   "rolling_mean", "cumsum", "where",
    "fill",  "coalesce", "clamp",      "min",    "max",          "share",  "per",
    "total", "rank",     "at",         "latest", "area",         "map",    "gt",
    "lt",    "ge",       "le",         "eq",     "only",         "by",     "nope"};

/* One step, protected (upvalues: the program, the functions, the Series made so far,
 * as push_arg reads them): an operator or a function with its
 * arguments; returns what it made. */
static int
step(lua_State *L)
{
    program *pr = lua_touserdata(L, lua_upvalueindex(1));
    uint8_t c = take(&pr->in);
    if (c < 64) { /* + - * / ^ % // unary minus, < <= ==, tostring, call, index, newindex */
        static const int ops[] = {LUA_OPADD, LUA_OPSUB, LUA_OPMUL,  LUA_OPDIV,
                                  LUA_OPPOW, LUA_OPMOD, LUA_OPIDIV, LUA_OPUNM};
        push_arg(L, pr);
        switch (c % 14) {
        case 8:
            push_arg(L, pr);
            lua_compare(L, -2, -1, LUA_OPLT + (c / 14) % 3);
            return 0;
        case 9:
            luaL_tolstring(L, -1, NULL);
            return 1;
        case 10:
            push_arg(L, pr);
            lua_call(L, 1, 1);
            return 1;
        case 11:
            push_arg(L, pr);
            lua_gettable(L, -2);
            return 1;
        case 12:
            push_arg(L, pr);
            push_arg(L, pr);
            lua_settable(L, -3);
            return 0;
        case 13:
            lua_len(L, -1);
            return 1;
        default:
            if (c % 14 != 7)
                push_arg(L, pr);
            lua_arith(L, ops[c % 14 % 8]);
            return 1;
        }
    }
    /* a function of the environment or, through the Series' __index, a method */
    const char *name = names[c % (sizeof names / sizeof names[0])];
    int nargs = 1 + take(&pr->in) % 4;
    push_arg(L, pr); /* self */
    if (c & 0x80 && lua_type(L, -1) != LUA_TNIL && lua_type(L, -1) != LUA_TNUMBER) {
        lua_getfield(L, -1, name); /* s:name(...) */
        lua_insert(L, -2);
    } else if (lua_getfield(L, lua_upvalueindex(2), name) == LUA_TNIL) {
        return 0; /* a method only */
    } else {
        lua_insert(L, -2);
    }
    for (int i = 1; i < nargs; i++)
        push_arg(L, pr);
    lua_call(L, nargs, 1);
    return 1;
}

static void
run_program(charta_sandbox *sb, charta_series_ctx *ctx, const cells *a, const cells *b, bytes in)
{
    lua_State *L = charta_sandbox_state(sb);
    charta_diags *diags = charta_diags_new();
    if (!diags)
        return;
    program pr = {.in = in, .ctx = ctx};
    lua_settop(L, 0);
    lua_newtable(L); /* the functions */
    int fns = lua_gettop(L);
    charta_series_lua_open(L, fns, ctx);
    lua_newtable(L);
    pr.regs = lua_gettop(L);
    charta_series_lua_push(L, cv(a));
    lua_rawseti(L, pr.regs, ++pr.n_regs);
    charta_series_lua_push(L, cv(b));
    lua_rawseti(L, pr.regs, ++pr.n_regs);
    size_t n = charta_shape_cells(&ctx->shape);
    for (int s = 0; s < MAX_STEPS && pr.in.n; s++) {
        if (pr.in.p[0] == 0xFF) { /* the engine between two compute calls */
            take(&pr.in);
            ctx->epoch++;
            continue;
        }
        lua_pushlightuserdata(L, &pr);
        lua_pushvalue(L, fns);
        lua_pushvalue(L, pr.regs);
        lua_pushcclosure(L, step, 3);
        charta_status st = charta_sandbox_call(sb, 0, 1, "fuzz", diags);
        if (st == CHARTA_OK) {
            charta_cvec got;
            int is = charta_series_lua_get(L, -1, &got);
            if (is == 1) {
                check_cells(got.v, got.st, n);
                if (pr.n_regs < 32)
                    lua_rawseti(L, pr.regs, ++pr.n_regs);
            }
            lua_settop(L, pr.regs);
        } else if (st != CHARTA_ERR_SCRIPT && st != CHARTA_ERR_LIMIT) {
            abort(); /* a bad argument is a script error, never more */
        }
        if (lua_gettop(L) != pr.regs)
            abort(); /* an error leaves nothing on the stack */
    }
    for (size_t i = 0; i < charta_diags_count(diags); i++)
        if (!charta_diags_get(diags, i)->message)
            abort();
    lua_settop(L, 0);
    charta_diags_free(diags);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bytes in = {data, size};
    int parent[MAX_AREAS];
    charta_shape sh = {.n_areas = 1 + take(&in) % MAX_AREAS,
                       .n_years = 1 + take(&in) % MAX_YEARS,
                       .year_first = 2010,
                       .parent = parent};
    for (size_t i = 0; i < sh.n_areas; i++) /* as a frozen dataset: parents first */
        parent[i] = i ? (int)(take(&in) % (i + 1)) - 1 : -1;
    if (take(&in) & 1)
        sh.parent = NULL;
    cells a, b;
    size_t n = charta_shape_cells(&sh);
    for (size_t i = 0; i < n; i++) {
        take_cell(&in, &a.v[i], &a.st[i]);
        take_cell(&in, &b.v[i], &b.st[i]);
    }
    check_kernels(&sh, &a, &b, &in);

    charta_sandbox *sb = charta_sandbox_new();
    if (!sb)
        return 0;
    charta_sandbox_set_limits(sb, &(charta_limits){.instructions = 1e5, .memory_mb = 16});
    charta_series_ctx ctx = {.shape = sh, .area_codes = codes, .epoch = 1};
    run_program(sb, &ctx, &a, &b, in);
    charta_sandbox_free(sb);
    return 0;
}
