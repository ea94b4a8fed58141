/* project.h: what a city project declares, as plain C data.
 *
 * Owns (src/model/project.c): every string and array below, the source and areas
 * specs included (freed by charta_project_free). Uses: source_spec.h (model).
 * The engine fills a charta_project while it runs the project's scripts
 * (load phase); later stages read it. Compute functions stay in the Lua
 * state; an indicator holds only a registry reference to its function.
 */
#ifndef CHARTA_PROJECT_H
#define CHARTA_PROJECT_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/hashtab.h"
#include "charta/source_spec.h"

typedef struct charta_loc {
    char *file; /* project-relative */
    int line;
} charta_loc;

/* The text in lang, else in fallback (either may be NULL), else the first one; "" when
 * t is NULL or empty. Borrowed from t. */
const char *charta_text_get(const charta_text *t, const char *lang, const char *fallback);

typedef struct charta_limits {
    double instructions; /* per call into a script */
    double memory_mb;    /* whole Lua state */
    double seconds;      /* whole run (watchdog backstop) */
    double max_file_mb;  /* one input file (data, areas, script); 0 = the default, 512 */
    double max_input_mb; /* the data and areas files of a run together; 0 = 2048 */
} charta_limits;

/* What kind of place the report's subject is (city { kind = ... }): the words
 * of every sentence that names the subject follow it. */
typedef enum charta_subject_kind {
    CHARTA_KIND_CITY = 0,     /* Stadt (the default) */
    CHARTA_KIND_MUNICIPALITY, /* Gemeinde */
    CHARTA_KIND_DISTRICT,     /* Kreis */
    CHARTA_KIND_STATE,        /* Land (a federal state) */
    CHARTA_KIND_COUNTRY,      /* Staat */
    CHARTA_KIND_COUNT
} charta_subject_kind;

/* The kind named by s: "Stadt"/"city", "Gemeinde"/"municipality", "Kreis"/"district",
 * "Land"/"state", "Staat"/"country" (ASCII case ignored); false (and *out untouched)
 * for anything else. */
bool charta_subject_kind_parse(const char *s, charta_subject_kind *out);

typedef struct charta_city {
    char *id, *name, *code;
    charta_subject_kind kind;
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
    charta_text guideline; /* the Smart City Charta guideline it serves */
    char **sdgs;
    size_t n_sdgs;
    charta_loc loc;
} charta_field;

/* `variable "name" { ... }`: an entry of the standard variable vocabulary
 * (indicators/charta/variables.lua) that shipped indicators are written over: what
 * a city's source should call a variable, and where German cities usually get it. */
typedef struct charta_vocab {
    char *name;
    charta_text title;
    charta_text unit;
    char *aggregate; /* the rule a source variable of this name usually takes; NULL */
    char *genesis;   /* the GENESIS / Regionalstatistik table code, NULL when none */
    charta_text where;
    charta_loc loc;
} charta_vocab;

/* A shipped indicator left out because the city's data lack what it needs. */
typedef struct charta_unavailable {
    char *id;
    char *origin;  /* the library, "charta.sdg-kommunen" */
    char *missing; /* the first of its needs that no source gives */
} charta_unavailable;

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
    int base;   /* base year, 0 = none */
    char *area; /* the one area (code) this target is for; NULL = every area */
} charta_target;

/* Chart kinds of one indicator (`chart = { kind = ... }`). */
typedef enum charta_chart_kind {
    CHARTA_CHART_DEFAULT = 0, /* not given: charta picks (time series) */
    CHARTA_CHART_TIMESERIES,  /* "timeseries": city, focus areas, target, benchmarks */
    CHARTA_CHART_AREAS,       /* "areas": bars of all areas for the latest year */
    CHARTA_CHART_NONE,        /* "none": no chart */
    CHARTA_CHART_KIND_COUNT
} charta_chart_kind;

/* `chart = { ... }` of an indicator; all zero when not given. */
typedef struct charta_chart_spec {
    charta_chart_kind kind;   /* the main chart (charts/<id>.*) */
    charta_chart_kind *also;  /* further charts (charts/<id>-<kind>.*) */
    size_t n_also;
    bool has_also;            /* `also` given (an empty list means none) */
    char **areas;             /* area codes to draw instead of the city and focus areas */
    size_t n_areas;
    double y_min, y_max;      /* fixed value axis bounds */
    bool has_y_min, has_y_max;
    int zero;                 /* include zero in the value axis: 0 auto, 1 yes, -1 no */
    charta_text alt;          /* alternative text replacing the generated one */
} charta_chart_spec;

/* --- SDMX codes of an indicator (`sdmx = { ... }`, for the sdmx export) ----- */

