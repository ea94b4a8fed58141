/* keys.c: the keys of every declaration and nested table (keys.h). The readers
 * check a script's keys against these lists, so what `charta help` and the
 * reference say is what the code accepts. A key added here without a reader is
 * ignored silently: add the reader in the same change.
 *
 * Each declaration's example loads as it stands in one project beside the others
 * (tests/tools/reference_test.py runs `charta check` on them): keep their names in
 * step (the source "bevoelkerung" with population and cars, the areas 01 and 02,
 * the field HF01; the test writes the data files the sources name).
 */
#include "charta/keys.h"

#include <string.h>

#include "charta/i18n.h"

#define K(name, type, dflt, doc) {name, type, dflt, doc}
#define END {NULL, NULL, NULL, NULL}

static const charta_key_doc city_keys[] = {
    K("id", N_("name"), NULL, N_("short name of the city; names the report files (required)")),
    K("name", N_("text"), NULL, N_("the city's name as the report prints it")),
    K("code", N_("area code"), NULL, N_("the area code of the city itself among the areas")),
    K("kind", N_("name"), "\"Stadt\"",
      N_("what the report calls the subject: Stadt, Gemeinde, Kreis, Land or Staat")),
    K("languages", N_("list of languages"), "{ \"en\" }",
      N_("the report languages, \"de\" and \"en\"; the first is the default")),
    K("years", N_("two years"), N_("the years of the data"),
      N_("the reporting window: first and last year")),
    K("limits", N_("table"), NULL, N_("limits on time, memory and file sizes (see city.limits)")),
    END,
};

static const charta_key_doc limits_keys[] = {
    K("instructions", N_("number"), "1e8",
      N_("Lua instructions per call of a script (about a second)")),
    K("memory_mb", N_("number"), "256", N_("memory of all scripts together, in megabytes")),
    K("seconds", N_("number"), "600", N_("the longest a whole run may take, in seconds")),
    K("max_file_mb", N_("number"), "512", N_("the largest input file, in megabytes")),
    K("max_input_mb", N_("number"), "2048",
      N_("all data and areas files of a run together, in megabytes")),
    END,
};

static const charta_key_doc areas_keys[] = {
    K("file", N_("file name"), NULL, N_("a CSV file with one row per area")),
    K("code", N_("column"), NULL, N_("the column with the area's code")),
    K("name", N_("column"), NULL, N_("the column with the area's name")),
    K("parent", N_("column"), NULL, N_("the column with the code of the area it belongs to")),
    K("encoding", N_("name"), "\"utf-8\"", N_("the file's encoding: utf-8, latin1 or cp1252")),
    K("delimiter", N_("character"), N_("\";\" or \",\", as the first line has"),
      N_("the character between the file's columns")),
    K("list", N_("list of tables"), NULL, N_("the areas written in the script instead of a file")),
    END,
};

static const charta_key_doc areas_list_keys[] = {
    K("code", N_("area code"), NULL, N_("the area's code (required)")),
    K("name", N_("text"), NULL, N_("the area's name")),
    K("parent", N_("area code"), NULL, N_("the code of the area it belongs to")),
    END,
};

