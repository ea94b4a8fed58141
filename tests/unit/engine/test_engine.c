/* The engine in the real sandbox: declarations, compute, dependency order,
 * and the sandbox's negative cases (RELIABILITY §1 L10). */
#include "check.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "charta/engine.h"
#include "charta/results.h"
#include "charta/sandbox.h"

static char dir[256];

static void
write_file(const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    char *slash = strrchr(path, '/');
    *slash = '\0';
    mkdir(path, 0755);
    *slash = '/';
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static const char *city_head =
    "city { id = 't', name = 'T', code = 'C', languages = { 'de', 'en' }, years = { 2020, 2022 },\n"
    "       limits = { instructions = 1e6, memory_mb = 32 } }\n"
    "field 'F1' { title = { en = 'Field', de = 'Feld' }, sdgs = { '11.1' } }\n";

static void
new_project(const char *city_rest)
{
    snprintf(dir, sizeof dir, "/tmp/charta-engine-XXXXXX");
    REQUIRE(mkdtemp(dir));
    char *text = malloc(strlen(city_head) + strlen(city_rest) + 1);
    strcpy(text, city_head);
    strcat(text, city_rest);
    write_file("city.lua", text);
    free(text);
}

/* A dataset: C with children 1 and 2, years 2020-2022, pop and area. */
static charta_dataset *
small_dataset(charta_diags *d)
{
    charta_dataset *ds = charta_dataset_new();
    charta_dataset_add_area(ds, "C", "City", NULL);
    charta_dataset_add_area(ds, "1", "North", "C");
    charta_dataset_add_area(ds, "2", "South", "C");
    int pop = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    int area = charta_dataset_add_variable(ds, "area", "km2", "s", CHARTA_AGG_SUM);
    for (int y = 2020; y <= 2022; y++) {
        charta_dataset_put(ds, pop, 1, y, 100 + y - 2020, 'A', -1, 0);
        charta_dataset_put(ds, pop, 2, y, 300, y == 2022 ? 'P' : 'A', -1, 0);
        charta_dataset_put(ds, area, 1, y, 2, 'A', -1, 0);
        charta_dataset_put(ds, area, 2, y, y == 2021 ? 0 : 3, 'A', -1, 0);
    }
    charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "C"}, d);
    return ds;
}

static double
val(const charta_results *r, const char *id, size_t area, int year, char *st)
{
    const charta_result *x = charta_results_get(r, (size_t)charta_results_find(r, id));
    size_t i = area * 3 + (size_t)(year - 2020);
    if (st)
        *st = x->status[i];
    return x->values[i];
}

static const char *
first_error(charta_diags *d)
{
    static char buf[1024];
    for (size_t i = 0; i < charta_diags_count(d); i++) {
        const charta_diag *e = charta_diags_get(d, i);
        if (e->severity == CHARTA_ERROR) {
            snprintf(buf, sizeof buf, "%s:%d: %s", e->file ? e->file : "-", e->line, e->message);
            return buf;
        }
    }
    return "";
}

TEST(declarations_are_recorded_with_their_file_and_line)
{
    new_project("indicator 'dens' {\n"
                "  title = { de = 'Dichte', en = 'Density' }, field = 'F1', sdg = '11.3.1',\n"
                "  tags = { u4ssc = 'EN-1', iso37120 = '5.1' }, unit = 'EW/km2', decimals = 1,\n"
                "  direction = 'up', target = { year = 2030, value = 90 },\n"
                "  compute = function(d)\n"
                "    return d.pop / d.area\n"
                "  end,\n"
                "}\n");
    charta_diags *d = charta_diags_new();
    charta_engine *e = charta_engine_new(NULL, d);
    REQUIRE(charta_engine_load(e, dir) == CHARTA_OK);
    const charta_project *p = charta_engine_project(e);
    REQUIRE(p->n_indicators == 1);
    const charta_indicator *ind = &p->indicators[0];
    CHECK_STR(ind->id, "dens");
    CHECK_STR(ind->loc.file, "city.lua");
    CHECK_INT(ind->loc.line, 4);
    CHECK_STR(charta_text_get(&ind->title, "en", NULL), "Density");
    CHECK_STR(ind->title.lang[0], "de"); /* sorted, not pairs order */
    CHECK_STR(ind->tag_keys[0], "iso37120");
    CHECK_INT(ind->decimals, 1);
    CHECK_INT(ind->direction, CHARTA_DIR_UP);
    CHECK_INT(ind->targets[0].year, 2030);
    CHECK_NUM(ind->targets[0].value, 90, 0);
    CHECK_INT(ind->compute_loc.line, 8);
    CHECK(ind->compute_src && strstr(ind->compute_src, "return d.pop / d.area"));
    CHECK_STR(p->fields[0].id, "F1");
    CHECK_INT(p->city.year_first, 2020);
    charta_engine_free(e);
    charta_diags_free(d);
}

