/* sandbox.c: the Lua state, its allow-list, budgets and located errors.
 *
 * The instruction budget is the limit tests rely on; the deadline is a
 * backstop checked by the same hook; a process watchdog (main.c) covers C
 * code the hook cannot interrupt (string patterns).
 */
#include "charta/sandbox.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#include "charta/printable.h"
#include "charta/syntaxhint.h"
#include "charta/util.h"
#include "lua_error.h"

enum { HOOK_STEP = 10000, LOG_CAP = 64 * 1024 };

/* The error object of an error already reported as a diagnostic: the
 * address of this key as a light userdata, which no script can make (a
 * string could be raised by error() too). */
static const char reported_key = 'r';

struct charta_sandbox {
    lua_State *L;
    charta_limits lim;
    size_t mem_used, mem_cap;
    size_t mem_after_gc; /* mem_used after the last full collection */
    /* per top-level call */
    int depth;
    double instr_used;
    double deadline;
    bool limit_hit;
    char limit_msg[256];
    /* the error being reported */
    char err_file[512];
    int err_line, err_col;
    bool err_located;
    charta_buf traceback;
    bool reported;
    charta_status reported_status;
    /* where an allocation was refused, and why: the last refusal decides
     * whether a memory error is the script's cap (78) or the host's (71) */
    char mem_file[512];
    int mem_line;
    enum { REFUSED_NONE, REFUSED_CAP, REFUSED_HOST } refused;
    charta_diags *diags; /* of the top-level call in progress */
    char where[512];
    charta_buf log;
    volatile const int *interrupt;
};

static double
now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

charta_sandbox *
charta_sandbox_of(lua_State *L)
{
    return *(charta_sandbox **)lua_getextraspace(L);
}

/* First Lua frame with a file source: the user's code. */
static bool
user_frame(lua_State *L, int from, char *file, size_t n, int *line)
{
    lua_Debug ar;
    for (int level = from; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar))
            continue;
        if (ar.source[0] == '@' && ar.currentline > 0) {
            snprintf(file, n, "%s", ar.source + 1);
            *line = ar.currentline;
            return true;
        }
    }
    return false;
}

static void *
capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    charta_sandbox *sb = ud;
    if (!ptr)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        sb->mem_used -= osize;
        return NULL;
    }
    if (nsize > osize && sb->mem_used - osize + nsize > sb->mem_cap) {
        /* Lua retries after an emergency collection, so this is only a
         * candidate location; it is used when the call ends in LUA_ERRMEM. */
        if (sb->L && sb->depth > 0 && !user_frame(sb->L, 0, sb->mem_file, sizeof sb->mem_file,
                                                  &sb->mem_line))
            sb->mem_line = 0;
        sb->refused = REFUSED_CAP;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (!p) {
        if (ptr && nsize <= osize)
            return ptr; /* a shrink never fails: the old block is big enough */
        sb->refused = REFUSED_HOST; /* the system's memory, not the script's cap */
        return NULL;
    }
    sb->refused = REFUSED_NONE;
    sb->mem_used = sb->mem_used - osize + nsize;
    return p;
}

static void count_hook(lua_State *L, lua_Debug *ar);

static int
trip(lua_State *L, charta_sandbox *sb, const char *msg)
{
    if (!sb->limit_hit) {
        sb->limit_hit = true;
        snprintf(sb->limit_msg, sizeof sb->limit_msg, "%s", msg);
        /* from now on every instruction raises: pcall cannot swallow it */
        lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    }
    lua_pushstring(L, sb->limit_msg);
    return lua_error(L);
}

static void
count_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    charta_sandbox *sb = charta_sandbox_of(L);
    if (sb->limit_hit) {
        lua_pushstring(L, sb->limit_msg);
        lua_error(L);
    }
    sb->instr_used += HOOK_STEP;
    char msg[256];
    if (sb->instr_used > sb->lim.instructions) {
        snprintf(msg, sizeof msg,
                 _("instruction limit exceeded (%.0f per call; an endless loop? the limit is "
                 "city { limits = { instructions = ... } })"),
                 sb->lim.instructions);
        trip(L, sb, msg);
    } else if (sb->interrupt && *sb->interrupt) {
        trip(L, sb, _("interrupted by a signal; the report was not changed"));
    } else if (sb->deadline > 0 && now_seconds() > sb->deadline) {
        snprintf(msg, sizeof msg,
                 _("time limit of %g s exceeded (city { limits = { seconds = ... } })"),
                 sb->lim.seconds);
        trip(L, sb, msg);
    }
}