static const charta_key_doc source_keys[] = {
    K("file", N_("file name"), NULL, N_("the data file, relative to the project folder (required)")),
    K("format", N_("name"), "\"csv\"",
      N_("the kind of file: csv, genesis, sdmx, opensdg or xlsx")),
    K("preset", N_("name"), NULL,
      N_("a bundle of settings: \"genesis\" for exports of the statistics offices")),
    K("encoding", N_("name"), "\"utf-8\"", N_("the file's encoding: utf-8, latin1 or cp1252")),
    K("delimiter", N_("character"), "\",\"", N_("the character between the file's columns")),
    K("decimal", N_("character"), "\".\"", N_("the decimal mark of numbers")),
    K("thousands", N_("character"), N_("none"), N_("the thousands separator of numbers")),
    K("skip", N_("number"), "0", N_("lines to skip before the header")),
    K("header", N_("number"), "1", N_("the number of header rows")),
    K("layout", N_("name"), "\"wide\"",
      N_("\"wide\": one column per variable; \"long\": one value per row")),
    K("area", N_("column"), NULL, N_("the column with the area")),
    K("area_by", N_("name"), "\"code\"", N_("whether the area column holds codes or names")),
    K("area_value", N_("area code"), NULL, N_("the one area of a file about a single area")),
    K("area_name", N_("column"), NULL, N_("the column with the area's name")),
    K("year", N_("column or year"), NULL,
      N_("the column with the year or date, or the year of the whole file")),
    K("variable", N_("column"), NULL, N_("long layout: the column that names the variable")),
    K("value", N_("column"), NULL, N_("long layout: the column with the value")),
    K("variables", N_("table"), NULL,
      N_("the variables the file brings, by name (see source.variables)")),
    K("missing", N_("list of signs"), NULL, N_("further signs that mean a value is missing")),
    K("licence", N_("text"), NULL, N_("the data's licence, shown in the report")),
    K("signs", N_("table"), NULL, N_("what a sign in a cell means, over the preset's meaning")),
    K("reported_with", N_("table"), NULL,
      N_("areas whose values this source reports with another area")),
    K("publisher", N_("text"), NULL, N_("who publishes the data")),
    K("attribution", N_("text"), NULL, N_("the attribution the licence asks for")),
    K("title", N_("text"), NULL, N_("what the data are, as the report's source notes name them")),
    K("sheet", N_("name or number"), N_("the first sheet"),
      N_("xlsx: the workbook's sheet, by its name or its number (1 = the first)")),
    K("range", N_("cell range"), N_("the whole sheet"),
      N_("xlsx: the cells to read, e.g. \"A3:F40\"; rows keep the sheet's numbers")),
    END,
};

static const charta_key_doc variable_keys[] = {
    K("column", N_("column"), NULL, N_("the column with the variable's values (required)")),
    K("unit", N_("text"), NULL, N_("the unit of the values")),
    K("aggregate", N_("name"), "\"sum\"",
      N_("how areas add up to their parent: sum, mean, min, max or none")),
    K("weight", N_("variable"), NULL, N_("the variable that weights a mean")),
    K("tolerance", N_("number"), "0.001",
      N_("how far a parent's own value may differ from its parts' total")),
    K("scale", N_("number"), "1", N_("a factor every value is multiplied by")),
    END,
};

static const charta_key_doc keyed_keys[] = {
    K("file", N_("file name"), NULL, N_("the data file, relative to the project folder (required)")),
    K("format", N_("name"), NULL, N_("\"sdmx\" or \"opensdg\" (required)")),
    K("encoding", N_("name"), "\"utf-8\"", N_("Open SDG files only: utf-8, latin1 or cp1252")),
    K("area", N_("dimension or column"), N_("REF_AREA or GeoCode"),
      N_("the dimension or column naming the area")),
    K("area_value", N_("area code"), NULL, N_("the area of the rows without an area code")),
    K("area_codes", N_("table"), NULL, N_("the file's area codes translated into the project's")),
    K("series", N_("table"), NULL, N_("which series of the file the source takes")),
    K("variables", N_("table"), NULL,
      N_("the variables, by name; {} takes every series (see sdmx-source.variables)")),
    K("licence", N_("text"), NULL, N_("the data's licence, shown in the report")),
    K("publisher", N_("text"), NULL, N_("who publishes the data")),
    K("attribution", N_("text"), NULL, N_("the attribution the licence asks for")),
    K("title", N_("text"), NULL, N_("what the data are, as the report's source notes name them")),
    END,
};

static const charta_key_doc keyed_var_keys[] = {
    K("series", N_("table"), NULL, N_("which series the variable takes, within the source's")),
    K("unit", N_("text"), NULL, N_("the unit of the values")),
    K("aggregate", N_("name"), "\"none\"",
      N_("how areas add up to their parent: sum, mean, min, max or none")),
    K("weight", N_("variable"), NULL, N_("the variable that weights a mean")),
    K("tolerance", N_("number"), "0.001",
      N_("how far a parent's own value may differ from its parts' total")),
    K("scale", N_("number"), "1", N_("a factor every value is multiplied by")),
    K("period", N_("name"), NULL,
      N_("how shorter periods make the year: mean, sum, min, max, last or count")),
    K("complete", N_("number"), "1", N_("the share of a year's periods needed for a full year")),
    K("incomplete", N_("name"), "\"U\"",
      N_("an incomplete year: \"U\" (low reliability) or \"missing\"")),
    END,
};

