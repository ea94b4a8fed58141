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
    [CHARTA_LBL_CHART_NO_DATA] = {"chart.no_data", "No data available", "Keine Daten vorhanden"},
    [CHARTA_LBL_CHART_TOO_LARGE] = {"chart.too_large", "Values too large to draw",
                                    "Werte zu groß für eine Grafik"},
    [CHARTA_LBL_CHART_TARGET] = {"chart.target", "Target", "Ziel"},
    [CHARTA_LBL_CHART_TARGET_PATH] = {"chart.target_path", "path to target", "Zielpfad"},
    [CHARTA_LBL_CHART_VALUE] = {"chart.value", "value", "Wert"},
    [CHARTA_LBL_CHART_HOLLOW] = {"chart.hollow", "estimated or provisional",
                                 "geschätzt oder vorläufig"},
    [CHARTA_LBL_CHART_GAP] = {"chart.gap", "gap = no value or break in series",
                              "Lücke = kein Wert oder Bruch in der Zeitreihe"},
    [CHARTA_LBL_CHART_BENCHMARK] = {"chart.benchmark", "benchmark", "Vergleichswert"},
    [CHARTA_LBL_CHART_AXIS_NOT_ZERO] = {"chart.axis_not_zero", "Axis does not start at zero",
                                        "Achse beginnt nicht bei null"},
    [CHARTA_LBL_CHART_HIGHER_BETTER] = {"chart.higher_better", "higher is better",
                                        "höher ist besser"},
    [CHARTA_LBL_CHART_LOWER_BETTER] = {"chart.lower_better", "lower is better",
                                       "niedriger ist besser"},
    [CHARTA_LBL_CHART_NO_VALUE_AREAS] = {"chart.no_value_areas", "%s areas without a value",
                                         "%s Gebiete ohne Wert"},
    [CHARTA_LBL_CHART_TOP_BOTTOM] = {"chart.top_bottom",
                                     "shown: the %s highest and %s lowest of %s areas",
                                     "dargestellt: die %s höchsten und %s niedrigsten von %s "
                                     "Gebieten"},
    [CHARTA_LBL_CHART_MORE_SERIES] = {"chart.more_series", "%s further areas not shown",
                                      "%s weitere Gebiete nicht dargestellt"},
    [CHARTA_LBL_CHART_ALT_LINE] = {"chart.alt.line", "Line chart", "Liniendiagramm"},
    [CHARTA_LBL_CHART_ALT_BARS] = {"chart.alt.bars", "Bar chart", "Balkendiagramm"},
    [CHARTA_LBL_CHART_ALT_TILES] = {"chart.alt.tiles", "Status overview", "Statusübersicht"},
    [CHARTA_LBL_CHART_ALT_MULTIPLES] = {"chart.alt.multiples", "Small multiples",
                                        "Kleine Vielfache"},
    [CHARTA_LBL_CHART_TO] = {"chart.to", "to", "bis"},
    [CHARTA_LBL_CHART_HIGHEST] = {"chart.highest", "highest", "höchster Wert"},
    [CHARTA_LBL_CHART_LOWEST] = {"chart.lowest", "lowest", "niedrigster Wert"},
    [CHARTA_LBL_OVERVIEW_BY_FIELD] = {"overview.by_field", "Status by action field",
                                      "Stand nach Handlungsfeldern"},
    [CHARTA_LBL_OVERVIEW_BY_SDG] = {"overview.by_sdg", "Status by Sustainable Development Goal",
                                    "Stand nach Nachhaltigkeitszielen (SDGs)"},
    [CHARTA_LBL_LEVEL_3] = {"level.3", "target met or on track", "Ziel erreicht oder auf Kurs"},
    [CHARTA_LBL_LEVEL_2] = {"level.2", "good progress", "gute Entwicklung"},
    [CHARTA_LBL_LEVEL_1] = {"level.1", "moderate progress", "mäßige Entwicklung"},
    [CHARTA_LBL_LEVEL_0] = {"level.0", "insufficient progress", "unzureichende Entwicklung"},
    [CHARTA_LBL_LEVEL_M1] = {"level.-1", "moving away", "Entwicklung in die falsche Richtung"},
    [CHARTA_LBL_LEVEL_M2] = {"level.-2", "moving away significantly",
                             "deutlich in die falsche Richtung"},
    [CHARTA_LBL_LEVEL_NONE] = {"level.none", "not assessed", "nicht bewertet"},
    [CHARTA_LBL_SDG_1] = {"sdg.1", "No poverty", "Keine Armut"},
    [CHARTA_LBL_SDG_1 + 1] = {"sdg.2", "Zero hunger", "Kein Hunger"},
    [CHARTA_LBL_SDG_1 + 2] = {"sdg.3", "Good health and well-being", "Gesundheit und Wohlergehen"},
    [CHARTA_LBL_SDG_1 + 3] = {"sdg.4", "Quality education", "Hochwertige Bildung"},
    [CHARTA_LBL_SDG_1 + 4] = {"sdg.5", "Gender equality", "Geschlechtergleichheit"},
    [CHARTA_LBL_SDG_1 + 5] = {"sdg.6", "Clean water and sanitation",
                              "Sauberes Wasser und Sanitäreinrichtungen"},
    [CHARTA_LBL_SDG_1 + 6] = {"sdg.7", "Affordable and clean energy",
                              "Bezahlbare und saubere Energie"},
    [CHARTA_LBL_SDG_1 + 7] = {"sdg.8", "Decent work and economic growth",
                              "Menschenwürdige Arbeit und Wirtschaftswachstum"},
    [CHARTA_LBL_SDG_1 + 8] = {"sdg.9", "Industry, innovation and infrastructure",
                              "Industrie, Innovation und Infrastruktur"},
    [CHARTA_LBL_SDG_1 + 9] = {"sdg.10", "Reduced inequalities", "Weniger Ungleichheiten"},
    [CHARTA_LBL_SDG_1 + 10] = {"sdg.11", "Sustainable cities and communities",
                               "Nachhaltige Städte und Gemeinden"},
    [CHARTA_LBL_SDG_1 + 11] = {"sdg.12", "Responsible consumption and production",
                               "Nachhaltige/r Konsum und Produktion"},
    [CHARTA_LBL_SDG_1 + 12] = {"sdg.13", "Climate action", "Maßnahmen zum Klimaschutz"},
    [CHARTA_LBL_SDG_1 + 13] = {"sdg.14", "Life below water", "Leben unter Wasser"},
    [CHARTA_LBL_SDG_1 + 14] = {"sdg.15", "Life on land", "Leben an Land"},
    [CHARTA_LBL_SDG_1 + 15] = {"sdg.16", "Peace, justice and strong institutions",
                               "Frieden, Gerechtigkeit und starke Institutionen"},
    [CHARTA_LBL_SDG_17] = {"sdg.17", "Partnerships for the goals",
                           "Partnerschaften zur Erreichung der Ziele"},
    [CHARTA_LBL_PDF_CONTENTS] = {"pdf.contents", "Contents", "Inhalt"},
    [CHARTA_LBL_PDF_ANNEX] = {"pdf.annex", "Annex", "Anhang"},
    [CHARTA_LBL_PDF_METHODS] = {"pdf.methods", "Methods", "Methoden"},
    [CHARTA_LBL_PDF_SOURCES] = {"pdf.sources", "Sources", "Quellen"},
    [CHARTA_LBL_PDF_LICENCES] = {"pdf.licences", "Licences", "Lizenzen"},
    [CHARTA_LBL_PDF_PAGE_OF] = {"pdf.page_of", "Page %s of %s", "Seite %s von %s"},
    [CHARTA_LBL_PDF_CREATED] = {"pdf.created", "Created on", "Erstellt am"},
    [CHARTA_LBL_PDF_DATA_AS_OF] = {"pdf.data_as_of", "Data as of", "Datenstand"},
    [CHARTA_LBL_PDF_CONTINUED] = {"pdf.continued", "continued", "Fortsetzung"},
    [CHARTA_LBL_PDF_AREA_COMPARISON] = {"pdf.area_comparison", "Area comparison",
                                        "Gebietsvergleich"},
    [CHARTA_LBL_PDF_LAST_YEARS] = {"pdf.last_years", "Values of the last years",
                                   "Werte der letzten Jahre"},
    [CHARTA_LBL_PDF_NO_RECENT_VALUES] = {"pdf.no_recent_values", "No values for %s.",
                                         "Keine Werte für %s."},
    [CHARTA_LBL_PDF_CALCULATION] = {"pdf.calculation", "Calculation", "Berechnung"},
    [CHARTA_LBL_PDF_INPUTS] = {"pdf.inputs", "Input data", "Eingangsdaten"},
    [CHARTA_LBL_PDF_SOURCE] = {"pdf.source", "Source", "Quelle"},
    [CHARTA_LBL_PDF_ASSESSMENT] = {"pdf.assessment", "Assessment", "Bewertung"},
    [CHARTA_LBL_PDF_METHOD] = {"pdf.method", "method", "Methode"},
    [CHARTA_LBL_PDF_BASE] = {"pdf.base", "base year", "Basisjahr"},
    [CHARTA_LBL_PDF_LATEST] = {"pdf.latest", "latest year", "letztes Jahr"},
    [CHARTA_LBL_PDF_CAGR] = {"pdf.cagr", "average change per year",
                             "durchschnittliche Veränderung pro Jahr"},
    [CHARTA_LBL_PDF_CAGR_REQUIRED] = {"pdf.cagr_required", "required", "erforderlich"},
    [CHARTA_LBL_PDF_RATIO] = {"pdf.ratio", "ratio", "Verhältnis"},
    [CHARTA_LBL_PDF_DIRECTION] = {"pdf.direction", "Direction", "Richtung"},
    [CHARTA_LBL_PDF_STATUS] = {"pdf.status", "Status", "Bewertung"},
    [CHARTA_LBL_PDF_FILE] = {"pdf.file", "File", "Datei"},
    [CHARTA_LBL_PDF_ROWS] = {"pdf.rows", "Rows", "Zeilen"},
    [CHARTA_LBL_PDF_INDICATOR_OF] = {"pdf.indicator_of", "indicator %s", "Indikator %s"},
    [CHARTA_LBL_PDF_OVERVIEW_INTRO] = {
        "pdf.overview_intro",
        "The tiles show the latest value of every indicator for %s and how it is developing. "
        "The table lists the values with their targets.",
        "Die Kacheln zeigen für jeden Indikator den letzten Wert für %s und seine Entwicklung. "
        "Die Tabelle nennt die Werte mit ihren Zielen."},
    [CHARTA_LBL_PDF_READING] = {"pdf.reading", "How to read the charts",
                                "Lesehilfe zu den Diagrammen"},
    [CHARTA_LBL_PDF_READING_TEXT] = {
        "pdf.reading_text",
        "Time series show %s as a thick line and the focus areas as thinner lines, each "
        "named at its end and with its own point shape. Filled points are final values, hollow "
        "points estimated or provisional ones. A gap means that no value exists for that year "
        "or that the series breaks (the values before and after are not comparable); missing "
        "values are never drawn as zero. Dashed lines are benchmarks. A target is drawn as a "
        "ring at its year, with a dotted straight path from the latest value. Area comparisons "
        "show every area for the latest year with a value, sorted; %s appears as a "
        "vertical line. In tables, e marks an estimated, p a provisional value, b a break in "
        "the series and u a value of low reliability.",
        "Zeitreihen zeigen %s als kräftige Linie und die Schwerpunktgebiete als "
        "dünnere Linien, jede an ihrem Ende benannt und mit eigener Punktform. Volle Punkte "
        "sind endgültige Werte, hohle Punkte geschätzte oder vorläufige. Eine Lücke bedeutet, "
        "dass für das Jahr kein Wert vorliegt oder die Zeitreihe bricht (die Werte davor und "
        "danach sind nicht vergleichbar); fehlende Werte werden nie als null gezeichnet. "
        "Gestrichelte Linien sind Vergleichswerte. Ein Ziel erscheint als Ring in seinem "
        "Zieljahr, mit einem gepunkteten geraden Pfad vom letzten Wert aus. Gebietsvergleiche "
        "zeigen alle Gebiete im letzten Jahr mit Werten, sortiert; %s erscheint als "
        "senkrechte Linie. In Tabellen kennzeichnet e einen geschätzten, p einen vorläufigen "
        "Wert, b einen Bruch in der Zeitreihe und u einen Wert mit eingeschränkter "
        "Aussagekraft."},
    [CHARTA_LBL_PDF_PROGRESS_TEXT] = {
        "pdf.progress_text",
        "Progress is assessed per indicator and area with the method named in the report "
        "(%s). With a target, the average annual change since the base year is compared with "
        "the change needed to reach the target in time; without a target, the average annual "
        "change in the desired direction is judged. Every assessment keeps its components "
        "(base and latest year and value, actual and required change, their ratio), shown "
        "with each indicator.",
        "Die Entwicklung wird je Indikator und Gebiet mit der im Bericht genannten Methode "
        "bewertet (%s). Mit Ziel wird die durchschnittliche jährliche Veränderung seit dem "
        "Basisjahr mit der Veränderung verglichen, die zum rechtzeitigen Erreichen des Ziels "
        "nötig ist; ohne Ziel wird die durchschnittliche jährliche Veränderung in die "
        "gewünschte Richtung beurteilt. Jede Bewertung behält ihre Bestandteile (Basis- und "
        "letztes Jahr mit Wert, tatsächliche und erforderliche Veränderung, ihr Verhältnis); "
        "sie stehen bei jedem Indikator."},
    [CHARTA_LBL_PDF_LICENCE_TEXT] = {
        "pdf.licence_text",
        "This report was produced with charta %s. Text is set in DejaVu Sans (Bitstream Vera "
        "Fonts licence and public domain changes). The colours of the Sustainable Development "
        "Goals follow the United Nations' guidelines for the use of the SDG logo and icons. "
        "The data come from the sources listed above, under the licences and with the "
        "attributions stated there.",
        "Dieser Bericht wurde mit charta %s erstellt. Die Schrift ist DejaVu Sans (Lizenz der "
        "Bitstream Vera Fonts, Änderungen gemeinfrei). Die Farben der Ziele für nachhaltige "
        "Entwicklung folgen den Richtlinien der Vereinten Nationen zur Verwendung des "
        "SDG-Logos und der Symbole. Die Daten stammen aus den oben genannten Quellen, unter den "
        "dort angegebenen Lizenzen und Namensnennungen."},
    [CHARTA_LBL_PDF_NOT_ASSESSED_TEXT] = {
        "pdf.not_assessed_text", "The progress of this indicator has not been assessed.",
        "Die Entwicklung dieses Indikators wurde nicht bewertet."},
    [CHARTA_LBL_PDF_MISSING] = {"pdf.missing", "n/a", "k. A."},
    [CHARTA_LBL_PDF_CONFIDENTIAL] = {"pdf.confidential", "conf.", "geh."},
    [CHARTA_LBL_PDF_SUMMARY] = {"pdf.summary", "Indicators at a glance",
                                "Die Indikatoren im Überblick"},
    [CHARTA_LBL_PDF_MISSING_TEXT] = {"pdf.missing_text", "no value available",
                                     "kein Wert vorhanden"},
    [CHARTA_LBL_PDF_CONFIDENTIAL_TEXT] = {"pdf.confidential_text", "confidential (not published)",
                                          "geheim gehalten"},
    [CHARTA_LBL_SHEET_COVER] = {"sheet.cover", "Cover", "Deckblatt"},
    [CHARTA_LBL_SHEET_METADATA] = {"sheet.metadata", "Metadata", "Metadaten"},
    [CHARTA_LBL_SHEET_INPUTS] = {"sheet.inputs", "Inputs", "Eingangsdaten"},
    [CHARTA_LBL_SHEET_INPUT_VALUES] = {"sheet.input_values", "Input values", "Eingangswerte"},
    [CHARTA_LBL_SHEET_BREAKDOWNS] = {"sheet.breakdowns", "Breakdowns", "Aufschlüsselungen"},
    [CHARTA_LBL_SHEET_CHART_DATA] = {"sheet.chart_data", "Chart data", "Diagrammdaten"},
    [CHARTA_LBL_XL_AREA] = {"xl.area", "Area", "Gebiet"},
    [CHARTA_LBL_XL_CREATED] = {"xl.created", "Created on", "Erstellt am"},
    [CHARTA_LBL_XL_DATA_AS_OF] = {"xl.data_as_of", "Data as of", "Datenstand"},
    [CHARTA_LBL_XL_NOT_STATED] = {"xl.not_stated", "not stated", "nicht angegeben"},
    [CHARTA_LBL_XL_CREATED_WITH] = {"xl.created_with", "Created with", "Erstellt mit"},
    [CHARTA_LBL_XL_N_INDICATORS] = {"xl.n_indicators", "Indicators", "Indikatoren"},
    [CHARTA_LBL_XL_N_FIELDS] = {"xl.n_fields", "Action fields", "Handlungsfelder"},
    [CHARTA_LBL_XL_CONTENTS] = {"xl.contents", "Contents", "Inhalt"},
    [CHARTA_LBL_XL_MARKS] = {"xl.marks", "Signs in the tables", "Zeichen in den Tabellen"},
    [CHARTA_LBL_XL_BOLD_ROW] = {"xl.bold_row", "bold row = the subject area as a whole",
                                "fette Zeile = das Berichtsgebiet insgesamt"},
    [CHARTA_LBL_XL_BENCH_ROW] = {"xl.bench_row", "blue row = benchmark area",
                                 "blau hinterlegte Zeile = Vergleichsgebiet"},
    [CHARTA_LBL_XL_ASSESSMENT_LEGEND] = {"xl.assessment_legend", "Assessment of progress",
                                         "Bewertung der Entwicklung"},
    [CHARTA_LBL_XL_METHOD] = {"xl.method", "Method", "Methode"},
    [CHARTA_LBL_XL_SOURCES] = {"xl.sources", "Sources", "Quellen"},
    [CHARTA_LBL_XL_SOURCE] = {"xl.source", "Source", "Quelle"},
    [CHARTA_LBL_XL_FILE] = {"xl.file", "File", "Datei"},
    [CHARTA_LBL_XL_LICENCE] = {"xl.licence", "Licence", "Lizenz"},
    [CHARTA_LBL_XL_PRECISION] =
        {"xl.precision",
         "Values are stored at full precision; the cells show them rounded to "
         "the indicator's decimals.",
         "Die Werte sind ungerundet gespeichert; die Zellen zeigen sie auf die "
         "Nachkommastellen des Indikators gerundet."},
    [CHARTA_LBL_XL_DESC_OVERVIEW] =
        {"xl.desc.overview", "every indicator: latest value, change, target, assessment",
         "alle Indikatoren: letzter Wert, Veränderung, Ziel, Bewertung"},
    [CHARTA_LBL_XL_DESC_FIELD] = {"xl.desc.field", "tables and charts by area and year",
                                  "Tabellen und Diagramme nach Gebiet und Jahr"},
    [CHARTA_LBL_XL_DESC_METADATA] =
        {"xl.desc.metadata", "definition, origin, unit, targets and calculation of every indicator",
         "Definition, Herkunft, Einheit, Ziele und Berechnung jedes Indikators"},
    [CHARTA_LBL_XL_DESC_INPUTS] =
        {"xl.desc.inputs", "input files with SHA-256, rows and coverage; the variables",
         "Eingangsdateien mit SHA-256, Zeilen und Abdeckung; die Variablen"},
    [CHARTA_LBL_XL_DESC_INPUT_VALUES] = {"xl.desc.input_values",
                                         "values of every input variable by area and year",
                                         "Werte jeder Eingangsvariablen nach Gebiet und Jahr"},
    [CHARTA_LBL_XL_DESC_BREAKDOWNS] =
        {"xl.desc.breakdowns",
         "the indicators broken down (breakdown = ...): one table per part, by area and year",
         "die aufgeschlüsselten Indikatoren (breakdown = ...): eine Tabelle je Teil, nach "
         "Gebiet und Jahr"},
    [CHARTA_LBL_XL_BREAKDOWN_OF] = {"xl.breakdown_of", "Part of indicator", "Teil des Indikators"},
    [CHARTA_LBL_XL_COL_PREV_YEAR] = {"xl.col.prev_year", "Previous year", "Vergleichsjahr"},
    [CHARTA_LBL_XL_COL_PREV_VALUE] = {"xl.col.prev_value", "Previous value", "Vergleichswert"},
    [CHARTA_LBL_XL_COL_CHANGE] = {"xl.col.change", "Change", "Veränderung"},
    [CHARTA_LBL_XL_COL_TARGET] = {"xl.col.target", "Target", "Zielwert"},
    [CHARTA_LBL_XL_COL_TARGET_YEAR] = {"xl.col.target_year", "Target year", "Zieljahr"},
    [CHARTA_LBL_XL_COL_ASSESSMENT] = {"xl.col.assessment", "Assessment", "Bewertung"},
    [CHARTA_LBL_XL_COL_LEVEL] = {"xl.col.level", "Level", "Stufe"},
    [CHARTA_LBL_XL_LEVEL_LEGEND] = {"xl.level_legend",
                                    "Level: the assessment as a number, to sort and filter by",
                                    "Stufe: die Bewertung als Zahl, zum Sortieren und Filtern"},
    [CHARTA_LBL_XL_ALL_AREAS] = {"xl.all_areas", "Tables of all areas", "Tabellen aller Gebiete"},
    [CHARTA_LBL_XL_ALL_AREAS_NOTE] =
        {"xl.all_areas_note",
         "Every area, one table per indicator, to filter and sort; the pages printed above "
         "show the subject, the focus areas and the benchmarks.",
         "Alle Gebiete, eine Tabelle je Indikator, zum Filtern und Sortieren; die gedruckten "
         "Seiten oben zeigen das Berichtsgebiet, die Schwerpunktgebiete und die Vergleichsgebiete."},
    [CHARTA_LBL_XL_OVERVIEW_HINT] =
        {"xl.overview_hint",
         "A click on a code opens the indicator's table. Change: latest value "
         "minus previous value, in the indicator's unit (percentage points for "
         "%).",
         "Ein Klick auf die Kennung öffnet die Tabelle des Indikators. "
         "Veränderung: letzter Wert minus Vergleichswert, in der Einheit des "
         "Indikators (bei % in Prozentpunkten)."},
    [CHARTA_LBL_XL_FACT_VALUE] = {"xl.fact.value", "Value", "Wert"},
    [CHARTA_LBL_XL_FACT_DIRECTION] = {"xl.fact.direction", "Direction", "Richtung"},
    [CHARTA_LBL_XL_DIR_NONE] = {"xl.dir_none", "no preferred direction", "keine Wertungsrichtung"},
    [CHARTA_LBL_XL_FACT_BACK] = {"xl.fact.back", "← Overview", "← Übersicht"},
    [CHARTA_LBL_XL_NO_VALUE] = {"xl.no_value", "no value", "kein Wert"},
    [CHARTA_LBL_XL_COL_DECIMALS] = {"xl.col.decimals", "Decimals shown", "Nachkommastellen"},
    [CHARTA_LBL_XL_COL_TARGETS] = {"xl.col.targets", "Targets", "Ziele"},
    [CHARTA_LBL_XL_COL_TAGS] = {"xl.col.tags", "Frameworks", "Rahmenwerke"},
    [CHARTA_LBL_XL_COL_COMMENT] = {"xl.col.comment", "Comment", "Kommentar"},
    [CHARTA_LBL_XL_COL_COMPUTE] = {"xl.col.compute", "Calculation (Lua)", "Berechnung (Lua)"},
    [CHARTA_LBL_XL_COL_READS] = {"xl.col.reads", "Reads", "Liest"},
    [CHARTA_LBL_XL_COL_METHOD] = {"xl.col.method", "Assessment method", "Bewertungsmethode"},
    [CHARTA_LBL_XL_AGAINST] = {"xl.against", "against", "gegenüber"},
    [CHARTA_LBL_XL_META_NOTE] =
        {"xl.meta_note",
         "Origin: the library of charta that ships the indicator, or the one it is made "
         "from, and the file and line of its declaration. Reads: the variables and "
         "indicators its calculation uses.",
         "Herkunft: die Bibliothek von charta, die den Indikator mitliefert oder aus der er "
         "abgeleitet ist, und Datei und Zeile seiner Deklaration. Liest: die Variablen und "
         "Indikatoren, die die Berechnung verwendet."},
    [CHARTA_LBL_XL_INPUT_FILES] = {"xl.input_files", "Input files", "Eingangsdateien"},
    [CHARTA_LBL_XL_VARIABLES] = {"xl.variables", "Variables", "Variablen"},
    [CHARTA_LBL_XL_COL_SHA256] = {"xl.col.sha256", "SHA-256", "SHA-256"},
    [CHARTA_LBL_XL_COL_ROWS] = {"xl.col.rows", "Rows read", "Gelesene Zeilen"},
    [CHARTA_LBL_XL_COL_AREAS] = {"xl.col.areas", "Areas with values", "Gebiete mit Werten"},
    [CHARTA_LBL_XL_COL_FIRST_YEAR] = {"xl.col.first_year", "First year", "Erstes Jahr"},
    [CHARTA_LBL_XL_COL_LAST_YEAR] = {"xl.col.last_year", "Last year", "Letztes Jahr"},
    [CHARTA_LBL_XL_COL_VARIABLE] = {"xl.col.variable", "Variable", "Variable"},
    [CHARTA_LBL_XL_COL_AGGREGATE] = {"xl.col.aggregate", "Aggregation", "Aggregation"},
    [CHARTA_LBL_XL_COL_VALUES] = {"xl.col.values", "Values", "Werte"},
    [CHARTA_LBL_XL_COL_USED_BY] = {"xl.col.used_by", "Used by", "Verwendet von"},
    [CHARTA_LBL_XL_AGG_SUM] = {"xl.agg.sum", "sum", "Summe"},
    [CHARTA_LBL_XL_AGG_MEAN] = {"xl.agg.mean", "mean", "Mittelwert"},
    [CHARTA_LBL_XL_AGG_WEIGHTED] = {"xl.agg.weighted", "mean weighted by",
                                    "Mittelwert gewichtet mit"},
    [CHARTA_LBL_XL_AGG_MIN] = {"xl.agg.min", "minimum", "Minimum"},
    [CHARTA_LBL_XL_AGG_MAX] = {"xl.agg.max", "maximum", "Maximum"},
    [CHARTA_LBL_XL_AGG_NONE] = {"xl.agg.none", "not aggregated", "keine Aggregation"},
    [CHARTA_LBL_XL_INPUTS_NOTE] =
        {"xl.inputs_note",
         "SHA-256: the fingerprint of each file as it was read; a file with "
         "the same SHA-256 is the same file.",
         "SHA-256: der Fingerabdruck jeder Datei, wie sie gelesen wurde; eine "
         "Datei mit demselben SHA-256 ist dieselbe Datei."},
    [CHARTA_LBL_XL_VALUES_HERE] = {"xl.values_here",
                                   "The values of every variable by area and year:",
                                   "Die Werte jeder Variablen nach Gebiet und Jahr:"},
    [CHARTA_LBL_XL_VALUES_OMITTED] =
        {"xl.values_omitted",
         "The values of the variables are not repeated in this workbook "
         "because of their size; they are in the input files above (see their "
         "SHA-256).",
         "Die Werte der Variablen sind wegen ihres Umfangs nicht in dieser "
         "Arbeitsmappe wiederholt; sie stehen in den oben genannten "
         "Eingangsdateien (siehe SHA-256)."},
    [CHARTA_LBL_XL_YEAR] = {"xl.year", "Year", "Jahr"},
    [CHARTA_LBL_XL_DOC_SUBJECT] = {"xl.doc.subject", "SDG and smart city indicators",
                                   "SDG- und Smart-City-Indikatoren"},
    [CHARTA_LBL_XL_DOC_KEYWORDS] = {"xl.doc.keywords",
                                    "SDG, Smart City, indicators, sustainability, statistics",
                                    "SDG, Smart City, Indikatoren, Nachhaltigkeit, Statistik"},
    [CHARTA_LBL_XL_DATE_FORMAT] = {"xl.date_format", "yyyy-mm-dd", "dd.mm.yyyy"},
    [CHARTA_LBL_SRC_PUBLISHER] = {"src.publisher", "Publisher", "Herausgeber"},
    [CHARTA_LBL_SRC_TABLE] = {"src.table", "Table", "Tabelle"},
    [CHARTA_LBL_SRC_TITLE] = {"src.title", "Title", "Titel"},
    [CHARTA_LBL_SRC_ATTRIBUTION] = {"src.attribution", "Attribution", "Namensnennung"},
    [CHARTA_LBL_SRC_FOOTNOTES] = {"src.footnotes", "Footnotes of the source",
                                  "Fußnoten der Quelle"},
    [CHARTA_LBL_SRC_DATA_NOTES] = {"src.data_notes", "Notes on the data", "Hinweise zu den Daten"},
    [CHARTA_LBL_NOTE_NOT_REPORTED] = {"note.not_reported",
                                      "no data: the area did not report (it did not exist "
                                      "in this period)",
                                      "keine Daten: das Gebiet hat nicht gemeldet (es bestand "
                                      "in diesem Zeitraum nicht)"},
    [CHARTA_LBL_NOTE_REPORTED_WITH] = {"note.reported_with",
                                       "no data of its own: reported with %s",
                                       "keine eigenen Daten: gemeldet mit %s"},
    [CHARTA_LBL_NOTE_MORE] = {"note.more", "and %zu more (all in the workbook, sheet %s)",
                              "und %zu weitere (alle in der Arbeitsmappe, Blatt %s)"},
    [CHARTA_LBL_SRC_CHANGES] = {"src.changes", "Changes of area codes",
                                "Änderungen von Gebietsschlüsseln"},
    [CHARTA_LBL_SRC_CHANGE] = {"src.change", "%s became %s in %d; the report shows one series "
                               "under the new code.",
                               "%s wurde zu %s (ab %d); der Bericht zeigt eine Zeitreihe unter "
                               "dem neuen Schlüssel."},
    [CHARTA_LBL_SRC_CHANGE_DIFFER] = {"src.change_differ",
                                      "Where both codes have values they differ in %zu "
                                      "cases; shown are the old code's values before %d and "
                                      "the new code's from %d on.",
                                      "Wo beide Schlüssel Werte haben, weichen sie in %zu "
                                      "Fällen voneinander ab; gezeigt werden die Werte des "
                                      "alten Schlüssels vor %d und die des neuen ab %d."},
    [CHARTA_LBL_SRC_BREAK] = {"src.break", "Break in series in %d: %s",
                              "Bruch in der Zeitreihe %d: %s"},
    [CHARTA_LBL_SRC_ROWS_AS_OF] = {"src.rows_as_of", "%s rows, data as of %s",
                                   "%s Zeilen, Datenstand %s"},
    [CHARTA_LBL_XL_COL_YEARS] = {"xl.col.years", "Years", "Jahre"},
    [CHARTA_LBL_XL_COL_NOTE] = {"xl.col.note", "Note", "Hinweis"},
    [CHARTA_LBL_XL_COL_OLD_CODE] = {"xl.col.old_code", "Old code", "Alter Schlüssel"},
    [CHARTA_LBL_XL_COL_NEW_CODE] = {"xl.col.new_code", "New code", "Neuer Schlüssel"},
    [CHARTA_LBL_XL_COL_FROM_YEAR] = {"xl.col.from_year", "From year", "Ab Jahr"},
    [CHARTA_LBL_XL_COL_REASON] = {"xl.col.reason", "Reason", "Grund"},
    [CHARTA_LBL_XL_COL_VARIABLES] = {"xl.col.variables", "Variables", "Variablen"},
    [CHARTA_LBL_XL_BREAKS] = {"xl.breaks", "Breaks in series", "Brüche in Zeitreihen"},
    [CHARTA_LBL_XL_COL_TAKEN] = {"xl.col.taken", "Values taken over", "Übernommene Werte"},
    [CHARTA_LBL_XL_COL_DIFFER] = {"xl.col.differ", "Differing values", "Abweichende Werte"},
    [CHARTA_LBL_XL_COL_ITEM] = {"xl.col.item", "Item", "Angabe"},
    [CHARTA_LBL_XL_COL_TEXT] = {"xl.col.text", "Text", "Text"},
    [CHARTA_LBL_XL_PROVENANCE] = {"xl.provenance", "Publishers, licences and footnotes",
                                  "Herausgeber, Lizenzen und Fußnoten"},
    [CHARTA_LBL_SHEET_COVERAGE] = {"sheet.coverage", "Coverage", "Abdeckung"},
    [CHARTA_LBL_XL_DESC_COVERAGE] = {"xl.desc.coverage",
                                     "indicators per action field and SDG; the SDGs without one",
                                     "Indikatoren je Handlungsfeld und SDG; die SDGs ohne "
                                     "Indikator"},
    [CHARTA_LBL_XL_COVERAGE_NOTE] =
        {"xl.coverage_note",
         "A cell counts the action field's indicators whose SDG codes name the goal (an "
         "indicator with several codes counts under each of their goals, once per goal); "
         "an empty cell: none. The total row counts every indicator once per goal.",
         "Eine Zelle zählt die Indikatoren des Handlungsfelds, deren SDG-Codes das Ziel "
         "nennen (ein Indikator mit mehreren Codes zählt unter jedem ihrer Ziele, je Ziel "
         "einmal); leeres Feld: keiner. Die Summenzeile zählt jeden Indikator je Ziel einmal."},
    [CHARTA_LBL_XL_COVERAGE_TOTAL] = {"xl.coverage_total", "All indicators", "Alle Indikatoren"},
    [CHARTA_LBL_XL_SDGS_COVERED] = {"xl.sdgs_covered",
                                    "%d of the 17 SDGs have at least one indicator.",
                                    "%d der 17 SDGs haben mindestens einen Indikator."},
    [CHARTA_LBL_XL_SDGS_WITHOUT] = {"xl.sdgs_without", "SDGs without an indicator",
                                    "SDGs ohne Indikator"},
    [CHARTA_LBL_XL_NONE] = {"xl.none", "none", "keine"},
    [CHARTA_LBL_XL_COL_DEFINITION] = {"xl.col.definition", "Definition", "Definition"},
    [CHARTA_LBL_XL_COL_ORIGIN] = {"xl.col.origin", "Origin", "Herkunft"},
    [CHARTA_LBL_XL_ORIGIN_SHIPPED] = {"xl.origin.shipped", "shipped by %s", "mitgeliefert von %s"},
    [CHARTA_LBL_XL_ORIGIN_EXTENDS] = {"xl.origin.extends", "extends %s", "erweitert %s"},
    [CHARTA_LBL_XL_UNAVAILABLE] = {"xl.unavailable", "Shipped indicators left out",
                                   "Nicht berichtete mitgelieferte Indikatoren"},
    [CHARTA_LBL_XL_UNAVAILABLE_NOTE] =
        {"xl.unavailable_note",
         "The project's data lack what these indicators need; a source that gives the "
         "variable under its name brings them into the report.",
         "Den Daten des Projekts fehlt, was diese Indikatoren brauchen; eine Quelle, die die "
         "Variable unter ihrem Namen liefert, bringt sie in den Bericht."},
    [CHARTA_LBL_XL_COL_LIBRARY] = {"xl.col.library", "Library", "Bibliothek"},
    [CHARTA_LBL_XL_COL_LACKS] = {"xl.col.lacks", "Lacks", "Fehlt"},
    [CHARTA_LBL_XL_COL_GENESIS] = {"xl.col.genesis", "GENESIS table", "GENESIS-Tabelle"},
    [CHARTA_LBL_XL_COL_WHERE] = {"xl.col.where", "What it is, where cities get it",
                                 "Was sie ist, woher Städte sie beziehen"},
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

/* The subject by kind: English, then German nominative, accusative, dative. */
static const char *const subjects[CHARTA_KIND_COUNT][4] = {
    [CHARTA_KIND_CITY] = {"the city", "die Stadt", "die Stadt", "der Stadt"},
    [CHARTA_KIND_MUNICIPALITY] = {"the municipality", "die Gemeinde", "die Gemeinde",
                                  "der Gemeinde"},
    [CHARTA_KIND_DISTRICT] = {"the district", "der Kreis", "den Kreis", "dem Kreis"},
    [CHARTA_KIND_STATE] = {"the state", "das Land", "das Land", "dem Land"},
    [CHARTA_KIND_COUNTRY] = {"the country", "der Staat", "den Staat", "dem Staat"},
};

const char *
charta_label_subject(charta_subject_kind kind, charta_grammar_case gc, const char *lang)
{
    if ((int)kind < 0 || kind >= CHARTA_KIND_COUNT)
        kind = CHARTA_KIND_CITY;
    if ((int)gc < 0 || gc > CHARTA_CASE_DATIVE)
        gc = CHARTA_CASE_NOMINATIVE;
    return is_german(lang) ? subjects[kind][1 + gc] : subjects[kind][0];
}