/* The dimensions of the SDG data structure (IAEG-SDGs:SDG 1.14) before TIME_PERIOD,
 * in its order: FREQ, REPORTING_TYPE, SERIES, REF_AREA, SEX, AGE, URBANISATION,
 * INCOME_WEALTH_QUANTILE, EDUCATION_LEV, OCCUPATION, CUST_BREAKDOWN,
 * COMPOSITE_BREAKDOWN, DISABILITY_STATUS, ACTIVITY, PRODUCT. */
enum { CHARTA_SDMX_DIMS = 15 };
/* Dimension i of that list (a static string); NULL when i >= CHARTA_SDMX_DIMS. */
const char *charta_sdmx_dimension(size_t i);
/* True when s is an SDMX code (common:IDType: one or more of A-Z a-z 0-9 _ @ $ -). */
bool charta_sdmx_code_valid(const char *s);

/* One breakdown dimension of an indicator mapped to an SDMX dimension's codes:
 * `SEX = { female = "F", male = "M" }` (or `SEX = { dimension = "Geschlecht",
 * codes = { ... } }`). A part whose value in that dimension has no code here is
 * not exported; the total ("") is always `_T`. */
typedef struct charta_sdmx_map {
    char *dim;        /* the SDMX dimension, one of charta_sdmx_dimension's */
    size_t breakdown; /* the indicator's breakdown dimension it maps (index) */
    char **values;    /* that dimension's values, sorted (byte order) */
    char **codes;     /* the SDMX code of each value */
    size_t n;
} charta_sdmx_map;

typedef struct charta_indicator {
    char *id;
    bool broken; /* its declaration failed half-way (reported): not checked further */
    /* shipped: the library that declares it ("charta.sdg-kommunen"), NULL for the
     * city's own; extends: the shipped indicator a city's one is made from
     * ("charta.sdg-kommunen/oepnv"), NULL when none */
    char *origin;
    char *extends;
    int table_ref;  /* a shipped one's declaration table (for extends); LUA_NOREF */
    charta_text definition;
    char **needs;   /* the variables and indicators compute reads (`needs`); a shipped
                       indicator is left out when the city's data lack one */
    size_t n_needs;
    charta_text title;
    charta_text comment;
    char *field;
    charta_script_pos field_at; /* where the script writes the field */
    char **sdgs;
    size_t n_sdgs;
    char **tag_keys, **tag_values; /* framework tags, sorted by key */
    size_t n_tags;
    char *unit;            /* the unit in the city's first language; "" when none */
    charta_text unit_text; /* the unit per language (`unit = { de = ..., en = ... }`) */
    int decimals; /* -1 = not given */
    charta_direction direction;
    charta_target *targets; /* milestones, by year within each area (and the general ones) */
    size_t n_targets;
    double limit; /* natural limit (100 for a share): a maximum for "up", a minimum for "down" */
    bool has_limit;
    charta_loc loc;         /* the declaration */
    charta_loc compute_loc; /* the compute function's first line */
    char *compute_src;      /* the compute function's source text, if available */
    int compute_ref;        /* LUA_NOREF when absent */
    char **reads;           /* variables and indicators read by compute (after evaluation) */
    size_t n_reads;
    charta_chart_spec chart;
    char **breakdown;       /* `breakdown`: dimensions the indicator is also computed by,
                               one part per combination of their values in its data */
    size_t n_breakdown;
    /* `sdmx`: its plain codes, sorted by key (SERIES, UNIT_MEASURE, and a fixed code of
     * a dimension, AGE = "Y_GE15"), and its breakdown dimensions mapped to SDMX
     * dimensions, sorted by SDMX dimension; none when not given */
    char **sdmx_keys, **sdmx_vals;
    size_t n_sdmx;
    charta_sdmx_map *sdmx_maps;
    size_t n_sdmx_maps;
} charta_indicator;

/* The indicator's plain SDMX code for key ("SERIES", "UNIT_MEASURE", "AGE"), NULL when
 * it gives none. Borrowed from ind. */
const char *charta_indicator_sdmx(const charta_indicator *ind, const char *key);
/* The map of ind's breakdown dimensions onto the SDMX dimension dim, NULL when none.
 * Borrowed from ind. */
const charta_sdmx_map *charta_indicator_sdmx_map(const charta_indicator *ind, const char *dim);
/* The SDMX code of value in map m, NULL when the map has none. Borrowed from m. */
const char *charta_sdmx_map_code(const charta_sdmx_map *m, const char *value);

/* `report { colors = { ... } }`: the city's colours, 0xRRGGBB. */
typedef struct charta_report_colors {
    unsigned primary, accent;
    bool has_primary, has_accent;
    unsigned *series; /* colours of the focus areas' lines, in order */
    size_t n_series;
} charta_report_colors;

