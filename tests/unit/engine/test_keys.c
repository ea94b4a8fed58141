/* test_keys.c: the table of the Lua language's keys (keys.h) is whole and in step
 * with the lists it repeats: the SDMX dimensions of the SDG data structure, the
 * Series functions and methods the binding registers, the built-in progress methods.
 */
#include "check.h"
#include "charta/keys.h"
#include "charta/progress.h"
#include "charta/project.h"
#include "charta/sandbox.h"
#include "charta/series_lua.h"

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

TEST_MAIN()
