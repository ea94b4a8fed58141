/* engine_internal.h: what the engine's files share (engine.c, engine_decl.c,
 * engine_decl_ind.c, engine_progress.c, decl_read.c, decl_chart.c, decl_sdmx.c). Not a public
 * contract. The readers below run inside a protected call while the project loads:
 * they raise a Lua error at the script's line instead of returning one. */
#ifndef CHARTA_ENGINE_INTERNAL_H
#define CHARTA_ENGINE_INTERNAL_H

#include <stdbool.h>

#include <lua.h>

#include "charta/dataset.h"
#include "charta/engine.h"
#include "charta/keyline.h"
#include "charta/keys.h"
#include "charta/results.h"
#include "charta/sandbox.h"
#include "charta/series_lua.h"
#include "lua_error.h"

/* A script's text, kept to find where its keys are written (decl_where.c). */
typedef struct charta_engine_script {
    char *chunk;
    charta_kl_doc *doc;
} charta_engine_script;

struct charta_engine {
    charta_sandbox *sb;
    charta_project *p;
    charta_diags *diags;
    char *lib_dir;
    bool loading;  /* declarations are allowed */
    charta_status decl_status; /* the worst of the declarations that failed (decl_guard.c) */
    bool fields_failed;        /* a `field` or `use` declaration among them */
    const char *library;       /* the library `use` runs now ("charta.x"), NULL for the city */
    char **loaded; /* chunk names already run (include/use once) */
    size_t n_loaded;
    charta_engine_script *scripts; /* the texts of the chunks that loaded */
    size_t n_scripts;
    struct charta_decl_where_cache *where; /* decl_where.c; NULL until used */
    /* compute phase */
    const charta_dataset *ds;
    charta_results *res;
    charta_series_ctx sctx;
    int *parents;
    bool *alternative; /* per area: charta_area.alternative */
    const char **codes;
    int *state;               /* per indicator: 0 todo, 1 running, 2 done, 3 failed */
    int *chain;               /* indicators in progress, outermost first */
    char (*chain_where)[600]; /* where each one read the next */
    int depth;
    /* a part of an indicator's breakdown being computed (engine_parts.c): d then reads
     * the parts of these dimension values; n_sel 0 for the totals */
    const char *const *sel_keys;
    const char *const *sel_vals;
    size_t n_sel;
    charta_result_part *part_out; /* where the compute's Series goes; NULL = the slot */
};

/* Register the declaration functions in the table at index idx:
 * indicator, report, include, use, progress_method (engine_decl_ind.c), which also
 * calls the one for city, areas, source, field (engine_decl.c, idx absolute). Each is
 * a closure over e (borrowed). */
void charta_engine_open_decls(charta_engine *e, lua_State *L, int idx);
void charta_engine_open_place_decls(charta_engine *e, lua_State *L, int idx);
/* Register each of decls (a luaL_Reg list) in the table at idx as a closure over e,
 * behind the guard of decl_guard.c that reports a failed declaration and lets the
 * scripts go on while the project loads. */
void charta_engine_set_decls(charta_engine *e, lua_State *L, int idx, const luaL_Reg *decls);
/* area_change and series_break (engine_decl_changes.c), registered in the table at
 * idx like the others; after loading, charta_engine_check_changes checks that each
 * break's source or variables are declared (CHARTA_ERR_SCRIPT at its file:line). */
void charta_engine_open_change_decls(charta_engine *e, lua_State *L, int idx);
charta_status charta_engine_check_changes(charta_engine *e);
/* progress_method "name" { ... } (engine_progress.c); upvalue 1 is the engine.
 * Returns the function that takes the body table. */
int charta_decl_progress_method(lua_State *L);

/* The catalogue (decl_catalogue.c): `variable` and `drop`, registered like the others;
 * inside an indicator's declaration (its table at 1), a table with `extends` replaced
 * by a copy of the shipped indicator's table with the city's keys over it, the
 * shipped one removed (raises when there is none). */
void charta_engine_open_catalogue_decls(charta_engine *e, lua_State *L, int idx);
void charta_decl_extends(lua_State *L, charta_engine *e, const char *what);

/* Run a file as a chunk of the project (include and use): records chunkname as
 * loaded, loads and calls it. Its errors are reported and the calling script goes on
 * (the worst status joins e->decl_status); only memory errors and budgets unwind
 * further. Returns 0 (no results). */
int charta_engine_run_file(lua_State *L, charta_engine *e, const char *path, const char *chunkname);

