/* progress_vocab.c: the vocabulary of the progress methods (progress.h): for each
 * category of a method its words (German and English), its symbol and its colour,
 * the one place every renderer takes them from. A built-in method's terms are a
 * table here, best first; a city's progress_method declares its own (or gets its
 * code as words and the level's symbol and colour).
 */
#include <string.h>

#include "progress_internal.h"

/* Symbols: one character each that DejaVu Sans has, so the PDF, the charts and a
 * spreadsheet show the same glyph; they keep the verdict legible in greyscale. */
#define SYM_MET "\xE2\x9C\x94"     /* ✔ */
#define SYM_3 "\xE2\x87\x91"       /* ⇑ */
#define SYM_2 "\xE2\x86\x91"       /* ↑ */
#define SYM_1 "\xE2\x86\x97"       /* ↗ */
#define SYM_0 "\xE2\x86\x92"       /* → */
#define SYM_M1 "\xE2\x86\x98"      /* ↘ */
#define SYM_M2 "\xE2\x86\x93"      /* ↓ */
#define SYM_NONE "\xE2\x80\x93"    /* – */
#define SYM_SUN "\xE2\x98\x80"     /* ☀ */
#define SYM_PARTLY "\xE2\x97\x90"  /* ◐ */
#define SYM_CLOUD "\xE2\x98\x81"   /* ☁ */
#define SYM_THUNDER "\xE2\x9A\xA1" /* ⚡ */

/* ColorBrewer RdYlBu (blue is good; safe for colour-blind readers), its darkest
 * blue for a met target, grey for not assessable. */
enum {
    COL_MET = 0x313695,
    COL_3 = 0x4575B4,
    COL_2 = 0x74ADD1,
    COL_1 = 0xABD9E9,
    COL_0 = 0xFEE090,
    COL_M1 = 0xF46D43,
    COL_M2 = 0xD73027,
    COL_NONE = 0xD9D9D9,
};

const char *
charta_progress_level_symbol(int level)
{
    static const char *const sym[6] = {SYM_3, SYM_2, SYM_1, SYM_0, SYM_M1, SYM_M2};
    return level >= CHARTA_LEVEL_MIN && level <= CHARTA_LEVEL_MAX ? sym[3 - level] : SYM_NONE;
}

unsigned
charta_progress_level_colour(int level)
{
    static const unsigned col[6] = {COL_3, COL_2, COL_1, COL_0, COL_M1, COL_M2};
    return level >= CHARTA_LEVEL_MIN && level <= CHARTA_LEVEL_MAX ? col[3 - level] : COL_NONE;
}

/* A row of a built-in method's vocabulary. target: 1 the wording with a
 * target, 0 without, -1 either. */
typedef struct term_row {
    const char *code;
    int target;
    int level;
    const char *symbol;
    unsigned colour;
    const char *de, *en;
} term_row;

#define MET {"target_met", 1, 3, SYM_MET, COL_MET, "Ziel erreicht", "target met"}
#define NOT_ASSESSABLE(code)                                                                       \
    {code, -1, CHARTA_LEVEL_NONE, SYM_NONE, COL_NONE, "nicht bewertbar", "not assessable"}

static const term_row eurostat_terms[] = {
    MET,
    {"significant_progress", 1, 3, SYM_3, COL_3, "deutliche Fortschritte zum Ziel",
     "significant progress towards the target"},
    {"significant_progress", 0, 2, SYM_2, COL_2, "deutliche Fortschritte",
     "significant progress"},
    {"moderate_progress", 1, 1, SYM_1, COL_1, "mäßige Fortschritte zum Ziel",
     "moderate progress towards the target"},
    {"moderate_progress", 0, 1, SYM_1, COL_1, "mäßige Fortschritte", "moderate progress"},
    {"insufficient_progress", -1, 0, SYM_0, COL_0, "unzureichende Fortschritte zum Ziel",
     "insufficient progress towards the target"},
    {"movement_away", -1, -1, SYM_M1, COL_M1, "Entfernung vom Ziel",
     "movement away from the target"},
    {"moderate_movement_away", -1, -1, SYM_M1, COL_M1,
     "leichte Entwicklung in die falsche Richtung", "moderate movement away"},
    {"significant_movement_away", -1, -2, SYM_M2, COL_M2,
     "deutliche Entwicklung in die falsche Richtung", "significant movement away"},
    NOT_ASSESSABLE("not_assessable"),
};

static const term_row unsd_terms[] = {
    MET,
    {"on_track", -1, 3, SYM_3, COL_3, "auf Kurs", "on track"},
    {"substantial_progress", -1, 2, SYM_2, COL_2, "deutliche Fortschritte",
     "substantial progress"},
    {"fair_progress", -1, 1, SYM_1, COL_1, "Fortschritte, Beschleunigung nötig",
     "fair progress, acceleration needed"},
    {"stagnation_or_regression", -1, -1, SYM_M1, COL_M1, "Stillstand oder Rückschritt",
     "stagnation or regression"},
    NOT_ASSESSABLE("not_assessable"),
};

static const term_row statcan_terms[] = {
    {"target_achieved", -1, 3, SYM_MET, COL_MET, "Ziel erreicht", "target achieved"},
    {"substantial_progress", 1, 3, SYM_3, COL_3, "deutliche Fortschritte zum Ziel",
     "substantial progress towards the target"},
    {"substantial_progress", 0, 2, SYM_2, COL_2, "deutliche Fortschritte",
     "substantial progress"},
    {"moderate_progress", -1, 1, SYM_1, COL_1, "mäßige Fortschritte", "moderate progress"},
    {"limited_progress", -1, 0, SYM_0, COL_0, "geringe Fortschritte", "limited progress"},
    {"deterioration", -1, -1, SYM_M1, COL_M1, "Verschlechterung", "deterioration"},
    NOT_ASSESSABLE("not_available"),
};

