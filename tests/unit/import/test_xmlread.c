/* The hardened XML reader: real SDMX-ML messages read through, hostile documents
 * refused at their place (RELIABILITY.md §2). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/util.h"
#include "charta/xmlread.h"
#include "check.h"

/* Read a whole document; returns the last event, counts START events named
 * elem into *count, the first value of attribute attr on elem into first. */
static charta_xml_event
read_all(const char *doc, size_t len, const char *elem, const char *attr, int *count,
         char *first, size_t cap, charta_xml **out)
{
    charta_xml *x = charta_xml_open(doc, len, "doc.xml");
    CHECK(x != NULL);
    charta_xml_event ev;
    *count = 0;
    if (first)
        first[0] = '\0';
    while ((ev = charta_xml_next(x)) != CHARTA_XML_DONE && ev != CHARTA_XML_ERROR) {
        if (ev == CHARTA_XML_START && elem && strcmp(charta_xml_name(x), elem) == 0) {
            const char *v = attr ? charta_xml_attr(x, attr) : NULL;
            if (first && v && !first[0])
                snprintf(first, cap, "%s", v);
            (*count)++;
        }
    }
    if (out)
        *out = x;
    else
        charta_xml_close(x);
    return ev;
}

static charta_xml_event
read_str(const char *doc, charta_xml **out)
{
    int n;
    return read_all(doc, strlen(doc), NULL, NULL, &n, NULL, 0, out);
}

/* Read the real file rel (under ../shared/data/real) through; *count and first as
 * read_all. false when ../shared is absent. */
static bool
read_real(const char *rel, const char *elem, const char *attr, int *count, char *first,
          size_t cap)
{
    const char *real = check_real_dir();
    if (!real)
        return false;
    char path[4096], why[256];
    snprintf(path, sizeof path, "%s/%s", real, rel);
    char *doc = NULL;
    size_t len = 0;
    CHECK(charta_read_input(path, NULL, &doc, &len, why, sizeof why) == CHARTA_OK);
    CHECK(read_all(doc, len, elem, attr, count, first, cap, NULL) == CHARTA_XML_DONE);
    free(doc);
    return true;
}

TEST(structure_specific_sdg_data_reads_every_observation)
{
    int n;
    char first[64];
    if (!read_real("sdmx/uk-sdg-structurespecific/7-2-1.xml", "Obs", "OBS_VALUE", &n, first,
                   sizeof first))
        SKIP("../shared/data/real is absent");
    CHECK(n == 32); /* SOURCE.md: 1 series, 32 observations */
    read_real("sdmx/uk-sdg-structurespecific/7-2-1.xml", "Series", "SERIES", &n, first,
              sizeof first);
    CHECK(n == 1);
    CHECK_STR(first, "EG_FEC_RNEW");
}

TEST(generic_data_reads_the_ecb_series_with_its_values)
{
    /* <generic:Obs><generic:ObsDimension value="1999-01"/><generic:ObsValue value="1.16078"/> */
    int n;
    char first[64];
    if (!read_real("sdmx/generic/ECB_EXR_1_M.USD.EUR.SP00.A.xml", "ObsValue", "value", &n, first,
                   sizeof first))
        SKIP("../shared/data/real is absent");
    CHECK(n == 252);
    CHECK_STR(first, "1.16078");
    read_real("sdmx/generic/ECB_EXR_ng-flat.xml", "ObsValue", "value", &n, first, sizeof first);
    CHECK(n == 12);
    CHECK_STR(first, "1.3413");
}

