/* listing.c: what `charta list` shows, as text for main.c to print. */
#include "listing.h"

#include <stdio.h>
#include <string.h>

#include "charta/coverage.h"
#include "charta/dataset.h"
#include "charta/i18n.h"
#include "charta/printable.h"
#include "charta/project.h"
#include "charta/results.h"

/* s (from a script or a data file) in its printable form, left-aligned in width
 * characters (not bytes: units have umlauts), at least one space after it. */
static void
put_padded(charta_buf *out, const char *raw, int width)
{
    char s[1024];
    charta_printable_into(s, sizeof s, raw ? raw : "", raw ? strlen(raw) : 0);
    int chars = 0;
    for (const char *c = s; *c; c++)
        chars += ((unsigned char)*c & 0xC0) != 0x80;
    charta_buf_printf(out, "%s%*s", s, chars < width ? width - chars : 1, "");
}

static void
put_text(charta_buf *out, const char *raw)
{
    char s[1024];
    charta_buf_puts(out, charta_printable_into(s, sizeof s, raw ? raw : "", raw ? strlen(raw) : 0));
}

/* Where the indicator comes from: the library that ships it, or the city's file:line
 * (with the shipped one it extends). */
static void
put_origin(charta_buf *out, const charta_indicator *ind)
{
    char where[600];
    if (ind->origin)
        snprintf(where, sizeof where, "%s", ind->origin);
    else if (ind->extends)
        snprintf(where, sizeof where, "%s:%d < %s", ind->loc.file ? ind->loc.file : "?",
                 ind->loc.line, ind->extends);
    else
        snprintf(where, sizeof where, "%s:%d", ind->loc.file ? ind->loc.file : "?", ind->loc.line);
    put_padded(out, where, 30);
}

static void
put_coverage(charta_buf *out, const charta_project *p, const char *lang)
{
    charta_coverage *c = charta_coverage_new(p);
    if (!c) {
        out->oom = true;
        return;
    }
    charta_buf_printf(out, "\n%s\n\n", _("indicators per action field and SDG"));
    put_padded(out, "", 8);
    for (int g = 1; g <= CHARTA_SDG_GOALS; g++)
        charta_buf_printf(out, "%3d", g);
    charta_buf_printf(out, "  %s\n", _("action field"));
    for (size_t f = 0; f < p->n_fields; f++) {
        put_padded(out, p->fields[f].id, 8);
        for (int g = 1; g <= CHARTA_SDG_GOALS; g++) {
            size_t n = charta_coverage_at(c, f, g);
            if (n)
                charta_buf_printf(out, "%3zu", n);
            else
                charta_buf_puts(out, "  .");
        }
        charta_buf_puts(out, "  ");
        put_text(out, charta_text_get(&p->fields[f].title, lang, "en"));
        charta_buf_puts(out, "\n");
    }
    put_padded(out, _("all"), 8);
    for (int g = 0; g < CHARTA_SDG_GOALS; g++)
        charta_buf_printf(out, "%3zu", c->total[g]);
    charta_buf_printf(out, "\n\n%s ", _("SDGs without an indicator:"));
    for (size_t k = 0; k < c->n_missing; k++)
        charta_buf_printf(out, "%s%d", k ? ", " : "", c->missing[k]);
    charta_buf_printf(out, "%s\n", c->n_missing ? "" : _("none"));
    charta_coverage_free(c);
}

