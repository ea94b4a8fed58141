/* xmlread.c: the hardened streaming XML reader (xmlread.h) over libxml2's
 * xmlTextReader. */
#include "charta/xmlread.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"

/* X1: no network, CDATA as text, line numbers past 65535; never NOENT (which
 * substitutes entities), DTDLOAD, DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER. */
#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES)

struct charta_xml {
    xmlTextReaderPtr r;
    const char *data; /* the document (the caller's) */
    size_t len;
    char *name;
    char *attr;          /* the last attribute value handed out */
    char **an, **av;     /* charta_xml_attrs: names and values handed out */
    size_t n_attrs, cap_attrs;
    bool pending_end;    /* an empty element: its END comes next */
    bool failed;
    char error[300];
    int err_line, err_col;
    int depth;
};

/* X3: every external entity, DTD or schema libxml2 would load is denied. */
static xmlParserInputPtr
deny_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

static void
fail(charta_xml *x, int line, int col, const char *msg)
{
    if (x->failed)
        return;
    x->failed = true;
    x->err_line = line;
    x->err_col = col;
    snprintf(x->error, sizeof x->error, "%s", charta_tr(msg)); /* a msgid: i18n.h */
}

/* X4: the first error libxml2 reports, with its line and column. */
static void
on_error(void *ud, xmlErrorPtr e)
{
    charta_xml *x = ud;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    char msg[240];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "malformed XML");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    if (strstr(msg, "Excessive depth")) /* libxml2's own cap, in charta's words */
        snprintf(msg, sizeof msg, _("elements are nested deeper than %d levels"),
                 CHARTA_XML_MAX_DEPTH);
    fail(x, e->line, e->int2, msg);
}

/* The line of the first "<!DOCTYPE" of the document, 0 when there is none; with
 * prologue_only, only before the root element (where a document type declaration
 * stands), so that it is refused before the parser reads a byte of it. */
static int
doctype_line(const charta_xml *x, bool prologue_only)
{
    static const char key[] = "<!DOCTYPE";
    int line = 1;
    for (size_t i = 0; i + sizeof key - 1 <= x->len; i++) {
        if (x->data[i] == '\n')
            line++;
        else if (memcmp(x->data + i, key, sizeof key - 1) == 0)
            return line;
        else if (prologue_only && x->data[i] == '<' && i + 1 < x->len &&
                 (x->data[i + 1] == '_' || x->data[i + 1] == ':' ||
                  (unsigned)(((unsigned char)x->data[i + 1] | 0x20) - 'a') < 26u ||
                  (unsigned char)x->data[i + 1] >= 0x80))
            return 0; /* the root element: no DOCTYPE after it */
    }
    return 0;
}

/* Move *i past the first `end` at or after it, counting the lines passed into *line;
 * to the end of the data when there is none. */
static void
skip_past(const charta_xml *x, size_t *i, const char *end, int *line)
{
    size_t el = strlen(end);
    for (; *i < x->len; ++*i) {
        if (x->data[*i] == '\n')
            ++*line;
        else if (*i + el <= x->len && memcmp(x->data + *i, end, el) == 0) {
            *i += el - 1;
            return;
        }
    }
}

/* The different names of a document (of elements and attributes, and namespace URIs),
 * as places in it: open addressing in a table at most half full. */
enum { NAME_SLOTS = 2 * CHARTA_XML_MAX_NAMES + 8192 };
typedef struct name_set {
    uint32_t *off, *len; /* a slot is free while its len is 0 */
    size_t n;
} name_set;

/* Add data[off, off+len) unless it is there; false when that makes the names more than
 * CHARTA_XML_MAX_NAMES. */
static bool
name_add(name_set *ns, const char *data, size_t off, size_t len)
{
    if (len == 0)
        return true;
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)data[off + i]) * 16777619u;
    for (size_t k = h % NAME_SLOTS;; k = (k + 1) % NAME_SLOTS) {
        if (ns->len[k] == 0) {
            if (ns->n == CHARTA_XML_MAX_NAMES)
                return false;
            ns->off[k] = (uint32_t)off;
            ns->len[k] = (uint32_t)len;
            ns->n++;
            return true;
        }
        if (ns->len[k] == len && memcmp(data + ns->off[k], data + off, len) == 0)
            return true;
    }
}

static bool
is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Check the tags of the document before libxml2 reads it, whose version 2.9 takes time
 * quadratic in the attributes of a tag (100 000 of them, a 1 MB file, kept it busy for
 * half a minute) and in the different names of a document past some 50 000 (800 000,
 * a 5 MB file: 15 s). The line of a tag with more than CHARTA_XML_MAX_ATTRS
 * attributes (namespace declarations counted: the '=' outside quoted values) or with
 * the name past CHARTA_XML_MAX_NAMES, and why, into *why; 0 when there is none (or on
 * out of memory, when libxml2 is left to it). */