TEST(area_change_and_series_break_are_recorded_with_their_file_and_line)
{
    new_project("source 'kfz' { file = 'k.csv', area = 'a', year = 'y',\n"
                "  variables = { pkw = { column = 'Pkw' }, lkw = { column = 'Lkw' } } }\n"
                "area_change { old = '14262', new = '14612', year = 2009,\n"
                "  reason = { de = 'Kreisreform Sachsen 2008', en = 'District reform' } }\n"
                "area_change { old = '14612', new = '14999', year = 2030 }\n"
                "series_break { source = 'kfz', year = 2008, reason = 'Neue Z\xc3\xa4hlung' }\n"
                "series_break { variables = { 'lkw' }, year = 2012 }\n");
    charta_diags *d = charta_diags_new();
    charta_engine *e = charta_engine_new(NULL, d);
    REQUIRE(charta_engine_load(e, dir) == CHARTA_OK);
    const charta_project *p = charta_engine_project(e);
    REQUIRE(p->n_changes == 2);
    CHECK_STR(p->changes[0].old_code, "14262");
    CHECK_STR(p->changes[0].new_code, "14612");
    CHECK_INT(p->changes[0].year, 2009);
    CHECK_STR(charta_text_get(&p->changes[0].reason, "de", NULL), "Kreisreform Sachsen 2008");
    CHECK_STR(p->changes[0].loc.file, "city.lua");
    CHECK_INT(p->changes[0].loc.line, 6);
    CHECK_INT(p->changes[1].reason.n, 0);
    REQUIRE(p->n_breaks == 2);
    CHECK_STR(p->breaks[0].source, "kfz");
    CHECK_INT(p->breaks[0].year, 2008);
    /* a plain string is in the city's first language */
    CHECK_STR(charta_text_get(&p->breaks[0].reason, "de", NULL), "Neue Z\xc3\xa4hlung");
    CHECK(charta_break_covers(&p->breaks[0], "pkw", "kfz"));
    CHECK(!charta_break_covers(&p->breaks[0], "pkw", "other"));
    CHECK(p->breaks[1].source == NULL);
    CHECK(charta_break_covers(&p->breaks[1], "lkw", "kfz"));
    CHECK(!charta_break_covers(&p->breaks[1], "pkw", "kfz"));
    charta_engine_free(e);
    charta_diags_free(d);
}