static const charta_key_doc field_keys[] = {
    K("title", N_("text"), NULL, N_("the action field's title")),
    K("sdgs", N_("list of SDG codes"), NULL, N_("the SDG targets the field serves")),
    K("description", N_("text"), NULL, N_("what the field covers")),
    K("guideline", N_("text"), NULL, N_("the Smart City Charta guideline it serves")),
    END,
};

static const charta_key_doc indicator_keys[] = {
    K("title", N_("text"), NULL, N_("the indicator's title")),
    K("field", N_("field id"), NULL, N_("the action field it belongs to")),
    K("sdg", N_("SDG code or list"), NULL, N_("the UN SDG indicator codes it stands for")),
    K("tags", N_("table"), NULL, N_("codes in other frameworks, such as umf or iso37120")),
    K("unit", N_("text"), NULL, N_("the unit of its values")),
    K("decimals", N_("number"), N_("as computed"), N_("the decimals shown in tables and charts")),
    K("direction", N_("name"), "\"none\"", N_("which way is better: up, down or none")),
    K("target", N_("table or list"), NULL,
      N_("the target, or a list of milestones (see indicator.target)")),
    K("comment", N_("text"), NULL, N_("a note shown beside the indicator")),
    K("compute", N_("function"), NULL, N_("computes the values from d (required)")),
    K("chart", N_("table"), NULL, N_("how its charts are drawn (see indicator.chart)")),
    K("sdmx", N_("table"), NULL, N_("its codes in the SDMX export (see indicator.sdmx)")),
    K("limit", N_("number"), NULL, N_("its natural limit, such as 100 for a share")),
    K("breakdown", N_("dimension or list"), NULL,
      N_("the dimensions it is also computed by, such as \"sex\"")),
    K("definition", N_("text"), NULL, N_("what it measures and how")),
    K("needs", N_("list of names"), NULL,
      N_("the variables and indicators compute reads; no others")),
    K("extends", N_("name"), NULL, N_("a shipped indicator to start from, \"library/id\"")),
    END,
};

static const charta_key_doc target_keys[] = {
    K("year", N_("year"), NULL, N_("the year the target is for (required)")),
    K("value", N_("number"), NULL, N_("the value to reach")),
    K("change", N_("number"), NULL, N_("the change to reach, in percent of the base year's value")),
    K("base", N_("year"), NULL, N_("the year the change is measured from")),
    K("area", N_("area code"), N_("every area"), N_("the one area the target is for")),
    END,
};

static const charta_key_doc chart_keys[] = {
    K("kind", N_("name"), "\"timeseries\"",
      N_("the main chart: timeseries (years), areas (compared) or none")),
    K("also", N_("list of names"), NULL, N_("further charts of other kinds")),
    K("areas", N_("list of area codes"), N_("the focus areas"), N_("the areas drawn")),
    K("y_min", N_("number"), N_("from the values"), N_("the lowest value on the axis")),
    K("y_max", N_("number"), N_("from the values"), N_("the highest value on the axis")),
    K("zero", N_("true or false"), N_("bars: true"), N_("whether the axis starts at zero")),
    K("alt", N_("text"), N_("made from the values"), N_("the chart's text for screen readers")),
    END,
};

/* SERIES, UNIT_MEASURE, NATURE, then the dimensions a project may give, in the
 * order of charta_sdmx_dimension from 4 on (test_keys.c holds them in step) */