static int
scan_tags(const charta_xml *x, char *why, size_t size)
{
    const char *d = x->data;
    name_set ns = {calloc(NAME_SLOTS, sizeof(uint32_t)), calloc(NAME_SLOTS, sizeof(uint32_t)), 0};
    int line = 1, bad = 0;
    for (size_t i = 0; ns.off && ns.len && !bad && i < x->len; i++) {
        if (d[i] == '\n')
            line++;
        if (d[i] != '<' || i + 1 >= x->len)
            continue;
        if (x->len - i >= 4 && memcmp(d + i, "<!--", 4) == 0) {
            i += 4;
            skip_past(x, &i, "-->", &line);
            continue;
        }
        if (x->len - i >= 9 && memcmp(d + i, "<![CDATA[", 9) == 0) {
            i += 9;
            skip_past(x, &i, "]]>", &line);
            continue;
        }
        if (d[i + 1] == '?') {
            i += 2;
            skip_past(x, &i, "?>", &line);
            continue;
        }
        if (d[i + 1] == '/' || d[i + 1] == '!')
            continue;
        int tag_line = line;
        size_t attrs = 0, name = i + 1, name_end = i + 1, value = 0;
        bool in_name = true, xmlns = false;
        char quote = 0;
        for (i++; i < x->len && !bad; i++) {
            char c = d[i];
            if (c == '\n')
                line++;
            if (quote) {
                if (c == quote) {
                    quote = 0;
                    if (xmlns && !name_add(&ns, d, value, i - value))
                        bad = tag_line;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                value = i + 1;
            } else if (c == '=' || c == '>' || c == '/' || is_space(c)) {
                if (name_end > name && !name_add(&ns, d, name, name_end - name))
                    bad = tag_line;
                if (c == '=') {
                    xmlns = name_end - name >= 5 && memcmp(d + name, "xmlns", 5) == 0;
                    if (++attrs > CHARTA_XML_MAX_ATTRS) {
                        snprintf(why, size,
                                 _("an element has more than %d attributes (a data "
                                 "file needs few)"),
                                 CHARTA_XML_MAX_ATTRS);
                        bad = tag_line;
                    }
                }
                name = name_end = i + 1;
                in_name = false;
                if (c == '>')
                    break;
            } else {
                if (!in_name)
                    name = i;
                in_name = true;
                name_end = i + 1;
            }
        }
        if (bad && !why[0])
            snprintf(why, size,
                     _("the document has more than %d different names of elements and "
                     "attributes (a data file needs few)"),
                     CHARTA_XML_MAX_NAMES);
    }
    free(ns.off);
    free(ns.len);
    return bad;
}

charta_xml *
charta_xml_open(const char *data, size_t len, const char *name)
{
    xmlSetExternalEntityLoader(deny_loader);
    charta_xml *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->name = strdup(name ? name : "");
    x->data = data;
    x->len = len;
    if (len > (size_t)0x7fffffff) { /* libxml2 takes an int; the input caps are far lower */
        fail(x, 0, 0, "the document is larger than 2 GB");
        return x;
    }
    int dt = doctype_line(x, true);
    if (dt) { /* X2, before libxml2 reads ahead into it */
        fail(x, dt, 1,
             "a document type declaration (<!DOCTYPE ...>) is not allowed in a data "
             "file: it can load other files or expand without end");
        return x;
    }
    char why[160] = "";
    int bad = scan_tags(x, why, sizeof why);
    if (bad) {
        fail(x, bad, 1, why);
        return x;
    }
    x->r = xmlReaderForMemory(data, (int)len, NULL, NULL, XML_OPTIONS);
    if (!x->name || !x->r) {
        charta_xml_close(x);
        return NULL;
    }
    xmlTextReaderSetStructuredErrorHandler(x->r, on_error, x);
    return x;
}

static void
attrs_clear(charta_xml *x)
{
    for (size_t i = 0; i < x->n_attrs; i++) {
        xmlFree(x->an[i]);
        xmlFree(x->av[i]);
    }
    x->n_attrs = 0;
}

void
charta_xml_close(charta_xml *x)
{
    if (!x)
        return;
    if (x->r)
        xmlFreeTextReader(x->r);
    if (x->attr)
        xmlFree(x->attr);
    attrs_clear(x);
    free(x->an);
    free(x->av);
    free(x->name);
    free(x);
}

charta_xml_event
charta_xml_next(charta_xml *x)
{
    if (x->attr) {
        xmlFree(x->attr);
        x->attr = NULL;
    }
    attrs_clear(x);
    if (x->failed || !x->r)
        return CHARTA_XML_ERROR;
    if (x->pending_end) {
        x->pending_end = false;
        return CHARTA_XML_END;
    }
    for (;;) {
        int rc = xmlTextReaderRead(x->r);
        if (rc < 0 || x->failed) {
            fail(x, xmlTextReaderGetParserLineNumber(x->r),
                 xmlTextReaderGetParserColumnNumber(x->r), "malformed XML");
            return CHARTA_XML_ERROR;
        }
        if (rc == 0)
            return CHARTA_XML_DONE;
        int line = xmlTextReaderGetParserLineNumber(x->r);
        int col = xmlTextReaderGetParserColumnNumber(x->r);
        switch (xmlTextReaderNodeType(x->r)) {
        case XML_READER_TYPE_ELEMENT:
            x->depth = xmlTextReaderDepth(x->r);
            if (x->depth >= CHARTA_XML_MAX_DEPTH) {
                line = charta_xml_line(x); /* the element's own line, not the parser's */
                col = 0;
                char m[80];
                snprintf(m, sizeof m, _("elements are nested deeper than %d levels"),
                         CHARTA_XML_MAX_DEPTH);
                fail(x, line, col, m);
                return CHARTA_XML_ERROR;
            }
            x->pending_end = xmlTextReaderIsEmptyElement(x->r) == 1;
            return CHARTA_XML_START;
        case XML_READER_TYPE_END_ELEMENT:
            x->depth = xmlTextReaderDepth(x->r);
            return CHARTA_XML_END;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
            return CHARTA_XML_TEXT;
        case XML_READER_TYPE_DOCUMENT_TYPE: /* X2 */
            line = doctype_line(x, false); /* the parser has read past it: its own line */
            col = 1;
            fail(x, line, col,
                 "a document type declaration (<!DOCTYPE ...>) is not allowed in a data "
                 "file: it can load other files or expand without end");
            return CHARTA_XML_ERROR;
        case XML_READER_TYPE_ENTITY_REFERENCE:
        case XML_READER_TYPE_ENTITY: {
            char m[200];
            snprintf(m, sizeof m, _("an entity reference (&%.60s;) is not allowed in a data file"),
                     (const char *)xmlTextReaderConstName(x->r));
            fail(x, line, col, m);
            return CHARTA_XML_ERROR;
        }
        default: /* comments, processing instructions, whitespace */
            continue;
        }
    }
}

const char *
charta_xml_name(const charta_xml *x)
{
    const xmlChar *n = x->r ? xmlTextReaderConstLocalName(x->r) : NULL;
    return n ? (const char *)n : "";
}

const char *
charta_xml_text(const charta_xml *x)
{
    const xmlChar *v = x->r ? xmlTextReaderConstValue(x->r) : NULL;
    return v ? (const char *)v : "";
}

const char *
charta_xml_attr(charta_xml *x, const char *name)
{
    if (!x->r || x->failed)
        return NULL;
    if (x->attr) {
        xmlFree(x->attr);
        x->attr = NULL;
    }
    int n = xmlTextReaderAttributeCount(x->r);
    for (int i = 0; i < n; i++) {
        if (xmlTextReaderMoveToAttributeNo(x->r, i) != 1)
            break;
        if (xmlTextReaderIsNamespaceDecl(x->r) == 1)
            continue; /* xmlns:id="..." is no attribute id */
        const xmlChar *ln = xmlTextReaderConstLocalName(x->r);
        if (ln && strcmp((const char *)ln, name) == 0) {
            x->attr = (char *)xmlTextReaderValue(x->r);
            break;
        }
    }
    xmlTextReaderMoveToElement(x->r);
    return x->attr;
}

size_t
charta_xml_attrs(charta_xml *x, const char *const **names, const char *const **values)
{
    attrs_clear(x);
    *names = *values = NULL;
    if (!x->r || x->failed)
        return 0;
    int n = xmlTextReaderAttributeCount(x->r);
    if (n > 0 && (size_t)n > x->cap_attrs) {
        char **an = realloc(x->an, (size_t)n * sizeof *an);
        if (an)
            x->an = an;
        char **av = an ? realloc(x->av, (size_t)n * sizeof *av) : NULL;
        if (av)
            x->av = av;
        if (!an || !av)
            return 0;
        x->cap_attrs = (size_t)n;
    }
    for (int i = 0; i < n; i++) {
        if (xmlTextReaderMoveToAttributeNo(x->r, i) != 1)
            break;
        if (xmlTextReaderIsNamespaceDecl(x->r) == 1)
            continue;
        const xmlChar *ln = xmlTextReaderConstLocalName(x->r);
        xmlChar *name = ln ? xmlStrdup(ln) : NULL;
        xmlChar *val = xmlTextReaderValue(x->r);
        if (!name || !val) {
            xmlFree(name);
            xmlFree(val);
            continue;
        }
        x->an[x->n_attrs] = (char *)name;
        x->av[x->n_attrs++] = (char *)val;
    }
    xmlTextReaderMoveToElement(x->r);
    *names = (const char *const *)x->an;
    *values = (const char *const *)x->av;
    return x->n_attrs;
}

int
charta_xml_depth(const charta_xml *x)
{
    return x->depth;
}

int
charta_xml_line(const charta_xml *x)
{
    if (!x->r)
        return 0;
    /* the parser reads ahead: the node knows the line it began on */
    xmlNodePtr node = xmlTextReaderCurrentNode(x->r);
    long line = node ? xmlGetLineNo(node) : -1;
    return line > 0 && line < 0x7fffffff ? (int)line : xmlTextReaderGetParserLineNumber(x->r);
}

const char *
charta_xml_error(const charta_xml *x, int *line, int *col)
{
    if (line)
        *line = x->failed ? x->err_line : 0;
    if (col)
        *col = x->failed ? x->err_col : 0;
    return x->failed ? x->error : "";
}
