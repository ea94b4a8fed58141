/* render_fixture.c: the render tests' result set and read-back helpers
 * (render_fixture.h). */
#include "render_fixture.h"

#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/progress.h"

char **
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

void
set_text(charta_text *t, const char *de, const char *en)
{
    t->n = en ? 2 : 1;
    t->lang = en ? strv(2, "de", "en") : strv(1, "de");
    t->text = en ? strv(2, de, en) : strv(1, de);
}

static void
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
}

void
fixture_put(fixture *f, size_t ind, int area, int year, double v, char st)
{
    charta_result *res = charta_results_slot(f->r, ind);
    size_t i = (size_t)area * NY + (size_t)(year - Y0);
    res->values[i] = charta_status_is_missing(st) ? NAN : v;
    res->status[i] = st;
}

void
fixture_assess(fixture *f, size_t ind, int level, const char *category)
{
    charta_result *res = charta_results_slot(f->r, ind);
    free(res->assess);
    res->assess = calloc(N_AREAS, sizeof *res->assess);
    for (size_t a = 0; a < N_AREAS; a++) {
        res->assess[a].method = "eurostat";
        res->assess[a].category = "not_assessable";
        res->assess[a].level = CHARTA_LEVEL_NONE;
        res->assess[a].reason = "";
    }
    res->assess[A_CITY].category = category;
    res->assess[A_CITY].level = level;
}

bool
fixture_init(fixture *f)
{
    memset(f, 0, sizeof *f);
    const char *tmp = getenv("TMPDIR");
    snprintf(f->dir, sizeof f->dir, "%s/charta-render-XXXXXX",
             tmp && strlen(tmp) < 30 ? tmp : "/tmp");
    if (!mkdtemp(f->dir))
        return false;
    char *csv = fixture_path(f, "pop.csv");
    FILE *fp = fopen(csv, "wb");
    free(csv);
    if (!fp || fputs(POP_CSV, fp) < 0 || fclose(fp) != 0)
        return false;

    f->d = charta_diags_new();
    f->ds = charta_dataset_new();
    charta_dataset *ds = f->ds;
    charta_dataset_add_area(ds, "09999000", "Musterstadt", NULL);
    charta_dataset_add_area(ds, "01", NAME_NORD, "09999000");
    charta_dataset_add_area(ds, "0101", NAME_FORMULA, "01");
    charta_dataset_add_area(ds, "02", "Süd", "09999000");
    charta_dataset_add_area(ds, "09162000", "München", NULL); /* a peer root */
    int v = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    int in = charta_dataset_add_input(ds, "pop.csv", "s");
    charta_dataset_set_input_rows(ds, in, 1);
    charta_dataset_set_input_as_of(ds, in, "2025-02-15");
    charta_dataset_put(ds, v, 2, 2020, 10, 'A', in, 2);
    charta_freeze_opts fo = {.year_first = Y0, .year_last = Y0 + NY - 1, .root_code = "09999000"};
    if (charta_dataset_freeze(ds, &fo, f->d) != CHARTA_OK)
        return false;

    charta_project *p = f->p = charta_project_new(f->dir);
    p->city.id = strdup("musterstadt");
    p->city.name = strdup("Musterstadt");
    p->city.languages = strv(2, "de", "en");
    p->city.n_languages = 2;
    set_text(&p->report.title, "Smart-City-Indikatorenbericht", "Smart City indicator report");
    p->sources = calloc(1, sizeof *p->sources);
    p->n_sources = 1;
    p->sources[0].name = strdup("s");
    p->sources[0].file = strdup("pop.csv");
    p->sources[0].licence = strdup("Datenlizenz Deutschland – Namensnennung – Version 2.0");
    p->fields = calloc(3, sizeof *p->fields);
    p->n_fields = 3;
    p->fields[0].id = strdup("HF01");
    set_text(&p->fields[0].title, "Mobilität & Verkehr", "Mobility & transport");
    p->fields[1].id = strdup("HF02");
    set_text(&p->fields[1].title, "Umwelt", "Environment");
    p->fields[2].id = strdup("HF03"); /* no indicators: no sheet */
    set_text(&p->fields[2].title, "Bildung", "Education");
    p->indicators = calloc(3, sizeof *p->indicators);
    add_indicator(p, "modal-split", "HF01", "Anteil Umweltverbund", "Share of sustainable modes",
                  "%", 1);
    p->indicators[0].sdgs = strv(1, "11.2.1");
    p->indicators[0].n_sdgs = 1;
    p->indicators[0].direction = CHARTA_DIR_UP;
    p->indicators[0].loc.file = strdup("indicators/mobil.lua");
    p->indicators[0].loc.line = 3;
    p->indicators[0].compute_src = strdup("function(d)\n  return share(d.pop, d.pop)\nend");
    p->indicators[0].reads = strv(1, "pop");
    p->indicators[0].n_reads = 1;
    add_indicator(p, "co2", "HF02", "CO₂-Emissionen je Einwohner", "CO2 emissions per inhabitant",
                  "t", -1);
    p->indicators[1].sdgs = strv(2, "13.2.2", "11.6.2");
    p->indicators[1].n_sdgs = 2;
    set_text(&p->indicators[1].comment, "Bilanz nach BISKO", "BISKO balance");
    add_indicator(p, "stops", "HF01", "Haltestellen", "Stops", "", 0);

    f->r = charta_results_new(ds, p);
    if (!f->r)
        return false;
    fixture_put(f, I_MODAL, A_CITY, 2020, 41.25, 'A');
    fixture_put(f, I_MODAL, A_CITY, 2021, 1.0 / 3, 'E');
    fixture_put(f, I_MODAL, A_CITY, 2022, 0, 'M');
    fixture_put(f, I_MODAL, A_NORD, 2020, 40, 'A');
    fixture_put(f, I_MODAL, A_NORD, 2021, 0, 'C');
    fixture_put(f, I_MODAL, A_NORD, 2022, 42.5, 'P');
    fixture_put(f, I_MODAL, A_FORMULA, 2020, -1.5, 'A');
    fixture_put(f, I_MODAL, A_FORMULA, 2021, 0.1 + 0.2, 'A');
    fixture_put(f, I_MODAL, A_SUED, 2020, 1234567.891, 'B');
    fixture_put(f, I_MODAL, A_PEER, 2021, 50, 'U');
    fixture_put(f, I_CO2, A_CITY, 2020, 7.5, 'A');
    fixture_put(f, I_CO2, A_CITY, 2021, 7.25, 'A');
    fixture_put(f, I_CO2, A_CITY, 2022, 7, 'E');
    fixture_put(f, I_STOPS, A_CITY, 2020, 12345, 'A');
    return true;
}

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    return remove(path);
}

