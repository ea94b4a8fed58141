/* The progress stage in the real engine: targets, limits and milestones as
 * the Lua language declares them (with their errors at file:line), the
 * target per area, a city's own method in Lua, roll-ups, data/progress.csv,
 * the sentence with the working and what `charta show` prints. */
#include "check.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/engine.h"
#include "charta/progress.h"
#include "charta/csvout.h"
#include "charta/results.h"

static char dir[256];

static void
write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static const char *city_head =
    "city { id = 't', name = 'T', code = 'C', languages = { 'de', 'en' }, years = { 2015, 2024 },\n"
    "       limits = { instructions = 1e6, memory_mb = 32 } }\n"
    "field 'F1' { title = 'Feld 1' }\n"
    "field 'F2' { title = 'Feld 2' }\n";

static void
new_project(const char *rest)
{
    snprintf(dir, sizeof dir, "/tmp/charta-progress-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    char *text = malloc(strlen(city_head) + strlen(rest) + 1);
    strcpy(text, city_head);
    strcat(text, rest);
    write_file("city.lua", text);
    free(text);
}

static void
remove_project(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/city.lua", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/progress.csv", dir);
    unlink(path);
    rmdir(dir);
}

static const char *
first_error(charta_diags *d, charta_status *st)
{
    static char buf[1024];
    for (size_t i = 0; i < charta_diags_count(d); i++) {
        const charta_diag *e = charta_diags_get(d, i);
        if (e->severity == CHARTA_ERROR) {
            snprintf(buf, sizeof buf, "%s:%d: %s", e->file ? e->file : "-", e->line, e->message);
            if (st)
                *st = e->status;
            return buf;
        }
    }
    return "";
}

/* City C with areas 1 and 2, 2015-2024. v: area 1 grows 2 % a year from 100,
 * area 2 falls 1 % a year from 100; w: area 1 is 0 in 2015 (zero base). */
static charta_dataset *
dataset(charta_diags *d)
{
    charta_dataset *ds = charta_dataset_new();
    charta_dataset_add_area(ds, "C", "City", NULL);
    charta_dataset_add_area(ds, "1", "North", "C");
    charta_dataset_add_area(ds, "2", "South", "C");
    int v = charta_dataset_add_variable(ds, "v", "", "s", CHARTA_AGG_SUM);
    int w = charta_dataset_add_variable(ds, "w", "", "s", CHARTA_AGG_SUM);
    for (int y = 2015; y <= 2024; y++) {
        charta_dataset_put(ds, v, 1, y, 100 * pow(1.02, y - 2015), 'A', -1, 0);
        charta_dataset_put(ds, v, 2, y, 100 * pow(0.99, y - 2015), 'A', -1, 0);
        charta_dataset_put(ds, w, 1, y, y - 2015, 'A', -1, 0);
        if (y >= 2022)
            charta_dataset_put(ds, w, 2, y, 5, 'A', -1, 0);
    }
    charta_dataset_freeze(
        ds, &(charta_freeze_opts){.year_first = 2015, .year_last = 2024, .root_code = "C"}, d);
    return ds;
}

typedef struct fixture {
    charta_diags *d;
    charta_engine *e;
    charta_dataset *ds;
    charta_results *r;
} fixture;

static charta_status
setup(fixture *f, const char *rest)
{
    new_project(rest);
    f->d = charta_diags_new();
    f->e = charta_engine_new(NULL, f->d);
    f->ds = NULL;
    f->r = NULL;
    charta_status st = charta_engine_load(f->e, dir);
    if (st != CHARTA_OK)
        return st;
    f->ds = dataset(f->d);
    f->r = charta_results_new(f->ds, charta_engine_project(f->e));
    return charta_engine_compute(f->e, f->ds, f->r);
}

static void
teardown(fixture *f)
{
    charta_results_free(f->r);
    charta_dataset_free(f->ds);
    charta_engine_free(f->e);
    charta_diags_free(f->d);
    remove_project();
}

static const charta_assessment *
assessment(fixture *f, const char *id, size_t area)
{
    const charta_result *res = charta_results_get(f->r, (size_t)charta_results_find(f->r, id));
    return res && res->assess ? &res->assess[area] : NULL;
}

/* --- the language ----------------------------------------------------------------- */

TEST(limits_area_targets_and_milestones_are_declared)
{
    fixture f;
    REQUIRE(setup(&f, "indicator 'a' { title = 'A', field = 'F1', unit = '%', direction = 'up',\n"
                      "  limit = 100,\n"
                      "  target = { { year = 2025, value = 60 }, { year = 2030, value = 80 },\n"
                      "             { year = 2030, value = 90, area = '1' } },\n"
                      "  compute = function(d) return d.v end }\n") == CHARTA_OK);
    const charta_indicator *ind = &charta_engine_project(f.e)->indicators[0];
    CHECK(ind->has_limit);
    CHECK_NUM(ind->limit, 100, 0);
    REQUIRE(ind->n_targets == 3);
    CHECK(ind->targets[0].area == NULL);
    CHECK_STR(ind->targets[2].area, "1");
    teardown(&f);
}