/* --- the allow-list ------------------------------------------------------ */

static const char *const forbidden[] = {
    "os", "io", "require", "load", "loadstring", "dofile", "loadfile", "package", "debug",
    "coroutine", "collectgarbage", "xpcall", "warn", "module", "setfenv", "getfenv", "newproxy"};

static int
strict_index(lua_State *L)
{
    /* upvalue 1: builtins */
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
        return 1;
    if (lua_type(L, 2) != LUA_TSTRING)
        return charta_lua_error(L, "undefined global");
    const char *k = lua_tostring(L, 2);
    for (size_t i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++)
        if (strcmp(k, forbidden[i]) == 0)
            return charta_lua_error(L,
                              "'%s' is not available in charta scripts (no files, processes, "
                              "code loading or coroutines)",
                              k);
    /* suggestion from the names in scope */
    const char *names[256];
    size_t n = 0;
    lua_pushnil(L);
    while (n < 256 && lua_next(L, lua_upvalueindex(1))) {
        if (lua_type(L, -2) == LUA_TSTRING)
            names[n++] = lua_tostring(L, -2);
        lua_pop(L, 1);
    }
    const char *s = charta_suggest(k, names, n);
    if (s)
        return charta_lua_error(L, "undefined global '%s' (did you mean '%s'?)", k, s);
    return charta_lua_error(L, "undefined global '%s' (declare it with 'local %s')", k, k);
}

static int
strict_newindex(lua_State *L)
{
    const char *k = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
    return charta_lua_error(L, "assignment to undeclared global '%s' (use 'local %s = ...')", k, k);
}

static int
readonly_newindex(lua_State *L)
{
    return charta_lua_error(L, "library tables are read-only");
}

/* Registry key of the set of read-only tables (weak keys): rawset on one
 * of them obeys its __newindex, which raises. */
static const char frozen_key = 'f';

void
charta_sandbox_freeze(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &frozen_key);
    lua_pushvalue(L, idx);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
}

/* rawset without a way past the read-only tables and the rule on globals. */
static int
sb_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    lua_settop(L, 3);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &frozen_key);
    lua_pushvalue(L, 1);
    bool frozen = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 2);
    if (frozen) {
        /* the same error as an assignment */
        if (lua_getmetatable(L, 1)) {
            lua_pushliteral(L, "__newindex");
            if (lua_rawget(L, -2) == LUA_TFUNCTION) {
                lua_pushvalue(L, 1);
                lua_pushvalue(L, 2);
                lua_pushvalue(L, 3);
                lua_call(L, 3, 0);
            }
        }
        return charta_lua_error(L, "this table is read-only");
    }
    lua_rawset(L, 1);
    return 1;
}

static int
sb_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return charta_lua_error(L, "setmetatable: __gc is not allowed in charta scripts");
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return charta_lua_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

static int
sb_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    charta_sandbox *sb = charta_sandbox_of(L);
    /* budgets, reported errors and memory errors pass through (lua_error
     * raises Lua's memory message as a memory error again) */
    if (status != LUA_OK && (sb->limit_hit || sb->reported || status == LUA_ERRMEM))
        return lua_error(L);
    if (status != LUA_OK)
        sb->err_located = false; /* handled by the script: forget its location */
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

static int
sb_print(lua_State *L)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    int n = lua_gettop(L);
    if (sb->log.len > LOG_CAP)
        return 0;
    char file[512];
    int line = 0;
    if (user_frame(L, 1, file, sizeof file, &line))
        charta_buf_printf(&sb->log, "%s:%d: ", file, line);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_tolstring(L, i, &len);
        if (i > 1)
            charta_buf_append(&sb->log, "\t", 1);
        charta_buf_put_printable(&sb->log, s, len, LOG_CAP, true);
        lua_pop(L, 1);
    }
    charta_buf_append(&sb->log, "\n", 1);
    if (sb->log.len > LOG_CAP)
        charta_buf_puts(&sb->log, _("(print output truncated)\n"));
    return 0;
}

