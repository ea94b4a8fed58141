/* libFuzzer target: the declaration loader (charta_engine_load, engine_decl*.c,
 * decl_*.c) on any bytes as a city project's city.lua, run in the sandbox with the
 * shipped library (`use "charta.fields"`) under small budgets: 1e6 instructions a
 * call, 16 MB for the Lua state, 2 s. Nothing else is in the project folder, so an
 * include finds city.lua alone. Built by scripts/fuzz (with -DFUZZ_LIB_DIR, the
 * indicators/ folder of the repository), not by the normal build.
 * Two kinds of input are refused (return -1: not kept in the corpus), because what
 * they reach is the budget of the whole run, not the loader: `limits`, with which a
 * city raises its own budgets (to 1e12 instructions, 64 GB), and Lua's string
 * patterns (find, match, gmatch, gsub), whose backtracking the instruction hook cannot
 * interrupt; the process watchdog of main.c stops both in a real run. */
#include <stdint.h>

#include "engine_internal.h"
#include "fuzz_input.h"

#ifndef FUZZ_LIB_DIR
#define FUZZ_LIB_DIR "indicators"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
contains(const uint8_t *data, size_t size, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= size; i++)
        if (memcmp(data + i, word, n) == 0)
            return 1;
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const refused[] = {"limits", "find", "match", "gsub"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        if (contains(data, size, refused[i]))
            return -1;
    if (!fuzz_write("city.lua", data, size))
        return 0;

    charta_diags *diags = charta_diags_new();
    charta_engine *e = diags ? charta_engine_new(FUZZ_LIB_DIR, diags) : NULL;
    if (!e)
        goto out;
    charta_sandbox_set_limits(e->sb,
                              &(charta_limits){.instructions = 1e6, .memory_mb = 16, .seconds = 2});
    charta_status st = charta_engine_load(e, fuzz_dir);
    /* the status and the diagnostics agree: an error returned is an error reported,
     * except out of memory, which is not always */
    if (st != CHARTA_ERR_NOMEM && (st == CHARTA_OK) != (charta_diags_errors(diags) == 0))
        abort();
    if (st == CHARTA_OK && !charta_engine_project(e))
        abort();
    for (size_t i = 0; i < charta_diags_count(diags); i++) {
        const charta_diag *d = charta_diags_get(diags, i);
        if (!d || !d->message)
            abort(); /* every diagnostic says something */
    }
out:
    charta_engine_free(e);
    charta_diags_free(diags);
    return 0;
}