static const charta_key_doc sdmx_keys[] = {
    K("SERIES", N_("code"), NULL, N_("the SDG series code (required)")),
    K("UNIT_MEASURE", N_("code"), NULL, N_("the series' unit code (required)")),
    K("NATURE", N_("code"), NULL, N_("the nature of the data, on every observation")),
    K("SEX", N_("code or map"), "\"_T\"", N_("a fixed code, or a map from breakdown values")),
    K("AGE", N_("code or map"), "\"_T\"", N_("a fixed code, or a map from breakdown values")),
    K("URBANISATION", N_("code or map"), "\"_T\"",
      N_("a fixed code, or a map from breakdown values")),
    K("INCOME_WEALTH_QUANTILE", N_("code or map"), "\"_T\"",
      N_("a fixed code, or a map from breakdown values")),
    K("EDUCATION_LEV", N_("code or map"), "\"_T\"",
      N_("a fixed code, or a map from breakdown values")),
    K("OCCUPATION", N_("code or map"), "\"_T\"",
      N_("a fixed code, or a map from breakdown values")),
    K("CUST_BREAKDOWN", N_("code or map"), "\"_T\"",
      N_("a fixed code, or a map from breakdown values")),
    K("COMPOSITE_BREAKDOWN", N_("code or map"), "\"_T\"",
      N_("a fixed code, or a map from breakdown values")),
    K("DISABILITY_STATUS", N_("code or map"), "\"_T\"",
      N_("a fixed code, or a map from breakdown values")),
    K("ACTIVITY", N_("code or map"), "\"_T\"", N_("a fixed code, or a map from breakdown values")),
    K("PRODUCT", N_("code or map"), "\"_T\"", N_("a fixed code, or a map from breakdown values")),
    END,
};

static const charta_key_doc sdmx_map_keys[] = {
    K("dimension", N_("dimension"), N_("the key's name"),
      N_("the breakdown dimension whose values are mapped")),
    K("codes", N_("table"), NULL, N_("each value of that dimension with its code")),
    END,
};

static const charta_key_doc report_keys[] = {
    K("title", N_("text"), NULL, N_("the report's title")),
    K("formats", N_("list of names"), N_("all"),
      N_("what to write: xlsx, csv, charts, pdf, opensdg, sdmx")),
    K("progress", N_("name"), "\"eurostat\"",
      N_("the progress method: eurostat, unsd, statcan, dns or the city's own")),
    K("focus", N_("list of area codes"), NULL, N_("areas highlighted in charts and tables")),
    K("benchmarks", N_("list of area codes"), NULL,
      N_("areas drawn as reference lines and shown beside the city")),
    K("logo", N_("file name"), NULL, N_("a PNG file for the PDF's cover")),
    K("colors", N_("table"), NULL, N_("the city's colours (see report.colors)")),
    K("opensdg", N_("table"), NULL, N_("settings of the Open SDG data (see report.opensdg)")),
    END,
};

static const charta_key_doc colors_keys[] = {
    K("primary", N_("colour"), "\"#005a9c\"", N_("the city's line and the headings")),
    K("accent", N_("colour"), "\"#d55e00\"", N_("highlighted bars")),
    K("series", N_("list of colours"), NULL, N_("the lines of the focus areas")),
    END,
};

static const charta_key_doc opensdg_keys[] = {
    K("status", N_("name"), "\"codes\"",
      N_("status and multiplier columns as SDMX \"codes\" or as \"names\"")),
    END,
};

static const charta_key_doc method_keys[] = {
    K("title", N_("text"), NULL, N_("the method's name in the report")),
    K("categories", N_("table"), NULL,
      N_("each category's code with its level or a table (required)")),
    K("assess", N_("function"), NULL,
      N_("function(points, target, info) giving a category (required)")),
    END,
};

static const charta_key_doc category_keys[] = {
    K("level", N_("number"), NULL, N_("from -2 (moving away fast) to 3 (target met) (required)")),
    K("label", N_("text"), N_("the code"), N_("the category's words in the report")),
    K("symbol", N_("character"), N_("the level's"), N_("one character shown with it")),
    K("colour", N_("colour"), N_("the level's"), N_("its colour, \"#rrggbb\"")),
    K("color", N_("colour"), N_("the level's"), N_("the same as colour")),
    END,
};

