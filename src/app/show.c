/* show.c: what `charta show` prints: one indicator's values per area and year, the
 * legend of the status letters and the progress of each area, into buffers that
 * main.c prints (STYLE rule 6). */
#include "show.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/messages.h"
#include "charta/printable.h"
#include "charta/progress.h"

/* Titles, ids, units and area names come from scripts and data files: what
 * reaches the terminal is their printable form (printable.h). */
typedef struct shown {
    char s[1024];
} shown;

static const char *
shown_text(shown *b, const char *s)
{
    return charta_printable_into(b->s, sizeof b->s, s ? s : "", s ? strlen(s) : 0);
}

static void
format_value(double v, int decimals, char *out, size_t n)
{
    if (decimals >= 0)
        snprintf(out, n, "%.*f", decimals, v);
    else {
        char buf[32];
        snprintf(out, n, "%s", charta_format_double(v, buf));
    }
}

static int
window_first(const charta_project *p, const charta_dataset *ds)
{
    int f = p->city.year_first ? p->city.year_first : charta_dataset_year_first(ds);
    return f;
}

static int
window_last(const charta_project *p, const charta_dataset *ds, int year)
{
    if (year)
        return year;
    return p->city.year_last
               ? p->city.year_last
               : charta_dataset_year_first(ds) + (int)charta_dataset_year_count(ds) - 1;
}


/* The areas --areas names ("01051,01,DG"), as a flag per area (malloc'd); NULL and
 * *rc = 64 after an unknown code (printed, with the nearest code), *rc = 71 without
 * memory. */
static bool *
areas_shown(const charta_dataset *ds, const char *list, int *rc, charta_buf *err)
{
    size_t n = charta_dataset_area_count(ds);
    bool *mask = calloc(n ? n : 1, sizeof *mask);
    char *copy = charta_strdup(list);
    *rc = 71;
    if (!mask || !copy) {
        free(mask);
        free(copy);
        return NULL;
    }
    char *save = NULL;
    for (char *code = strtok_r(copy, ",", &save); code; code = strtok_r(NULL, ",", &save)) {
        while (*code == ' ')
            code++;
        int a = charta_dataset_find_area(ds, code);
        if (a >= 0) {
            mask[a] = true;
            continue;
        }
        const char **codes = calloc(n + 1, sizeof *codes);
        for (size_t i = 0; codes && i < n; i++)
            codes[i] = charta_dataset_area(ds, i)->code;
        const char *s = codes ? charta_suggest(code, codes, n) : NULL;
        charta_buf_printf(err, "charta: %s: ", _("error"));
        charta_buf_printf(err, _("--areas: no area '%s' in this project%s%s%s"), code,
                s ? _(" (did you mean '") : "", s ? s : "", s ? "'?)" : "");
        charta_buf_printf(err, "\n");
        free(codes);
        free(copy);
        free(mask);
        *rc = 64;
        return NULL;
    }
    free(copy);
    return mask;
}