static void
load_error(const char *rest, const char *want)
{
    fixture f;
    charta_status st = setup(&f, rest);
    CHECK_INT(st, CHARTA_ERR_SCRIPT);
    charta_status est = CHARTA_OK;
    CHECK_STR(first_error(f.d, &est), want);
    CHECK_INT(est, CHARTA_ERR_SCRIPT);
    teardown(&f);
}

TEST(target_and_limit_mistakes_are_errors_at_the_scripts_line)
{
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
               "  limit = 100, target = { year = 2030, value = 110 },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:5: indicator 'a': the target 110 for 2030 lies beyond the natural "
               "limit 100");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'down',\n"
               "  limit = 0, target = { year = 2030, value = -1 },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:5: indicator 'a': the target -1 for 2030 lies beyond the natural "
               "limit 0");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'up', limit = 'x',\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:5: indicator 'a': 'limit' must be a number, got string");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
               "  target = { { year = 2030, value = 1, area = '1' }, { year = 2030, value = 2, "
               "area = '1' } },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:5: indicator 'a': two targets for 2030 in area 1");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
               "  target = { { year = 2030, value = 1 }, { year = 2025, value = 2 } },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:5: indicator 'a': targets must be listed by increasing year (2025 "
               "after 2030)");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'none',\n"
               "  target = { year = 2030, value = 1 },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:5: indicator 'a': a target needs direction = \"up\" or \"down\"");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
               "  target = { year = 2030, value = 1, aera = '1' },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:6: unknown key 'aera' in indicator 'a' (did you mean 'area'?)");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
               "  target = { year = 2030, change = -120, base = 2015 },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:6: indicator 'a': a 'change' below -100 % would make the value "
               "negative");
    load_error("indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
               "  target = { year = 2010, value = 1 },\n"
               "  compute = function(d) return d.v end }\n",
               "city.lua:5: indicator 'a': target year 2010 lies before the reporting window "
               "(2015-2024)");
}

TEST(progress_method_mistakes_are_errors_at_the_scripts_line)
{
    load_error("progress_method 'eurostat' { categories = { a = 1 }, assess = function() end }\n",
               "city.lua:5: progress_method 'eurostat': 'eurostat' is a built-in method; give "
               "the city's own another name");
    load_error("progress_method 'm' { assess = function() end }\n",
               "city.lua:5: progress_method 'm': 'categories' is required: a table of codes and "
               "their levels, like { gruen = 2, gelb = 0, rot = -1 } (levels from -2 to 3)");
    load_error("progress_method 'm' { categories = { gut = 4 }, assess = function() end }\n",
               "city.lua:5: progress_method 'm': the level of 'gut' must be a whole number from "
               "-2 to 3 (3 target met, 2 good progress, 1 moderate, 0 insufficient, -1 moving "
               "away, -2 moving away fast)");
    load_error("progress_method 'm' { categories = { Gut = 1 }, assess = function() end }\n",
               "city.lua:5: progress_method 'm': category 'Gut': codes use a-z, 0-9 and '_' "
               "only");
    load_error("progress_method 'm' { categories = { gut = 1 }, asess = function() end }\n",
               "city.lua:5: unknown key 'asess' in progress_method 'm' (did you mean "
               "'assess'?)");
    load_error("progress_method 'm' { categories = { gut = 1 } }\n",
               "city.lua:5: progress_method 'm': 'assess' is required: function(points, "
               "target, info) return \"<category>\" end");
    load_error("progress_method 'm' { categories = { gut = 1 }, assess = function() end }\n"
               "progress_method 'm' { categories = { gut = 1 }, assess = function() end }\n",
               "city.lua:6: progress_method 'm' is declared twice (first at city.lua:5)");
}

TEST(an_unknown_report_method_is_78_at_the_report_with_a_suggestion)
{
    fixture f;
    REQUIRE(setup(&f, "indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
                      "  compute = function(d) return d.v end }\n"
                      "report { progress = 'eurostatt' }\n") == CHARTA_OK);
    const charta_project *p = charta_engine_project(f.e);
    CHECK_INT(charta_progress_check(p, NULL, f.d), CHARTA_ERR_SCRIPT);
    CHECK_STR(first_error(f.d, NULL),
              "city.lua:7: report: unknown progress method 'eurostatt' (did you mean "
              "'eurostat'?) (methods: eurostat, unsd, statcan, dns; a city's own is declared "
              "with progress_method \"name\" { ... })");
    CHECK_INT(charta_progress_assess(f.r, NULL, f.d), CHARTA_ERR_SCRIPT);
    CHECK(assessment(&f, "a", 0) == NULL);
    charta_diags *d2 = charta_diags_new();
    CHECK_INT(charta_progress_check(p, "unds", d2), CHARTA_ERR_USAGE);
    CHECK_STR(first_error(d2, NULL), "-:0: unknown progress method 'unds' (did you mean "
                                     "'unsd'?) (methods: eurostat, unsd, statcan, dns)");
    charta_diags_free(d2);
    teardown(&f);
}

/* --- the stage ----------------------------------------------------------------------- */

