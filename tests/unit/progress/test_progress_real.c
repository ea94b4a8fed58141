/* eurostat and unsd on the German national SDG series (../shared/data/real/
 * opensdg-de: the Open SDG data behind sdg-indikatoren.de, Destatis; see its
 * SOURCE.md). Skipped when the shared data are absent.
 *
 * Targets: the metadata carry none, so where the series is the one a target
 * of the German Sustainability Strategy (Deutsche Nachhaltigkeitsstrategie,
 * DNS, 2021 update) is set for, the target is taken from there:
 *   13.1.a  greenhouse gas emissions: -65 % by 2030 and -88 % by 2040
 *           against 1990; 2030 = 438 Mt CO2-eq (the cap of the Climate
 *           Protection Act for 2030), 2040 = 150 Mt (-88 % of about 1,250 Mt
 *           in 1990)                                      -> 13.2.2
 *   5.1.a   gender pay gap: 10 % by 2030                  -> 8.5.1
 *   9.1.a   R&D expenditure: at least 3.5 % of GDP by 2025 -> 9.5.1
 *   3.2.b   the WHO guideline for particulate matter met nationwide by
 *           2030, read as nobody exposed above it         -> 11.6.2 (PM10,
 *           population with excessive exposure; the series counts against
 *           the WHO guideline of 2021, stricter than the DNS's of 2005)
 * Every other series is assessed by direction only (shares with their
 * natural limit of 100 %). The categories each series gets are listed
 * below; they agree with an independent computation of the two methods'
 * formulas (a throwaway script, not part of charta), and the targeted ones
 * are worked by hand at the end.
 */
#include "check.h"

#include "charta/progress.h"
#include "charta/results.h"

typedef struct target {
    int year;
    double value;
} target;

typedef struct series {
    const char *id;
    const char *file;
    const char *filter[3][2]; /* column = value; other disaggregations empty */
    charta_direction dir;
    double limit; /* NAN: none */
    target targets[2];
    /* expected: eurostat short and long term, unsd */
    const char *eu_short, *eu_long, *unsd;
} series;

#define UP CHARTA_DIR_UP
#define DOWN CHARTA_DIR_DOWN

