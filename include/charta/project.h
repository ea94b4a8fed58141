/* project.h: what a city project declares, as plain C data.
 *
 * Owns: every string and array below (freed by charta_project_free).
 * Uses: source.h (source and areas specs).
 * The engine fills a charta_project while it runs the project's scripts
 * (load phase); later stages read it. Compute functions stay in the Lua
 * state; an indicator holds only a registry reference to its function.
 */
#ifndef CHARTA_PROJECT_H
#define CHARTA_PROJECT_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/source.h"

typedef struct charta_loc {
    char *file; /* project-relative */
    int line;
} charta_loc;

/* Text in several languages: pairs (lang, text) in declaration order. */
typedef struct charta_text {
    char **lang;
    char **text;
    size_t n;
} charta_text;

/* The text in lang, else in fallback, else the first one; "" when empty. */
const char *charta_text_get(const charta_text *t, const char *lang, const char *fallback);

typedef struct charta_limits {
    double instructions; /* per call into a script */
    double memory_mb;    /* whole Lua state */
    double seconds;      /* whole run (watchdog backstop) */
} charta_limits;

typedef struct charta_city {
    char *id, *name, *code;
    char **languages;
    size_t n_languages;
    int year_first, year_last;
    charta_limits limits;
    charta_loc loc;
    bool declared;
} charta_city;

typedef struct charta_field {
    char *id;
    charta_text title;
    charta_text description;
    char **sdgs;
    size_t n_sdgs;
    charta_loc loc;
} charta_field;

typedef enum charta_direction {
    CHARTA_DIR_NONE = 0,
    CHARTA_DIR_UP,
    CHARTA_DIR_DOWN,
} charta_direction;

typedef struct charta_target {
    int year;
    double value;
    bool has_value;
    double change; /* percent, relative to base */
    bool has_change;
    int base; /* base year, 0 = none */
} charta_target;

typedef struct charta_indicator {
    char *id;
    charta_text title;
    charta_text comment;
    char *field;
    char **sdgs;
    size_t n_sdgs;
    char **tag_keys, **tag_values; /* framework tags, sorted by key */
    size_t n_tags;
    char *unit;
    int decimals; /* -1 = not given */
    charta_direction direction;
    charta_target *targets;
    size_t n_targets;
    charta_loc loc;         /* the declaration */
    charta_loc compute_loc; /* the compute function's first line */
    char *compute_src;      /* the compute function's source text, if available */
    int compute_ref;        /* LUA_NOREF when absent */
    char **reads;           /* variables and indicators read by compute (after evaluation) */
    size_t n_reads;
} charta_indicator;

typedef struct charta_report_spec {
    charta_text title;
    char **formats;
    size_t n_formats;
    char *progress;
    char **focus;
    size_t n_focus;
    char **benchmarks;
    size_t n_benchmarks;
    charta_loc loc;
    bool declared;
} charta_report_spec;

typedef struct charta_project {
    char *dir; /* the project folder as given */
    charta_city city;
    charta_areas_spec areas;
    bool has_areas;
    charta_source_spec *sources;
    size_t n_sources;
    charta_field *fields;
    size_t n_fields;
    charta_indicator *indicators;
    size_t n_indicators;
    charta_report_spec report;
} charta_project;

charta_project *charta_project_new(const char *dir);
void charta_project_free(charta_project *p);

const charta_field *charta_project_find_field(const charta_project *p, const char *id);
const charta_indicator *charta_project_find_indicator(const charta_project *p, const char *id);
/* The report language: lang if given, else the city's first, else "en". */
const char *charta_project_lang(const charta_project *p, const char *lang);

#endif