static const charta_key_doc answer_keys[] = {
    K("category", N_("name"), NULL, N_("one of the method's categories (required)")),
    K("ratio", N_("number"), NULL, N_("a ratio the report shows with the category")),
    K("score", N_("number"), NULL, N_("a score the report shows")),
    K("cagr_actual", N_("number"), NULL, N_("the growth per year so far, in percent")),
    K("cagr_required", N_("number"), NULL, N_("the growth per year needed, in percent")),
    K("projected_value", N_("number"), NULL, N_("the value expected in the target year")),
    K("base_year", N_("year"), NULL, N_("the year the assessment starts from")),
    K("note", N_("text"), NULL, N_("a note shown with the assessment")),
    END,
};

static const charta_key_doc change_keys[] = {
    K("old", N_("area code"), NULL, N_("the code that ends (required)")),
    K("new", N_("area code"), NULL, N_("the code that takes its data over (required)")),
    K("year", N_("year"), NULL, N_("the first year under the new code (required)")),
    K("reason", N_("text"), NULL, N_("why, for the report's notes")),
    END,
};

static const charta_key_doc break_keys[] = {
    K("source", N_("source name"), NULL, N_("the source whose variables all break")),
    K("variables", N_("list of names"), NULL, N_("the variables that break, instead of a source")),
    K("year", N_("year"), NULL, N_("the first year of the new counting (required)")),
    K("reason", N_("text"), NULL, N_("why, for the report's notes")),
    END,
};

static const charta_key_doc vocab_keys[] = {
    K("title", N_("text"), NULL, N_("what the variable counts")),
    K("unit", N_("text"), NULL, N_("its unit")),
    K("aggregate", N_("name"), "\"sum\"", N_("how areas add up: sum, mean, min, max or none")),
    K("genesis", N_("text"), NULL, N_("the GENESIS table where cities get it")),
    K("where", N_("text"), NULL, N_("where cities usually get it")),
    END,
};

static const charta_key_doc no_keys[] = {END};