void
charta_listing(const charta_run *run, const char *lang, int year, bool coverage, charta_buf *out)
{
    const charta_project *p = charta_run_project_of(run);
    const charta_dataset *ds = charta_run_dataset(run);
    const charta_results *res = charta_run_results(run);
    lang = charta_project_lang(p, lang);
    size_t na = charta_dataset_area_count(ds), ny = charta_dataset_year_count(ds);
    int y0 = charta_dataset_year_first(ds);
    int yf = p->city.year_first ? p->city.year_first : y0;
    int yl = year ? year : p->city.year_last ? p->city.year_last : y0 + (int)ny - 1;
    put_text(out, p->city.name);
    charta_buf_puts(out, " (");
    put_text(out, p->city.id);
    size_t nv = charta_dataset_variable_count(ds);
    char areas[64], variables[64], indicators[64];
    snprintf(areas, sizeof areas, charta_trn("%zu area", "%zu areas", na), na);
    snprintf(variables, sizeof variables, charta_trn("%zu variable", "%zu variables", nv), nv);
    snprintf(indicators, sizeof indicators,
             charta_trn("%zu indicator", "%zu indicators", p->n_indicators), p->n_indicators);
    /* TRANSLATORS: after "city (id)": areas, first-last year, variables, indicators */
    charta_buf_printf(out, _("): %s, years %d-%d, %s, %s"), areas, yf, yl, variables, indicators);
    charta_buf_puts(out, "\n\n  ");
    put_padded(out, _("indicator"), 34);
    put_padded(out, _("SDG"), 15);
    put_padded(out, _("unit"), 17);
    put_padded(out, _("coverage"), 10);
    put_padded(out, _("from"), 30);
    charta_buf_printf(out, "%s\n", _("title"));
    for (size_t f = 0; f < p->n_fields; f++) {
        const charta_field *fld = &p->fields[f];
        bool any = false;
        for (size_t i = 0; i < p->n_indicators && !any; i++)
            any = strcmp(p->indicators[i].field, fld->id) == 0;
        if (!any)
            continue;
        charta_buf_puts(out, "\n");
        put_text(out, fld->id);
        charta_buf_puts(out, "  ");
        put_text(out, charta_text_get(&fld->title, lang, "en"));
        charta_buf_puts(out, "\n");
        for (size_t i = 0; i < p->n_indicators; i++) {
            const charta_indicator *ind = &p->indicators[i];
            if (strcmp(ind->field, fld->id) != 0)
                continue;
            const charta_result *r = charta_results_get(res, i);
            size_t have = 0, total = 0;
            for (size_t a = 0; a < na; a++)
                for (int y = yf; y <= yl; y++) {
                    if (y < y0 || y >= y0 + (int)ny)
                        continue;
                    char st = r->status[a * ny + (size_t)(y - y0)];
                    total++;
                    have += !(st == 'M' || st == 'C');
                }
            charta_buf sdg = {0};
            for (size_t s = 0; s < ind->n_sdgs; s++)
                charta_buf_printf(&sdg, "%s%s", s ? "," : "", ind->sdgs[s]);
            charta_buf_puts(out, "  ");
            put_padded(out, ind->id, 34);
            put_padded(out, sdg.data ? sdg.data : "-", 15);
            charta_buf_free(&sdg);
            const char *unit = charta_indicator_unit(ind, lang);
            put_padded(out, unit[0] ? unit : "-", 17);
            charta_buf_printf(out, "%3.0f %%    ",
                              total ? 100.0 * (double)have / (double)total : 0);
            put_origin(out, ind);
            put_text(out, charta_text_get(&ind->title, lang, "en"));
            charta_buf_puts(out, "\n");
        }
    }
    charta_buf_puts(out, "\n");
    charta_buf_printf(out, _("(coverage: the area-years with a value in %d-%d)"), yf, yl);
    charta_buf_puts(out, "\n");
    if (p->n_unavailable) {
        charta_buf_puts(out, "\n");
        charta_buf_printf(out,
                          charta_trn("left out, for the data lack what it needs (%zu shipped "
                                     "indicator):",
                                     "left out, for the data lack what they need (%zu shipped "
                                     "indicators):",
                                     p->n_unavailable),
                          p->n_unavailable);
        charta_buf_puts(out, "\n");
        for (size_t i = 0; i < p->n_unavailable; i++) {
            const charta_unavailable *u = &p->unavailable[i];
            charta_buf_puts(out, "  ");
            put_padded(out, u->id, 34);
            charta_buf_printf(out, "%s '", _("needs"));
            put_text(out, u->missing);
            charta_buf_puts(out, "' (");
            put_text(out, u->origin);
            charta_buf_puts(out, ")\n");
        }
    }
    if (coverage)
        put_coverage(out, p, lang);
}