TEST(each_area_gets_its_own_target_and_the_next_milestone)
{
    fixture f;
    REQUIRE(setup(&f, "indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
                      "  target = { { year = 2020, value = 1 }, { year = 2030, value = 150 },\n"
                      "             { year = 2030, value = 130, area = '1' } },\n"
                      "  compute = function(d) return d.v end }\n"
                      "indicator 'b' { title = 'B', field = 'F2', direction = 'down',\n"
                      "  target = { year = 2030, change = -20, base = 2016 },\n"
                      "  compute = function(d) return d.v end }\n"
                      "indicator 'c' { title = 'C', field = 'F2', direction = 'up',\n"
                      "  compute = function(d) return d.w end }\n") == CHARTA_OK);
    REQUIRE(charta_progress_assess(f.r, NULL, f.d) == CHARTA_OK);
    CHECK_STR(charta_progress_method_of(f.r), "eurostat");
    /* area 1 (index 1) has its own 2030 target; the city and area 2 the general one */
    const charta_assessment *a = assessment(&f, "a", 1);
    CHECK_NUM(a->target_value, 130, 0);
    CHECK_INT(a->target_year, 2030);
    CHECK_STR(a->term, "short");
    REQUIRE(a->long_term);
    CHECK_STR(a->long_term->term, "long");
    CHECK_INT(a->long_term->why, CHARTA_WHY_TOO_FEW); /* 2015-2024: 9 of 15 years */
    CHECK_NUM(assessment(&f, "a", 0)->target_value, 150, 0);
    CHECK_NUM(assessment(&f, "a", 2)->target_value, 150, 0);
    /* area 1: +2 %/yr; 130 by 2030 from 2019 needs (130 / 100*1.02^4)^(1/11) - 1 */
    double need = (pow(130 / (100 * pow(1.02, 4)), 1.0 / 11) - 1) * 100;
    CHECK_NUM(a->cagr_required, need, 1e-9);
    CHECK_NUM(a->ratio, 2 / need, 1e-9);
    CHECK_STR(a->category, "significant_progress");
    /* area 2 falls while it should rise */
    CHECK_STR(assessment(&f, "a", 2)->category, "movement_away");
    /* the 'change' target: -20 % from each area's own 2016 value */
    CHECK_NUM(assessment(&f, "b", 1)->target_value, 0.8 * 102, 1e-9);
    CHECK_NUM(assessment(&f, "b", 2)->target_value, 0.8 * 99, 1e-9);
    /* c: area 2 has values from 2022 only: too few for five years */
    CHECK_INT(assessment(&f, "c", 2)->why, CHARTA_WHY_TOO_FEW);
    CHECK_INT(assessment(&f, "c", 2)->level, CHARTA_LEVEL_NONE);
    CHECK_STR(assessment(&f, "c", 1)->category, "significant_progress");
    teardown(&f);
}

TEST(the_report_year_limits_the_values_and_a_change_target_needs_its_base)
{
    fixture f;
    REQUIRE(setup(&f, "indicator 'b' { title = 'B', field = 'F2', direction = 'up',\n"
                      "  target = { year = 2030, change = 50, base = 2020 },\n"
                      "  compute = function(d) return d.w end }\n"
                      "indicator 'e' { title = 'E', field = 'F2', direction = 'up',\n"
                      "  target = { year = 2030, value = 7.5, base = 2020 },\n"
                      "  compute = function(d) return d.w end }\n") == CHARTA_OK);
    charta_progress_opts o = {.method = "unsd", .year_last = 2021};
    REQUIRE(charta_progress_assess(f.r, &o, f.d) == CHARTA_OK);
    const charta_assessment *a = assessment(&f, "b", 1);
    CHECK_INT(a->latest_year, 2021);
    CHECK_NUM(a->target_value, 1.5 * 5, 1e-12);
    /* a change target's base is the reference of the change only: from 2015,
     * where w is 0 */
    CHECK_INT(a->base_year, 2015);
    CHECK_INT(a->why, CHARTA_WHY_NOT_POSITIVE);
    /* a value target's base starts the assessment */
    a = assessment(&f, "e", 1);
    CHECK_INT(a->base_year, 2020);
    CHECK_NUM(a->cagr_actual, 20, 1e-9);
    CHECK_NUM(a->projected_value, 6 * pow(1.2, 9), 1e-9);
    CHECK_NUM(a->ratio, (6 * pow(1.2, 9) - 5) / 2.5, 1e-9);
    CHECK_STR(a->category, "on_track");
    /* area 2 has no 2020 value: the target cannot be resolved there */
    CHECK_INT(assessment(&f, "b", 2)->why, CHARTA_WHY_NO_TARGET_BASE);
    CHECK_STR(assessment(&f, "b", 2)->category, "not_assessable");
    teardown(&f);
}

TEST(a_target_for_an_unknown_area_is_an_error_with_a_suggestion)
{
    fixture f;
    REQUIRE(setup(&f, "indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
                      "  target = { year = 2030, value = 1, area = '11' },\n"
                      "  compute = function(d) return d.v end }\n") == CHARTA_OK);
    CHECK_INT(charta_progress_assess(f.r, NULL, f.d), CHARTA_ERR_SCRIPT);
    CHECK_STR(first_error(f.d, NULL),
              "city.lua:5: indicator 'a': the target for 2030 names area '11', which is not an "
              "area of the data (did you mean '1'?)");
    teardown(&f);
}

/* --- a city's own method ---------------------------------------------------------------- */

