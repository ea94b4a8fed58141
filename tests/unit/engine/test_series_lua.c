/* test_series_lua.c: the Series userdata, driven from Lua snippets in a plain
 * state (the sandbox is the engine's; its own tests run Series inside it). */
#include "check.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "charta/dataset.h"
#include "charta/series_lua.h"

#define NA NAN

/* 3 areas x 4 years, 2020-2023; 01 is the parent of 02 and 03. */
static const char *const codes[] = {"01", "02", "03"};
static const int parent[] = {-1, 0, 0};

/* a: 01 = 1 2 3 4; 02 = 10 (missing) 30 40; 03 = 5 5(E) 0 (missing)
 * b: 2 everywhere except 03/2022 = 0 */
static double av[] = {1, 2, 3, 4, 10, NA, 30, 40, 5, 5, 0, NA};
static const char as[] = "AAAAAMAAAEAM";
static double bv[] = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 2};
static const char bs[] = "AAAAAAAAAAAA";

static lua_State *L;
static charta_series_ctx ctx;
static char err[2048];

static void
setup(void)
{
    ctx = (charta_series_ctx){
        .shape = {.n_areas = 3, .n_years = 4, .year_first = 2020, .parent = parent},
        .area_codes = codes,
        .epoch = 1,
    };
    L = luaL_newstate();
    luaL_openlibs(L);
    lua_pushglobaltable(L);
    charta_series_lua_open(L, -1, &ctx);
    lua_pop(L, 1);
    charta_series_lua_push(L, (charta_cvec){av, as});
    lua_setglobal(L, "a");
    charta_series_lua_push(L, (charta_cvec){bv, bs});
    lua_setglobal(L, "b");
}

static void
teardown(void)
{
    lua_close(L);
    L = NULL;
}

/* Run a chunk; on error keep its message in err. */
static int
run(const char *code)
{
    err[0] = '\0';
    int rc = luaL_loadstring(L, code);
    if (rc == LUA_OK)
        rc = lua_pcall(L, 0, 0, 0);
    if (rc != LUA_OK) {
        const char *m = lua_tostring(L, -1);
        snprintf(err, sizeof err, "%s", m ? m : "(not a string)");
        lua_pop(L, 1);
    }
    return rc;
}

#define RUN_OK(code)                                                                               \
    do {                                                                                           \
        if (run(code) != LUA_OK) {                                                                 \
            fprintf(stderr, "%s:%d: Lua error: %s\n", __FILE__, __LINE__, err);                    \
            check_failed++;                                                                        \
        }                                                                                          \
    } while (0)

#define RUN_ERR(code, part)                                                                        \
    do {                                                                                           \
        if (run(code) == LUA_OK) {                                                                 \
            fprintf(stderr, "%s:%d: expected an error from: %s\n", __FILE__, __LINE__, code);      \
            check_failed++;                                                                        \
        } else if (!strstr(err, part)) {                                                           \
            fprintf(stderr, "%s:%d: expected \"%s\" in: %s\n", __FILE__, __LINE__, part, err);     \
            check_failed++;                                                                        \
        }                                                                                          \
    } while (0)

static int
test_from_c(lua_State *S)
{
    charta_cvec c;
    charta_series_lua_test(S, 1, &c);
    return 0;
}

static int
refuse(lua_State *S)
{
    return luaL_error(S, "no new keys here");
}

/* The cells of the Series in global `name`. */
static charta_cvec
global_series(const char *name)
{
    charta_cvec c = {NULL, NULL};
    lua_getglobal(L, name);
    charta_series_lua_test(L, -1, &c);
    lua_pop(L, 1); /* the global keeps it alive */
    return c;
}

