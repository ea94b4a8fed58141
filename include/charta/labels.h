/* labels.h: every fixed text of the reports, in German and English.
 *
 * Owns: one constant table (key, English, German); nothing allocated.
 * Uses: nothing above libc.
 * Renderers never spell a heading, column head, legend or status explanation
 * themselves: they ask for CHARTA_LBL_<key> in the report language. A
 * language other than German falls back to English, so a city reporting in
 * French gets English labels until a column is added to the table. Adding a
 * language means one more column in src/labels.c; adding a label means one
 * enum value and one row (a _Static_assert keeps them in step).
 */
#ifndef CHARTA_LABELS_H
#define CHARTA_LABELS_H

typedef enum charta_label {
    /* sheets and titles */
    CHARTA_LBL_SHEET_OVERVIEW = 0,
    CHARTA_LBL_REPORT_TITLE,  /* used when the project's report has no title */
    CHARTA_LBL_OTHER_FIELD,   /* sheet of indicators without an action field */
    CHARTA_LBL_REPORT_PERIOD, /* "Reporting period" */
    /* column heads */
    CHARTA_LBL_COL_FIELD,
    CHARTA_LBL_COL_CODE, /* indicator code */
    CHARTA_LBL_COL_INDICATOR,
    CHARTA_LBL_COL_SDG,
    CHARTA_LBL_COL_UNIT,
    CHARTA_LBL_COL_LATEST_YEAR,
    CHARTA_LBL_COL_LATEST_VALUE,
    CHARTA_LBL_COL_AREA_CODE,
    CHARTA_LBL_COL_AREA_NAME,
    /* lines under an indicator title */
    CHARTA_LBL_UNIT,
    CHARTA_LBL_SDG,
    /* legend: what a mark or an empty cell means */
    CHARTA_LBL_LEGEND,             /* "Notes", leading the legend line */
    CHARTA_LBL_MARK_ESTIMATED,     /* e */
    CHARTA_LBL_MARK_PROVISIONAL,   /* p */
    CHARTA_LBL_MARK_BREAK,         /* b */
    CHARTA_LBL_MARK_LOWREL,        /* u */
    CHARTA_LBL_EMPTY_MISSING,      /* an empty cell */
    CHARTA_LBL_EMPTY_CONFIDENTIAL, /* a shaded empty cell */
    CHARTA_LABEL_COUNT
} charta_label;

/* The label in lang ("de", "de-DE", "de_AT" give German; anything else,
 * NULL included, English). Never NULL; a static string. */
const char *charta_label_get(charta_label key, const char *lang);

/* The stable key name of a label ("sheet.overview"), for tests and for
 * messages; NULL for an out-of-range key. */
const char *charta_label_key(charta_label key);

#endif