static const char *lua_method =
    "progress_method 'ampel' {\n"
    "  title = { de = 'Ampel', en = 'Traffic light' },\n"
    "  categories = { gruen = 2, gelb = 0, rot = -1 },\n"
    "  assess = function(points, target, info)\n"
    "    if #points < 2 then return nil, 'zu wenige Werte' end\n"
    "    local first, last = points[1], points[#points]\n"
    "    local up = (last.value - first.value) * (info.direction == 'down' and -1 or 1)\n"
    "    if target and info.area == '1' then\n"
    "      return { category = 'gruen', ratio = last.value / target.value,\n"
    "               base_year = first.year, note = 'per target' }\n"
    "    end\n"
    "    if up > 0 then return 'gruen' elseif up == 0 then return 'gelb' end\n"
    "    return 'rot'\n"
    "  end,\n"
    "}\n";

TEST(a_lua_method_is_called_through_the_sandbox_and_checked)
{
    char rest[4096];
    snprintf(rest, sizeof rest, "%s%s", lua_method,
             "indicator 'a' { title = 'A', field = 'F1', direction = 'up', sdg = '11.2.1',\n"
             "  target = { year = 2030, value = 200 },\n"
             "  compute = function(d) return d.v end }\n"
             "indicator 'c' { title = 'C', field = 'F2', direction = 'down', sdg = '11.6.2',\n"
             "  compute = function(d) return d.w end }\n"
             "report { progress = 'ampel' }\n");
    fixture f;
    REQUIRE(setup(&f, rest) == CHARTA_OK);
    const charta_project *p = charta_engine_project(f.e);
    REQUIRE(p->n_methods == 1);
    CHECK_STR(p->methods[0].categories[0], "gruen"); /* by level, best first */
    CHECK_STR(p->methods[0].categories[2], "rot");
    charta_progress_opts o = {.custom = charta_engine_progress_hook, .custom_ctx = f.e};
    /* without the hook the stage cannot run it */
    CHECK_INT(charta_progress_assess(f.r, NULL, f.d), CHARTA_ERR_INTERNAL);
    REQUIRE(charta_progress_assess(f.r, &o, f.d) == CHARTA_OK);
    const charta_assessment *a = assessment(&f, "a", 1);
    CHECK_STR(a->method, "ampel");
    CHECK_STR(a->category, "gruen");
    CHECK_INT(a->level, 2);
    CHECK_NUM(a->ratio, 100 * pow(1.02, 9) / 200, 1e-12);
    CHECK_INT(a->base_year, 2015);
    CHECK_NUM(a->base_value, 100, 1e-12);
    CHECK_STR(a->reason, "per target");
    CHECK_STR(assessment(&f, "a", 2)->category, "rot");
    CHECK_INT(assessment(&f, "a", 2)->level, -1);
    CHECK_STR(assessment(&f, "c", 2)->category, "gelb");
    /* roll-up over the city: both indicators green there? a: up, c: w rises, down wanted */
    charta_progress_rollup *ru = charta_progress_rollup_new(f.r, 0);
    REQUIRE(ru);
    CHECK_INT(ru->n_codes, 4);
    CHECK_STR(ru->codes[3], "not_assessable");
    CHECK_INT(ru->all.n_indicators, 2);
    CHECK_INT(ru->all.counts[0], 1); /* a: gruen */
    CHECK_INT(ru->all.counts[2], 1); /* c: rot */
    CHECK_INT(ru->n_fields, 2);
    CHECK_INT(ru->n_sdgs, 1);
    CHECK_STR(ru->sdgs[0].key, "11");
    CHECK_INT(ru->sdgs[0].n_indicators, 2);
    CHECK(isnan(ru->all.mean_score));
    charta_progress_rollup_free(ru);
    teardown(&f);
}

static void
lua_error(const char *assess_body, charta_status want_st, const char *want)
{
    char rest[4096];
    snprintf(rest, sizeof rest,
             "progress_method 'm' { categories = { gut = 1, schlecht = -1 },\n"
             "  assess = function(points, target, info)\n"
             "%s\n"
             "  end }\n"
             "indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
             "  compute = function(d) return d.v end }\n"
             "report { progress = 'm' }\n",
             assess_body);
    fixture f;
    REQUIRE(setup(&f, rest) == CHARTA_OK);
    charta_progress_opts o = {.custom = charta_engine_progress_hook, .custom_ctx = f.e};
    CHECK_INT(charta_progress_assess(f.r, &o, f.d), want_st);
    CHECK_STR(first_error(f.d, NULL), want);
    CHECK(assessment(&f, "a", 0) == NULL);
    /* one error, not one per area */
    CHECK_INT(charta_diags_errors(f.d), 1);
    teardown(&f);
}