void
fixture_show_diags(const fixture *f)
{
    for (size_t i = 0; f->d && i < charta_diags_count(f->d); i++) {
        const charta_diag *g = charta_diags_get(f->d, i);
        fprintf(stderr, "  diag: %s: %s\n", g->file ? g->file : "-", g->message);
    }
}

void
fixture_free(fixture *f)
{
    if (getenv("CHARTA_TEST_DIAGS")) /* to read the messages */
        fixture_show_diags(f);
    if (f->dir[0] && strstr(f->dir, "charta-render-") && !getenv("CHARTA_TEST_KEEP"))
        nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    charta_results_free(f->r);
    charta_project_free(f->p);
    charta_dataset_free(f->ds);
    charta_diags_free(f->d);
}

char *
fixture_path(const fixture *f, const char *name)
{
    return charta_asprintf("%s/%s", f->dir, name);
}

/* --- reading outputs back ----------------------------------------------- */

char *
run_output(const char *cmd)
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
        fprintf(stderr, "command failed (%d): %s\n%s", rc, cmd, b.data ? b.data : "");
        charta_buf_free(&b);
        return NULL;
    }
    return charta_buf_take(&b);
}

bool
have_unzip(void)
{
    return system("command -v unzip >/dev/null 2>&1") == 0;
}

bool
have_openpyxl(void)
{
    return access("/usr/bin/python3", X_OK) == 0 &&
           system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") == 0;
}

char *
unzip_part(const char *zip, const char *member)
{
    char *cmd = charta_asprintf("unzip -p '%s' '%s'", zip, member);
    char *out = run_output(cmd);
    free(cmd);
    return out;
}

char *
cell_xml(const char *sheet, const char *ref)
{
    char *needle = charta_asprintf("<c r=\"%s\"", ref);
    const char *s = strstr(sheet, needle);
    free(needle);
    if (!s)
        return NULL;
    const char *e = strstr(s, "</c>");
    const char *e2 = strstr(s, "/>");
    if (e2 && (!e || e2 < e) && e2 < strchr(s, '>') + 1)
        e = e2; /* <c r=".." s=".."/> */
    return e ? charta_strndup(s, (size_t)(e - s) + (e == e2 ? 2 : 4)) : NULL;
}

size_t
count_of(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; p && (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

bool
same_file(const char *a, const char *b)
{
    size_t na, nb;
    char *da = charta_read_file(a, &na), *db = charta_read_file(b, &nb);
    bool same = da && db && na == nb && memcmp(da, db, na) == 0;
    free(da);
    free(db);
    return same;
}

size_t
count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

char *
read_cells(const char *xlsx, const char *const *refs, size_t n)
{
    charta_buf cmd = {0};
    charta_buf_printf(&cmd, "/usr/bin/python3 '%s/tests/tools/read_xlsx.py' '%s'",
                      CHARTA_SOURCE_DIR, xlsx);
    for (size_t i = 0; i < n; i++)
        charta_buf_printf(&cmd, " '%s'", refs[i]);
    char *out = cmd.data ? run_output(cmd.data) : NULL;
    charta_buf_free(&cmd);
    return out;
}