typedef struct charta_report_spec {
    charta_text title;
    char **formats;
    size_t n_formats;
    char *progress;
    char **focus;
    size_t n_focus;
    char **benchmarks;
    size_t n_benchmarks;
    char *logo; /* project-relative PNG file, NULL when none */
    charta_report_colors colors;
    /* `opensdg = { status = "names" }`: the Open SDG data write "Observation status"
     * and "Unit multiplier" with the code lists' names (as the UK platform does),
     * not OBS_STATUS and UNIT_MULT with their codes */
    bool opensdg_status_names;
    charta_loc loc;
    bool declared;
} charta_report_spec;

/* `progress_method "name" { categories = { ... }, assess = function ... }`:
 * a city's own progress assessment (progress.h, engine_progress.c). */
typedef struct charta_method_decl {
    char *name;
    charta_text title;
    char **categories; /* declared category codes, by level (best first), then name */
    int *levels;       /* the level of each category (progress.h: -2..3) */
    /* per category, parallel to categories: its words (n = 0: the code), its symbol
     * (NULL: the level's) and colour (has_colour false: the level's) */
    charta_text *labels;
    char **symbols;
    unsigned *colours;
    bool *has_colour;
    size_t n_categories;
    charta_hashtab category_index; /* the categories by code */
    int assess_ref;    /* registry reference of assess; LUA_NOREF when absent */
    charta_loc loc;    /* the declaration */
    charta_loc assess_loc;
} charta_method_decl;

/* --- territorial reforms and series breaks (area_change, series_break) ------ */

/* `area_change { old = "14262", new = "14612", year = 2009, reason = ... }`:
 * the old code's observations join the new code's series (dataset.h,
 * charta_dataset_add_area_change, in the same order: the dataset's change i is this
 * changes[i], and tells whether it applied), the old code is no area of the report. */
typedef struct charta_change_decl {
    char *old_code, *new_code;
    int year;           /* the first year under the new code */
    charta_text reason; /* may be empty */
    charta_loc loc;
} charta_change_decl;

/* `series_break { source = "kfz" | variables = { ... }, year = 2008, reason = ... }`:
 * the cells of year (the first of the new counting) get status B, and progress is
 * assessed from year on (progress.h). */
typedef struct charta_break_decl {
    char *source;     /* the source whose variables break, or NULL */
    char **variables; /* else the variables that break */
    size_t n_variables;
    int year;
    charta_text reason; /* may be empty */
    charta_loc loc;
} charta_break_decl;

/* True when the break applies to variable var of source src (src may be NULL). */
bool charta_break_covers(const charta_break_decl *b, const char *var, const char *src);

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
    charta_hashtab indicator_index; /* ids of indicators, see charta_project_index_indicator */
    charta_report_spec report;
    charta_method_decl *methods; /* progress methods written in Lua (progress_method) */
    size_t n_methods;
    charta_change_decl *changes; /* area_change, in declaration order */
    size_t n_changes;
    charta_break_decl *breaks; /* series_break, in declaration order */
    size_t n_breaks;
    charta_vocab *vocab; /* the variable vocabulary (`variable`), in declaration order */
    size_t n_vocab;
    charta_unavailable *unavailable; /* shipped indicators left out, in declaration order */
    size_t n_unavailable;
} charta_project;

/* An empty project for the folder dir (copied); the engine fills it while the scripts
 * load. The caller frees it with charta_project_free. NULL on out of memory. */
charta_project *charta_project_new(const char *dir);
/* Free the project and everything in it; NULL is a no-op. */
void charta_project_free(charta_project *p);

/* The action field or indicator with that id, NULL if none; borrowed from p. */
const charta_field *charta_project_find_field(const charta_project *p, const char *id);
const charta_indicator *charta_project_find_indicator(const charta_project *p, const char *id);
/* The indicator's unit in lang (else the city's first language's), "" when it has
 * none; borrowed from ind. */
const char *charta_indicator_unit(const charta_indicator *ind, const char *lang);
/* Index indicator i (its id set) by its id, so that finding it costs no scan of
 * the list (a script may declare 100,000). false on out of memory, the index
 * then unchanged. */
bool charta_project_index_indicator(charta_project *p, size_t i);
/* Remove indicator i (freed; the ones after it move up one place, the index is built
 * afresh). false on out of memory for the index (the indicator is removed all the
 * same; finding falls back to a scan). */
bool charta_project_remove_indicator(charta_project *p, size_t i);
/* The report language: lang if given and not "", else the city's first, else "en".
 * Borrowed (lang itself, p's string or a static one). */
const char *charta_project_lang(const charta_project *p, const char *lang);

/* The name of a chart kind ("timeseries", "areas", "none"); "default" for
 * CHARTA_CHART_DEFAULT; NULL when out of range. A static string. */
const char *charta_chart_kind_name(charta_chart_kind k);
/* Parse a kind name (not "default") into *out; false (*out untouched) when unknown. */
bool charta_chart_kind_parse(const char *s, charta_chart_kind *out);

#endif