TEST(compute_runs_in_dependency_order_and_propagates_statuses)
{
    new_project("indicator 'b' { title = 'B', field = 'F1', compute = function(d)\n"
                "  return d.a * 2 end }\n"
                "indicator 'a' { title = 'A', field = 'F1', compute = function(d)\n"
                "  return d.pop / d.area end }\n"
                "indicator 's' { title = 'S', field = 'F1', compute = function(d)\n"
                "  return share(d.pop, d.pop:area('C')) end }\n");
    charta_diags *d = charta_diags_new();
    charta_engine *e = charta_engine_new(NULL, d);
    REQUIRE(charta_engine_load(e, dir) == CHARTA_OK);
    charta_dataset *ds = small_dataset(d);
    charta_results *r = charta_results_new(ds, charta_engine_project(e));
    REQUIRE(charta_engine_compute(e, ds, r) == CHARTA_OK);
    char st;
    /* area 0 = C: pop 400 / area 5 in 2020 */
    CHECK_NUM(val(r, "a", 0, 2020, &st), 80, 1e-12);
    CHECK_NUM(val(r, "b", 0, 2020, &st), 160, 1e-12);
    CHECK_NUM(val(r, "s", 1, 2020, &st), 25, 1e-12); /* North: 100 of the city's 400 */
    CHECK_NUM(val(r, "s", 0, 2022, &st), 100, 1e-12);
    /* 2021: South has area 0 -> South missing, City is 401/2 */
    val(r, "a", 2, 2021, &st);
    CHECK(st == 'M');
    CHECK_NUM(val(r, "a", 0, 2021, &st), 401.0 / 2.0, 1e-12);
    /* 2022: South provisional -> P in South and in the City */
    val(r, "b", 2, 2022, &st);
    CHECK(st == 'P');
    val(r, "b", 0, 2022, &st);
    CHECK(st == 'P');
    CHECK_INT(charta_diags_warnings(d), 1); /* one division by zero warning, for 'a' */
    const charta_indicator *b = &charta_engine_project(e)->indicators[0];
    REQUIRE(b->n_reads == 1);
    CHECK_STR(b->reads[0], "a");
    charta_results_free(r);
    charta_dataset_free(ds);
    charta_engine_free(e);
    charta_diags_free(d);
}

static const char *
load_error(const char *city_rest, charta_status *st_out)
{
    new_project(city_rest);
    charta_diags *d = charta_diags_new();
    charta_engine *e = charta_engine_new(NULL, d);
    charta_status st = charta_engine_load(e, dir);
    if (st == CHARTA_OK) {
        charta_dataset *ds = small_dataset(d);
        charta_results *r = charta_results_new(ds, charta_engine_project(e));
        st = charta_engine_compute(e, ds, r);
        charta_results_free(r);
        charta_dataset_free(ds);
    }
    const char *msg = first_error(d);
    static char keep[1024];
    snprintf(keep, sizeof keep, "%s", msg);
    *st_out = st;
    charta_engine_free(e);
    charta_diags_free(d);
    return keep;
}

TEST(sandbox_hides_string_dump_and_locks_the_string_metatable)
{
    charta_status st;
    CHECK_STR(load_error("assert(getmetatable('') == 'locked')\n"
                         "assert(string.dump == nil and ('').dump == nil)\n"
                         "assert(math.random == nil)\n"
                         "local ok = pcall(setmetatable, 'x', {})\n"
                         "assert(not ok)\n"
                         "error('reached the end')\n",
                         &st),
              "city.lua:9: reached the end");
    CHECK_INT(st, CHARTA_ERR_SCRIPT);
}

TEST(pcall_catches_script_errors_but_not_the_instruction_limit)
{
    charta_status st;
    CHECK_STR(load_error("local ok, err = pcall(error, 'inner')\n"
                         "assert(not ok and err == 'inner')\n"
                         "while true do pcall(function() while true do end end) end\n",
                         &st),
              "city.lua:6: instruction limit exceeded (1000000 per call; an endless loop? the "
              "limit is city { limits = { instructions = ... } })");
    CHECK_INT(st, CHARTA_ERR_LIMIT);
}

TEST(a_budget_error_swallowed_by_the_script_still_fails_the_call)
{
    charta_status st;
    /* the loop's error is caught by pcall, and the script then returns */
    CHECK_STR(load_error("local ok = pcall(function() while true do end end)\n"
                         "return 1\n",
                         &st),
              "city.lua:4: instruction limit exceeded (1000000 per call; an endless loop? the "
              "limit is city { limits = { instructions = ... } })");
    CHECK_INT(st, CHARTA_ERR_LIMIT);
}