TEST(arithmetic_works_in_both_orders_and_broadcasts_numbers)
{
    setup();
    RUN_OK("local s = a + b\n"
           "assert(s:at('01', 2020) == 3 and s:at('02', 2023) == 42)\n"
           "assert((1 + a):at('01', 2021) == 3 and (a + 1):at('01', 2021) == 3)\n"
           "assert((10 - a):at('01', 2023) == 6 and (a - 10):at('01', 2023) == -6)\n"
           "assert((2 * a):at('02', 2022) == 60 and (a * 2):at('02', 2022) == 60)\n"
           "assert((12 / a):at('01', 2022) == 4 and (a / 2):at('01', 2022) == 1.5)\n"
           "assert((a ^ 2):at('01', 2023) == 16 and (2 ^ a):at('01', 2023) == 16)\n"
           "assert((-a):at('02', 2020) == -10)\n"
           "assert((100 * a / b):at('01', 2020) == 50)\n"
           "assert((a + b):at('02', 2021) == nil)\n");
    CHECK_INT(ctx.bad, 2); /* 12 / a and 100 * a / b at 03/2022, where a is 0 and b 0 */
    RUN_OK("q = a / b");   /* 0 / 0 */
    CHECK_INT(ctx.bad, 3);
    charta_cvec q = global_series("q");
    REQUIRE(q.v);
    CHECK(isnan(q.v[10]) && q.st[10] == 'M');
    CHECK(q.st[9] == 'E' && q.v[9] == 2.5); /* estimated in, estimated out */
    CHECK(q.st[5] == 'M');
    teardown();
}

TEST(arithmetic_with_other_types_names_the_type)
{
    setup();
    RUN_ERR("return a + 'x'", "attempt to use a string value in Series arithmetic ('+')");
    RUN_ERR("return nil * a", "attempt to use a nil value in Series arithmetic ('*')");
    RUN_ERR("return a - {}", "attempt to use a table value in Series arithmetic ('-')");
    RUN_ERR("return a % 2", "for other operators use s:map");
    RUN_ERR("return a // 2", "for other operators use s:map");
    teardown();
}

TEST(comparison_operators_raise_and_methods_compare)
{
    setup();
    const char *msg = "compare Series with s:lt(x) / s:gt(x)";
    RUN_ERR("return a < b", msg);
    RUN_ERR("return a <= 1", msg);
    RUN_ERR("return 1 > a", msg);
    RUN_ERR("return a == b", msg);
    RUN_OK("assert(a == a)"); /* the same object: Lua never asks __eq */
    RUN_OK("assert(a:gt(2):at('01', 2022) == 1 and a:gt(2):at('01', 2021) == 0)\n"
           "assert(a:lt(b):at('01', 2020) == 1 and a:ge(b):at('01', 2021) == 1)\n"
           "assert(a:le(1):at('01', 2020) == 1 and a:eq(30):at('02', 2022) == 1)\n"
           "assert(a:gt(0):at('02', 2021) == nil)\n");
    teardown();
}

TEST(at_and_latest_read_cells)
{
    setup();
    RUN_OK("assert(a:at('02', 2020) == 10)\n"
           "assert(a:at('02', 2021) == nil)\n" /* missing */
           "assert(a:at('01', 2019) == nil)\n" /* before the window */
           "assert(a:at('01', 2024) == nil)\n" /* after it */
           "assert(a:at('01', 2020.0) == 1)\n"
           "assert(a:at('01', math.mininteger) == nil)\n"
           "local v, y = a:latest('03')\n"
           "assert(v == 0 and y == 2022)\n"
           "v, y = a:latest('01')\n"
           "assert(v == 4 and y == 2023)\n"
           "assert(select('#', fill(a, 0):latest('01')) == 2)\n"
           "assert(lag(a, 4):latest('01') == nil)\n");
    RUN_ERR("return a:at('99', 2020)", "unknown area code '99'");
    RUN_ERR("return a:at(1, 2020)", "area code (a string) expected, got number");
    RUN_ERR("return a:at('01', 2020.5)", "year (a whole number) expected");
    RUN_ERR("return a:at('01', '2020')", "year (a whole number) expected, got string");
    RUN_ERR("return a:latest()", "area code (a string) expected, got no value");
    teardown();
}