static const series list[] = {
    {"poverty-rate",
     "1-2-1",
     {{0}},
     DOWN,
     NAN,
     {{0}},
     "moderate_progress",
     "moderate_movement_away",
     "stagnation_or_regression"},
    {"minimum-income-rate",
     "1-3-1",
     {{0}},
     DOWN,
     NAN,
     {{0}},
     "moderate_movement_away",
     "moderate_progress",
     "fair_progress"},
    {"road-deaths",
     "3-6-1",
     {{"Units", "per 100,000 inhabitants"}},
     DOWN,
     NAN,
     {{0}},
     "significant_progress",
     "significant_progress",
     "substantial_progress"},
    {"adult-learning",
     "4-3-1",
     {{0}},
     UP,
     100,
     {{0}},
     "significant_progress",
     "moderate_movement_away",
     "stagnation_or_regression"},
    {"women-bundestag",
     "5-5-1",
     {{"Units", "percentage"}, {"political institution", "bundestag (lower chamber)"}},
     UP,
     100,
     {{0}},
     "significant_progress",
     "moderate_progress",
     "stagnation_or_regression"},
    {"energy-intensity",
     "7-3-1",
     {{"Units", "megajoule per eur"}},
     DOWN,
     NAN,
     {{0}},
     "significant_progress",
     "significant_progress",
     "substantial_progress"},
    {"gender-pay-gap",
     "8-5-1",
     {{"Series", "gender pay gap"}, {"Units", "percentage"}},
     DOWN,
     NAN,
     {{2030, 10}},
     "insufficient_progress",
     "insufficient_progress",
     "fair_progress"},
    {"unemployment-rate",
     "8-5-2",
     {{0}},
     DOWN,
     NAN,
     {{0}},
     "moderate_progress",
     "significant_progress",
     "fair_progress"},
    {"rd-expenditure",
     "9-5-1",
     {{0}},
     UP,
     NAN,
     {{2025, 3.5}},
     "insufficient_progress",
     "moderate_progress",
     "fair_progress"},
    {"lte-coverage",
     "9-c-1",
     {{"type of technology", "lte"}},
     UP,
     100,
     {{0}},
     "moderate_progress",
     "significant_progress",
     "stagnation_or_regression"},
    {"transit-10-min",
     "11-2-1",
     {{"time series", "accessibility within 10 minutes on foot"}},
     UP,
     100,
     {{0}},
     "moderate_progress",
     "moderate_progress",
     "stagnation_or_regression"},
    {"land-consumption",
     "11-3-1",
     {{"Units", "percentage"},
      {"timeseries", "land consumption rate"},
      {"presentation", "annual values"}},
     DOWN,
     NAN,
     {{0}},
     "significant_movement_away",
     "significant_progress",
     "stagnation_or_regression"},
    {"pm25-weighted",
     "11-6-2",
     {{"Series", "population weighted annual mean levels of fine particulate matter"},
      {"level of fine particulate matter", "pm2.5"},
      {"Units", "micrograms per m³"}},
     DOWN,
     NAN,
     {{0}},
     "significant_progress",
     "significant_progress",
     "substantial_progress"},
    {"pm10-exposed",
     "11-6-2",
     {{"Series", "population with excessive exposure to fine particulate matter"},
      {"level of fine particulate matter", "pm10"},
      {"Units", "million inhabitants"}},
     DOWN,
     NAN,
     {{2030, 0}},
     "insufficient_progress",
     "insufficient_progress",
     "on_track"},
    {"recycling-rate",
     "12-5-1",
     {{"Series", "national recycling rate"},
      {"type of waste", "municipal waste"},
      {"Units", "percentage"}},
     UP,
     100,
     {{0}},
     "moderate_progress",
     "moderate_progress",
     "stagnation_or_regression"},
    {"ghg-emissions",
     "13-2-2",
     {{0}},
     DOWN,
     NAN,
     {{2030, 438}, {2040, 150}},
     "insufficient_progress",
     "moderate_progress",
     "fair_progress"},
    {"nature-spending",
     "11-4-1",
     {{"time series", "protection of biodiversity and landscape (cofog 5.4)"}},
     UP,
     NAN,
     {{0}},
     "significant_progress",
     "significant_progress",
     "substantial_progress"},
    {"electricity-access",
     "7-1-1",
     {{"Series", "population with access to electricity"}, {"Units", "percentage"}},
     UP,
     100,
     {{0}},
     "significant_progress",
     "significant_progress",
     "substantial_progress"},
    {"wastewater-treated",
     "6-3-1",
     {{"Series", "wastewater that is safely treated or does not require treatment"},
      {"Units", "percentage"}},
     UP,
     100,
     {{0}},
     "significant_progress",
     "significant_progress",
     "substantial_progress"},
    {"damp-dwellings",
     "11-1-1",
     {{"Series", "population living in a dwelling with a leaking roof, damp walls, floors or "
                 "foundation, or rot in window frames or floor"}},
     DOWN,
     NAN,
     {{0}},
     "significant_movement_away",
     "significant_movement_away",
     "stagnation_or_regression"},
};

enum { N_SERIES = sizeof list / sizeof *list, YEAR0 = 2010, YEARS = 17 /* 2010-2026 */ };

/* --- a small CSV reader: RFC 4180 quotes, CRLF or LF ------------------------ */

typedef struct csv {
    char *text;
    size_t pos, len;
} csv;

/* The next record's fields (pointers into text, unquoted in place); false
 * at the end. */