/* The Sustainability Strategy's own weather: its words name the symbols. */
static const term_row dns_terms[] = {
    MET,
    {"sun", -1, 3, SYM_SUN, COL_3, "Sonne", "sun"},
    {"partly_cloudy", -1, 2, SYM_PARTLY, COL_2, "leicht bewölkt", "partly cloudy"},
    {"cloudy", -1, 0, SYM_CLOUD, COL_0, "bewölkt", "cloudy"},
    {"thunderstorm", -1, -1, SYM_THUNDER, COL_M1, "Gewitter", "thunderstorm"},
    NOT_ASSESSABLE("not_assessable"),
};

static const term_row na_terms[] = {NOT_ASSESSABLE("not_assessable")};

#define ROWS(a) a, sizeof a / sizeof *a

static const term_row *
builtin_terms(const char *method, size_t *n)
{
    static const struct {
        const char *method;
        const term_row *rows;
        size_t n;
    } tables[] = {{"eurostat", ROWS(eurostat_terms)},
                  {"unsd", ROWS(unsd_terms)},
                  {"statcan", ROWS(statcan_terms)},
                  {"dns", ROWS(dns_terms)}};
    for (size_t i = 0; method && i < sizeof tables / sizeof *tables; i++)
        if (!strcmp(method, tables[i].method)) {
            *n = tables[i].n;
            return tables[i].rows;
        }
    *n = 0;
    return NULL;
}

static charta_progress_term
from_row(const term_row *r)
{
    return (charta_progress_term){r->code, r->level, r->symbol, r->colour, r->de, r->en};
}

static charta_progress_term
lua_term(const charta_method_decl *m, size_t k)
{
    if (k >= m->n_categories)
        return from_row(&na_terms[0]);
    int level = m->levels[k];
    const char *code = m->categories[k];
    charta_progress_term t = {code, level, charta_progress_level_symbol(level),
                              charta_progress_level_colour(level), code, code};
    if (m->symbols && m->symbols[k])
        t.symbol = m->symbols[k];
    if (m->has_colour && m->has_colour[k])
        t.colour = m->colours[k];
    if (m->labels && m->labels[k].n) {
        t.de = charta_text_get(&m->labels[k], "de", "en");
        t.en = charta_text_get(&m->labels[k], "en", "de");
    }
    return t;
}

size_t
charta_progress_term_count(const charta_project *p, const char *method)
{
    size_t n;
    if (!method)
        return 0;
    if (builtin_terms(method, &n))
        return n;
    const charta_method_decl *m = charta_progress_find_lua(p, method);
    return m ? m->n_categories + 1 : 0;
}

charta_progress_term
charta_progress_term_at(const charta_project *p, const char *method, size_t k)
{
    size_t n;
    const term_row *rows = builtin_terms(method, &n);
    if (rows)
        return from_row(&rows[k < n ? k : n - 1]);
    const charta_method_decl *m = method ? charta_progress_find_lua(p, method) : NULL;
    return m ? lua_term(m, k) : from_row(&na_terms[0]);
}

size_t
charta_progress_term_index(const charta_project *p, const charta_assessment *a)
{
    size_t n;
    const term_row *rows = builtin_terms(a->method, &n);
    if (rows) {
        if (a->level == CHARTA_LEVEL_NONE)
            return n - 1;
        if (a->notes & CHARTA_NOTE_TARGET_REACHED) /* the first row: the target met */
            return 0;
        for (size_t i = 0; i + 1 < n; i++)
            if (!strcmp(rows[i].code, a->category) &&
                (rows[i].target < 0 || rows[i].target == (int)a->with_target))
                return i;
        return n - 1;
    }
    const charta_method_decl *m = a->method ? charta_progress_find_lua(p, a->method) : NULL;
    if (!m)
        return 0;
    size_t i;
    if (a->level != CHARTA_LEVEL_NONE && a->category &&
        charta_hashtab_find(&m->category_index, a->category, &i))
        return i;
    return m->n_categories;
}

charta_progress_term
charta_progress_term_of(const charta_project *p, const charta_assessment *a)
{
    if (!charta_progress_is_builtin(a->method) &&
        !(a->method && charta_progress_find_lua(p, a->method))) {
        if (a->level == CHARTA_LEVEL_NONE)
            return from_row(&na_terms[0]);
        const char *code = a->category ? a->category : "";
        return (charta_progress_term){code, a->level, charta_progress_level_symbol(a->level),
                                      charta_progress_level_colour(a->level), code, code};
    }
    return charta_progress_term_at(p, a->method, charta_progress_term_index(p, a));
}

const char *
charta_progress_term_words(const charta_progress_term *t, const char *lang)
{
    return lang && !strcmp(lang, "de") ? t->de : t->en;
}

const char *
charta_progress_label(const char *method, const char *category, bool with_target, const char *lang)
{
    if (!category)
        return "";
    size_t n;
    const term_row *rows = builtin_terms(method, &n);
    if (!rows)
        rows = na_terms, n = 1;
    for (size_t i = 0; i < n; i++)
        if (!strcmp(rows[i].code, category) &&
            (rows[i].target < 0 || rows[i].target == (int)with_target))
            return lang && !strcmp(lang, "de") ? rows[i].de : rows[i].en;
    return category;
}
