/* help.c: `charta help`, the Lua language's reference in the terminal, printed from
 * the table the declaration readers check against (keys.h), so it says what the
 * code accepts. Texts go through _() (the user's language); names, Lua values and
 * examples stay as written.
 */
#include "help.h"

#include <stdbool.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/keys.h"
#include "charta/progress.h"
#include "charta/sandbox.h"
#include "charta/series_lua.h"
#include "charta/util.h"

enum { WRAP = 76 };

static const char *const fn_kind_names[] = {"function", "method", "progress", "lua"};

/* names separated by two spaces, wrapped under an indent of two */
static void
print_names(FILE *out, const char *const *names, size_t n)
{
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        if (col && col + 2 + len > WRAP) {
            fputc('\n', out);
            col = 0;
        }
        fprintf(out, "  %s", names[i]);
        col += 2 + len;
    }
    if (col)
        fputc('\n', out);
}

/* characters, not bytes: the German texts have umlauts */
static size_t
width(const char *s, size_t len)
{
    size_t w = 0;
    for (size_t i = 0; i < len; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* text wrapped at spaces to WRAP columns, each line indented */
static void
print_wrapped(FILE *out, const char *text, int indent)
{
    size_t col = 0;
    for (const char *s = text; *s;) {
        while (*s == ' ')
            s++;
        size_t len = strcspn(s, " ");
        if (!len)
            break;
        size_t w = width(s, len);
        if (col && col + 1 + w > WRAP) {
            fputc('\n', out);
            col = 0;
        }
        if (col) {
            fprintf(out, " %.*s", (int)len, s);
            col += 1 + w;
        } else {
            fprintf(out, "%*s%.*s", indent, "", (int)len, s);
            col = (size_t)indent + w;
        }
        s += len;
    }
    fputc('\n', out);
}

static void
print_keywords(FILE *out)
{
    size_t n_ks, n_fn;
    const charta_keyset *ks = charta_keysets(&n_ks);
    const charta_fn_doc *fn = charta_fn_docs(&n_fn);
    const char *names[64 + 64];
    fprintf(out, "%s\n", _("charta help KEYWORD shows what one part of the Lua language does:\n"
                           "its keys, their defaults, an example."));
    for (int nested = 0; nested < 2; nested++) {
        size_t n = 0;
        for (size_t i = 0; i < n_ks && n < 64; i++)
            if ((strchr(ks[i].name, '.') != NULL) == nested)
                names[n++] = ks[i].name;
        fprintf(out, "\n%s\n", nested ? _("Tables inside declarations:") : _("Declarations:"));
        print_names(out, names, n);
    }
    const char *heads[] = {N_("Series functions:"), N_("Series methods (s:name):"),
                           N_("Progress methods (report { progress = ... }):"),
                           N_("Lua's own functions:")};
    for (int k = CHARTA_FN_FUNCTION; k <= CHARTA_FN_LUA; k++) {
        size_t n = 0;
        for (size_t i = 0; i < n_fn && n < 64; i++)
            if ((int)fn[i].kind == k)
                names[n++] = fn[i].name;
        fprintf(out, "\n%s\n", _(heads[k]));
        print_names(out, names, n);
    }
    fputc('\n', out);
    print_wrapped(out,
                  _("The commands and options: charta --help. The whole reference: "
                    "docs/reference.md (in German: docs/referenz.md)."),
                  0);
}

static void
print_example(FILE *out, const char *example)
{
    fprintf(out, "\n%s\n", _("Example:"));
    for (const char *s = example; *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        fprintf(out, "    %.*s\n", (int)len, s);
        s += len + (nl ? 1 : 0);
    }
}

static void
print_keyset(FILE *out, const charta_keyset *ks)
{
    fprintf(out, "%s\n\n", ks->syntax);
    print_wrapped(out, _(ks->doc), 0);
    if (ks->keys[0].name) {
        fprintf(out, "\n%s\n", _("Keys:"));
        for (const charta_key_doc *k = ks->keys; k->name; k++) {
            if (k->dflt) {
                fprintf(out, "  %s (", k->name);
                fprintf(out, _("%s; default: %s"), _(k->type), _(k->dflt));
                fprintf(out, ")\n");
            } else {
                fprintf(out, "  %s (%s)\n", k->name, _(k->type));
            }
            print_wrapped(out, _(k->doc), 6);
        }
    }
    size_t n_ks, len = strlen(ks->name);
    const charta_keyset *all = charta_keysets(&n_ks);
    const char *inner[64];
    size_t n = 0;
    for (size_t i = 0; i < n_ks && n < 64; i++)
        if (strncmp(all[i].name, ks->name, len) == 0 && all[i].name[len] == '.' &&
            !strchr(all[i].name + len + 1, '.'))
            inner[n++] = all[i].name;
    if (n) {
        fprintf(out, "\n%s\n", _("Tables inside it (charta help NAME):"));
        print_names(out, inner, n);
    }
    print_example(out, ks->example);
}

static void
print_fn(FILE *out, const charta_fn_doc *f)
{
    const char *kind = f->kind == CHARTA_FN_FUNCTION ? _("Series function")
                       : f->kind == CHARTA_FN_METHOD ? _("Series method")
                       : f->kind == CHARTA_FN_LUA    ? _("Lua function")
                                                     : _("progress method");
    fprintf(out, "%s\n%s\n\n", f->syntax, kind);
    print_wrapped(out, _(f->doc), 0);
    print_example(out, f->example);
}

/* a text on one line: line breaks as \\n, tabs as spaces */
static void
print_field(FILE *out, const char *s)
{
    fputc('\t', out);
    for (; *s; s++)
        if (*s == '\n')
            fputs("\\n", out);
        else
            fputc(*s == '\t' ? ' ' : *s, out);
}

/* The table as it is, for tests/tools/reference_test.py and for scripts: one record
 * a line, fields tab-separated; names as written, texts in the user's language.
 *   keyset  NAME  SYNTAX  DOC  EXAMPLE
 *   key     KEYSET  KEY  TYPE  DEFAULT  DOC
 *   documented  function|method|progress|lua  NAME  SYNTAX  DOC  EXAMPLE
 *   registered  function|method|progress|lua  NAME
 * Registered names come from the tables that register them, so the test sees a
 * function that has no entry. */
static void
print_dump(FILE *out)
{
    size_t n_ks, n_fn;
    const charta_keyset *ks = charta_keysets(&n_ks);
    for (size_t i = 0; i < n_ks; i++) {
        fprintf(out, "keyset\t%s", ks[i].name);
        print_field(out, ks[i].syntax);
        print_field(out, _(ks[i].doc));
        print_field(out, ks[i].example);
        fputc('\n', out);
        for (const charta_key_doc *k = ks[i].keys; k->name; k++) {
            fprintf(out, "key\t%s\t%s", ks[i].name, k->name);
            print_field(out, _(k->type));
            print_field(out, k->dflt ? _(k->dflt) : "");
            print_field(out, _(k->doc));
            fputc('\n', out);
        }
    }
    const charta_fn_doc *fn = charta_fn_docs(&n_fn);
    for (size_t i = 0; i < n_fn; i++) {
        fprintf(out, "documented\t%s\t%s", fn_kind_names[fn[i].kind], fn[i].name);
        print_field(out, fn[i].syntax);
        print_field(out, _(fn[i].doc));
        print_field(out, fn[i].example);
        fputc('\n', out);
    }
    for (int m = 0; m < 2; m++)
        for (size_t i = 0; charta_series_lua_name(m, i); i++)
            fprintf(out, "registered\t%s\t%s\n", fn_kind_names[m], charta_series_lua_name(m, i));
    for (const char *const *p = charta_progress_builtins(); *p; p++)
        fprintf(out, "registered\tprogress\t%s\n", *p);
    for (size_t i = 0; charta_sandbox_global_name(i); i++)
        fprintf(out, "registered\tlua\t%s\n", charta_sandbox_global_name(i));
}

/* A table nested in a declaration by its last name ("target": indicator.target), else
 * a key by its name, alone ("direction") or with its declaration
 * ("indicator.direction"): its line in every declaration that has it. False when
 * nothing is called so. */
static bool
print_key(FILE *out, const char *word)
{
    size_t n_ks, w = strlen(word);
    const charta_keyset *all = charta_keysets(&n_ks);
    const char *dot = strrchr(word, '.');
    for (size_t i = 0; i < n_ks && !dot; i++) {
        size_t l = strlen(all[i].name);
        if (l > w && all[i].name[l - w - 1] == '.' && !strcmp(all[i].name + l - w, word)) {
            print_keyset(out, &all[i]);
            return true;
        }
    }
    const charta_keyset *first = NULL;
    for (size_t i = 0; i < n_ks; i++) {
        const charta_keyset *ks = &all[i];
        const char *key = word;
        if (dot) {
            if (strlen(ks->name) != (size_t)(dot - word) || strncmp(ks->name, word, dot - word))
                continue;
            key = dot + 1;
        }
        for (const charta_key_doc *k = ks->keys; k->name; k++) {
            if (strcmp(k->name, key) != 0)
                continue;
            if (first)
                fprintf(out, "\n");
            first = first ? first : ks;
            fprintf(out, "%s: %s (", ks->name, k->name);
            if (k->dflt)
                fprintf(out, _("%s; default: %s"), _(k->type), _(k->dflt));
            else
                fprintf(out, "%s", _(k->type));
            fprintf(out, ")\n");
            print_wrapped(out, _(k->doc), 6);
        }
    }
    if (first) {
        fprintf(out, "\n");
        fprintf(out, _("The whole declaration, with an example: charta help %s"), first->name);
        fprintf(out, "\n");
    }
    return first != NULL;
}

static int
unknown_keyword(FILE *err, const char *word)
{
    size_t n_ks, n_fn, n = 0;
    const charta_keyset *ks = charta_keysets(&n_ks);
    const charta_fn_doc *fn = charta_fn_docs(&n_fn);
    const char *names[512]; /* keywords, then keys (charta help column) */
    for (size_t i = 0; i < n_ks && n < 512; i++)
        names[n++] = ks[i].name;
    for (size_t i = 0; i < n_fn && n < 512; i++)
        names[n++] = fn[i].name;
    for (size_t i = 0; i < n_ks; i++)
        for (const charta_key_doc *k = ks[i].keys; k->name && n < 512; k++)
            names[n++] = k->name;
    const char *near = charta_suggest(word, names, n);
    fprintf(err, "charta: %s: ", _("error"));
    if (near)
        fprintf(err, _("no help on '%s' (did you mean '%s'?)"), word, near);
    else
        fprintf(err, _("no help on '%s'"), word);
    fprintf(err, "\n%s\n", _("run 'charta help' for the keywords"));
    return 64;
}

int
charta_help_command(int argc, char **argv, FILE *out, FILE *err)
{
    if (argc < 3) {
        print_keywords(out);
        return 0;
    }
    if (argc > 3) {
        fprintf(err, "charta: %s: ", _("error"));
        fprintf(err, _("unexpected argument '%s'"), argv[3]);
        fprintf(err, "\n%s\n", _("run 'charta help' for the keywords"));
        return 64;
    }
    const char *word = argv[2];
    if (strcmp(word, "--keys") == 0) {
        print_dump(out);
        return 0;
    }
    const charta_keyset *ks = charta_keyset_find(word);
    if (ks) {
        print_keyset(out, ks);
        return 0;
    }
    if (strncmp(word, "s:", 2) == 0)
        word += 2;
    for (int k = CHARTA_FN_FUNCTION; k <= CHARTA_FN_LUA; k++) {
        const charta_fn_doc *f = charta_fn_doc_find(word, (charta_fn_kind)k);
        if (f) {
            print_fn(out, f);
            return 0;
        }
    }
    if (print_key(out, argv[2]))
        return 0;
    return unknown_keyword(err, argv[2]);
}