TEST(a_doctype_is_refused_before_any_entity_is_loaded_or_expanded)
{
    /* XXE: an external entity pointing at a local file */
    charta_xml *x;
    CHECK(read_str("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY e SYSTEM "
                   "\"file:///etc/passwd\">]>\n<d>&e;</d>\n",
                   &x) == CHARTA_XML_ERROR);
    int line, col;
    const char *why = charta_xml_error(x, &line, &col);
    CHECK(strstr(why, "DOCTYPE") != NULL);
    CHECK(line == 2);
    CHECK(charta_xml_next(x) == CHARTA_XML_ERROR); /* sticky */
    charta_xml_close(x);
    /* billion laughs */
    char doc[4096] = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY l0 \"lol\">\n";
    for (int i = 1; i < 10; i++) {
        char line_[160];
        snprintf(line_, sizeof line_,
                 "<!ENTITY l%d \"&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;\">\n", i,
                 i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
        strcat(doc, line_);
    }
    strcat(doc, "]>\n<lolz>&l9;</lolz>\n");
    CHECK(read_str(doc, &x) == CHARTA_XML_ERROR); /* libxml2 may see the loop first */
    why = charta_xml_error(x, NULL, NULL);
    CHECK(strstr(why, "DOCTYPE") != NULL || strstr(why, "entity") != NULL);
    charta_xml_close(x);
    /* an external DTD on the local host: never fetched (no network, loader denied) */
    CHECK(read_str("<?xml version=\"1.0\"?>\n<!DOCTYPE d SYSTEM "
                   "\"http://127.0.0.1:9/evil.dtd\">\n<d/>\n",
                   &x) == CHARTA_XML_ERROR);
    CHECK(strstr(charta_xml_error(x, NULL, NULL), "DOCTYPE") != NULL);
    charta_xml_close(x);
}

TEST(an_undeclared_entity_reference_is_an_error_at_its_line)
{
    charta_xml *x;
    CHECK(read_str("<d>\n<v>a &nbsp; b</v>\n</d>\n", &x) == CHARTA_XML_ERROR);
    int line;
    charta_xml_error(x, &line, NULL);
    CHECK(line == 2);
    charta_xml_close(x);
}

TEST(deep_nesting_is_refused)
{
    size_t n = 5000;
    char *doc = malloc(n * 7 + 16);
    CHECK(doc != NULL);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += (size_t)sprintf(doc + k, "<a>");
    for (size_t i = 0; i < n; i++)
        k += (size_t)sprintf(doc + k, "</a>");
    charta_xml *x;
    int count;
    CHECK(read_all(doc, k, NULL, NULL, &count, NULL, 0, &x) == CHARTA_XML_ERROR);
    CHECK(strstr(charta_xml_error(x, NULL, NULL), "nested deeper than 256") != NULL);
    charta_xml_close(x);
    free(doc);
}

TEST(a_tag_mismatch_deep_in_a_large_file_gives_its_exact_line)
{
    size_t rows = 100000;
    char *doc = malloc(rows * 40 + 64);
    CHECK(doc != NULL);
    size_t k = (size_t)sprintf(doc, "<DataSet>\n");
    for (size_t i = 0; i < rows; i++)
        k += (size_t)sprintf(doc + k, i == 77777 ? "<Obs v=\"%zu\"></Ob>\n" : "<Obs v=\"%zu\"/>\n",
                             i);
    k += (size_t)sprintf(doc + k, "</DataSet>\n");
    charta_xml *x;
    int count;
    CHECK(read_all(doc, k, "Obs", NULL, &count, NULL, 0, &x) == CHARTA_XML_ERROR);
    int line;
    charta_xml_error(x, &line, NULL);
    CHECK(line == 77779); /* line 1 is <DataSet>, observation i is on line i + 2 */
    CHECK(count > 70000 && count <= 77778); /* the parser reads a little ahead */
    charta_xml_close(x);
    free(doc);
}

TEST(a_truncated_document_is_an_error)
{
    const char *doc = "<DataSet>\n<Series a=\"1\">\n<Obs v=\"1\"/>\n<Obs v=";
    charta_xml *x;
    CHECK(read_str(doc, &x) == CHARTA_XML_ERROR);
    int line;
    CHECK(charta_xml_error(x, &line, NULL)[0] != '\0');
    CHECK(line == 4);
    charta_xml_close(x);
}

TEST(a_wrong_encoding_declaration_is_an_error_at_its_line)
{
    /* declared UTF-8, but Latin-1 bytes: "Köln" with 0xF6 */
    const char *doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<d>\n<n>K\xF6ln</n>\n</d>\n";
    charta_xml *x;
    CHECK(read_str(doc, &x) == CHARTA_XML_ERROR);
    int line;
    charta_xml_error(x, &line, NULL);
    CHECK(line == 3);
    charta_xml_close(x);
    /* declared ISO-8859-1: read and given as UTF-8 */
    const char *latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<d n=\"K\xF6ln\"/>\n";
    x = charta_xml_open(latin, strlen(latin), "latin.xml");
    CHECK(charta_xml_next(x) == CHARTA_XML_START);
    CHECK_STR(charta_xml_attr(x, "n"), "K\xC3\xB6ln");
    CHECK(charta_xml_next(x) == CHARTA_XML_END);
    CHECK(charta_xml_next(x) == CHARTA_XML_DONE);
    charta_xml_close(x);
}

TEST(names_are_local_and_empty_elements_open_and_close)
{
    const char *doc = "<m:Message xmlns:m=\"urn:x\"><m:Obs a=\"1\"/><v>t</v></m:Message>";
    charta_xml *x = charta_xml_open(doc, strlen(doc), "ns.xml");
    CHECK(charta_xml_next(x) == CHARTA_XML_START);
    CHECK_STR(charta_xml_name(x), "Message");
    CHECK(charta_xml_depth(x) == 0);
    CHECK(charta_xml_next(x) == CHARTA_XML_START);
    CHECK_STR(charta_xml_name(x), "Obs");
    CHECK_STR(charta_xml_attr(x, "a"), "1");
    CHECK(charta_xml_attr(x, "b") == NULL);
    CHECK(charta_xml_depth(x) == 1);
    CHECK(charta_xml_next(x) == CHARTA_XML_END);
    CHECK(charta_xml_next(x) == CHARTA_XML_START);
    CHECK_STR(charta_xml_name(x), "v");
    CHECK(charta_xml_next(x) == CHARTA_XML_TEXT);
    CHECK_STR(charta_xml_text(x), "t");
    CHECK(charta_xml_next(x) == CHARTA_XML_END);
    CHECK(charta_xml_next(x) == CHARTA_XML_END);
    CHECK(charta_xml_next(x) == CHARTA_XML_DONE);
    CHECK_STR(charta_xml_error(x, NULL, NULL), "");
    charta_xml_close(x);
}

TEST(a_namespace_declaration_is_no_attribute_of_its_local_name)
{
    /* xmlns:id was read as the attribute id (the check of tests/fuzz/fuzz_sdmx.c) */
    const char *doc = "<m xmlns:id=\"urn:x\" xmlns:value=\"urn:y\" id=\"FREQ\"/>";
    charta_xml *x = charta_xml_open(doc, strlen(doc), "ns.xml");
    CHECK(charta_xml_next(x) == CHARTA_XML_START);
    CHECK_STR(charta_xml_attr(x, "id"), "FREQ");
    CHECK(charta_xml_attr(x, "value") == NULL);
    const char *const *names, *const *values;
    CHECK(charta_xml_attrs(x, &names, &values) == 1);
    CHECK_STR(names[0], "id");
    CHECK_STR(values[0], "FREQ");
    charta_xml_close(x);
}

/* A document of one element with n attributes on line 2 (malloc'd). */
static char *
crowded_doc(size_t n, const char *inside)
{
    charta_buf b = {0};
    charta_buf_puts(&b, "<?xml version=\"1.0\"?>\n<r xmlns:m=\"urn:x\"");
    for (size_t i = 1; i < n; i++) /* the namespace declaration counts */
        charta_buf_printf(&b, " a%zu='%s'", i, i % 2 ? "x=y>" : "");
    charta_buf_printf(&b, ">%s</r>\n", inside);
    return b.data;
}

TEST(an_element_with_too_many_attributes_is_refused_before_it_is_parsed)
{
    /* libxml2 2.9 took 36 s over the 100 000 attributes of a 1 MB element (found while
     * writing tests/fuzz/fuzz_sdmx.c) */
    char *doc = crowded_doc(100000, "");
    charta_xml *x = NULL;
    CHECK(read_str(doc, &x) == CHARTA_XML_ERROR);
    int line, col;
    CHECK(strstr(charta_xml_error(x, &line, &col), "more than 256 attributes") != NULL);
    CHECK_INT(line, 2);
    charta_xml_close(x);
    free(doc);
    /* 256 are read; '=' in comments, CDATA, instructions and values are no attributes */
    charta_buf in = {0};
    charta_buf_puts(&in, "<!-- ");
    for (int i = 0; i < 300; i++)
        charta_buf_puts(&in, "a=1 ");
    charta_buf_puts(&in, "--><![CDATA[");
    for (int i = 0; i < 300; i++)
        charta_buf_puts(&in, "<b c=1>");
    charta_buf_puts(&in, "]]><?pi");
    for (int i = 0; i < 300; i++)
        charta_buf_puts(&in, " d=1");
    charta_buf_puts(&in, "?><e/>");
    doc = crowded_doc(256, in.data);
    int n;
    CHECK(read_all(doc, strlen(doc), "r", "a255", &n, NULL, 0, NULL) == CHARTA_XML_DONE);
    CHECK_INT(n, 1);
    free(doc);
    charta_buf_free(&in);
}

TEST(a_document_of_too_many_different_names_is_refused_before_it_is_parsed)
{
    /* libxml2 2.9 took 15 s over 800 000 different names (a 5 MB file: found while
     * writing tests/fuzz/fuzz_sdmx.c) */
    charta_buf b = {0};
    charta_buf_puts(&b, "<r>\n");
    for (int i = 0; i < 5001; i++)
        charta_buf_printf(&b, "<e%d a%d=\"%d\"/>", i, i, i);
    charta_buf_puts(&b, "</r>");
    charta_xml *x = NULL;
    CHECK(read_str(b.data, &x) == CHARTA_XML_ERROR);
    int line, col;
    CHECK(strstr(charta_xml_error(x, &line, &col), "more than 10000 different names") != NULL);
    CHECK_INT(line, 2);
    charta_xml_close(x);
    charta_buf_free(&b);
    /* names again and again, values and namespace prefixes of one URI are not new names */
    charta_buf_puts(&b, "<r xmlns:m=\"urn:m\">\n");
    for (int i = 0; i < 4990; i++)
        charta_buf_printf(&b, "<e%d a=\"%d\"/><m:f m:a%d='x'/>", i, i, i);
    charta_buf_puts(&b, "</r>");
    int n;
    CHECK(read_all(b.data, b.len, "f", NULL, &n, NULL, 0, NULL) == CHARTA_XML_DONE);
    CHECK_INT(n, 4990);
    charta_buf_free(&b);
    /* a namespace URI is a name too */
    charta_buf_puts(&b, "<r>\n");
    for (int i = 0; i < 10001; i++)
        charta_buf_printf(&b, "<m:e xmlns:m=\"urn:%d\"/>", i);
    charta_buf_puts(&b, "</r>");
    CHECK(read_str(b.data, &x) == CHARTA_XML_ERROR);
    CHECK(strstr(charta_xml_error(x, &line, &col), "different names") != NULL);
    charta_xml_close(x);
    charta_buf_free(&b);
}

TEST_MAIN()
