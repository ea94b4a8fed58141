/* xmlread.h: a hardened streaming reader of XML documents (SDMX-ML, the sheets of
 * a workbook), the one way charta reads XML.
 *
 * Owns (src/import/xmlread.c): the libxml2 text reader over a buffer the caller
 * keeps alive while reading (read with charta_read_input, whose caps bound the
 * size). Uses: libxml2 (only here and in export), diag.h.
 *
 * The rules (RELIABILITY.md §2): no network, no DTD loaded or validated, no
 * entity substituted; a document type declaration or an entity reference is
 * an error (an XML data message needs none, and refusing them stops external
 * entities and entity expansion at once); every external entity load is
 * denied; elements nested deeper than CHARTA_XML_MAX_DEPTH are an error, and so are
 * an element with more than CHARTA_XML_MAX_ATTRS attributes and a document with more
 * than CHARTA_XML_MAX_NAMES different names of elements and attributes (found before
 * libxml2 reads a byte: its version 2.9 takes time quadratic in either); the first
 * error carries the line and column where libxml2 found it.
 */
#ifndef CHARTA_XMLREAD_H
#define CHARTA_XMLREAD_H

#include <stdbool.h>
#include <stddef.h>

enum { CHARTA_XML_MAX_DEPTH = 256, CHARTA_XML_MAX_ATTRS = 256, CHARTA_XML_MAX_NAMES = 10000 };

typedef enum charta_xml_event {
    CHARTA_XML_START, /* an element opens (an empty one gives START then END) */
    CHARTA_XML_END,   /* an element closes */
    CHARTA_XML_TEXT,  /* text (or CDATA) inside an element */
    CHARTA_XML_DONE,  /* the document ended well */
    CHARTA_XML_ERROR, /* see charta_xml_error; every later call gives ERROR again */
} charta_xml_event;

typedef struct charta_xml charta_xml;

/* A reader over data[0..len) (not copied: it must outlive the reader); name is the
 * file's name for messages (copied). NULL on out of memory. */
charta_xml *charta_xml_open(const char *data, size_t len, const char *name);
/* Free the reader; NULL is a no-op. */
void charta_xml_close(charta_xml *x);

/* The next event of the document. */
charta_xml_event charta_xml_next(charta_xml *x);
/* The local name of the element of the last START or END ("Obs" for
 * "<generic:Obs>"), "" otherwise; valid until the next call of charta_xml_next. */
const char *charta_xml_name(const charta_xml *x);
/* The text of the last TEXT event; valid until the next call of charta_xml_next. */
const char *charta_xml_text(const charta_xml *x);
/* The value of the attribute with that local name on the element of the last
 * START, NULL when it has none; valid until the next call of charta_xml_next. */
const char *charta_xml_attr(charta_xml *x, const char *name);
/* Every attribute of the element of the last START (namespace declarations left
 * out): their local names and values in document order into *names and *values, their
 * number returned (0 on out of memory too); valid until the next call of
 * charta_xml_next or charta_xml_attrs. */
size_t charta_xml_attrs(charta_xml *x, const char *const **names, const char *const **values);
/* Depth of the element of the last START or END (the root is 0). */
int charta_xml_depth(const charta_xml *x);
/* Line (1-based) of the current node, 0 when unknown. */
int charta_xml_line(const charta_xml *x);

/* After ERROR: what went wrong (one English sentence without the place) and where
 * (*line, *col; 0 when unknown). A reader that did not fail gives "". */
const char *charta_xml_error(const charta_xml *x, int *line, int *col);

#endif