int
charta_show(const charta_run *run, const char *id, const char *lang, int year, const char *areas,
            charta_buf *out, charta_buf *err)
{
    const charta_project *p = charta_run_project_of(run);
    const charta_dataset *ds = charta_run_dataset(run);
    const charta_results *res = charta_run_results(run);
    int k = charta_results_find(res, id);
    if (k < 0) {
        const char **ids = calloc(p->n_indicators + 1, sizeof *ids);
        for (size_t i = 0; ids && i < p->n_indicators; i++)
            ids[i] = p->indicators[i].id;
        const char *s = ids ? charta_suggest(id, ids, p->n_indicators) : NULL;
        charta_buf_printf(err, "charta: %s: ", _("error"));
        charta_buf_printf(err, charta_message(CHARTA_MSG_NO_SUCH_INDICATOR), id,
                s ? _(" (did you mean '") : "", s ? s : "", s ? "'?)" : "");
        charta_buf_printf(err, "\n");
        free(ids);
        return 64;
    }
    bool *mask = NULL;
    if (areas) {
        int rc;
        if (!(mask = areas_shown(ds, areas, &rc, err)))
            return rc;
    }
    lang = charta_project_lang(p, lang);
    const charta_result *r = charta_results_get(res, (size_t)k);
    const charta_indicator *ind = r->indicator;
    shown b1, b2;
    charta_buf_printf(out, "%s  %s\n", shown_text(&b1, ind->id),
           shown_text(&b2, charta_text_get(&ind->title, lang, "en")));
    charta_buf_printf(out, _("field %s"), shown_text(&b1, ind->field));
    for (size_t s = 0; s < ind->n_sdgs; s++)
        charta_buf_printf(out, "%s%s", s ? ", " : " · SDG ", shown_text(&b1, ind->sdgs[s]));
    const char *unit = charta_indicator_unit(ind, lang);
    charta_buf_printf(out, _(" · unit %s · direction %s\n"), unit[0] ? shown_text(&b1, unit) : "-",
           ind->direction == CHARTA_DIR_UP     ? "up"
           : ind->direction == CHARTA_DIR_DOWN ? "down"
                                               : "none");
    for (size_t t = 0; t < ind->n_targets; t++) {
        char buf[32];
        if (ind->targets[t].has_value)
            charta_buf_printf(out, _("target %d: %s\n"), ind->targets[t].year,
                   charta_format_double(ind->targets[t].value, buf));
        else
            charta_buf_printf(out, _("target %d: %+g %% from %d\n"), ind->targets[t].year, ind->targets[t].change,
                   ind->targets[t].base);
    }
    charta_buf_printf(out, _("declared at %s:%d\n\n"), shown_text(&b1, ind->loc.file), ind->loc.line);
    int yf = window_first(p, ds), yl = window_last(p, ds, year);
    int y0 = charta_dataset_year_first(ds);
    size_t ny = charta_dataset_year_count(ds);
    charta_buf_printf(out, "%-34s", "");
    for (int y = yf; y <= yl; y++)
        charta_buf_printf(out, " %11d", y);
    charta_buf_printf(out, "\n");
    for (size_t a = 0; a < charta_dataset_area_count(ds); a++) {
        if (mask && !mask[a])
            continue;
        const charta_area *ar = charta_dataset_area(ds, a);
        char label[256];
        snprintf(label, sizeof label, "%*s%s %s", ar->level * 2, "", shown_text(&b1, ar->code),
                 shown_text(&b2, ar->name));
        /* pad by characters, not bytes (names have umlauts) */
        size_t chars = 0;
        for (const char *c = label; *c; c++)
            chars += ((unsigned char)*c & 0xC0) != 0x80;
        if (chars > 34) {
            size_t keep = 0, seen = 0;
            for (const char *c = label; *c && seen < 33; c++, keep++)
                seen += ((unsigned char)c[1] & 0xC0) != 0x80;
            label[keep] = '\0';
            chars = 33;
        }
        charta_buf_printf(out, "%s%*s", label, (int)(34 - chars), "");
        for (int y = yf; y <= yl; y++) {
            if (y < y0 || y >= y0 + (int)ny) {
                charta_buf_printf(out, " %11s", "");
                continue;
            }
            size_t c = a * ny + (size_t)(y - y0);
            char st = r->status[c], v[40];
            if (st == 'M' || st == 'C')
                snprintf(v, sizeof v, "%s", st == 'C' ? "(C)" : "-");
            else {
                format_value(r->values[c], ind->decimals, v, sizeof v - 2);
                if (st != 'A') {
                    size_t l = strlen(v);
                    v[l] = st;
                    v[l + 1] = '\0';
                }
            }
            charta_buf_printf(out, " %11s", v);
        }
        charta_buf_printf(out, "\n");
    }
    charta_buf_printf(out, "\n%s\n", _("- missing · E estimated · P provisional · B break in series · U low "
                        "reliability · (C) confidential"));
    charta_buf b = {0};
    charta_progress_show(res, (size_t)k, lang, mask, &b);
    free(mask);
    charta_buf text = {0}; /* the reasons quote the scripts' notes */
    if (b.data)
        charta_buf_put_printable(&text, b.data, b.len, 0, true);
    if (text.data)
        charta_buf_printf(out, "\n%s", text.data);
    charta_buf_free(&text);
    charta_buf_free(&b);
    return 0;
}

