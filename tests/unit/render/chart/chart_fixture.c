/* chart_fixture.c: the hand-built result set of the chart tests. */
#include "chart_fixture.h"

#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "charta/util.h"

static char **
strv(size_t n, ...)
{
    char **v = calloc(n ? n : 1, sizeof *v);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        v[i] = strdup(va_arg(ap, const char *));
    va_end(ap);
    return v;
}

static void
set_text(charta_text *t, const char *de, const char *en)
{
    t->n = 2;
    t->lang = strv(2, "de", "en");
    t->text = strv(2, de, en);
}

static charta_indicator *
add_indicator(charta_project *p, const char *id, const char *field, const char *de, const char *en,
              const char *unit, int decimals)
{
    charta_indicator *ind = &p->indicators[p->n_indicators++];
    memset(ind, 0, sizeof *ind);
    ind->id = strdup(id);
    ind->field = strdup(field);
    set_text(&ind->title, de, en);
    ind->unit = strdup(unit);
    ind->decimals = decimals;
    ind->compute_ref = -2; /* LUA_NOREF */
    return ind;
}

void
fixture_put(chart_fixture *f, size_t ind, int area, int year, double v, char st)
{
    charta_result *res = charta_results_slot(f->r, ind);
    size_t i = (size_t)area * FX_NY + (size_t)(year - FX_Y0);
    res->values[i] = charta_status_is_missing(st) ? NAN : v;
    res->status[i] = st;
}

bool
fixture_init(chart_fixture *f)
{
    return fixture_init_extra(f, 0);
}