/* Keep the text (malloc'd, taken) of the chunk that loaded as chunk; CHARTA_ERR_NOMEM
 * (the text freed) on out of memory. */
charta_status charta_engine_keep_text(charta_engine *e, const char *chunk, char *text, size_t len);

/* Where a declaration's keys and values are written (decl_where.c). Inside a
 * declaration function, whose table is at stack index 1: the place of t[key] (key
 * NULL: t[index]) in the calling script, t being that table or one inside it: of the
 * key, or of the value. true with *pos and *file (the chunk name, borrowed for the
 * call); false when the table's constructor is not written at the call (built by
 * code) or has no such field. */
typedef struct charta_decl_where_cache charta_decl_where_cache;
void charta_decl_where_free(charta_decl_where_cache *c);
typedef enum charta_decl_at { CHARTA_AT_KEY, CHARTA_AT_VALUE } charta_decl_at;
bool charta_decl_where(lua_State *L, int t, const char *key, long index, charta_decl_at at,
                       charta_kl_pos *pos, const char **file);
/* The place of t[key]'s value as a charta_script_pos ({0, 0} when not found). */
charta_script_pos charta_decl_value_pos(lua_State *L, int t, const char *key);
/* Raise the message (printf format) at that place, else at the calling script's
 * line as luaL_error does. Does not return. */
