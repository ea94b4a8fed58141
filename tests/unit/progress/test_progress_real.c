/* eurostat and unsd on the German national SDG series (../shared/data/real/
 * opensdg-de: the Open SDG data behind sdg-indikatoren.de, Destatis; see its
 * SOURCE.md). Skipped when the shared data are absent.
 *
 * The series, their targets (from the German Sustainability Strategy where
 * one is set for the series) and the categories each method gives them are
 * the table progress_real_cases.tsv, written by tests/tools/gen_progress_real.py
 * from the methods' published descriptions without charta (the ctest test
 * generated/progress_real_cases checks that the table is its output); the
 * targeted ones are worked by hand at the end.
 */
#include "check.h"

#include "charta/progress.h"
#include "charta/results.h"
#include "charta/util.h"

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

enum { MAX_SERIES = 64, YEAR0 = 2010, YEARS = 17 /* 2010-2026 */ };

static series list[MAX_SERIES];
static size_t n_series;
static char *cases_text; /* the table, cut in place: list points into it */

/* s up to the next sep (cut there) into *field; the rest after sep, or NULL. */
static char *
cut(char *s, const char *sep, char **field)
{
    *field = s;
    char *at = s ? strstr(s, sep) : NULL;
    if (!at)
        return NULL;
    *at = '\0';
    return at + strlen(sep);
}

/* One row of the table (a line, cut from the next) into list[n_series];
 * false when it is malformed. */
static bool
parse_case(char *line)
{
    if (n_series == MAX_SERIES)
        return false;
    series *c = &list[n_series];
    char *f[9];
    char *rest = line;
    for (int i = 0; i < 9; i++) {
        if (!rest)
            return false; /* fewer than nine fields */
        rest = cut(rest, "\t", &f[i]);
    }
    if (rest)
        return false; /* more */
    c->id = f[0];
    c->file = f[1];
    char *filters = f[2];
    for (int k = 0; k < 3 && filters && filters[0]; k++) {
        char *one;
        filters = cut(filters, " | ", &one);
        char *value = strchr(one, '=');
        if (!value)
            return false;
        *value = '\0';
        c->filter[k][0] = one;
        c->filter[k][1] = value + 1;
    }
    if (filters && filters[0])
        return false; /* a fourth filter */
    if (strcmp(f[3], "up") != 0 && strcmp(f[3], "down") != 0)
        return false;
    c->dir = f[3][0] == 'u' ? CHARTA_DIR_UP : CHARTA_DIR_DOWN;
    c->limit = f[4][0] ? strtod(f[4], NULL) : NAN;
    char *targets = f[5];
    for (int t = 0; t < 2 && targets && targets[0]; t++) {
        char *one;
        targets = cut(targets, ";", &one);
        const char *colon = strchr(one, ':');
        if (!colon)
            return false;
        c->targets[t] = (target){atoi(one), strtod(colon + 1, NULL)};
    }
    if (targets && targets[0])
        return false; /* a third target */
    c->eu_short = f[6];
    c->eu_long = f[7];
    c->unsd = f[8];
    n_series++;
    return true;
}

/* Read progress_real_cases.tsv into list; false when it cannot be read. */
static bool
load_cases(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/unit/progress/progress_real_cases.tsv",
             check_source_dir());
    size_t len;
    cases_text = charta_read_file(path, &len);
    if (!cases_text)
        return false;
    bool header = false;
    for (char *line = cases_text; line && *line;) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (line[0] == '#') {
            line = next;
            continue;
        }
        if (!header) {
            header = strncmp(line, "id\tfile\t", 8) == 0;
            if (!header)
                return false;
        } else if (!parse_case(line)) {
            fprintf(stderr, "progress_real_cases.tsv: cannot read the row of %.40s\n", line);
            return false;
        }
        line = next;
    }
    return header && n_series > 0;
}

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
    REQUIRE(load_cases());
    CHECK_INT(n_series, 20);

    charta_project *p = charta_project_new("opensdg-de");
    REQUIRE(p);
    p->indicators = calloc(n_series, sizeof *p->indicators);
    p->n_indicators = n_series;
    for (size_t i = 0; i < n_series; i++) {
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
    for (size_t i = 0; i < n_series; i++) {
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
        for (size_t i = 0; i < n_series; i++) {
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
    free(cases_text);
}

TEST_MAIN()