static void
copy_fields(lua_State *L, int from, int to, const char *const *skip)
{
    lua_pushnil(L);
    while (lua_next(L, from)) {
        bool drop = false;
        if (lua_type(L, -2) == LUA_TSTRING)
            for (const char *const *s = skip; s && *s; s++)
                if (strcmp(lua_tostring(L, -2), *s) == 0)
                    drop = true;
        if (drop) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, to);
    }
}

/* A read-only proxy of the table on top, replacing it. */
static void
make_readonly(lua_State *L)
{
    lua_newtable(L); /* proxy */
    lua_newtable(L); /* its metatable */
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, readonly_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2);
    charta_sandbox_freeze(L, -1);
}

/* Runs protected (lua_pcall): an allocation that fails here is an error,
 * not a panic. */

/* What a script finds besides the declarations and the Series functions: Lua's base
 * functions that cannot reach outside the sandbox, charta's own versions of four
 * (pcall keeps budgets unswallowable, setmetatable and rawset respect frozen tables,
 * print writes to the run log) and read-only copies of four libraries. */
static const char *const base_ok[] = {"assert",   "error",    "ipairs",       "next",
                                      "pairs",    "select",   "tonumber",     "tostring",
                                      "type",     "rawequal", "rawlen",       "rawget",
                                      "getmetatable", "_VERSION", NULL};
static const luaL_Reg own[] = {{"pcall", sb_pcall},
                               {"setmetatable", sb_setmetatable},
                               {"rawset", sb_rawset},
                               {"print", sb_print},
                               {NULL, NULL}};
static const char *const lib_names[] = {"string", "table", "math", "utf8"};

const char *
charta_sandbox_global_name(size_t i)
{
    size_t n_base = sizeof base_ok / sizeof base_ok[0] - 1;
    size_t n_own = sizeof own / sizeof own[0] - 1;
    if (i < n_base)
        return base_ok[i];
    i -= n_base;
    if (i < n_own)
        return own[i].name;
    i -= n_own;
    return i < sizeof lib_names / sizeof lib_names[0] ? lib_names[i] : NULL;
}

static int
open_libs(lua_State *L)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    luaL_requiref(L, LUA_GNAME, luaopen_base, 0);
    int base = lua_gettop(L);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 0);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 0);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 0);
    int strlib = base + 1, tablib = base + 2, mathlib = base + 3, utf8lib = base + 4;

    /* string.dump is reachable through the string metatable: remove it from
     * the real table, and lock the metatable */
    lua_pushnil(L);
    lua_setfield(L, strlib, "dump");
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_pushnil(L);
    lua_setfield(L, mathlib, "random");
    lua_pushnil(L);
    lua_setfield(L, mathlib, "randomseed");

    lua_newtable(L); /* the read-only tables, weak keys */
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &frozen_key);

    lua_newtable(L); /* builtins */
    int b = lua_gettop(L);
    for (const char *const *k = base_ok; *k; k++) {
        lua_getfield(L, base, *k);
        lua_setfield(L, b, *k);
    }
    for (const luaL_Reg *r = own; r->name; r++) {
        lua_pushcfunction(L, r->func);
        lua_setfield(L, b, r->name);
    }
    const int lib_idx[] = {strlib, tablib, mathlib, utf8lib};
    for (size_t i = 0; i < 4; i++) {
        lua_newtable(L);
        copy_fields(L, lib_idx[i], lua_gettop(L), NULL);
        make_readonly(L);
        lua_setfield(L, b, lib_names[i]);
    }
    lua_rawsetp(L, LUA_REGISTRYINDEX, sb); /* registry[sb] = builtins */
    /* the global table keeps nothing a script could reach */
    lua_settop(L, 0);
    lua_pushglobaltable(L);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, 1);
    }
    lua_settop(L, 0);
    /* loaded libraries stay reachable only from C */
    return 0;
}

