/* labels.c: the one table of report texts (labels.h). */
#include "charta/labels.h"

#include <stddef.h>
#include <string.h>

typedef struct label_row {
    const char *key;
    const char *en;
    const char *de;
} label_row;

/* Status marks follow Eurostat's flags (e p b u); the letters are the same in
 * every language, only the explanation is translated. */
static const label_row labels[] = {
    [CHARTA_LBL_SHEET_OVERVIEW] = {"sheet.overview", "Overview", "Übersicht"},
    [CHARTA_LBL_REPORT_TITLE] = {"report.title", "Indicator report", "Indikatorenbericht"},
    [CHARTA_LBL_OTHER_FIELD] = {"sheet.other", "Other indicators", "Weitere Indikatoren"},
    [CHARTA_LBL_REPORT_PERIOD] = {"report.period", "Reporting period", "Berichtszeitraum"},
    [CHARTA_LBL_COL_FIELD] = {"col.field", "Field", "Handlungsfeld"},
    [CHARTA_LBL_COL_CODE] = {"col.code", "Code", "Kennung"},
    [CHARTA_LBL_COL_INDICATOR] = {"col.indicator", "Indicator", "Indikator"},
    [CHARTA_LBL_COL_SDG] = {"col.sdg", "SDG", "SDG"},
    [CHARTA_LBL_COL_UNIT] = {"col.unit", "Unit", "Einheit"},
    [CHARTA_LBL_COL_LATEST_YEAR] = {"col.latest_year", "Latest year", "Letztes Jahr"},
    [CHARTA_LBL_COL_LATEST_VALUE] = {"col.latest_value", "Latest value", "Letzter Wert"},
    [CHARTA_LBL_COL_AREA_CODE] = {"col.area_code", "Area code", "Gebietsschlüssel"},
    [CHARTA_LBL_COL_AREA_NAME] = {"col.area_name", "Area", "Gebiet"},
    [CHARTA_LBL_UNIT] = {"line.unit", "Unit", "Einheit"},
    [CHARTA_LBL_SDG] = {"line.sdg", "SDG", "SDG"},
    [CHARTA_LBL_LEGEND] = {"legend.title", "Notes", "Erläuterungen"},
    [CHARTA_LBL_MARK_ESTIMATED] = {"legend.estimated", "estimated", "geschätzt"},
    [CHARTA_LBL_MARK_PROVISIONAL] = {"legend.provisional", "provisional", "vorläufig"},
    [CHARTA_LBL_MARK_BREAK] = {"legend.break", "break in series", "Bruch in der Zeitreihe"},
    [CHARTA_LBL_MARK_LOWREL] = {"legend.lowrel", "low reliability", "eingeschränkte Aussagekraft"},
    [CHARTA_LBL_EMPTY_MISSING] = {"legend.missing", "empty cell = no value available",
                                  "leeres Feld = kein Wert vorhanden"},
    [CHARTA_LBL_EMPTY_CONFIDENTIAL] = {"legend.confidential",
                                       "shaded empty cell = confidential (not published)",
                                       "schraffiertes leeres Feld = geheim gehalten"},
};

_Static_assert(sizeof labels / sizeof labels[0] == CHARTA_LABEL_COUNT,
               "every label needs a row in the table");

static int
is_german(const char *lang)
{
    return lang && strncmp(lang, "de", 2) == 0 &&
           (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

const char *
charta_label_get(charta_label key, const char *lang)
{
    if ((int)key < 0 || key >= CHARTA_LABEL_COUNT || !labels[key].en)
        return "";
    if (is_german(lang) && labels[key].de)
        return labels[key].de;
    return labels[key].en;
}

const char *
charta_label_key(charta_label key)
{
    if ((int)key < 0 || key >= CHARTA_LABEL_COUNT)
        return NULL;
    return labels[key].key;
}