bool
fixture_init_extra(chart_fixture *f, size_t extra)
{
    memset(f, 0, sizeof *f);
    f->d = charta_diags_new();
    charta_dataset *ds = f->ds = charta_dataset_new();
    charta_dataset_add_area(ds, "C", "Teststadt", NULL);
    charta_dataset_add_area(ds, "1", "Nord", "C");
    charta_dataset_add_area(ds, "2", "Süd", "C");
    charta_dataset_add_area(ds, "3", "West", "C");
    charta_dataset_add_area(ds, "P", "Land", NULL);
    int v = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    charta_dataset_put(ds, v, 1, FX_Y0, 10, 'A', -1, 1);
    charta_freeze_opts fo = {.year_first = FX_Y0, .year_last = FX_Y0 + FX_NY - 1, .root_code = "C"};
    if (charta_dataset_freeze(ds, &fo, f->d) != CHARTA_OK)
        return false;

    charta_project *p = f->p = charta_project_new("teststadt");
    p->city.id = strdup("teststadt");
    p->city.name = strdup("Teststadt");
    p->city.code = strdup("C");
    p->city.languages = strv(2, "de", "en");
    p->city.n_languages = 2;
    p->city.year_first = FX_Y0;
    p->city.year_last = FX_Y0 + FX_NY - 1;
    set_text(&p->report.title, "Indikatorenbericht Teststadt", "Teststadt indicator report");
    p->report.focus = strv(2, "1", "2");
    p->report.n_focus = 2;
    p->report.benchmarks = strv(1, "P");
    p->report.n_benchmarks = 1;
    p->fields = calloc(2, sizeof *p->fields);
    p->n_fields = 2;
    p->fields[0].id = strdup("F1");
    set_text(&p->fields[0].title, "Erstes Feld", "First field");
    set_text(&p->fields[0].description, "Das erste Feld.", "The first field.");
    p->fields[1].id = strdup("F2");
    set_text(&p->fields[1].title, "Zweites Feld", "Second field");
    p->indicators = calloc(N_IND + extra, sizeof *p->indicators);
    charta_indicator *ind =
        add_indicator(p, "wert", "F1", "Ein Wert mit Ziel", "A value with a target", "EW", 1);
    ind->sdgs = strv(1, "11.2.1");
    ind->n_sdgs = 1;
    ind->direction = CHARTA_DIR_UP;
    ind->targets = calloc(1, sizeof *ind->targets);
    ind->targets[0] = (charta_target){.year = 2030, .value = 1500, .has_value = true};
    ind->n_targets = 1;
    set_text(&ind->comment, "Ein Kommentar der Stadt.", "A comment of the city.");
    add_indicator(p, "klein", "F1", "Kleine Werte", "Small values", "%", -1);
    ind = add_indicator(p, "negativ", "F2", "Negative Werte", "Negative values", "t", 1);
    ind->direction = CHARTA_DIR_DOWN;
    ind->sdgs = strv(1, "13.2.2");
    ind->n_sdgs = 1;
    add_indicator(p, "leer", "F2", "Ohne Werte", "Without values", "", 0);
    add_indicator(p, "eins", "F2", "Ein einziger Wert", "A single value", "", 0);
    for (size_t k = 0; k < extra; k++) {
        char id[32], de[96], en[96];
        snprintf(id, sizeof id, "x%03zu", k + 1);
        snprintf(de, sizeof de, "Zusätzlicher Indikator Nummer %zu mit langem Titel", k + 1);
        snprintf(en, sizeof en, "Additional indicator number %zu with a long title", k + 1);
        add_indicator(p, id, "F2", de, en, "EW", 1);
    }

    f->r = charta_results_new(ds, p);
    if (!f->r)
        return false;
    for (int k = 0; k < FX_NY; k++) {
        int y = FX_Y0 + k;
        char st = y == 2023 ? 'E' : y == 2024 ? 'P' : 'A';
        fixture_put(f, IND_VALUE, A_CITY, y, 1234.5 + 10 * k, st);
        if (y != 2019)
            fixture_put(f, IND_VALUE, A_NORD, y, 900 + 5 * k, 'A');
        fixture_put(f, IND_VALUE, A_SUED, y, 600 + 5 * k, y == 2021 ? 'B' : 'A');
        fixture_put(f, IND_VALUE, A_WEST, y, 400, 'A');
        fixture_put(f, IND_VALUE, A_LAND, y, 1100 + 5 * k, 'A');
        fixture_put(f, IND_SMALL, A_CITY, y, 0.0037 * k / (FX_NY - 1), 'A');
        fixture_put(f, IND_NEG, A_CITY, y, -12 + 15.0 * k / (FX_NY - 1), 'A');
    }
    fixture_put(f, IND_ONE, A_CITY, 2020, 42, 'A');
    for (size_t k = 0; k < extra; k++)
        for (int y = FX_Y0; y < FX_Y0 + FX_NY; y++)
            fixture_put(f, N_IND + k, A_CITY, y, 1000 + (double)k + y - FX_Y0, 'A');

    const char *tmp = getenv("TMPDIR");
    snprintf(f->dir, sizeof f->dir, "%s/charta-charts-XXXXXX",
             tmp && strlen(tmp) < 40 ? tmp : "/tmp");
    return mkdtemp(f->dir) != NULL;
}

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    return remove(path);
}

void
fixture_free(chart_fixture *f)
{
    if (f->dir[0] && !getenv("CHARTA_KEEP_TEST_OUTPUT"))
        nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    charta_results_free(f->r);
    charta_project_free(f->p);
    charta_dataset_free(f->ds);
    charta_diags_free(f->d);
}

const char *
fixture_path(const chart_fixture *f, const char *name)
{
    static char buf[512];
    snprintf(buf, sizeof buf, "%s/%s", f->dir, name);
    return buf;
}

static void
fake_measure(void *ud, const char *text, double size, bool bold, charta_text_extents *out)
{
    (void)ud;
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        chars += (*p & 0xC0) != 0x80;
    out->width = (double)chars * size * (bold ? 0.65 : 0.6);
    out->height = size * 1.2;
    out->ascent = size * 0.95;
}

charta_measurer
fixture_measurer(void)
{
    return (charta_measurer){fake_measure, NULL};
}

bool
fixture_have_tool(const char *tool)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "%s -v >/dev/null 2>&1", tool);
    return system(cmd) == 0;
}

char *
fixture_run(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    charta_buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        charta_buf_append(&b, chunk, n);
    int rc = pclose(p);
    charta_buf_append(&b, "", 0);
    if (rc != 0) {
        charta_buf_free(&b);
        return NULL;
    }
    return charta_buf_take(&b);
}