static int
at_panic(lua_State *L)
{
    /* An error outside any protected call is a bug in charta, not in the
     * script: say so and exit with 70 (nothing was published). */
    static const char head[] = "charta: internal error: unprotected Lua error: ";
    char msg[CHARTA_MESSAGE_MAX + 1] = "";
    if (lua_type(L, -1) == LUA_TSTRING) { /* printable and capped, as every message */
        size_t len;
        const char *raw = lua_tolstring(L, -1, &len);
        charta_printable_into(msg, sizeof msg, raw, len);
    }
    ssize_t w = write(STDERR_FILENO, head, sizeof head - 1);
    w = write(STDERR_FILENO, msg, strlen(msg));
    w = write(STDERR_FILENO, "\n", 1);
    (void)w;
    _exit(70);
}

charta_sandbox *
charta_sandbox_new(void)
{
    charta_sandbox *sb = calloc(1, sizeof *sb);
    if (!sb)
        return NULL;
    sb->lim = (charta_limits){.instructions = 1e8, .memory_mb = 256, .seconds = 600};
    sb->mem_cap = (size_t)(sb->lim.memory_mb * 1024 * 1024);
    lua_State *L = lua_newstate(capped_alloc, sb);
    if (!L) {
        free(sb);
        return NULL;
    }
    sb->L = L;
    *(charta_sandbox **)lua_getextraspace(L) = sb;
    lua_atpanic(L, at_panic);
    lua_gc(L, LUA_GCGEN, 0, 0);
    lua_pushcfunction(L, open_libs);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK) { /* only a memory error can end it */
        charta_sandbox_free(sb);
        return NULL;
    }
    return sb;
}

void
charta_sandbox_free(charta_sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L)
        lua_close(sb->L);
    charta_buf_free(&sb->traceback);
    charta_buf_free(&sb->log);
    free(sb);
}

lua_State *
charta_sandbox_state(charta_sandbox *sb)
{
    return sb->L;
}

void
charta_sandbox_set_limits(charta_sandbox *sb, const charta_limits *lim)
{
    if (lim->instructions > 0)
        sb->lim.instructions = lim->instructions;
    if (lim->memory_mb > 0) {
        sb->lim.memory_mb = lim->memory_mb;
        sb->mem_cap = (size_t)(lim->memory_mb * 1024 * 1024);
    }
    if (lim->seconds > 0)
        sb->lim.seconds = lim->seconds;
    if (lim->max_file_mb > 0)
        sb->lim.max_file_mb = lim->max_file_mb;
}

const charta_limits *
charta_sandbox_limits(const charta_sandbox *sb)
{
    return &sb->lim;
}

void
charta_sandbox_push_builtins(charta_sandbox *sb)
{
    lua_rawgetp(sb->L, LUA_REGISTRYINDEX, sb);
}

void
charta_sandbox_set_interrupt(charta_sandbox *sb, volatile const int *flag)
{
    sb->interrupt = flag;
}

const char *
charta_sandbox_where(const charta_sandbox *sb)
{
    return sb->where;
}

const char *
charta_sandbox_log(const charta_sandbox *sb)
{
    return sb->log.data ? sb->log.data : "";
}

int
charta_sandbox_raise_reported(lua_State *L, charta_status st)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    sb->reported = true;
    sb->reported_status = st;
    lua_pushlightuserdata(L, (void *)&reported_key);
    return lua_error(L);
}

int
charta_sandbox_raise_nomem(lua_State *L)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    if (sb->diags)
        charta_diag_error(sb->diags, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return charta_sandbox_raise_reported(L, CHARTA_ERR_NOMEM);
}

/* A call or a load that ended in a memory error: the script's cap (78, at
 * the line that asked for the memory) or the system's memory (71). Marks
 * the error reported, so that outer calls pass the status on. */