TEST(memory_limit_is_a_limit_error_at_the_scripts_line)
{
    charta_status st;
    const char *msg = load_error("local t = {}\nfor i = 1, 1e6 do t[i] = ('x'):rep(1e5) .. i end\n", &st);
    CHECK_INT(st, CHARTA_ERR_LIMIT);
    CHECK(strstr(msg, "memory limit of 32 MB exceeded") != NULL);
    CHECK(strncmp(msg, "city.lua:5:", 11) == 0);
}

TEST(a_memory_error_caught_by_pcall_stays_the_memory_limit)
{
    charta_status st;
    const char *msg = load_error("local ok = pcall(function()\n"
                                 "  local t = {}\n"
                                 "  for i = 1, 1e6 do t[i] = ('x'):rep(1e5) .. i end\n"
                                 "end)\n"
                                 "return 1\n",
                                 &st);
    CHECK_INT(st, CHARTA_ERR_LIMIT);
    CHECK(strstr(msg, "memory limit of 32 MB exceeded") != NULL);
}

TEST(a_lua_panic_exits_70_with_a_printable_message)
{
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        charta_sandbox *sb = charta_sandbox_new();
        lua_State *L = charta_sandbox_state(sb);
        lua_pushliteral(L, "boom\033[2J");
        lua_error(L); /* outside any protected call */
        _exit(0);
    }
    close(fds[1]);
    char out[512] = "";
    size_t n = 0;
    ssize_t r;
    while (n < sizeof out - 1 && (r = read(fds[0], out + n, sizeof out - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = '\0';
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 70);
    CHECK_STR(out, "charta: internal error: unprotected Lua error: boom\\x1b[2J\n");
}

TEST(gc_metamethods_are_refused)
{
    charta_status st;
    CHECK_STR(load_error("setmetatable({}, { __gc = function() end })\n", &st),
              "city.lua:4: setmetatable: __gc is not allowed in charta scripts");
}

TEST(globals_are_strict_in_both_directions)
{
    charta_status st;
    CHECK_STR(load_error("x = 1\n", &st),
              "city.lua:4: assignment to undeclared global 'x' (use 'local x = ...')");
    CHECK_STR(load_error("local y = indicatr\n", &st),
              "city.lua:4: undefined global 'indicatr' (did you mean 'indicator'?)");
    CHECK_STR(load_error("string.upper = nil\n", &st),
              "city.lua:4: library tables are read-only");
}

TEST(a_cycle_names_every_indicator_and_line)
{
    charta_status st;
    CHECK_STR(load_error("indicator 'a' { title = 'A', field = 'F1', compute = function(d)\n"
                         "  return d.b end }\n"
                         "indicator 'b' { title = 'B', field = 'F1', compute = function(d)\n"
                         "  return d.a end }\n",
                         &st),
              "city.lua:7: indicator cycle: 'a' reads 'b' (city.lua:5), 'b' reads 'a' "
              "(city.lua:7)");
    CHECK_INT(st, CHARTA_ERR_SCRIPT);
}

TEST(a_series_kept_past_its_call_is_refused)
{
    charta_status st;
    const char *msg =
        load_error("local kept\n"
                   "indicator 'a' { title = 'A', field = 'F1', compute = function(d)\n"
                   "  kept = d.pop; return kept end }\n"
                   "indicator 'b' { title = 'B', field = 'F1', compute = function(d)\n"
                   "  return d.pop + kept end }\n",
                   &st);
    CHECK(strncmp(msg, "city.lua:8: ", 12) == 0);
    CHECK(strstr(msg, "earlier computation") != NULL);
}

TEST(unknown_keys_suggest_the_closest_name)
{
    charta_status st;
    CHECK_STR(load_error("indicator 'x' { titel = 'X', field = 'F1', compute = function(d) "
                         "return d.pop end }\n",
                         &st),
              "city.lua:4: unknown key 'titel' in indicator 'x' (did you mean 'title'?)");
}

TEST(source_signs_reported_with_publisher_and_attribution_are_recorded)
{
    new_project("source 'abfall' {\n"
                "  file = 'a.csv', preset = 'genesis',\n"
                "  signs = { ['-'] = 'zero', ['.'] = 'confidential', ['k.A.'] = 'missing' },\n"
                "  reported_with = { ['07211'] = '07235', ['01'] = '02' },\n"
                "  publisher = 'Statistische Ämter', attribution = '© Testamt',\n"
                "  variables = { waste = 'Insgesamt' },\n"
                "}\n");
    charta_diags *d = charta_diags_new();
    charta_engine *e = charta_engine_new(NULL, d);
    REQUIRE(charta_engine_load(e, dir) == CHARTA_OK);
    const charta_project *p = charta_engine_project(e);
    REQUIRE(p->n_sources == 1);
    const charta_source_spec *s = &p->sources[0];
    REQUIRE(s->n_signs == 3); /* sorted by sign */
    CHECK_STR(s->signs[0].sign, "-");
    CHECK_INT(s->signs[0].meaning, CHARTA_SIGN_ZERO);
    CHECK_STR(s->signs[1].sign, ".");
    CHECK_INT(s->signs[1].meaning, CHARTA_SIGN_CONFIDENTIAL);
    CHECK_STR(s->signs[2].sign, "k.A.");
    CHECK_INT(s->signs[2].meaning, CHARTA_SIGN_MISSING);
    REQUIRE(s->n_reported_with == 2);
    CHECK_STR(s->reported_with[0].area, "01");
    CHECK_STR(s->reported_with[0].with, "02");
    CHECK_STR(s->reported_with[1].area, "07211");
    CHECK_STR(s->reported_with[1].with, "07235");
    CHECK_INT(s->reported_with_line, 4);
    CHECK_STR(s->publisher, "Statistische Ämter");
    CHECK_STR(s->attribution, "© Testamt");
    charta_engine_free(e);
    charta_diags_free(d);
}

TEST(unknown_sign_meaning_lists_the_allowed_ones)
{
    charta_status st;
    CHECK_STR(load_error("source 's' { file = 'a.csv', preset = 'genesis',\n"
                         "  signs = { ['-'] = 'nothing' }, variables = { v = 'V' } }\n",
                         &st),
              "city.lua:5: source 's': unknown meaning 'nothing' of sign '-' (allowed: "
              "\"zero-or-not-reported\", \"zero\", \"missing\", \"confidential\")");
    CHECK_INT(st, CHARTA_ERR_SCRIPT);
    CHECK_STR(load_error("source 's' { file = 'a.csv', preset = 'genesis', missing = { '-' },\n"
                         "  signs = { ['-'] = 'zero' }, variables = { v = 'V' } }\n",
                         &st),
              "city.lua:4: source 's': sign '-' is in 'missing' and in 'signs'; give it once");
    CHECK_STR(load_error("source 's' { file = 'a.csv', preset = 'genesis',\n"
                         "  reported_with = { ['01'] = 2 }, variables = { v = 'V' } }\n",
                         &st),
              "city.lua:4: source 's': 'reported_with' of area '01' must be the code of another "
              "area (a string), got number");
}

/* Found by fuzzing (tests/fuzz/fuzz_decl.c): the copy of an unknown encoding's name
 * leaked when the error was raised (LeakSanitizer, in the SANITIZE build of CI). */
TEST(unknown_encoding_is_an_error_at_its_line_and_leaks_nothing)
{
    charta_status st;
    CHECK_STR(load_error("source 's' { file = 'a.csv', preset = 'genesis',\n"
                         "  encoding = 'latin0', variables = { v = 'V' } }\n",
                         &st),
              "city.lua:5: source 's': unknown encoding 'latin0' (utf-8, latin1, cp1252)");
    CHECK_INT(st, CHARTA_ERR_SCRIPT);
    CHECK_STR(load_error("areas { file = 'areas.csv', encoding = 'ebcdic' }\n", &st),
              "city.lua:4: areas: unknown encoding 'ebcdic' (utf-8, latin1, cp1252)");
    CHECK_INT(st, CHARTA_ERR_SCRIPT);
}

TEST(sdmx_codes_and_breakdown_maps_are_recorded_sorted)
{
    new_project("indicator 'x' { title = 'X', field = 'F1', breakdown = { 'Lage', 'sex' },\n"
                "  sdmx = { SERIES = 'SP_TRN_PUBL', UNIT_MEASURE = 'PT', AGE = 'Y_GE15',\n"
                "           SEX = { male = 'M', female = 'F' },\n"
                "           URBANISATION = { dimension = 'Lage', codes = { Stadt = 'U' } } },\n"
                "  compute = function(d) return d.pop end }\n"
                "indicator 'y' { title = 'Y', field = 'F1', compute = function(d) "
                "return d.pop end }\n");
    charta_diags *d = charta_diags_new();
    charta_engine *e = charta_engine_new(NULL, d);
    REQUIRE(charta_engine_load(e, dir) == CHARTA_OK);
    const charta_project *p = charta_engine_project(e);
    const charta_indicator *x = &p->indicators[0];
    REQUIRE(x->n_sdmx == 3); /* the plain codes, by key */
    CHECK_STR(x->sdmx_keys[0], "AGE");
    CHECK_STR(x->sdmx_keys[1], "SERIES");
    CHECK_STR(x->sdmx_keys[2], "UNIT_MEASURE");
    CHECK_STR(charta_indicator_sdmx(x, "SERIES"), "SP_TRN_PUBL");
    CHECK_STR(charta_indicator_sdmx(x, "AGE"), "Y_GE15");
    CHECK(charta_indicator_sdmx(x, "SEX") == NULL);
    REQUIRE(x->n_sdmx_maps == 2);
    const charta_sdmx_map *sex = charta_indicator_sdmx_map(x, "SEX");
    REQUIRE(sex != NULL);
    CHECK_INT(sex->breakdown, 1); /* "sex", named like the key */
    REQUIRE(sex->n == 2);
    CHECK_STR(sex->values[0], "female");
    CHECK_STR(charta_sdmx_map_code(sex, "male"), "M");
    CHECK(charta_sdmx_map_code(sex, "diverse") == NULL);
    const charta_sdmx_map *urb = charta_indicator_sdmx_map(x, "URBANISATION");
    REQUIRE(urb != NULL);
    CHECK_INT(urb->breakdown, 0); /* "Lage", named by `dimension` */
    CHECK_STR(charta_sdmx_map_code(urb, "Stadt"), "U");
    CHECK(p->indicators[1].n_sdmx == 0 && !charta_indicator_sdmx(&p->indicators[1], "SERIES"));
    charta_engine_free(e);
    charta_diags_free(d);
}

TEST(sdmx_mistakes_are_errors_at_the_indicators_line)
{
    static const struct {
        const char *sdmx, *breakdown, *error;
    } cases[] = {
        {"SERIES = 'EG FEC'", NULL,
         "sdmx of indicator 'x': SERIES \"EG FEC\" is not an SDMX code (letters, digits and _ "
         "@ $ - only)"},
        {"SERIES = ''", NULL, "sdmx of indicator 'x': SERIES \"\" is not an SDMX code"},
        {"SERIES = { a = 'B' }", NULL,
         "sdmx of indicator 'x': SERIES must be a code in quotes, not a table"},
        {"SERIES = 7", NULL, "sdmx of indicator 'x': SERIES must be a code in quotes"},
        {"FREQ = 'A'", NULL, "unknown key 'FREQ' in sdmx of indicator 'x'"},
        {"SEX = { female = 'F' }", "'gender'",
         "sdmx of indicator 'x': SEX = { ... } maps the breakdown dimension 'SEX', which is "
         "not in 'breakdown' ('gender'); name another with { dimension = \"...\", codes = { "
         "... } }"},
        {"SEX = { female = 'F', weiblich = 'F' }", "'sex'",
         "sdmx of indicator 'x': SEX maps both 'female' and 'weiblich' to \"F\""},
        {"SEX = { female = '_T' }", "'sex'",
         "sdmx of indicator 'x': SEX maps 'female' to _T, the code of the total"},
        {"SEX = {}", "'sex'", "sdmx of indicator 'x': SEX = {} maps no value of 'sex'"},
        {"SEX = { female = 'F' }, AGE = { dimension = 'sex', codes = { female = 'Y_GE15' } }",
         "'sex'", "sdmx of indicator 'x': the breakdown dimension 'sex' is mapped twice (AGE "
                  "and SEX)"},
        {"AGE = { codes = { a = 'Y' } }", "'sex'",
         "sdmx of indicator 'x': AGE = { codes = ... } needs 'dimension'"},
        /* the codes of the SDG data structure's lists, with a suggestion where one is near */
        {"SERIES = 'SP_TRN_PUBLIC'", NULL,
         "sdmx of indicator 'x': SERIES \"SP_TRN_PUBLIC\" is not in the code list CL_SERIES of "
         "the SDG data structure (IAEG-SDGs:SDG 1.14); did you mean \"SP_TRN_PUBL\"?"},
        {"SERIES = 'SP_TRN_PUBL', UNIT_MEASURE = 'pt'", NULL,
         "sdmx of indicator 'x': UNIT_MEASURE \"pt\" is not in the code list CL_UNIT_MEASURE of "
         "the SDG data structure (IAEG-SDGs:SDG 1.14); did you mean \"PT\"?"},
        {"SERIES = 'SP_TRN_PUBL', SEX = { female = 'W' }", "'sex'",
         "sdmx of indicator 'x': the SEX code \"W\" of 'female' is not in the code list CL_SEX "
         "of the SDG data structure (IAEG-SDGs:SDG 1.14)"},
        {"SERIES = 'SP_TRN_PUBL', AGE = 'Y15T23'", NULL,
         "sdmx of indicator 'x': AGE \"Y15T23\" is not in the code list CL_AGE"},
        {"UNIT_MEASURE = 'PT'", NULL,
         "sdmx of indicator 'x': no SERIES: name the SDG series the indicator is exported as"},
        {"SERIES = 'SP_TRN_PUBL'", NULL,
         "sdmx of indicator 'x': no UNIT_MEASURE: the SDG data structure requires the unit of "
         "every series"},
        {"SERIES = 'SP_TRN_PUBL', UNIT_MEASURE = 'PT', NATURE = 'Country'", NULL,
         "sdmx of indicator 'x': NATURE \"Country\" is not in the code list CL_NATURE"},
        {"SERIES = 'SP_TRN_PUBL', UNIT_MEASURE = 'PT', NATURE = { a = 'C' }", NULL,
         "sdmx of indicator 'x': NATURE must be a code in quotes, not a table"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[600];
        snprintf(text, sizeof text,
                 "indicator 'x' { title = 'X', field = 'F1',%s%s%s\n"
                 "  sdmx = { %s },\n"
                 "  compute = function(d) return d.pop end }\n",
                 cases[i].breakdown ? " breakdown = { " : "",
                 cases[i].breakdown ? cases[i].breakdown : "", cases[i].breakdown ? " }," : "",
                 cases[i].sdmx);
        charta_status st;
        const char *got = load_error(text, &st);
        char want[600];
        /* an unknown key is named at its own line, the other mistakes at the call's */
        snprintf(want, sizeof want, "city.lua:%d: %s",
                 strncmp(cases[i].error, "unknown key", 11) == 0 ? 5 : 4, cases[i].error);
        if (strncmp(got, want, strlen(want)) != 0)
            printf("case %zu:\n  want %s\n  got  %s\n", i, want, got);
        CHECK(strncmp(got, want, strlen(want)) == 0);
        CHECK_INT(st, CHARTA_ERR_SCRIPT);
    }
}

TEST_MAIN()