TEST(map_calls_the_function_per_cell)
{
    setup();
    RUN_OK("seen = 0\n"
           "m = a:map(function(v, area, year)\n"
           "  seen = seen + 1\n"
           "  if area == '02' and year == 2021 then assert(v == nil) end\n"
           "  if v == nil then return 7 end\n"
           "  if area == '03' then return nil end\n"
           "  return v * 10\n"
           "end)\n"
           "assert(seen == 12)\n"
           "assert(m:at('01', 2023) == 40 and m:at('02', 2021) == 7)\n"
           "assert(m:at('03', 2020) == nil)\n");
    charta_cvec m = global_series("m");
    REQUIRE(m.v);
    CHECK(m.st[0] == 'A');
    CHECK(m.st[5] == 'E'); /* made from a missing cell */
    CHECK(m.st[8] == 'M' && isnan(m.v[8]));
    CHECK_INT(ctx.bad, 0);
    RUN_OK("n = a:map(function(v) return v and v / 0 end)");
    CHECK_INT(ctx.bad, 10); /* ten cells had a value; 0/0 and x/0 are all bad */
    RUN_ERR("a:map(function(v, area, year) if year == 2022 then return 'x' end return v end)",
            "the function given to s:map returned a string for area '01', year 2022 (expected a "
            "number, or nil for a missing value)");
    RUN_ERR("a:map(function() return {} end)", "returned a table for area '01', year 2020");
    RUN_ERR("a:map(function() return true end)", "returned a boolean");
    RUN_ERR("a:map(function() error('inside') end)", "inside");
    RUN_ERR("a:map(42)", "bad argument #1 to 'map' (function expected, got number)");
    teardown();
}

TEST(a_series_from_an_earlier_computation_raises)
{
    setup();
    RUN_OK("kept = a + 1");
    ctx.epoch++;
    const char *msg = "this Series belongs to an earlier computation (kept after its compute "
                      "function returned?)";
    RUN_ERR("return kept:at('01', 2020)", msg);
    RUN_ERR("return kept + 1", msg);
    RUN_ERR("return 1 + kept", msg);
    RUN_ERR("return lag(kept, 1)", msg);
    RUN_ERR("return where(a, kept, 0)", msg); /* a is stale too, and so is kept */
    RUN_OK("assert(tostring(kept) == 'Series (3 areas × 4 years, from an earlier computation)')");
    /* from C as well: charta_series_lua_test raises */
    lua_pushcfunction(L, test_from_c);
    lua_getglobal(L, "kept");
    CHECK(lua_pcall(L, 1, 0, 0) != LUA_OK);
    CHECK(strstr(lua_tostring(L, -1), msg) != NULL);
    lua_pop(L, 1);
    /* a Series pushed in this computation works */
    charta_series_lua_push(L, (charta_cvec){av, as});
    lua_setglobal(L, "fresh");
    RUN_OK("assert(fresh:at('01', 2020) == 1)");
    teardown();
}

TEST(the_metatable_is_locked)
{
    setup();
    RUN_OK("assert(getmetatable(a) == 'locked')\n"
           "assert(debug.getmetatable(a) ~= getmetatable(a))\n"
           "assert(type(debug.getmetatable(a)) == 'table')\n");
    RUN_ERR("setmetatable(a, {})",
            "bad argument #1 to 'setmetatable' (table expected, got Series)");
    RUN_ERR("a.x = 1", "a Series is read-only");
    RUN_ERR("return a.values", "a Series has no method 'values'");
    RUN_ERR("return a:lagg(1)", "a Series has no method 'lagg' (did you mean 'lag'?)");
    RUN_ERR("return a[1]", "a Series cannot be indexed with a number value (use s:at(area, year))");
    RUN_OK("assert(tostring(a) == 'Series (3 areas × 4 years)')");
    teardown();
}

