/* engine_decl.c: the declarations city, areas, source and field (DESIGN §2).
 *
 * Each declaration checks its keys against an allow-list (unknown keys are
 * errors with a suggestion), converts the values into the C project and
 * keeps the file:line of the declaration. Errors are raised with
 * luaL_error, so they carry the calling script's file and line.
 */
#include <ctype.h>
#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/source.h"
#include "charta/xlsxread.h"
#include "charta/util.h"
#include "engine_internal.h"

/* --- city ---------------------------------------------------------------- */

static int
decl_city(lua_State *L)
{
    charta_decl_check_loading(L, "city");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = charta_decl_engine_of(L);
    charta_city *c = &e->p->city;
    if (c->declared)
        charta_lua_error(L, "city is declared twice (first at %s:%d)", c->loc.file, c->loc.line);
    charta_decl_check_keyset(L, 1, "city", "city");
    c->declared = true;
    charta_decl_set_loc(L, &c->loc);
    c->id = charta_decl_opt_string(L, 1, "id", "city");
    c->name = charta_decl_opt_string(L, 1, "name", "city");
    c->code = charta_decl_opt_string(L, 1, "code", "city");
    if (!c->id)
        charta_lua_error(L, "city: 'id' is required (a short name for files, like \"musterstadt\")");
    for (const char *s = c->id; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '-' || *s == '_'))
            charta_decl_error_at(L, 1, "id", 0, CHARTA_AT_VALUE,
                                 "city: 'id' may use letters, digits, '-' and '_' only (it names "
                                 "the report files)");
    if (!c->id[0] || strlen(c->id) > CHARTA_ID_MAX)
        charta_decl_error_at(L, 1, "id", 0, CHARTA_AT_VALUE,
                             "city: 'id' must have 1 to %d characters (it names the report files)",
                             CHARTA_ID_MAX);
    if (!c->name)
        c->name = charta_decl_strdup(L, c->id);
    charta_decl_cap_text(L, c->name, CHARTA_LABEL_MAX_CHARS, "city", "name");
    char *kind = charta_decl_opt_string(L, 1, "kind", "city");
    if (kind) {
        bool ok = charta_subject_kind_parse(kind, &c->kind);
        free(kind);
        if (!ok)
            charta_decl_error_at(L, 1, "kind", 0, CHARTA_AT_VALUE,
                                 "city: 'kind' must be \"Stadt\", \"Gemeinde\", \"Kreis\", "
                                 "\"Land\" or \"Staat\" (what the report calls the subject)");
    }
    charta_decl_opt_strlist(L, 1, "languages", "city", &c->languages, &c->n_languages);
    for (size_t i = 0; i < c->n_languages; i++)
        if (strcmp(c->languages[i], "de") != 0 && strcmp(c->languages[i], "en") != 0)
            charta_decl_error_at(L, 1, "languages", 0, CHARTA_AT_VALUE,
                                 "city: language '%s' is not supported (de, en)",
                                 c->languages[i]);
    if (lua_getfield(L, 1, "years") != LUA_TNIL) {
        int y = lua_gettop(L);
        if (!lua_istable(L, y) || lua_rawlen(L, y) != 2)
            charta_decl_error_at(L, 1, "years", 0, CHARTA_AT_VALUE,
                                 "city: 'years' must be the first and last year, like { 2012, "
                                 "2024 }");
        lua_rawgeti(L, y, 1);
        lua_rawgeti(L, y, 2);
        if (!lua_isinteger(L, -2) || !lua_isinteger(L, -1))
            charta_decl_error_at(L, 1, "years", 0, CHARTA_AT_VALUE,
                                 "city: 'years' must be two whole years, like { 2012, 2024 }");
        lua_Integer a = lua_tointeger(L, -2), b = lua_tointeger(L, -1);
        if (a < 1800 || b > 2200 || a > b)
            charta_decl_error_at(L, 1, "years", 0, CHARTA_AT_VALUE,
                                 "city: 'years' must run from an earlier to a later year "
                                 "(1800-2200)");
        c->year_first = (int)a;
        c->year_last = (int)b;
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "limits") != LUA_TNIL) {
        int li = lua_gettop(L);
        luaL_checktype(L, li, LUA_TTABLE);
        charta_decl_check_keyset(L, li, "city.limits", "city.limits");
        double v;
        /* written so that nan fails every range */
        if (charta_decl_opt_number(L, li, "instructions", "city.limits", &v)) {
            if (!(v >= 1e4 && v <= 1e12))
                charta_decl_error_at(L, li, "instructions", 0, CHARTA_AT_VALUE,
                                     "city.limits: 'instructions' must be from 1e4 to 1e12");
            c->limits.instructions = v;
        }
        if (charta_decl_opt_number(L, li, "memory_mb", "city.limits", &v)) {
            if (!(v >= 8 && v <= 65536))
                charta_decl_error_at(L, li, "memory_mb", 0, CHARTA_AT_VALUE,
                                     "city.limits: 'memory_mb' must be from 8 to 65536");
            c->limits.memory_mb = v;
        }
        if (charta_decl_opt_number(L, li, "seconds", "city.limits", &v)) {
            if (!(v > 0 && v <= 86400))
                charta_decl_error_at(L, li, "seconds", 0, CHARTA_AT_VALUE,
                                     "city.limits: 'seconds' must be from 1 to 86400");
            c->limits.seconds = v;
        }
        if (charta_decl_opt_number(L, li, "max_file_mb", "city.limits", &v)) {
            if (!(v >= 1 && v <= 1048576))
                charta_decl_error_at(L, li, "max_file_mb", 0, CHARTA_AT_VALUE,
                                     "city.limits: 'max_file_mb' must be from 1 to 1048576");
            c->limits.max_file_mb = v;
        }
        if (charta_decl_opt_number(L, li, "max_input_mb", "city.limits", &v)) {
            if (!(v >= 1 && v <= 1048576))
                charta_decl_error_at(L, li, "max_input_mb", 0, CHARTA_AT_VALUE,
                                     "city.limits: 'max_input_mb' must be from 1 to 1048576");
            c->limits.max_input_mb = v;
        }
        charta_sandbox_set_limits(e->sb, &c->limits);
    }
    lua_pop(L, 1);
    return 0;
}