TEST(a_lua_methods_bad_answers_are_errors_at_its_line)
{
    lua_error("    return 'gud'", CHARTA_ERR_SCRIPT,
              "city.lua:6: progress method 'm': assess returned the category 'gud', which "
              "'categories' does not list (did you mean 'gut'?) (indicator 'a', area 'C')");
    lua_error("    return 42", CHARTA_ERR_SCRIPT,
              "city.lua:6: progress method 'm': assess returned a number; return a category "
              "name, a table { category = ..., ... } or nil with a reason (indicator 'a', area "
              "'C')");
    lua_error("    return { category = 'gut', ratio = 0/0 }", CHARTA_ERR_SCRIPT,
              "city.lua:6: progress method 'm': 'ratio' must be a finite number (indicator "
              "'a', area 'C')");
    lua_error("    return { category = 'gut', rato = 1 }", CHARTA_ERR_SCRIPT,
              "city.lua:6: progress method 'm': assess returned the unknown key 'rato' (did you "
              "mean 'ratio'?) (indicator 'a', area 'C')");
    lua_error("    return points[100].value", CHARTA_ERR_SCRIPT,
              "city.lua:7: attempt to index a nil value (field 'integer index')");
    lua_error("    while true do end", CHARTA_ERR_LIMIT,
              "city.lua:7: instruction limit exceeded (1000000 per call; an endless loop? the "
              "limit is city { limits = { instructions = ... } })");
}

TEST(a_lua_method_may_say_not_assessable_with_a_reason)
{
    char rest[4096];
    snprintf(rest, sizeof rest, "%s%s", lua_method,
             "indicator 'c' { title = 'C', field = 'F2', direction = 'up',\n"
             "  compute = function(d) return d.w end }\n"
             "report { progress = 'ampel' }\n");
    fixture f;
    REQUIRE(setup(&f, rest) == CHARTA_OK);
    charta_progress_opts o = {
        .year_last = 2015, .custom = charta_engine_progress_hook, .custom_ctx = f.e};
    REQUIRE(charta_progress_assess(f.r, &o, f.d) == CHARTA_OK);
    const charta_assessment *a = assessment(&f, "c", 1);
    CHECK_STR(a->category, "not_assessable");
    CHECK_INT(a->level, CHARTA_LEVEL_NONE);
    CHECK_INT(a->why, CHARTA_WHY_METHOD);
    CHECK_STR(a->reason, "zu wenige Werte");
    teardown(&f);
}

/* --- roll-ups, CSV, words -------------------------------------------------------------- */

static const char *three =
    "indicator 'a' { title = 'A', field = 'F1', direction = 'up', sdg = { '11.2.1', '11.3.1' },\n"
    "  target = { year = 2030, value = 150 }, limit = 1000,\n"
    "  compute = function(d) return d.v end }\n"
    "indicator 'b' { title = 'B', field = 'F1', direction = 'down', sdg = '13.2.2',\n"
    "  compute = function(d) return d.v end }\n"
    "indicator 'c' { title = 'C', field = 'F2', direction = 'none', sdg = '13.1.1',\n"
    "  compute = function(d) return d.v end }\n";

TEST(statcan_rollup_counts_per_field_and_goal_with_the_mean_score)
{
    fixture f;
    REQUIRE(setup(&f, three) == CHARTA_OK);
    charta_progress_opts o = {.method = "statcan"};
    REQUIRE(charta_progress_assess(f.r, &o, f.d) == CHARTA_OK);
    /* area 1 rises 2 %/yr: a (target 150 by 2030) and b (down wanted) */
    const charta_assessment *a = assessment(&f, "a", 1), *b = assessment(&f, "b", 1);
    CHECK(!isnan(a->score));
    CHECK_STR(b->category, "deterioration");
    charta_progress_rollup *ru = charta_progress_rollup_new(f.r, 1);
    REQUIRE(ru);
    CHECK_STR(ru->method, "statcan");
    CHECK_INT(ru->n_codes, 6);
    CHECK_INT(ru->all.n_indicators, 3);
    CHECK_INT(ru->all.counts[5], 1); /* c: not_available (direction none) */
    CHECK_NUM(ru->all.mean_score, (a->score + b->score) / 2, 1e-12);
    CHECK_STR(ru->all.score_category, charta_progress_statcan_status(ru->all.mean_score, false));
    REQUIRE(ru->n_fields == 2);
    CHECK_STR(ru->fields[0].key, "F1");
    CHECK_INT(ru->fields[0].n_indicators, 2);
    CHECK_STR(ru->fields[1].key, "F2");
    CHECK(isnan(ru->fields[1].mean_score));
    CHECK_STR(ru->fields[1].score_category, "not_available");
    REQUIRE(ru->n_sdgs == 2);
    CHECK_STR(ru->sdgs[0].key, "11");
    CHECK_INT(ru->sdgs[0].n_indicators, 1); /* a counts once for goal 11 */
    CHECK_STR(ru->sdgs[1].key, "13");
    CHECK_INT(ru->sdgs[1].n_indicators, 2);
    charta_progress_rollup_free(ru);
    CHECK(charta_progress_rollup_new(f.r, 99) == NULL);
    teardown(&f);
}

static char *
slurp(const char *path)
{
    size_t len;
    return charta_read_file(path, &len);
}