int charta_decl_error_at(lua_State *L, int t, const char *key, long index, charta_decl_at at,
                         const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Reading declaration tables (decl_read.c); each raises a Lua error at the
 * script's line on a wrong type or an unknown key. `what` names the declaration in
 * messages ("source 'x'"). */
/* A malloc'd copy of s the caller stores and frees; raises on out of memory. */
char *charta_decl_strdup(lua_State *L, const char *s);
/* The engine of a declaration function (its upvalue 1); borrowed. */
charta_engine *charta_decl_engine_of(lua_State *L);
/* The file:line of the nearest script frame into *loc (file malloc'd, owned by loc's
 * holder; "?" when there is none). */
void charta_decl_set_loc(lua_State *L, charta_loc *loc);
/* Raise unless the project is loading: declarations may not run inside compute. */
void charta_decl_check_loading(lua_State *L, const char *what);

/* Raise for a key of the table at idx (absolute) that is not a string or not one of
 * the keyset named keyset (keys.h: the one list of what each table accepts),
 * suggesting the nearest known key or listing them. */
void charta_decl_check_keyset(lua_State *L, int idx, const char *keyset, const char *what);
/* Raise "<what>: <name> contains a NUL byte" when s (len bytes) holds one:
 * C would cut the text there, silently. */
void charta_decl_check_nul(lua_State *L, const char *s, size_t len, const char *what,
                          const char *name);
/* Raise on a NUL byte or invalid UTF-8 in the value of key. */
void charta_decl_check_utf8(lua_State *L, const char *s, size_t len, const char *key,
                            const char *what);

/* Optional fields of the table at absolute index t. A string (an integer is taken as
 * its text) as a malloc'd copy the caller owns, NULL when absent; a number into
 * *out, false when absent; a whole number within lo..hi into *out, false when
 * absent. */
char *charta_decl_opt_string(lua_State *L, int t, const char *key, const char *what);
bool charta_decl_opt_number(lua_State *L, int t, const char *key, const char *what, double *out);
bool charta_decl_opt_int(lua_State *L, int t, const char *key, const char *what, int lo, int hi,
                         int *out);
/* A string or a list of strings at t[key] into *out (a malloc'd array of malloc'd
 * strings) and *n, which the caller's struct owns from the first item on, so an
 * error part-way leaks nothing; untouched when absent. */
void charta_decl_opt_strlist(lua_State *L, int t, const char *key, const char *what, char ***out,
                             size_t *n);
/* The string keys of the table at absolute index idx, sorted (pairs order is random
 * per state), as a malloc'd array of *n malloc'd strings the caller frees with
 * charta_decl_free_keys. Raises for a key that is not a string. */
char **charta_decl_sorted_keys(lua_State *L, int idx, size_t *n, const char *what);
void charta_decl_free_keys(char **keys, size_t n);
/* Cut s (malloc'd, NUL-terminated) to its first max_chars characters, in place,
 * with a warning at the script's current line naming what and key; nothing when
 * it is no longer. NULL is a no-op. */
void charta_decl_cap_text(lua_State *L, char *s, size_t max_chars, const char *what,
                          const char *key);
/* A text at t[key] into *out (owned by out's holder): a string, in the city's first
 * language (else "en"), or { de = "...", en = "..." } with language codes as keys,
 * in key order; each cut to its cap (charta_decl_cap_text: 20,000 characters for
 * a comment, description or alt, 1,000 for a title). Untouched when absent. */
void charta_decl_opt_text(lua_State *L, int t, const char *key, const char *what, charta_text *out);
/* items (n of size bytes each, an array only this function grows) with room for
 * one more, that one zeroed; the room doubles when it runs out. Raises on out of
 * memory (items is then still valid). */
void *charta_decl_grow_array(lua_State *L, void *items, size_t n, size_t size);
/* The longest id of an indicator, source, field, progress method or city:
 * ids name files (a chart is charts/<id>-<kind>.svg). */
enum { CHARTA_ID_MAX = 64 };
/* The id at argument 1: 1 to CHARTA_ID_MAX letters, digits, '-' and '_';
 * raises otherwise. */
const char *charta_decl_check_id(lua_State *L, const char *what);
/* An encoding name as charta_encoding_parse (textenc.h) reads it, except
 * "iso8859-1"; raises for any other. */
charta_encoding charta_decl_parse_encoding(lua_State *L, const char *s, const char *what);
/* A one-character setting at t[key] (a tab also as "tab" or a backslash and t) that
 * must be in allowed; 0 when absent. */
char charta_decl_parse_char(lua_State *L, int t, const char *key, const char *what,
                            const char *allowed);

/* The `signs` and `reported_with` keys of the source table at t into s
 * (decl_source_signs.c): s owns what is read from the first item on; raises at the
 * script's line on a wrong type, an unknown meaning or a sign also in `missing`
 * (which must be read first). line is the declaration's line. */
void charta_decl_source_signs(lua_State *L, int t, charta_source_spec *s, int line,
                              const char *what);
void charta_decl_source_reported_with(lua_State *L, int t, charta_source_spec *s, int line,
                                      const char *what);

/* The parts of a variable's breakdown (engine_parts.c): the callback of
 * charta_series_ctx.part, with ud the frozen dataset. */
int charta_engine_part(lua_State *L, void *ud, int var, int arg, bool by);
/* While a part is computed (e->n_sel > 0): the dataset variable that stands for
 * variable v (its part for the selected values of the dimensions it has; v itself when
 * it has none of them), or -1 when v has those dimensions but no such part. */
int charta_engine_sel_var(const charta_engine *e, int v);
/* While a part is computed: indicator k's part for the selected values, or NULL with
 * *missing false when k has no breakdown (its total stands for it), or NULL with
 * *missing true when it has one but no such part. */
const charta_result_part *charta_engine_sel_ind(const charta_engine *e, size_t k,
                                                bool *missing);
/* The combinations of values of indicator i's breakdown dimensions found among the
 * parts of what its compute read (after the total was computed): *n combos of
 * ind->n_breakdown values each ("" = that dimension's total), as one malloc'd array
 * of pointers into the dataset's and the results' strings, combo c at
 * [c * n_breakdown]. NULL with *n 0 when there are none; NULL with *n 1 on out of
 * memory. */
const char **charta_engine_combos(const charta_engine *e, size_t i, size_t *n);

/* The keys of SDMX and Open SDG sources (decl_source_dims.c), each raising at the
 * script's line on a wrong type or value: `series` of the table at t into *out and
 * *n (owned by the caller's struct from the first item on); `area_codes` into s;
 * `period`, `complete` and `incomplete` of the variable table at it into v. */
void charta_decl_dim_filter(lua_State *L, int t, const char *what, charta_dim_filter **out,
                            size_t *n);
void charta_decl_source_area_codes(lua_State *L, int t, charta_source_spec *s,
                                   const char *what);
void charta_decl_var_period(lua_State *L, int it, charta_var_spec *v, const char *what);

/* `sdmx` of the indicator table at absolute index t into ind (decl_sdmx.c), after its
 * `breakdown` was read: plain codes and breakdown maps, owned by ind from the first
 * item on; raises at the script's line on an unknown key, a wrong type, a code that
 * is no SDMX IDType or a map of a dimension the indicator does not break down by. */
void charta_decl_read_sdmx(lua_State *L, int t, const char *what, charta_indicator *ind);
/* `opensdg = { status = "codes" | "names" }` of the report table at index t into r
 * (decl_sdmx.c); raises at the script's line on anything else. */
void charta_decl_read_report_opensdg(lua_State *L, int t, charta_report_spec *r);

#endif