static bool
csv_record(csv *c, char **fields, size_t cap, size_t *n)
{
    *n = 0;
    if (c->pos >= c->len)
        return false;
    char *out = c->text + c->pos;
    fields[(*n)++] = out;
    bool quoted = false;
    while (c->pos < c->len) {
        char ch = c->text[c->pos++];
        if (quoted) {
            if (ch == '"' && c->pos < c->len && c->text[c->pos] == '"') {
                *out++ = '"';
                c->pos++;
            } else if (ch == '"') {
                quoted = false;
            } else {
                *out++ = ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            *out++ = '\0';
            if (*n < cap)
                fields[(*n)++] = out;
        } else if (ch == '\r' || ch == '\n') {
            if (ch == '\r' && c->pos < c->len && c->text[c->pos] == '\n')
                c->pos++;
            break;
        } else {
            *out++ = ch;
        }
    }
    *out = '\0';
    return true;
}

/* Fill values[YEARS] (NaN when missing) from the series' rows. */
static bool
read_series(const char *real, const series *s, double *values)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/opensdg-de/data/indicator_%s.csv", real, s->file);
    size_t len;
    char *text = charta_read_file(path, &len);
    if (!text)
        return false;
    csv c = {text, 0, len};
    char *head[32], *f[32];
    size_t nh, nf;
    csv_record(&c, head, 32, &nh);
    char *names[32];
    for (size_t i = 0; i < nh; i++)
        names[i] = charta_strdup(head[i]);
    for (int y = 0; y < YEARS; y++)
        values[y] = NAN;
    size_t rows = 0;
    while (csv_record(&c, f, 32, &nf)) {
        if (nf != nh)
            continue;
        bool keep = true;
        int year = 0;
        const char *value = NULL;
        for (size_t i = 0; i < nh && keep; i++) {
            const char *col = names[i];
            if (!strcmp(col, "Year")) {
                year = atoi(f[i]);
                continue;
            }
            if (!strcmp(col, "Value")) {
                value = f[i];
                continue;
            }
            if (!strncmp(col, "COMMENT_", 8) || !strcmp(col, "GeoCode"))
                continue;
            const char *want = "";
            for (size_t k = 0; k < 3 && s->filter[k][0]; k++)
                if (!strcmp(s->filter[k][0], col))
                    want = s->filter[k][1];
            bool national =
                (!strcmp(col, "land") || !strcmp(col, "länder")) && !strcmp(f[i], "germany");
            keep = !strcmp(f[i], want) || (!want[0] && national);
        }
        if (!keep || year < YEAR0 || year >= YEAR0 + YEARS || !value || !value[0])
            continue;
        values[year - YEAR0] = strtod(value, NULL);
        rows++;
    }
    for (size_t i = 0; i < nh; i++)
        free(names[i]);
    free(text);
    return rows > 0;
}

/* --- the stage on a project of these series -------------------------------- */

