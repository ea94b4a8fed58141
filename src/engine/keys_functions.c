/* keys_functions.c: what the functions a script may call do (keys.h): the Series
 * functions and methods registered in series_lua.c, the built-in progress methods
 * of progress.c and Lua's own functions that sandbox.c lets scripts use. The registration tables stay where they are; `charta help
 * --keys` prints both sides and tests/tools/reference_test.py fails on a function
 * registered without an entry here, or an entry for none.
 */
#include <string.h>

#include "charta/i18n.h"
#include "charta/keys.h"

#define F(name, syntax, doc, example) {name, CHARTA_FN_FUNCTION, syntax, doc, example}
#define M(name, syntax, doc, example) {name, CHARTA_FN_METHOD, syntax, doc, example}
#define LUA(name, syntax, doc, example) {name, CHARTA_FN_LUA, syntax, doc, example}
#define P(name, doc, example) {name, CHARTA_FN_PROGRESS, "progress = \"" name "\"", doc, example}

static const charta_fn_doc fns[] = {
    F("lag", "lag(s, k)", N_("the value k years earlier"), "lag(d.population, 1)"),
    F("change", "change(s, k)", N_("the difference from the value k years earlier"),
      "change(d.population, 5)"),
    F("pct_change", "pct_change(s, k)", N_("the change from k years earlier, in percent"),
      "pct_change(d.population, 1)"),
    F("cagr", "cagr(s, k)", N_("the average growth per year over k years, in percent"),
      "cagr(d.population, 10)"),
    F("rolling_mean", "rolling_mean(s, k)", N_("the mean of the last k years"),
      "rolling_mean(d.accidents, 3)"),
    F("cumsum", "cumsum(s)", N_("the running sum over the years"), "cumsum(d.new_flats)"),
    F("where", "where(mask, a, b)", N_("a where the mask is not 0, else b"),
      "where(d.population:gt(0), d.cars, 0)"),
    F("fill", "fill(s, v)", N_("missing cells set to v, marked as estimated"),
      "fill(d.cars, 0)"),
    F("coalesce", "coalesce(a, b, ...)", N_("per cell the first Series that has a value"),
      "coalesce(d.national:only(\"DG\"), d.city)"),
    F("clamp", "clamp(s, lo, hi)", N_("values kept between lo and hi"), "clamp(d.rate, 0, 100)"),
    F("min", "min(a, b)", N_("per cell the smaller value"), "min(d.a, d.b)"),
    F("max", "max(a, b)", N_("per cell the larger value"), "max(d.a, d.b)"),
    F("share", "share(part, whole)", N_("100 times part divided by whole: a share in percent"),
      "share(d.population_female, d.population)"),
    F("per", "per(s, base, n)", N_("n times s divided by base: per 1,000 inhabitants"),
      "per(d.cars, d.population, 1000)"),
    F("total", "total(s)", N_("each parent area as the sum of its children"),
      "total(d.population)"),
    F("rank", "rank(s)", N_("the rank among areas with the same parent, 1 for the largest"),
      "rank(d.population)"),
    M("at", "s:at(area, year)", N_("one value as a number, or nil"),
      "d.population:at(\"01\", 2020)"),
    M("latest", "s:latest(area)", N_("the latest value of an area and its year"),
      "local v, year = d.population:latest(\"01\")"),
    M("area", "s:area(code)", N_("one area's values for every area, to divide by"),
      "d.cars / d.cars:area(\"DG\")"),
    M("map", "s:map(function(v, area, year) ... end)",
      N_("any rule per cell, written in Lua (slower)"),
      "d.population:map(function(v) return v > 1000 and 1 or 0 end)"),
    M("gt", "s:gt(x)", N_("1 where s is greater than x, else 0"), "d.population:gt(1000)"),
    M("lt", "s:lt(x)", N_("1 where s is less than x, else 0"), "d.population:lt(1000)"),
    M("ge", "s:ge(x)", N_("1 where s is greater than or equal to x, else 0"),
      "d.population:ge(1000)"),
    M("le", "s:le(x)", N_("1 where s is less than or equal to x, else 0"),
      "d.population:le(1000)"),
    M("eq", "s:eq(x)", N_("1 where s equals x, else 0"), "d.population:eq(0)"),
    M("by", "s:by(dimension)", N_("the parts of a breakdown: a table from value to Series"),
      "d.population:by(\"sex\")"),
    M("only", "s:only(area, ...)", N_("s in the areas named, missing elsewhere"),
      "d.national:only(\"DG\")"),
    P("eurostat",
      N_("EU SDG monitoring: the growth so far against the growth the target needs, short "
         "and long term"),
      "report { progress = \"eurostat\" }"),
    P("unsd",
      N_("UN SDG Progress Chart: the latest value carried on to the target year, as a share "
         "of the way"),
      "report { progress = \"unsd\" }"),
    P("statcan", N_("Open SDG: a score from -5 to 5 and the progress it stands for"),
      "report { progress = \"statcan\" }"),
    P("dns",
      N_("German Sustainability Strategy: the last five years carried on, shown as weather "
         "symbols"),
      "report { progress = \"dns\" }"),
    LUA("assert", "assert(v, message)", N_("stops with the message when v is false or nil"),
        "assert(#points > 0, \"no values\")"),
    LUA("error", "error(message)", N_("stops the script with a message of your own"),
        "error(\"unknown area\")"),
    LUA("ipairs", "ipairs(list)", N_("goes through a list in order, for a for loop"),
        "for i, p in ipairs(points) do ... end"),
    LUA("next", "next(t, key)", N_("the key after key in a table, nil at the end"),
        "if next(t) == nil then ... end"),
    LUA("pairs", "pairs(t)", N_("goes through every key of a table, for a for loop"),
        "for dim, s in pairs(d.x:by(\"sex\")) do ... end"),
    LUA("select", "select(n, ...)", N_("the arguments from the n-th on; select(\"#\", ...) counts them"),
        "select(\"#\", ...)"),
    LUA("tonumber", "tonumber(text)", N_("the number a text writes, or nil"), "tonumber(\"42\")"),
    LUA("tostring", "tostring(v)", N_("any value as a text"), "tostring(2030)"),
    LUA("type", "type(v)", N_("the kind of a value: \"number\", \"string\", \"table\", ..."),
        "type(target) == \"table\""),
    LUA("rawequal", "rawequal(a, b)", N_("whether a and b are the same value, without metamethods"),
        "rawequal(a, b)"),
    LUA("rawlen", "rawlen(t)", N_("the length of a list or text, without metamethods"),
        "rawlen(points)"),
    LUA("rawget", "rawget(t, key)", N_("a table's value, without metamethods"),
        "rawget(t, \"x\")"),
    LUA("getmetatable", "getmetatable(v)", N_("the metatable of a value"), "getmetatable(t)"),
    LUA("_VERSION", "_VERSION", N_("the Lua version, a text"), "print(_VERSION)"),
    LUA("pcall", "pcall(f, ...)",
        N_("calls f and catches its error; the limits of the run still stop it"),
        "local ok, err = pcall(f, x)"),
    LUA("setmetatable", "setmetatable(t, mt)",
        N_("gives a table a metatable; not the tables charta hands over"),
        "setmetatable(t, { __index = defaults })"),
    LUA("rawset", "rawset(t, key, v)", N_("sets a table's value, without metamethods"),
        "rawset(t, \"x\", 1)"),
    LUA("print", "print(...)", N_("writes to the run log, not to the report"),
        "print(\"population\", d.population)"),
    LUA("string", "string.format(...), string.sub(...), ...",
        N_("text functions (all but string.dump); also written s:upper()"),
        "string.format(\"%.1f\", 2.345)"),
    LUA("table", "table.insert(...), table.sort(...), ...", N_("list functions"),
        "table.insert(list, 5)"),
    LUA("math", "math.floor(...), math.abs(...), ...",
        N_("number functions (all but random numbers)"), "math.floor(v + 0.5)"),
    LUA("utf8", "utf8.len(...), ...", N_("functions for UTF-8 texts"), "utf8.len(\"Größe\")"),
};

const charta_fn_doc *
charta_fn_docs(size_t *n)
{
    *n = sizeof fns / sizeof fns[0];
    return fns;
}

const charta_fn_doc *
charta_fn_doc_find(const char *name, charta_fn_kind kind)
{
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (fns[i].kind == kind && strcmp(fns[i].name, name) == 0)
            return &fns[i];
    return NULL;
}