static charta_status
report_memory(charta_sandbox *sb, charta_diags *diags, const char *chunk)
{
    charta_status st = sb->refused == REFUSED_HOST ? CHARTA_ERR_NOMEM : CHARTA_ERR_LIMIT;
    if (diags && st == CHARTA_ERR_NOMEM)
        charta_diag_error(diags, st, NULL, 0, 0, "out of memory");
    else if (diags)
        charta_diag_error(diags, st, sb->mem_line ? sb->mem_file : chunk, sb->mem_line, 0,
                          "memory limit of %g MB exceeded (city { limits = { memory_mb = ... } })",
                          sb->lim.memory_mb);
    sb->reported = true;
    sb->reported_status = st;
    return st;
}

/* --- loading and calling ------------------------------------------------- */

/* Split "file:line: message" into its parts when file is a chunk name. */
static const char *
strip_location(const char *msg, char *file, size_t n, int *line)
{
    const char *colon = strchr(msg, ':');
    while (colon) {
        char *end;
        long l = strtol(colon + 1, &end, 10);
        if (end > colon + 1 && end[0] == ':' && l > 0) {
            size_t flen = (size_t)(colon - msg);
            if (flen < n) {
                memcpy(file, msg, flen);
                file[flen] = '\0';
                *line = (int)l;
                return end[1] == ' ' ? end + 2 : end + 1;
            }
        }
        colon = strchr(colon + 1, ':');
        if (colon && colon > msg + 400)
            break;
    }
    return NULL;
}