/* --- areas --------------------------------------------------------------- */

static int
decl_areas(lua_State *L)
{
    charta_decl_check_loading(L, "areas");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = charta_decl_engine_of(L);
    charta_project *p = e->p;
    if (p->has_areas)
        charta_lua_error(L, "areas are declared twice (first at %s:%d)", p->areas.decl_file,
                   p->areas.decl_line);
    charta_decl_check_keyset(L, 1, "areas", "areas");
    p->has_areas = true;
    charta_areas_spec *a = &p->areas;
    charta_loc loc = {0};
    charta_decl_set_loc(L, &loc);
    a->decl_file = loc.file;
    a->decl_line = loc.line;
    a->file = charta_decl_opt_string(L, 1, "file", "areas");
    a->code = charta_decl_opt_string(L, 1, "code", "areas");
    a->name = charta_decl_opt_string(L, 1, "name", "areas");
    a->parent = charta_decl_opt_string(L, 1, "parent", "areas");
    a->code_at = charta_decl_value_pos(L, 1, "code");
    a->name_at = charta_decl_value_pos(L, 1, "name");
    a->parent_at = charta_decl_value_pos(L, 1, "parent");
    char *enc = charta_decl_opt_string(L, 1, "encoding", "areas");
    if (enc) { /* parsed from a Lua copy: an unknown name raises, which would leak enc */
        lua_pushstring(L, enc);
        free(enc);
        a->encoding = charta_decl_parse_encoding(L, lua_tostring(L, -1), "areas");
        lua_pop(L, 1);
    }
    a->delimiter = charta_decl_parse_char(L, 1, "delimiter", "areas", ",;\t|");
    if (lua_getfield(L, 1, "list") != LUA_TNIL) {
        int li = lua_gettop(L);
        luaL_checktype(L, li, LUA_TTABLE);
        size_t n = (size_t)lua_rawlen(L, li);
        a->inline_code = calloc(n ? n : 1, sizeof(char *));
        a->inline_name = calloc(n ? n : 1, sizeof(char *));
        a->inline_parent = calloc(n ? n : 1, sizeof(char *));
        if (!a->inline_code || !a->inline_name || !a->inline_parent)
            charta_sandbox_raise_nomem(L);
        for (size_t i = 0; i < n; i++) {
            lua_rawgeti(L, li, (lua_Integer)i + 1);
            int it = lua_gettop(L);
            if (!lua_istable(L, it))
                charta_decl_error_at(L, li, NULL, (long)i + 1, CHARTA_AT_VALUE,
                                     "areas: 'list' item %d must be a table like { code = "
                                     "\"01\", name = \"Mitte\", parent = \"...\" }",
                                     (int)i + 1);
            charta_decl_check_keyset(L, it, "areas.list", _("an areas list item"));
            a->n_inline = i + 1;
            a->inline_code[i] = charta_decl_opt_string(L, it, "code", "areas.list");
            a->inline_name[i] = charta_decl_opt_string(L, it, "name", "areas.list");
            charta_decl_cap_text(L, a->inline_name[i], CHARTA_LABEL_MAX_CHARS, "areas.list",
                                 "name");
            a->inline_parent[i] = charta_decl_opt_string(L, it, "parent", "areas.list");
            if (!a->inline_code[i])
                charta_decl_error_at(L, li, NULL, (long)i + 1, CHARTA_AT_VALUE,
                                     "areas: 'list' item %d has no 'code'", (int)i + 1);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (!a->file && !a->n_inline)
        charta_lua_error(L, "areas: give a 'file' (with 'code', 'name', 'parent' columns) or a "
                      "'list'");
    if (a->file && !a->code)
        charta_lua_error(L, "areas: 'code' (the column with the area codes) is required");
    return 0;
}

/* --- source -------------------------------------------------------------- */

static void
read_variables(lua_State *L, int t, charta_source_spec *s, int line, bool keyed)
{
    if (lua_getfield(L, t, "variables") != LUA_TTABLE)
        charta_lua_error(L,
                   "source '%s': 'variables' is required: a table like { population = { "
                   "column = \"Einwohner\", unit = \"persons\" } }",
                   s->name);
    int vt = lua_gettop(L);
    size_t n;
    char **names = charta_decl_sorted_keys(L, vt, &n, "source variables");
    s->vars = calloc(n ? n : 1, sizeof *s->vars);
    if (!s->vars) {
        charta_decl_free_keys(names, n);
        charta_sandbox_raise_nomem(L);
    }
    for (size_t i = 0; i < n; i++) {
        s->vars[i].name = names[i];
        s->vars[i].line = line;
        s->n_vars = i + 1;
    }
    free(names);
    for (size_t i = 0; i < s->n_vars; i++) {
        charta_var_spec *v = &s->vars[i];
        const char *nm = v->name;
        if (strlen(nm) > CHARTA_ID_MAX)
            charta_decl_error_at(L, vt, nm, 0, CHARTA_AT_KEY,
                                 "source '%s': a variable name has at most %d characters",
                                 s->name, CHARTA_ID_MAX);
        if (!(isalpha((unsigned char)nm[0]) || nm[0] == '_'))
            charta_decl_error_at(L, vt, nm, 0, CHARTA_AT_KEY,
                                 "source '%s': variable name '%s' must start with a letter",
                                 s->name, nm);
        for (const char *c = nm; *c; c++)
            if (!(isalnum((unsigned char)*c) || *c == '_'))
                charta_decl_error_at(L, vt, nm, 0, CHARTA_AT_KEY,
                                     "source '%s': variable name '%s' may use letters, digits "
                                     "and '_' only (so that d.%s works)",
                                     s->name, nm, nm);
        v->at = charta_decl_value_pos(L, vt, nm);
        int ty = lua_getfield(L, vt, nm);
        char what[200];
        snprintf(what, sizeof what, _("variable '%s' of source '%s'"), nm, s->name);
        if (keyed && ty != LUA_TTABLE) {
            charta_decl_error_at(L, vt, nm, 0, CHARTA_AT_VALUE,
                                 "%s: give a table like { series = { SERIES = \"EG_FEC_RNEW\" "
                                 "}, unit = \"%%\" } (or {} for every series of the source)",
                                 what);
        } else if (ty == LUA_TSTRING) {
            size_t cl;
            const char *col = lua_tolstring(L, -1, &cl);
            charta_decl_check_utf8(L, col, cl, "column", what);
            v->column = charta_decl_strdup(L, col);
            v->column_at = charta_decl_value_pos(L, vt, nm);
        } else if (ty == LUA_TTABLE) {
            int it = lua_gettop(L);
            charta_decl_check_keyset(L, it, keyed ? "sdmx-source.variables" : "source.variables",
                                     what);
            v->column = keyed ? NULL : charta_decl_opt_string(L, it, "column", what);
            if (v->column)
                v->column_at = charta_decl_value_pos(L, it, "column");
            if (keyed) {
                charta_decl_dim_filter(L, it, what, &v->filter, &v->n_filter);
                charta_decl_var_period(L, it, v, what);
            }
            v->unit = charta_decl_opt_string(L, it, "unit", what);
            charta_decl_cap_text(L, v->unit, CHARTA_LABEL_MAX_CHARS, what, "unit");
            char *agg = charta_decl_opt_string(L, it, "aggregate", what);
            if (keyed && !agg) /* a platform publishes its own totals: none are made */
                v->aggregate = CHARTA_AGG_NONE;
            if (agg) {
                bool ok = charta_aggregate_parse(agg, &v->aggregate);
                free(agg);
                if (!ok)
                    charta_decl_error_at(L, it, "aggregate", 0, CHARTA_AT_VALUE,
                                         "%s: 'aggregate' must be sum, mean, min, max or none",
                                         what);
            }
            v->weight = charta_decl_opt_string(L, it, "weight", what);
            if (v->weight && v->aggregate != CHARTA_AGG_MEAN)
                charta_decl_error_at(L, it, "weight", 0, CHARTA_AT_KEY,
                                     "%s: 'weight' needs aggregate = \"mean\"", what);
            charta_decl_opt_number(L, it, "tolerance", what, &v->tolerance);
            charta_decl_opt_number(L, it, "scale", what, &v->scale);
            if (v->tolerance < 0 || v->scale < 0 || !isfinite(v->scale))
                charta_lua_error(L, "%s: 'tolerance' and 'scale' must be positive", what);
        } else {
            charta_decl_error_at(L, vt, nm, 0, CHARTA_AT_VALUE,
                                 "%s: give a column name or a table like { column = \"...\", "
                                 "unit = \"...\" }",
                                 what);
        }
        if (!v->column && s->layout == CHARTA_LAYOUT_LONG)
            v->column = charta_decl_strdup(L, nm);
        if (!v->column && !keyed)
            charta_lua_error(L, "%s: 'column' is required", what);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int
decl_source_body(lua_State *L)
{
    charta_decl_check_loading(L, "source");
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = charta_decl_engine_of(L);
    charta_project *p = e->p;
    char what[200];
    snprintf(what, sizeof what, _("source '%s'"), name);
    for (size_t i = 0; i < p->n_sources; i++)
        if (strcmp(p->sources[i].name, name) == 0)
            charta_lua_error(L, "source '%s' is declared twice (first at %s:%d)", name,
                       p->sources[i].decl_file, p->sources[i].decl_line);
    lua_getfield(L, 1, "format");
    const charta_source_format *fmt0 =
        lua_type(L, -1) == LUA_TSTRING ? charta_source_format_find(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    bool keyed = fmt0 && fmt0->keyed;
    /* SDMX and Open SDG: the file says its layout; variables select by dimension */
    const charta_keyset *csv_ks = charta_keyset_find("source");
    const charta_keyset *keyed_ks = charta_keyset_find("sdmx-source");
    if (keyed)
        for (const charta_key_doc *kd = csv_ks->keys; kd->name; kd++) {
            const char *const *k = &kd->name;
            bool also = false;
            for (const charta_key_doc *q = keyed_ks->keys; q->name && !also; q++)
                also = strcmp(*k, q->name) == 0;
            bool xml_enc = strcmp(*k, "encoding") == 0 && strcmp(fmt0->name, "sdmx") == 0;
            if ((!also || xml_enc) && lua_getfield(L, 1, *k) != LUA_TNIL)
                charta_lua_error(L,
                           "%s: '%s' does not apply to format \"%s\" (%s)", what, *k,
                           fmt0->name,
                           xml_enc ? _("an XML file declares its encoding in its first line")
                                   : "the file says its own layout; variables select series "
                                     "with 'series'");
            if (!also || xml_enc)
                lua_pop(L, 1);
        }
    charta_decl_check_keyset(L, 1, keyed ? "sdmx-source" : "source", what);
    p->sources = charta_decl_grow_array(L, p->sources, p->n_sources, sizeof *p->sources);
    charta_source_spec *s = &p->sources[p->n_sources++];
    s->name = charta_decl_strdup(L, name);
    charta_loc loc = {0};
    charta_decl_set_loc(L, &loc);
    s->decl_file = loc.file;
    s->decl_line = loc.line;
    s->file = charta_decl_opt_string(L, 1, "file", what);
    if (!s->file)
        charta_lua_error(L, "%s: 'file' is required (the data file, relative to the project)", what);
    if (s->file[0] == '/' || strstr(s->file, ".."))
        charta_decl_error_at(L, 1, "file", 0, CHARTA_AT_VALUE,
                             "%s: 'file' must be a path inside the project folder", what);
    s->format = charta_decl_opt_string(L, 1, "format", what);
    s->preset = charta_decl_opt_string(L, 1, "preset", what);
    const charta_source_format *fmt = charta_source_format_find(s->format);
    const charta_source_format *preset = charta_source_preset_find(s->preset);
    if (s->format && !fmt)
        charta_decl_error_at(L, 1, "format", 0, CHARTA_AT_VALUE,
                             "%s: format '%s' is not supported yet (%s)", what, s->format,
                             charta_source_format_names());
    if (s->preset && !preset)
        charta_decl_error_at(L, 1, "preset", 0, CHARTA_AT_VALUE, "%s: unknown preset '%s' (%s)",
                             what, s->preset, charta_source_preset_names());
    /* the format's and the preset's defaults first, the explicit keys override them */
    if (preset && preset->defaults)
        preset->defaults(s);
    if (fmt && fmt->defaults)
        fmt->defaults(s);
    char *enc = charta_decl_opt_string(L, 1, "encoding", what);
    if (enc) { /* parsed from a Lua copy: an unknown name raises, which would leak enc */
        lua_pushstring(L, enc);
        free(enc);
        s->encoding = charta_decl_parse_encoding(L, lua_tostring(L, -1), what);
        lua_pop(L, 1);
    }
    bool xlsx = s->format && strcmp(s->format, "xlsx") == 0;
    if (xlsx)
        for (const char *const *k = (const char *const[]){"encoding", "delimiter", NULL}; *k; k++) {
            if (lua_getfield(L, 1, *k) != LUA_TNIL)
                charta_decl_error_at(L, 1, *k, 0, CHARTA_AT_KEY,
                                     "%s: '%s' does not apply to format \"xlsx\" (a workbook "
                                     "has no encoding or delimiter to choose)",
                                     what, *k);
            lua_pop(L, 1);
        }
    for (const char *const *k = (const char *const[]){"sheet", "range", NULL}; *k && !xlsx; k++) {
        if (lua_getfield(L, 1, *k) != LUA_TNIL)
            charta_decl_error_at(L, 1, *k, 0, CHARTA_AT_KEY,
                                 "%s: '%s' applies to format = \"xlsx\" only", what, *k);
        lua_pop(L, 1);
    }
    if (xlsx && lua_getfield(L, 1, "sheet") == LUA_TNUMBER) {
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > 10000)
            charta_decl_error_at(L, 1, "sheet", 0, CHARTA_AT_VALUE,
                                 "%s: 'sheet' must be a sheet's name or its number (1 = the "
                                 "first)",
                                 what);
        s->sheet_index = (int)lua_tointeger(L, -1);
    }
    if (xlsx)
        lua_pop(L, 1);
    if (xlsx && !s->sheet_index)
        s->sheet = charta_decl_opt_string(L, 1, "sheet", what);
    if (xlsx)
        s->range = charta_decl_opt_string(L, 1, "range", what);
    charta_xlsx_range rg;
    if (s->range && charta_xlsx_parse_range(s->range, &rg) != 0)
        charta_decl_error_at(L, 1, "range", 0, CHARTA_AT_VALUE,
                             "%s: 'range' must name cells like \"A3:F40\" (top left, colon, "
                             "bottom right)",
                             what);
    s->sheet_at = charta_decl_value_pos(L, 1, "sheet");
    s->range_at = charta_decl_value_pos(L, 1, "range");
    char c;
    if ((c = charta_decl_parse_char(L, 1, "delimiter", what, ",;\t|")))
        s->delimiter = c;
    if ((c = charta_decl_parse_char(L, 1, "decimal", what, ".,")))
        s->decimal = c;
    if ((c = charta_decl_parse_char(L, 1, "thousands", what, ".,' ")))
        s->thousands = c;
    if (s->thousands && s->thousands == (s->decimal ? s->decimal : '.'))
        charta_lua_error(L, "%s: 'thousands' and 'decimal' must differ", what);
    charta_decl_opt_int(L, 1, "skip", what, 0, 1000, &s->skip);
    charta_decl_opt_int(L, 1, "header", what, 0, 10, &s->header);
    char *layout = charta_decl_opt_string(L, 1, "layout", what);
    if (layout) {
        bool longl = !strcmp(layout, "long"), wide = !strcmp(layout, "wide");
        free(layout);
        if (!longl && !wide)
            charta_decl_error_at(L, 1, "layout", 0, CHARTA_AT_VALUE,
                                 "%s: 'layout' must be \"long\" or \"wide\"", what);
        s->layout = longl ? CHARTA_LAYOUT_LONG : CHARTA_LAYOUT_WIDE;
    }
    s->area = charta_decl_opt_string(L, 1, "area", what);
    char *by = charta_decl_opt_string(L, 1, "area_by", what);
    if (by) {
        bool byname = !strcmp(by, "name"), bycode = !strcmp(by, "code");
        free(by);
        if (!byname && !bycode)
            charta_decl_error_at(L, 1, "area_by", 0, CHARTA_AT_VALUE,
                                 "%s: 'area_by' must be \"code\" or \"name\"", what);
        s->area_by_name = byname;
    }
    s->area_value = charta_decl_opt_string(L, 1, "area_value", what);
    s->area_name = charta_decl_opt_string(L, 1, "area_name", what);
    if (lua_getfield(L, 1, "year") == LUA_TNUMBER) {
        if (!lua_isinteger(L, -1))
            charta_decl_error_at(L, 1, "year", 0, CHARTA_AT_VALUE,
                                 "%s: 'year' must be a column name or a whole year", what);
        s->year_value = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    if (!s->year_value)
        s->year = charta_decl_opt_string(L, 1, "year", what);
    s->variable = charta_decl_opt_string(L, 1, "variable", what);
    s->value = charta_decl_opt_string(L, 1, "value", what);
    s->area_at = charta_decl_value_pos(L, 1, "area");
    s->area_name_at = charta_decl_value_pos(L, 1, "area_name");
    s->year_at = charta_decl_value_pos(L, 1, "year");
    s->variable_at = charta_decl_value_pos(L, 1, "variable");
    s->value_at = charta_decl_value_pos(L, 1, "value");
    if (s->layout == CHARTA_LAYOUT_LONG && (!s->variable || !s->value))
        charta_lua_error(L,
                   "%s: layout \"long\" needs 'variable' (the column naming the variable) "
                   "and 'value' (the column with the value)",
                   what);
    if (s->layout == CHARTA_LAYOUT_WIDE && (s->variable || s->value))
        charta_lua_error(L, "%s: 'variable' and 'value' belong to layout = \"long\"", what);
    if (s->area && s->area_value)
        charta_lua_error(L, "%s: give 'area' (a column) or 'area_value' (one area), not both", what);
    if (!s->genesis && !keyed && !s->area && !s->area_value)
        charta_lua_error(L, "%s: 'area' (the column with area codes) or 'area_value' is required", what);
    charta_decl_opt_strlist(L, 1, "missing", what, &s->missing, &s->n_missing);
    s->licence = charta_decl_opt_string(L, 1, "licence", what);
    charta_decl_cap_text(L, s->licence, CHARTA_PROSE_MAX_CHARS, what, "licence");
    s->publisher = charta_decl_opt_string(L, 1, "publisher", what);
    s->attribution = charta_decl_opt_string(L, 1, "attribution", what);
    charta_decl_opt_text(L, 1, "title", what, &s->title);
    charta_decl_source_signs(L, 1, s, loc.line, what);
    charta_decl_cap_text(L, s->publisher, CHARTA_LABEL_MAX_CHARS, what, "publisher");
    charta_decl_cap_text(L, s->attribution, CHARTA_PROSE_MAX_CHARS, what, "attribution");
    charta_decl_source_reported_with(L, 1, s, loc.line, what);
    if (keyed) {
        charta_decl_dim_filter(L, 1, what, &s->filter, &s->n_filter);
        charta_decl_source_area_codes(L, 1, s, what);
    }
    read_variables(L, 1, s, loc.line, keyed);
    return 0;
}

static int
decl_source(lua_State *L)
{
    charta_decl_check_loading(L, "source");
    if (lua_istable(L, 1))
        return charta_lua_error(L, "source needs a name: source \"population\" { file = ..., ... }");
    charta_decl_check_id(L, "source");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_source_body, 2);
    return 1;
}

/* --- field --------------------------------------------------------------- */

static int
decl_field_body(lua_State *L)
{
    charta_decl_check_loading(L, "field");
    const char *id = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_project *p = charta_decl_engine_of(L)->p;
    char what[200];
    snprintf(what, sizeof what, _("field '%s'"), id);
    charta_decl_check_keyset(L, 1, "field", what);
    charta_field *f = (charta_field *)charta_project_find_field(p, id);
    if (!f) {
        p->fields = charta_decl_grow_array(L, p->fields, p->n_fields, sizeof *p->fields);
        f = &p->fields[p->n_fields++];
        f->id = charta_decl_strdup(L, id);
    } else {
        /* a city redefines a shipped field: the new keys replace the old ones */
        charta_field keep = *f;
        memset(f, 0, sizeof *f);
        f->id = keep.id;
        lua_getfield(L, 1, "title");
        bool new_title = !lua_isnil(L, -1);
        lua_getfield(L, 1, "sdgs");
        bool new_sdgs = !lua_isnil(L, -1);
        lua_getfield(L, 1, "description");
        bool new_desc = !lua_isnil(L, -1);
        lua_getfield(L, 1, "guideline");
        bool new_guide = !lua_isnil(L, -1);
        lua_pop(L, 4);
        charta_field old = keep;
        old.id = NULL;
        if (!new_title)
            f->title = old.title, old.title = (charta_text){0};
        if (!new_sdgs)
            f->sdgs = old.sdgs, f->n_sdgs = old.n_sdgs, old.sdgs = NULL, old.n_sdgs = 0;
        if (!new_desc)
            f->description = old.description, old.description = (charta_text){0};
        if (!new_guide)
            f->guideline = old.guideline, old.guideline = (charta_text){0};
        for (size_t i = 0; i < old.guideline.n; i++)
            free(old.guideline.lang[i]), free(old.guideline.text[i]);
        free(old.guideline.lang), free(old.guideline.text);
        for (size_t i = 0; i < old.title.n; i++)
            free(old.title.lang[i]), free(old.title.text[i]);
        free(old.title.lang), free(old.title.text);
        for (size_t i = 0; i < old.description.n; i++)
            free(old.description.lang[i]), free(old.description.text[i]);
        free(old.description.lang), free(old.description.text);
        for (size_t i = 0; i < old.n_sdgs; i++)
            free(old.sdgs[i]);
        free(old.sdgs);
        free(old.loc.file);
    }
    charta_decl_set_loc(L, &f->loc);
    charta_decl_opt_text(L, 1, "title", what, &f->title);
    charta_decl_opt_text(L, 1, "description", what, &f->description);
    charta_decl_opt_text(L, 1, "guideline", what, &f->guideline);
    charta_decl_opt_strlist(L, 1, "sdgs", what, &f->sdgs, &f->n_sdgs);
    if (!f->title.n)
        charta_lua_error(L, "%s: 'title' is required", what);
    return 0;
}

static int
decl_field(lua_State *L)
{
    charta_decl_check_loading(L, "field");
    charta_decl_check_id(L, "field");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_field_body, 2);
    return 1;
}

void
charta_engine_open_place_decls(charta_engine *e, lua_State *L, int idx)
{
    static const luaL_Reg decls[] = {{"city", decl_city},
                                     {"areas", decl_areas},
                                     {"source", decl_source},
                                     {"field", decl_field},
                                     {NULL, NULL}};
    charta_engine_set_decls(e, L, idx, decls);
}
