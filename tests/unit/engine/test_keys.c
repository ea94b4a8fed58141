/* test_keys.c: the table of the Lua language's keys (keys.h) is whole and in step
 * with the lists it repeats: the SDMX dimensions of the SDG data structure, the
 * Series functions and methods the binding registers, the built-in progress methods,
 * the Lua functions the sandbox allows and the declarations the engine registers.
 */
#include <lua.h>

#include "check.h"
#include "charta/diag.h"
#include "charta/engine.h"
#include "charta/keys.h"
#include "charta/progress.h"
#include "charta/project.h"
#include "charta/sandbox.h"
#include "charta/series_lua.h"
#include "engine_internal.h" /* the engine's sandbox, to list what scripts see */

TEST(every_keyset_has_a_syntax_a_text_an_example_and_keys_each_once)
{
    size_t n;
    const charta_keyset *ks = charta_keysets(&n);
    REQUIRE(n > 20);
    for (size_t i = 0; i < n; i++) {
        CHECK(ks[i].syntax && ks[i].syntax[0]);
        CHECK(ks[i].doc && ks[i].doc[0]);
        CHECK(ks[i].example && ks[i].example[0]);
        CHECK(charta_keyset_find(ks[i].name) == &ks[i]);
        size_t nk = 0;
        for (const charta_key_doc *k = ks[i].keys; k->name; k++, nk++) {
            CHECK(k->type && k->type[0]);
            CHECK(k->doc && k->doc[0]);
            CHECK(!k->dflt || k->dflt[0]); /* "" would translate to the catalogue's header */
            for (const charta_key_doc *q = ks[i].keys; q != k; q++)
                CHECK(strcmp(q->name, k->name) != 0);
        }
        CHECK(nk < CHARTA_KEYS_MAX);
        const char *names[CHARTA_KEYS_MAX];
        CHECK(charta_keyset_names(&ks[i], names) == nk);
    }
    CHECK(charta_keyset_find("indicatr") == NULL);
}

TEST(sdmx_keys_are_the_dimensions_a_project_may_give)
{
    const charta_keyset *ks = charta_keyset_find("indicator.sdmx");
    REQUIRE(ks);
    const char *names[CHARTA_KEYS_MAX];
    size_t n = charta_keyset_names(ks, names);
    /* SERIES, UNIT_MEASURE, NATURE, then the structure's dimensions after FREQ,
     * REPORTING_TYPE, SERIES and REF_AREA, which the export sets */
    REQUIRE(n == 3 + CHARTA_SDMX_DIMS - 4);
    CHECK(strcmp(names[0], "SERIES") == 0);
    CHECK(strcmp(names[1], "UNIT_MEASURE") == 0);
    CHECK(strcmp(names[2], "NATURE") == 0);
    for (size_t i = 4; i < CHARTA_SDMX_DIMS; i++)
        CHECK(strcmp(names[3 + i - 4], charta_sdmx_dimension(i)) == 0);
}

TEST(every_registered_function_is_documented_and_every_documented_one_registered)
{
    for (int m = 0; m < 2; m++) {
        charta_fn_kind kind = m ? CHARTA_FN_METHOD : CHARTA_FN_FUNCTION;
        size_t n = 0;
        for (size_t i = 0; charta_series_lua_name(m, i); i++, n++)
            CHECK(charta_fn_doc_find(charta_series_lua_name(m, i), kind) != NULL);
        size_t nd, documented = 0;
        const charta_fn_doc *d = charta_fn_docs(&nd);
        for (size_t i = 0; i < nd; i++)
            documented += d[i].kind == kind;
        CHECK(documented == n);
    }
    size_t n = 0;
    for (const char *const *p = charta_progress_builtins(); *p; p++, n++)
        CHECK(charta_fn_doc_find(*p, CHARTA_FN_PROGRESS) != NULL);
    CHECK(n == 4);
    n = 0;
    for (size_t i = 0; charta_sandbox_global_name(i); i++, n++)
        CHECK(charta_fn_doc_find(charta_sandbox_global_name(i), CHARTA_FN_LUA) != NULL);
    size_t nd, documented = 0;
    const charta_fn_doc *d = charta_fn_docs(&nd);
    for (size_t i = 0; i < nd; i++)
        documented += d[i].kind == CHARTA_FN_LUA;
    CHECK(documented == n);
}

static bool
listed_elsewhere(const char *name)
{
    for (size_t i = 0; charta_sandbox_global_name(i); i++)
        if (strcmp(name, charta_sandbox_global_name(i)) == 0)
            return true;
    for (int m = 0; m < 2; m++)
        for (size_t i = 0; charta_series_lua_name(m, i); i++)
            if (strcmp(name, charta_series_lua_name(m, i)) == 0)
                return true;
    return false;
}

TEST(every_declaration_a_script_sees_has_a_keyset_and_every_keyset_a_declaration)
{
    charta_diags *d = charta_diags_new();
    charta_engine *e = charta_engine_new(NULL, d);
    REQUIRE(e);
    lua_State *L = charta_sandbox_state(e->sb);
    charta_sandbox_push_builtins(e->sb);
    int b = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, b)) {
        lua_pop(L, 1);
        const char *name = lua_tostring(L, -1);
        if (!listed_elsewhere(name)) {
            const charta_keyset *ks = charta_keyset_find(name);
            if (!ks)
                printf("  a declaration without a keyset: %s\n", name);
            CHECK(ks && !strchr(ks->name, '.'));
        }
    }
    size_t n;
    const charta_keyset *ks = charta_keysets(&n);
    for (size_t i = 0; i < n; i++) {
        /* a source of format sdmx or opensdg is a `source` with other keys */
        if (strchr(ks[i].name, '.') || strcmp(ks[i].name, "sdmx-source") == 0)
            continue;
        lua_getfield(L, b, ks[i].name);
        if (!lua_isfunction(L, -1))
            printf("  a keyset without a declaration: %s\n", ks[i].name);
        CHECK(lua_isfunction(L, -1));
        lua_pop(L, 1);
    }
    lua_settop(L, b - 1);
    charta_engine_free(e);
    charta_diags_free(d);
}

TEST_MAIN()