TEST(progress_csv_has_the_components_in_full_precision)
{
    fixture f;
    REQUIRE(setup(&f, three) == CHARTA_OK);
    char path[512];
    snprintf(path, sizeof path, "%s/progress.csv", dir);
    charta_report_opts ro = {0};
    CHECK_INT(charta_report_progress_csv_write(f.r, &ro, path, f.d), CHARTA_ERR_INTERNAL);
    REQUIRE(charta_progress_assess(f.r, NULL, f.d) == CHARTA_OK);
    REQUIRE(charta_report_progress_csv_write(f.r, &ro, path, f.d) == CHARTA_OK);
    char *text = slurp(path);
    REQUIRE(text);
    const char *hdr = "indicator,area,method,category,level,base_year,base_value,latest_year,"
                      "latest_value,target_year,target_value,cagr_actual,cagr_required,ratio,"
                      "score,reason,term,projected_value,change_per_year,score_category\n";
    CHECK(strncmp(text, hdr, strlen(hdr)) == 0);
    /* 3 indicators x 3 areas x (short + long) + header */
    size_t lines = 0;
    for (char *c = text; *c; c++)
        lines += *c == '\n';
    CHECK_INT(lines, 1 + 3 * 3 * 2);
    /* area 1, indicator b: 2019-2024, +2 %/yr while down is wanted */
    char want[512], num[32], num2[32];
    snprintf(want, sizeof want, "\nb,1,eurostat,significant_movement_away,-2,2019,%s,2024,%s,,,",
             charta_format_double(100 * pow(1.02, 4), num),
             charta_format_double(100 * pow(1.02, 9), num2));
    CHECK(strstr(text, want) != NULL);
    /* direction none: no level, the reason */
    CHECK(strstr(text, "\nc,C,eurostat,not_assessable,,,,2024,") != NULL);
    CHECK(strstr(text, ",direction is none,short,,,\n") != NULL);
    CHECK(strstr(text, ",long,,,\n") != NULL);
    CHECK(strstr(text, "nan") == NULL && strstr(text, "inf") == NULL);
    free(text);
    teardown(&f);
}

TEST(the_working_reads_as_a_sentence_in_german_and_english)
{
    fixture f;
    REQUIRE(setup(&f, three) == CHARTA_OK);
    REQUIRE(charta_progress_assess(f.r, NULL, f.d) == CHARTA_OK);
    charta_buf en = {0}, de = {0};
    charta_progress_describe(assessment(&f, "a", 1), "en", &en);
    charta_progress_describe(assessment(&f, "a", 1), "de", &de);
    REQUIRE(en.data && de.data);
    CHECK_STR(en.data, "Moderate progress towards the target (Eurostat, short term "
                       "2019\xe2\x80\x93"
                       "2024): from 108.2 in 2019 to 119.5 in 2024, +2.00 % a "
                       "year; reaching 150 by 2030 needs +3.01 % a year, the pace is 66.4 % of "
                       "that (moderate: 60 to 95 %).");
    CHECK_STR(de.data, "M\xc3\xa4\xc3\x9f"
                       "ige Fortschritte zum Ziel (Eurostat, kurzfristig "
                       "2019\xe2\x80\x93"
                       "2024): von 108,2 (2019) auf 119,5 (2024), +2,00 % pro "
                       "Jahr; f\xc3\xbc"
                       "r 150 bis 2030 sind +3,01 % pro Jahr "
                       "n\xc3\xb6"
                       "tig, erreicht ist 66,4 % dieses Tempos (m\xc3\xa4\xc3\x9f"
                       "ig: 60 bis 95 %).");
    charta_buf_free(&en);
    charta_buf_free(&de);
    charta_progress_describe(assessment(&f, "c", 0), "de", &de);
    CHECK_STR(de.data, "Nicht bewertbar: F\xc3\xbcr diesen Indikator ist weder ein h\xc3\xb6herer "
                       "noch ein niedrigerer Wert besser.");
    charta_buf_free(&de);
    /* every method describes every case without a NaN */
    const char *methods[] = {"unsd", "statcan", "dns"};
    for (size_t m = 0; m < 3; m++) {
        charta_progress_opts o = {.method = methods[m]};
        REQUIRE(charta_progress_assess(f.r, &o, f.d) == CHARTA_OK);
        for (size_t i = 0; i < 3; i++)
            for (size_t ar = 0; ar < 3; ar++) {
                charta_buf b = {0};
                const charta_result *res = charta_results_get(f.r, i);
                charta_progress_describe(&res->assess[ar], m == 1 ? "de" : "en", &b);
                CHECK(b.data && !strstr(b.data, "nan") && !strstr(b.data, "inf"));
                charta_buf_free(&b);
            }
    }
    teardown(&f);
}

TEST(show_prints_one_line_per_area_and_the_citys_sentence)
{
    fixture f;
    REQUIRE(setup(&f, three) == CHARTA_OK);
    charta_buf out = {0};
    charta_progress_show(f.r, 0, "en", NULL, &out);
    CHECK(out.data == NULL); /* nothing before the stage */
    REQUIRE(charta_progress_assess(f.r, NULL, f.d) == CHARTA_OK);
    charta_progress_show(f.r, 1, "en", NULL, &out);
    REQUIRE(out.data);
    CHECK(strstr(out.data, "Progress: Eurostat (EU SDG monitoring), short term (5 years), long "
                           "term (15 years) in [ ]\n") == out.data);
    CHECK(strstr(out.data, "\n  1 North                          \xe2\x86\x93 significant "
                           "movement away") != NULL);
    CHECK(strstr(out.data, "  [\xe2\x80\x93 not assessable]\n") != NULL); /* 9 of 15 years */
    CHECK(strstr(out.data, "\nCity: ") != NULL);
    charta_buf_free(&out);
    teardown(&f);
}