TEST(functions_and_methods_compute_through_the_kernels)
{
    setup();
    RUN_OK("assert(lag(a, 1):at('01', 2021) == 1 and a:lag(1):at('01', 2020) == nil)\n"
           "assert(change(a, 2):at('01', 2023) == 2 and a:change(1):at('02', 2023) == 10)\n"
           "assert(pct_change(a, 1):at('01', 2021) == 100)\n"
           "assert(math.abs(cagr(a, 3):at('01', 2023) - 100 * (4 ^ (1/3) - 1)) < 1e-12)\n"
           "assert(cagr(a, 1):at('03', 2022) == nil)\n"
           "assert(rolling_mean(a, 2):at('01', 2021) == 1.5)\n"
           "assert(cumsum(a):at('01', 2023) == 10 and a:cumsum():at('02', 2022) == nil)\n"
           "assert(where(a:gt(2), a, 0):at('01', 2023) == 4)\n"
           "assert(where(a:gt(2), a, 0):at('01', 2020) == 0)\n"
           "assert(where(a:gt(2), 1, b):at('01', 2020) == 2)\n"
           "assert(where(a:gt(2), 1, 0):at('02', 2021) == nil)\n"
           "assert(fill(a, -1):at('02', 2021) == -1 and a:fill(0):at('03', 2023) == 0)\n"
           "assert(clamp(a, 2, 3):at('01', 2020) == 2 and a:clamp(2, 3):at('01', 2023) == 3)\n"
           /* an infinite bound a value reaches makes it missing, never an infinite value */
           "assert(clamp(a, math.huge, math.huge):at('01', 2020) == nil)\n"
           "assert(a:clamp(-math.huge, -math.huge):at('01', 2023) == nil)\n"
           "assert(a:clamp(-math.huge, 3):at('01', 2020) == 1)\n"
           /* coalesce: a where it has a value, else b; only: a in the areas named */
           "assert(coalesce(a, b):at('01', 2020) == 1 and coalesce(a, b):at('02', 2021) == 2)\n"
           "assert(coalesce(a, b):at('03', 2023) == 2 and a:coalesce(b):at('03', 2022) == 0)\n"
           "assert(coalesce(a:only('03'), a:only('01'), b):at('02', 2020) == 2)\n"
           "assert(a:only('02'):at('02', 2020) == 10 and a:only('02'):at('01', 2020) == nil)\n"
           "assert(a:only('01', '03'):at('03', 2020) == 5 and a:only('01', '03'):at('02', 2023) == nil)\n"
           "assert(min(a, b):at('01', 2023) == 2 and max(a, 3):at('01', 2020) == 3)\n"
           "assert(min(3, a):at('01', 2020) == 1 and a:max(b):at('01', 2020) == 2)\n"
           "assert(min(2, 3) == 2 and max(2, 3) == 3)\n"
           "assert(share(a, b):at('01', 2020) == 50 and a:share(b):at('02', 2023) == 2000)\n"
           "assert(per(a, b, 1000):at('01', 2021) == 1000 and a:per(b, 10):at('01', 2020) == 5)\n"
           /* 01 = 02 + 03: 2020 is 15, 2021 has a missing child */
           "assert(total(a):at('01', 2020) == 15 and total(a):at('01', 2021) == nil)\n"
           "assert(a:total():at('02', 2020) == 10)\n"
           /* 02 and 03 are siblings; 01 is a root alone */
           "assert(rank(a):at('02', 2020) == 1 and rank(a):at('03', 2020) == 2)\n"
           "assert(a:rank():at('01', 2020) == 1 and rank(a):at('02', 2021) == nil)\n");
    /* statuses seen from C: coalesce keeps each value's own status */
    RUN_OK("k = coalesce(a, b)");
    charta_cvec k = global_series("k");
    REQUIRE(k.v);
    CHECK(k.st[5] == 'A' && k.v[5] == 2); /* from b */
    CHECK(k.st[9] == 'E' && k.v[9] == 5); /* a's estimate */
    RUN_OK("f = fill(a, 0)");
    charta_cvec f = global_series("f");
    REQUIRE(f.v);
    CHECK(f.st[5] == 'E' && f.v[5] == 0);
    CHECK(f.st[9] == 'E' && f.v[9] == 5); /* an estimate stays one */
    CHECK(f.st[0] == 'A');
    size_t before = ctx.bad;
    RUN_OK("local s = share(a, b)");
    CHECK_INT(ctx.bad, before + 1); /* 0 / 0 */
    teardown();
}