TEST(eurostat_and_unsd_on_the_german_national_series)
{
    const char *real = check_real_dir();
    if (!real)
        SKIP("../shared/data/real is absent");
    char probe[4096];
    snprintf(probe, sizeof probe, "%s/opensdg-de/data/indicator_13-2-2.csv", real);
    FILE *pf = fopen(probe, "r");
    if (!pf)
        SKIP("opensdg-de is absent");
    fclose(pf);

    charta_project *p = charta_project_new("opensdg-de");
    REQUIRE(p);
    p->indicators = calloc(N_SERIES, sizeof *p->indicators);
    p->n_indicators = N_SERIES;
    for (size_t i = 0; i < N_SERIES; i++) {
        charta_indicator *ind = &p->indicators[i];
        ind->id = charta_strdup(list[i].id);
        ind->unit = charta_strdup("");
        ind->direction = list[i].dir;
        ind->has_limit = !isnan(list[i].limit);
        ind->limit = list[i].limit;
        size_t nt = 0;
        while (nt < 2 && list[i].targets[nt].year)
            nt++;
        ind->targets = calloc(nt ? nt : 1, sizeof *ind->targets);
        ind->n_targets = nt;
        for (size_t t = 0; t < nt; t++)
            ind->targets[t] = (charta_target){.year = list[i].targets[t].year,
                                              .value = list[i].targets[t].value,
                                              .has_value = true};
    }
    charta_diags *d = charta_diags_new();
    charta_dataset *ds = charta_dataset_new();
    charta_dataset_add_area(ds, "DG", "Deutschland", NULL);
    charta_dataset_add_variable(ds, "x", "", "s", CHARTA_AGG_NONE);
    charta_dataset_put(ds, 0, 0, YEAR0, 1, 'A', -1, 0);
    charta_dataset_put(ds, 0, 0, YEAR0 + YEARS - 1, 1, 'A', -1, 0);
    REQUIRE(charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "DG"}, d) == CHARTA_OK);
    REQUIRE(charta_dataset_year_count(ds) == YEARS);
    charta_results *r = charta_results_new(ds, p);
    REQUIRE(r);
    for (size_t i = 0; i < N_SERIES; i++) {
        charta_result *res = charta_results_slot(r, i);
        bool ok = read_series(real, &list[i], res->values);
        if (!ok)
            fprintf(stderr, "no rows for %s\n", list[i].id);
        REQUIRE(ok);
        for (int y = 0; y < YEARS; y++)
            res->status[y] = isnan(res->values[y]) ? 'M' : 'A';
    }
    int counts[3][8] = {{0}};
    const char *methods[] = {"eurostat", "unsd"};
    for (int m = 0; m < 2; m++) {
        charta_progress_opts o = {.method = methods[m]};
        REQUIRE(charta_progress_assess(r, &o, d) == CHARTA_OK);
        for (size_t i = 0; i < N_SERIES; i++) {
            const charta_assessment *a = &charta_results_get(r, i)->assess[0];
            const charta_assessment *got[2] = {a, a->long_term};
            const char *want[2] = {m ? list[i].unsd : list[i].eu_short, list[i].eu_long};
            for (int k = 0; k < (m ? 1 : 2); k++) {
                int failed = check_failed;
                CHECK_STR(got[k]->category, want[k]);
                if (check_failed != failed) {
                    charta_buf b = {0};
                    charta_progress_describe(got[k], "en", &b);
                    fprintf(stderr, "  %s (%s): %s\n", list[i].id, methods[m], b.data);
                    charta_buf_free(&b);
                }
                CHECK(got[k]->level != CHARTA_LEVEL_NONE);
                if (got[k]->level != CHARTA_LEVEL_NONE)
                    counts[m ? 2 : k][got[k]->level - CHARTA_LEVEL_MIN]++;
            }
        }
    }
    /* the distribution, printed for the record */
    const char *what[] = {"eurostat short", "eurostat long", "unsd"};
    for (int k = 0; k < 3; k++) {
        fprintf(stderr, "%s:", what[k]);
        for (int lv = CHARTA_LEVEL_MAX; lv >= CHARTA_LEVEL_MIN; lv--)
            fprintf(stderr, " level %d: %d", lv, counts[k][lv - CHARTA_LEVEL_MIN]);
        fprintf(stderr, "\n");
    }
    /* the targeted series, worked by hand (see the comments at the top) */
    charta_progress_opts o = {.method = "eurostat"};
    REQUIRE(charta_progress_assess(r, &o, d) == CHARTA_OK);
    int ghg = charta_results_find(r, "ghg-emissions");
    const charta_assessment *a = &charta_results_get(r, (size_t)ghg)->assess[0];
    /* 2020 731.0 -> 2025 648.9: CAGR -2.355 %/yr; 438 by 2030 from 2020
     * needs (438/731)^(1/10) - 1 = -4.993 %/yr; RR = 0.4717 */
    CHECK_INT(a->base_year, 2020);
    CHECK_INT(a->latest_year, 2025);
    CHECK_INT(a->target_year, 2030); /* the next milestone, not 2040 */
    CHECK_NUM(a->cagr_actual, (pow(648.9 / 731.0, 0.2) - 1) * 100, 1e-9);
    CHECK_NUM(a->cagr_required, (pow(438.0 / 731.0, 0.1) - 1) * 100, 1e-9);
    CHECK_NUM(a->ratio, a->cagr_actual / a->cagr_required, 1e-12);
    int gpg = charta_results_find(r, "gender-pay-gap");
    a = &charta_results_get(r, (size_t)gpg)->assess[0];
    /* 2020 18 -> 2025 16: -2.329 %/yr; 10 by 2030 needs (10/18)^(1/10) - 1 = -5.713 %/yr */
    CHECK_NUM(a->ratio, (pow(16.0 / 18, 0.2) - 1) / (pow(10.0 / 18, 0.1) - 1), 1e-12);
    int pm = charta_results_find(r, "pm10-exposed");
    a = &charta_results_get(r, (size_t)pm)->assess[0];
    /* target 0: CAGR_r = -100 %; 2018 46.3 -> 2023 0.9 is -54.5 %/yr: RR 0.545 */
    CHECK_NUM(a->cagr_required, -100, 1e-12);
    CHECK_NUM(a->ratio, 1 - pow(0.9 / 46.3, 0.2), 1e-12);
    charta_results_free(r);
    charta_dataset_free(ds);
    charta_project_free(p);
    charta_diags_free(d);
}

TEST_MAIN()