/* --- breaks in series ------------------------------------------------------------- */

/* the dataset is built in C (dataset()); the source only declares its variables */
#define SOURCE_S                                                                                   \
    "source 's' { file = 's.csv', area = 'a', year = 'y',\n"                                      \
    "  variables = { v = { column = 'v' }, w = { column = 'w' } } }\n"

static const char *broken =
    SOURCE_S
    "series_break { variables = { 'v' }, year = 2021,\n"
    "  reason = { de = 'Neue Z\xc3\xa4hlung', en = 'New counting' } }\n"
    "indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
    "  compute = function(d) return d.v end }\n"
    "indicator 'b' { title = 'B', field = 'F1', direction = 'up',\n"
    "  compute = function(d) return d.a * 2 end }\n"
    "indicator 'c' { title = 'C', field = 'F1', direction = 'up',\n"
    "  compute = function(d) return d.w end }\n";

TEST(progress_is_assessed_from_the_latest_break_on_with_the_reason)
{
    fixture f;
    REQUIRE(setup(&f, broken) == CHARTA_OK);
    charta_progress_opts dns = {.method = "dns"};
    REQUIRE(charta_progress_assess(f.r, &dns, f.d) == CHARTA_OK);
    /* dns looks at the last 5 years (2019-2024): the break of 2021 shortens them */
    const charta_assessment *a = assessment(&f, "a", 1);
    REQUIRE(a);
    CHECK(a->notes & CHARTA_NOTE_BREAK);
    CHECK_INT(a->break_year, 2021);
    CHECK_INT(a->base_year, 2021);
    CHECK(a->series_break == &charta_engine_project(f.e)->breaks[0]);
    CHECK(strstr(a->reason, "assessed from 2021 on: break in series \xe2\x80\x94 New counting"));
    charta_buf en = {0}, de = {0};
    charta_progress_describe(a, "en", &en);
    charta_progress_describe(a, "de", &de);
    REQUIRE(en.data && de.data);
    CHECK(strstr(en.data, " Assessed from 2021 on: break in series \xe2\x80\x94 New counting."));
    CHECK(strstr(de.data,
                 " Bewertet ab 2021: Bruch in der Zeitreihe \xe2\x80\x94 Neue Z\xc3\xa4hlung."));
    charta_buf_free(&en);
    charta_buf_free(&de);
    /* through another indicator too */
    const charta_assessment *b = assessment(&f, "b", 1);
    CHECK(b && b->break_year == 2021 && b->base_year == 2021);
    /* an indicator that does not read v is assessed as before */
    const charta_assessment *c = assessment(&f, "c", 1);
    CHECK(c && !(c->notes & CHARTA_NOTE_BREAK) && c->base_year < 2021);
    /* eurostat's long term (15 years) keeps too few years: not assessable, saying why */
    REQUIRE(charta_progress_assess(f.r, NULL, f.d) == CHARTA_OK);
    const charta_assessment *lt = assessment(&f, "a", 1)->long_term;
    REQUIRE(lt);
    CHECK_INT(lt->level, CHARTA_LEVEL_NONE);
    CHECK(lt->notes & CHARTA_NOTE_BREAK);
    charta_progress_describe(lt, "en", &en);
    REQUIRE(en.data);
    CHECK(strstr(en.data, " Only the years from 2021 on count: break in series \xe2\x80\x94 New "
                          "counting."));
    charta_buf_free(&en);
    teardown(&f);
}

TEST(a_break_before_the_methods_span_changes_nothing)
{
    fixture f;
    REQUIRE(setup(&f, SOURCE_S "series_break { variables = { 'v' }, year = 2016 }\n"
                      "indicator 'a' { title = 'A', field = 'F1', direction = 'up',\n"
                      "  compute = function(d) return d.v end }\n") == CHARTA_OK);
    charta_progress_opts dns = {.method = "dns"};
    REQUIRE(charta_progress_assess(f.r, &dns, f.d) == CHARTA_OK);
    const charta_assessment *a = assessment(&f, "a", 1);
    REQUIRE(a);
    CHECK(!(a->notes & CHARTA_NOTE_BREAK));
    CHECK_INT(a->break_year, 0);
    CHECK_STR(a->reason, "");
    teardown(&f);
}

TEST_MAIN()

/* --- the sentences for readers ----------------------------------------------------- */

static charta_assessment
eurostat_case(double base, double latest, double target, double actual, double required,
              double ratio, const char *category, short level)
{
    charta_assessment a;
    charta_progress_clear(&a, "eurostat");
    a.category = category;
    a.level = level;
    a.with_target = true;
    a.period_years = 5;
    a.base_year = 2019, a.latest_year = 2024, a.target_year = 2030;
    a.base_value = base, a.latest_value = latest, a.target_value = target;
    a.cagr_actual = actual, a.cagr_required = required, a.ratio = ratio;
    return a;
}