static int
msghandler(lua_State *L)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    if (lua_touserdata(L, 1) == &reported_key) {
        lua_settop(L, 1);
        return 1;
    }
    /* a string, printable and capped; no metamethod of the script's error
     * object runs here */
    char msg[CHARTA_MESSAGE_MAX + 1];
    size_t len;
    const char *raw = lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER
                          ? lua_tolstring(L, 1, &len)
                          : NULL;
    if (raw)
        charta_printable_into(msg, sizeof msg, raw, len);
    else
        snprintf(msg, sizeof msg, _("(error object is a %s value; raise errors with a string)"),
                 luaL_typename(L, 1));
    if (!sb->err_located) {
        char file[512];
        int line;
        if (user_frame(L, 1, file, sizeof file, &line)) {
            snprintf(sb->err_file, sizeof sb->err_file, "%s", file);
            sb->err_line = line;
            sb->err_col = 0;
            sb->err_located = true;
        }
        charta_buf_free(&sb->traceback);
        luaL_traceback(L, L, NULL, 1);
        charta_buf_puts(&sb->traceback, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pushstring(L, msg);
    return 1;
}

static int set_env(lua_State *L);

/* A syntax error (Lua's message on the stack, popped): in plain words at the place
 * to fix where the mistake is a known one, Lua's message as its detail; else Lua's
 * message at its line. */
static charta_status
report_syntax(lua_State *L, const char *text, size_t len, const char *chunkname,
              charta_diags *diags)
{
    const char *msg = lua_tostring(L, -1);
    char file[512] = "";
    int line = 0;
    const char *rest = msg ? strip_location(msg, file, sizeof file, &line) : NULL;
    charta_syntax_hint hint;
    if (rest && charta_syntax_explain(text, len, rest, line, &hint)) {
        charta_diag_error(diags, CHARTA_ERR_SCRIPT, file, hint.line, hint.col, "%s",
                          hint.message);
        /* one line: a string Lua quotes may hold a line end */
        char *detail = charta_asprintf("Lua: %s", msg);
        for (char *c = detail; c && *c; c++)
            if (*c == '\n' || *c == '\r')
                *c = ' ';
        if (detail)
            charta_diag_set_detail(diags, detail);
        free(detail);
    } else {
        charta_diag_error(diags, CHARTA_ERR_SCRIPT, rest ? file : chunkname, rest ? line : 0, 0,
                          "%s", rest ? rest : (msg ? msg : _("cannot load the script")));
    }
    lua_pop(L, 1);
    return CHARTA_ERR_SCRIPT;
}

int
charta_sandbox_raise_at(lua_State *L, const char *file, int line, int col, const char *msg)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    snprintf(sb->err_file, sizeof sb->err_file, "%s", file);
    sb->err_line = line;
    sb->err_col = col;
    sb->err_located = true;
    /* the traceback from the raising function on, as msghandler would take it */
    charta_buf_free(&sb->traceback);
    luaL_traceback(L, L, NULL, 0);
    charta_buf_puts(&sb->traceback, lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_pushstring(L, msg);
    return lua_error(L);
}

charta_status
charta_sandbox_load(charta_sandbox *sb, const char *path, const char *chunkname,
                    charta_diags *diags, char **text_out, size_t *len_out)
{
    lua_State *L = sb->L;
    size_t len;
    char *text, why[600], limit[160];
    double mb = sb->lim.max_file_mb > 0 ? sb->lim.max_file_mb : 512;
    snprintf(limit, sizeof limit,
             _("the limit of %g MB per file; raise it with city { limits = { max_file_mb = ... } }"),
             mb);
    charta_read_opts ro = {.max_bytes = (size_t)(mb * 1024 * 1024),
                           .limit = limit,
                           .name = chunkname,
                           .interrupted = sb->interrupt};
    charta_status rs = charta_read_input(path, &ro, &text, &len, why, sizeof why);
    if (rs != CHARTA_OK)
        return charta_diag_error(diags, rs, chunkname, 0, 0, "%s", why);
    char *name = charta_asprintf("@%s", chunkname);
    if (!name) {
        free(text);
        return CHARTA_ERR_NOMEM;
    }
    sb->mem_line = 0;
    sb->refused = REFUSED_NONE;
    int rc = luaL_loadbufferx(L, text, len, name, "t");
    free(name);
    if (rc == LUA_ERRSYNTAX) {
        charta_status st = report_syntax(L, text, len, chunkname, diags);
        free(text);
        return st;
    }
    if (rc == LUA_OK && text_out) {
        *text_out = text;
        *len_out = len;
    } else {
        free(text);
    }
    if (rc == LUA_OK) {
        lua_pushcfunction(L, set_env);
        lua_insert(L, -2);
        rc = lua_pcall(L, 1, 1, 0);
    }
    if (rc == LUA_ERRMEM) {
        lua_pop(L, 1);
        charta_status st = report_memory(sb, diags, chunkname);
        if (sb->depth == 0)
            sb->reported = false; /* no call to pass it on */
        return st;
    }
    if (rc != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        char file[512] = "";
        int line = 0;
        const char *rest = msg ? strip_location(msg, file, sizeof file, &line) : NULL;
        charta_diag_error(diags, CHARTA_ERR_SCRIPT, rest ? file : chunkname, rest ? line : 0, 0,
                          "%s", rest ? rest : (msg ? msg : _("cannot load the script")));
        lua_pop(L, 1);
        return CHARTA_ERR_SCRIPT;
    }
    return CHARTA_OK;
}

/* Runs protected: gives the loaded chunk at 1 a fresh strict environment
 * as its _ENV and returns it. */
static int
set_env(lua_State *L)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    lua_settop(L, 1);
    lua_newtable(L);
    lua_newtable(L);
    charta_sandbox_push_builtins(sb);
    lua_pushcclosure(L, strict_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, strict_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    charta_sandbox_freeze(L, -1);
    if (!lua_setupvalue(L, 1, 1))
        lua_pop(L, 1);
    return 1;
}

/* One diagnostic for the error msg being unwound, at the place msghandler or
 * charta_sandbox_raise_at found for it, with its traceback. */
static charta_status
report_error(charta_sandbox *sb, charta_diags *diags, const char *msg)
{
    char file[512];
    int line = 0;
    const char *rest = msg ? strip_location(msg, file, sizeof file, &line) : NULL;
    if (rest && strcmp(file, sb->err_file) == 0)
        msg = rest;
    charta_status st = sb->limit_hit ? CHARTA_ERR_LIMIT : CHARTA_ERR_SCRIPT;
    charta_diag_error(diags, st, sb->err_located ? sb->err_file : NULL,
                      sb->err_located ? sb->err_line : 0, sb->err_located ? sb->err_col : 0,
                      "%s", msg ? msg : _("error"));
    if (sb->traceback.len)
        charta_diag_set_detail(diags, sb->traceback.data);
    return st;
}

charta_status
charta_sandbox_call(charta_sandbox *sb, int nargs, int nresults, const char *where,
                    charta_diags *diags)
{
    lua_State *L = sb->L;
    bool top = sb->depth == 0;
    char saved_where[sizeof sb->where];
    memcpy(saved_where, sb->where, sizeof saved_where);
    if (where) /* the watchdog prints it as it is */
        charta_printable_into(sb->where, sizeof sb->where, where, strlen(where));
    if (top) {
        sb->instr_used = 0;
        sb->limit_hit = false;
        sb->err_located = false;
        sb->reported = false;
        sb->mem_line = 0;
        sb->refused = REFUSED_NONE;
        sb->diags = diags;
        sb->deadline = sb->lim.seconds > 0 ? now_seconds() + sb->lim.seconds : 0;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
    }
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    sb->depth++;
    int rc = lua_pcall(L, nargs, nresults, base);
    sb->depth--;
    lua_remove(L, base);
    charta_status st = CHARTA_OK;
    /* the budget tripped but the script went on (a swallowed error) */
    bool swallowed = rc == LUA_OK && top && sb->limit_hit;
    if (swallowed)
        lua_pop(L, nresults == LUA_MULTRET ? lua_gettop(L) - base + 1 : nresults);
    if (rc != LUA_OK || swallowed) {
        if (sb->reported) {
            st = sb->reported_status;
        } else if (rc == LUA_ERRMEM || (rc == LUA_ERRERR && sb->refused == REFUSED_HOST)) {
            st = report_memory(sb, diags, NULL);
        } else if (!top) {
            /* the outermost call reports it; keep the message as is */
            memcpy(sb->where, saved_where, sizeof saved_where);
            return CHARTA_ERR_SCRIPT; /* message left on the stack */
        } else {
            st = report_error(sb, diags, swallowed ? sb->limit_msg : lua_tostring(L, -1));
        }
        if (!swallowed)
            lua_pop(L, 1);
    }
    if (top) {
        lua_sethook(L, NULL, 0, 0);
        sb->limit_hit = false;
        sb->reported = false;
        sb->err_located = false;
        sb->diags = NULL;
        /* a full collection after a call that doubled the heap: it costs what
         * is alive, so one after every call of 100,000 would be quadratic */
        if (sb->mem_used > 2 * sb->mem_after_gc) {
            lua_gc(L, LUA_GCCOLLECT);
            sb->mem_after_gc = sb->mem_used;
        }
    }
    memcpy(sb->where, saved_where, sizeof saved_where);
    return st;
}

int
charta_sandbox_try(lua_State *L, int nargs, int nresults, const char *where, charta_status *st)
{
    charta_sandbox *sb = charta_sandbox_of(L);
    *st = CHARTA_OK;
    char saved_where[sizeof sb->where];
    memcpy(saved_where, sb->where, sizeof saved_where);
    if (where)
        charta_printable_into(sb->where, sizeof sb->where, where, strlen(where));
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    sb->err_located = false;
    sb->depth++;
    int rc = lua_pcall(L, nargs, nresults, base);
    sb->depth--;
    lua_remove(L, base);
    memcpy(sb->where, saved_where, sizeof saved_where);
    if (rc == LUA_OK)
        return 0;
    /* what ends the whole run goes on: budgets, interruption, memory */
    if (rc == LUA_ERRMEM || (rc == LUA_ERRERR && sb->refused == REFUSED_HOST)) {
        lua_pop(L, 1);
        return charta_sandbox_raise_reported(L, report_memory(sb, sb->diags, NULL));
    }
    if (sb->limit_hit || (sb->reported && (sb->reported_status == CHARTA_ERR_NOMEM ||
                                           sb->reported_status == CHARTA_ERR_LIMIT)))
        return lua_error(L);
    if (sb->reported)
        *st = sb->reported_status;
    else
        *st = report_error(sb, sb->diags, lua_tostring(L, -1));
    lua_pop(L, 1);
    sb->reported = false;
    sb->err_located = false;
    return 0;
}
