/* engine.h: runs a city project's scripts and its indicators.
 *
 * Owns (src/engine/engine*.c, decl_*.c): the sandbox (one Lua state per run), the
 * charta_project it fills while the scripts load, and the compute functions
 * (registry references); charta_engine_free releases them all, the project too.
 * The diagnostics sink, the dataset and the result set are borrowed.
 * Uses: sandbox.h, series_lua.h, series.h (engine); progress.h (Lua progress methods
 * and the built-in names); project.h, source_spec.h, dataset.h, results.h (model);
 * diag.h, util.h (base); Lua 5.4. Never the importers or the renderers.
 * Two phases (DESIGN §2): charta_engine_load() runs city.lua, whose
 * declarations only record; charta_engine_compute() then calls every
 * indicator's compute function once, in dependency order (an indicator
 * that reads another is computed after it; cycles are errors naming the
 * files and lines involved), and copies each result into the result set.
 * Errors are diagnostics at the user's file:line (78 for scripts).
 */
#ifndef CHARTA_ENGINE_H
#define CHARTA_ENGINE_H

#include "charta/dataset.h"
#include "charta/diag.h"
#include "charta/progress.h"
#include "charta/project.h"
#include "charta/results.h"

typedef struct charta_engine charta_engine;

/* A new engine with its sandbox and the declaration functions registered; lib_dir is
 * the shipped indicator library (copied; NULL = charta_library_dir()). diags is
 * borrowed for the engine's life: load, compute and the progress hook report there.
 * The caller frees the engine with charta_engine_free; NULL on out of memory. */
charta_engine *charta_engine_new(const char *lib_dir, charta_diags *diags);
/* Close the Lua state and free the engine and its project; NULL is a no-op. */
void charta_engine_free(charta_engine *e);

/* The shipped library folder ($CHARTA_PATH, next to the binary, the
 * installed share directory), malloc'd for the caller to free; NULL when none is
 * found. */
char *charta_library_dir(void);

/* Load project_dir/city.lua and everything it includes, once per engine (a second
 * call is CHARTA_ERR_INTERNAL), then check the declarations. CHARTA_OK;
 * CHARTA_ERR_NOINPUT (no city.lua, a missing include), CHARTA_ERR_SCRIPT (syntax,
 * runtime or declaration errors), CHARTA_ERR_LIMIT, CHARTA_ERR_NOMEM; each a
 * diagnostic (at the script's file:line where there is one; out of memory not
 * always). */
charta_status charta_engine_load(charta_engine *e, const char *project_dir);
/* The project the scripts declared, owned by the engine (valid until
 * charta_engine_free); NULL before charta_engine_load. */
charta_project *charta_engine_project(charta_engine *e);

/* Evaluate all indicators over the frozen dataset into res (shaped by ds, from
 * charta_results_new(ds, the engine's project)); once per engine, after a successful
 * load. ds and res are borrowed and must outlive the engine's use of them. Every
 * indicator is tried, so that one run reports all failures (CHARTA_ERR_SCRIPT,
 * CHARTA_ERR_LIMIT, the first one returned); CHARTA_ERR_NOMEM and CHARTA_ERR_INTERNAL
 * stop at once. A failed indicator's cells stay missing. */
charta_status charta_engine_compute(charta_engine *e, const charta_dataset *ds,
                                    charta_results *res);

/* After the data are read into ds (frozen) and before charta_results_new: the shipped
 * indicators (from a library of `use`) whose `needs` the data lack are left out of the
 * project (listed in its `unavailable`); a city's own indicator whose needs no source
 * gives is an error of its script (CHARTA_ERR_SCRIPT, at its declaration; every one
 * reported). CHARTA_ERR_NOMEM on out of memory (decl_catalogue.c). */
charta_status charta_engine_select(charta_engine *e, const charta_dataset *ds);

/* Stop running scripts when *flag becomes non-zero (a signal handler's); flag is
 * borrowed and must outlive the engine. */
void charta_engine_set_interrupt(charta_engine *e, volatile const int *flag);

/* Run the Lua progress method `method` (progress_method "name" { ... })
 * on one series (engine_progress.c): assess(points, target, info) is
 * called through the sandbox under the city's budgets; its answer is
 * checked (a declared category, finite numbers, known keys) and copied
 * into out, which charta_progress_clear prepared (a reason or note into t,
 * out->reason pointing there; out->method and out->category point into the
 * engine's project). Errors are diagnostics at the script's file:line
 * (CHARTA_ERR_SCRIPT, CHARTA_ERR_LIMIT); CHARTA_ERR_INTERNAL when no such method was
 * declared; CHARTA_ERR_NOMEM. */
charta_status charta_engine_assess_custom(charta_engine *e, const char *method,
                                          const charta_progress_input *in,
                                          charta_assessment *out, charta_progress_text *t,
                                          charta_diags *d);
/* The same with the signature of charta_progress_hook (ctx is the engine),
 * for charta_progress_opts.custom. */
charta_status charta_engine_progress_hook(void *ctx, const char *method,
                                          const charta_progress_input *in,
                                          charta_assessment *out, charta_progress_text *t,
                                          charta_diags *d);

/* What scripts printed (print goes to the run log, not to stdout): borrowed from the
 * engine, "" when nothing; valid until the next script prints or the engine is
 * freed. */
const char *charta_engine_log(const charta_engine *e);

/* The watchdog text: the location of the script call in progress ("" when none);
 * borrowed, overwritten by every call. */
const char *charta_engine_where(const charta_engine *e);

#endif