TEST(a_sentence_moving_away_says_so_with_unit_and_decimals_and_no_ratio)
{
    charta_indicator ind = {.unit = "VZ\xc3\x84/10.000 EW", .decimals = 2,
                            .direction = CHARTA_DIR_UP};
    charta_assessment a =
        eurostat_case(6.119, 5.907, 6.5, -0.7058, 0.0588, -12.0, "movement_away", -1);
    charta_buf de = {0}, en = {0};
    charta_progress_describe_for(NULL, &ind, -1, &a, false, "de", &de);
    charta_progress_describe_for(NULL, &ind, -1, &a, false, "en", &en);
    REQUIRE(de.data && en.data);
    CHECK_STR(de.data, "Entfernung vom Ziel (Eurostat, kurzfristig 2019\xe2\x80\x93"
                       "2024): von 6,12 VZ\xc3\x84/10.000 EW (2019) auf 5,91 VZ\xc3\x84/10.000 "
                       "EW (2024), \xe2\x88\x92"
                       "0,71 % pro Jahr; damit entfernt sich der Wert vom Ziel 6,50 "
                       "VZ\xc3\x84/10.000 EW (2030), f\xc3\xbcr das +0,06 % pro Jahr "
                       "n\xc3\xb6tig w\xc3\xa4ren.");
    CHECK(strstr(en.data, "from 6.12 VZ\xc3\x84/10.000 EW in 2019 to 5.91") != NULL);
    CHECK(strstr(en.data, "\xe2\x88\x92" "0.71 % a year; that moves away") != NULL);
    CHECK(strstr(de.data, "1200") == NULL && strstr(de.data, "Tempos") == NULL);
    CHECK(strstr(de.data, "-") == NULL); /* a true minus sign only */
    charta_buf_free(&de);
    charta_buf_free(&en);
}

TEST(a_ratio_beyond_five_times_is_said_in_words)
{
    charta_indicator ind = {.unit = "%", .decimals = 1, .direction = CHARTA_DIR_UP};
    charta_assessment a =
        eurostat_case(50.0, 60.0, 61.0, 3.71, 0.27, 13.7, "significant_progress", 3);
    charta_buf de = {0};
    charta_progress_describe_for(NULL, &ind, -1, &a, false, "de", &de);
    REQUIRE(de.data);
    CHECK(strstr(de.data, "von 50,0 % (2019) auf 60,0 % (2024)") != NULL);
    CHECK(strstr(de.data, "mehr als f\xc3\xbcnfmal") != NULL);
    CHECK(strstr(de.data, "1370") == NULL);
    CHECK(strstr(de.data, "(deutlich ab 95 %)") != NULL);
    charta_buf_free(&de);
}

TEST(dns_moving_away_gives_the_change_with_unit_instead_of_a_share_of_the_gap)
{
    charta_indicator ind = {.unit = "kg/EW", .decimals = 1, .direction = CHARTA_DIR_DOWN};
    charta_assessment a;
    charta_progress_clear(&a, "dns");
    a.category = "thunderstorm", a.level = -1, a.with_target = true;
    a.base_year = 2019, a.latest_year = 2024, a.target_year = 2030;
    a.latest_value = 413.8, a.target_value = 380, a.projected_value = 415.6;
    a.change_per_year = 0.3, a.ratio = 55.93;
    charta_buf de = {0};
    charta_progress_describe_for(NULL, &ind, -1, &a, false, "de", &de);
    REQUIRE(de.data);
    CHECK_STR(de.data, "Gewitter (Nachhaltigkeitsstrategie): entfernt sich vom Ziel 380,0 kg/EW "
                       "(2030), seit 2019 im Mittel +0,3 kg/EW pro Jahr statt der n\xc3\xb6tigen "
                       "\xe2\x88\x92" "5,6 kg/EW.");
    CHECK(strstr(de.data, "%") == NULL);
    charta_buf_free(&de);
}

TEST(no_direction_is_said_once_for_both_terms)
{
    charta_assessment a[2];
    charta_progress_clear(&a[0], "eurostat");
    charta_progress_clear(&a[1], "eurostat");
    a[0].why = a[1].why = CHARTA_WHY_NO_DIRECTION;
    a[0].long_term = &a[1];
    charta_buf en = {0};
    charta_progress_describe_for(NULL, NULL, -1, &a[0], true, "en", &en);
    REQUIRE(en.data);
    CHECK_STR(en.data, "Not assessable: For this indicator neither a higher nor a lower value is "
                       "better.");
    charta_buf_free(&en);
}

TEST(a_met_target_is_its_own_term_never_on_track)
{
    charta_assessment a = eurostat_case(10, 21, 20, 16, 1, NAN, "significant_progress", 3);
    a.notes |= CHARTA_NOTE_TARGET_REACHED;
    charta_progress_term met = charta_progress_term_of(NULL, &a);
    CHECK_STR(met.code, "target_met");
    CHECK_STR(met.de, "Ziel erreicht");
    a.notes = 0;
    charta_progress_term track = charta_progress_term_of(NULL, &a);
    CHECK(strcmp(met.symbol, track.symbol) != 0 && met.colour != track.colour);
    CHECK_STR(track.de, "deutliche Fortschritte zum Ziel");
    /* every built-in term has words in both languages, a symbol and a colour */
    const char *const *m = charta_progress_builtins();
    for (; *m; m++)
        for (size_t k = 0; k < charta_progress_term_count(NULL, *m); k++) {
            charta_progress_term t = charta_progress_term_at(NULL, *m, k);
            CHECK(t.de[0] && t.en[0] && t.symbol[0]);
        }
}