static const charta_keyset keysets[] = {
    {"city", "city { ... }", N_("The city (or Kreis, Land): its name, code, languages and years."),
     "city {\n"
     "  id = \"musterstadt\", name = \"Musterstadt\", code = \"09999000\",\n"
     "  kind = \"Stadt\", languages = { \"de\", \"en\" }, years = { 2015, 2024 },\n"
     "  limits = { instructions = 1e8, memory_mb = 256 },\n"
     "}\n",
     city_keys},
    {"city.limits", "city { limits = { ... } }",
     N_("Limits that stop a script that runs away; the defaults suit most cities."),
     "limits = { instructions = 1e9, memory_mb = 512, seconds = 1200 }\n", limits_keys},
    {"areas", "areas { ... }",
     N_("The city's districts and quarters, from a file or a list. Without it the area codes "
        "of the data are the areas."),
     "areas {\n"
     "  list = {\n"
     "    { code = \"09999000\", name = \"Musterstadt\" },\n"
     "    { code = \"01\", name = \"Mitte\", parent = \"09999000\" },\n"
     "    { code = \"02\", name = \"Nord\", parent = \"09999000\" },\n"
     "  },\n"
     "}\n",
     areas_keys},
    {"areas.list", "areas { list = { { ... }, ... } }", N_("One area written in the script."),
     "{ code = \"01\", name = \"Mitte\", parent = \"09999000\" }\n", areas_list_keys},
    {"source", "source \"name\" { ... }",
     N_("A data file (CSV or GENESIS) and the variables it brings."),
     "source \"bevoelkerung\" {\n"
     "  file = \"data/bevoelkerung.csv\",\n"
     "  area = \"Gebiet\", year = \"Jahr\",\n"
     "  licence = \"dl-de/by-2-0\", publisher = \"Amt für Statistik\",\n"
     "  variables = {\n"
     "    population = { column = \"Einwohner\", unit = \"persons\", aggregate = \"sum\" },\n"
     "    cars = { column = \"Pkw\", unit = \"cars\" },\n"
     "  },\n"
     "}\n",
     source_keys},
    {"source.variables", "source \"name\" { variables = { name = { ... } } }",
     N_("One variable of a CSV source: its column, unit and how it adds up. A column name "
        "alone is short for { column = ... }."),
     "population = { column = \"Einwohner\", unit = \"persons\", aggregate = \"sum\" }\n",
     variable_keys},
    {"sdmx-source", "source \"name\" { format = \"sdmx\" | \"opensdg\", ... }",
     N_("A source in SDMX-ML or Open SDG format: the file names its own layout, variables "
        "select series."),
     "source \"erneuerbare\" {\n"
     "  file = \"data/indicator_7-2-1.csv\", format = \"opensdg\",\n"
     "  area_value = \"09999000\",\n"
     "  title = { de = \"Anteil erneuerbarer Energien\", en = \"Share of renewable energy\" },\n"
     "  variables = { renewables = { unit = \"%\" } },\n"
     "}\n",
     keyed_keys},
    {"sdmx-source.variables", "source \"name\" { format = \"sdmx\", variables = { ... } }",
     N_("One variable of an SDMX or Open SDG source."),
     "renewables = { series = { SERIES = \"EG_FEC_RNEW\" }, unit = \"%\", period = \"mean\" }\n",
     keyed_var_keys},
    {"use", "use \"charta.name\"",
     N_("Loads a file of the shipped library: the action fields, the variables, the SDG "
        "indicators."),
     "use \"charta.fields\"\n", no_keys},
    {"include", "include \"pattern\"",
     N_("Runs the project's own script files that match the pattern, sorted, each once."),
     "include \"indicators/*.lua\"\n", no_keys},
    {"drop", "drop \"charta.library/id\"",
     N_("Leaves a shipped indicator out of the report, after its use."),
     "use \"charta.sdg-kommunen\"\ndrop \"charta.sdg-kommunen/oekolandbau\"\n", no_keys},
    {"field", "field \"id\" { ... }",
     N_("An action field; declaring a shipped one again replaces the keys given."),
     "field \"HF01\" {\n"
     "  title = { de = \"Mobilität & Verkehr\", en = \"Mobility & transport\" },\n"
     "  sdgs = { \"3.6\", \"11.2\" },\n"
     "  description = \"Wie die Menschen in der Stadt unterwegs sind.\",\n"
     "}\n",
     field_keys},
    {"indicator", "indicator \"id\" { ... }",
     N_("An indicator: what it shows, how it is computed and where it should go."),
     "indicator \"pkw-je-einwohner\" {\n"
     "  title = { de = \"Pkw je 1.000 Einwohner\", en = \"Cars per 1,000 inhabitants\" },\n"
     "  field = \"HF01\", sdg = \"11.2.1\",\n"
     "  unit = \"Pkw/1.000 EW\", decimals = 1,\n"
     "  direction = \"down\",\n"
     "  target = { year = 2030, value = 400 },\n"
     "  needs = { \"cars\", \"population\" },\n"
     "  compute = function(d)\n"
     "    return per(d.cars, d.population, 1000)\n"
     "  end,\n"
     "}\n",
     indicator_keys},
    {"indicator.target", "indicator \"id\" { target = { ... } }",
     N_("A target: a value or a change to reach by a year, for every area or one. A list "
        "of them gives milestones."),
     "target = {\n"
     "  { year = 2030, change = -45, base = 2015 },\n"
     "  { year = 2030, value = 380, area = \"01\" },\n"
     "}\n",
     target_keys},
    {"indicator.chart", "indicator \"id\" { chart = { ... } }",
     N_("How the indicator's charts are drawn."),
     "chart = { kind = \"timeseries\", also = { \"areas\" }, y_min = 0 }\n", chart_keys},
    {"indicator.sdmx", "indicator \"id\" { sdmx = { ... } }",
     N_("The codes under which the SDMX export writes the indicator, from the code lists of "
        "the SDG data structure."),
     "sdmx = { SERIES = \"SP_TRN_PUBL\", UNIT_MEASURE = \"PT\", AGE = \"Y_GE15\" }\n",
     sdmx_keys},
    {"indicator.sdmx.map", "sdmx = { DIMENSION = { dimension = ..., codes = { ... } } }",
     N_("Maps a breakdown dimension with another name to an SDMX dimension."),
     "URBANISATION = { dimension = \"lage\", codes = { stadt = \"U\", land = \"R\" } }\n",
     sdmx_map_keys},
    {"report", "report { ... }", N_("The report: its title, formats, progress method and focus."),
     "report {\n"
     "  title = { de = \"Indikatorenbericht\", en = \"Indicator report\" },\n"
     "  formats = { \"xlsx\", \"pdf\" },\n"
     "  progress = \"eurostat\",\n"
     "  focus = { \"01\" },\n"
     "  colors = { primary = \"#005a9c\" },\n"
     "}\n",
     report_keys},
    {"report.colors", "report { colors = { ... } }", N_("The city's colours in charts and the PDF."),
     "colors = { primary = \"#005a9c\", accent = \"#d55e00\", series = { \"#1b9e77\" } }\n",
     colors_keys},
    {"report.opensdg", "report { opensdg = { ... } }", N_("Settings of the Open SDG data."),
     "opensdg = { status = \"names\" }\n", opensdg_keys},
    {"progress_method", "progress_method \"name\" { ... }",
     N_("A city's own way to assess progress, with its own categories."),
     "progress_method \"ampel\" {\n"
     "  title = { de = \"Ampel\", en = \"Traffic light\" },\n"
     "  categories = { gruen = 2, gelb = 0, rot = -1 },\n"
     "  assess = function(points, target, info)\n"
     "    if #points < 2 then return nil, \"too few values\" end\n"
     "    local d = points[#points].value - points[1].value\n"
     "    if info.direction == \"down\" then d = -d end\n"
     "    return d > 0 and \"gruen\" or d == 0 and \"gelb\" or \"rot\"\n"
     "  end,\n"
     "}\n",
     method_keys},
    {"progress_method.categories", "progress_method \"name\" { categories = { code = { ... } } }",
     N_("One category of a city's own method: a level alone, or a table."),
     "gruen = { level = 2, label = { de = \"grün\", en = \"green\" }, symbol = \"●\", "
     "colour = \"#2e7d32\" }\n",
     category_keys},
    {"progress_method.assess", "return { ... } from assess",
     N_("What assess may return instead of a category's code: the category with its working."),
     "return { category = \"gelb\", ratio = 0.7, note = \"knapp verfehlt\" }\n", answer_keys},
    {"area_change", "area_change { ... }",
     N_("A territorial reform: the old code's data join the new code's."),
     "area_change { old = \"03\", new = \"02\", year = 2020, reason = \"Eingemeindung\" }\n",
     change_keys},
    {"series_break", "series_break { ... }",
     N_("A break in series: the year's values get status B, progress is assessed from it on."),
     "series_break { source = \"bevoelkerung\", year = 2022, reason = \"Zensus 2022\" }\n",
     break_keys},
    {"variable", "variable \"name\" { ... }",
     N_("An entry of the shipped vocabulary of variables; a source names its variables by it."),
     "variable \"bus_stops\" {\n"
     "  title = { de = \"Haltestellen\", en = \"Bus stops\" },\n"
     "  unit = \"stops\", aggregate = \"sum\",\n"
     "}\n",
     vocab_keys},
};

const charta_keyset *
charta_keysets(size_t *n)
{
    *n = sizeof keysets / sizeof keysets[0];
    return keysets;
}

const charta_keyset *
charta_keyset_find(const char *name)
{
    for (size_t i = 0; i < sizeof keysets / sizeof keysets[0]; i++)
        if (strcmp(keysets[i].name, name) == 0)
            return &keysets[i];
    return NULL;
}

size_t
charta_keyset_names(const charta_keyset *ks, const char *names[CHARTA_KEYS_MAX])
{
    size_t n = 0;
    for (const charta_key_doc *k = ks->keys; k->name && n < CHARTA_KEYS_MAX; k++)
        names[n++] = k->name;
    return n;
}