TEST(arguments_are_checked_with_clear_messages)
{
    setup();
    RUN_ERR("return lag(a, 0)", "bad argument #2 to 'lag' (k must be a whole number of years from "
                                "1 to 4, got 0)");
    RUN_ERR("return lag(a, 5)", "from 1 to 4, got 5");
    RUN_ERR("return lag(a, 1.5)", "from 1 to 4, got 1.5");
    RUN_ERR("return lag(a, '1')", "from 1 to 4, got string");
    RUN_ERR("return lag(a)", "from 1 to 4, got no value");
    RUN_ERR("return a:cagr(-1)", "bad argument #1 to 'cagr' (k must be a whole number");
    RUN_ERR("return lag(1, 1)", "bad argument #1 to 'lag' (Series expected, got number)");
    RUN_ERR("return cumsum({})", "bad argument #1 to 'cumsum' (Series expected, got table)");
    RUN_ERR("return where(a, a, 'x')",
            "bad argument #3 to 'where' (Series or number expected, got string)");
    RUN_ERR("return where(1, a, b)", "bad argument #1 to 'where' (Series expected, got number)");
    RUN_ERR("return fill(a, 0/0)", "the fill value must be a finite number, got nan");
    RUN_ERR("return coalesce(a)", "coalesce takes two Series or more");
    RUN_ERR("return coalesce(a, 1)", "bad argument #2 to 'coalesce' (Series expected");
    RUN_ERR("return a:only()", "only takes one area code or more");
    RUN_ERR("return a:only('99')", "99");
    RUN_ERR("return fill(a, '0')", "bad argument #2 to 'fill' (number expected, got string)");
    RUN_ERR("return clamp(a, 3, 2)", "bad argument #3 to 'clamp' (hi (2) is below lo (3))");
    RUN_ERR("return clamp(a, 0/0, 2)", "lo is nan");
    RUN_ERR("return min(a, nil)", "bad argument #2 to 'min' (Series or number expected, got nil)");
    RUN_ERR("return share(a, 2)", "bad argument #2 to 'share' (Series expected, got number)");
    RUN_ERR("return per(a, b)", "bad argument #3 to 'per' (number expected, got no value)");
    RUN_ERR("return per(a, b, 1/0)", "n must be a finite number, got inf");
    RUN_ERR("return a:gt('1')", "bad argument #1 to 'gt' (Series or number expected, got string)");
    RUN_ERR("return math.floor(a)", "number expected, got Series");
    teardown();
}

TEST(functions_are_set_in_the_env_table_given)
{
    charta_series_ctx c = {.shape = {.n_areas = 1, .n_years = 2, .year_first = 2000}};
    lua_State *S = luaL_newstate();
    lua_newtable(S); /* an env that refuses new keys: the opener writes raw */
    lua_newtable(S);
    lua_pushcfunction(S, refuse);
    lua_setfield(S, -2, "__newindex");
    lua_setmetatable(S, -2);
    charta_series_lua_open(S, -1, &c);
    static const char *const names[] = {"lag",    "change", "pct_change", "cagr",  "rolling_mean",
                                        "cumsum", "where",  "fill",       "clamp", "min",
                                        "max",    "share",  "per",        "total", "rank"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        lua_getfield(S, -1, names[i]);
        CHECK(lua_iscfunction(S, -1));
        lua_pop(S, 1);
    }
    lua_pop(S, 1);
    lua_getglobal(S, "lag");
    CHECK(lua_isnil(S, -1)); /* not in _G */
    lua_pop(S, 1);
    /* push_empty gives missing cells; a Series without area codes maps with indices */
    charta_vec e = charta_series_lua_push_empty(S);
    CHECK(e.st[0] == 'M' && e.st[1] == 'M' && isnan(e.v[1]));
    e.v[1] = 3;
    e.st[1] = 'A';
    charta_cvec got;
    CHECK(charta_series_lua_test(S, -1, &got) && got.v[1] == 3);
    lua_pushinteger(S, 1);
    CHECK(!charta_series_lua_test(S, -1, &got) && got.v == NULL && got.st == NULL);
    /* the same without raising: a Series of this epoch, anything else, a stale one */
    CHECK(charta_series_lua_get(S, -2, &got) == 1 && got.v[1] == 3);
    CHECK(charta_series_lua_get(S, -1, &got) == 0 && got.v == NULL);
    c.epoch++;
    CHECK(charta_series_lua_get(S, -2, &got) == -1 && got.v == NULL);
    lua_pop(S, 2);
    lua_close(S);
}

TEST_MAIN()
