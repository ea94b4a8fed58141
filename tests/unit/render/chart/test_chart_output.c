/* Tests of the drawn charts: SVG read back with libxml2, PNG pixels read
 * back with Cairo at the places the layout says hold known values, and the
 * charts stage writing files (chart.h). */
#include "check.h"

#include <ctype.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include <cairo.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "chart_fixture.h"
#include "chart_internal.h"
#include "charta/util.h"

static charta_report_opts
ropts(const char *lang)
{
    return (charta_report_opts){.lang = lang, .run_date = "2025-03-31"};
}

/* Indicator i laid out with the real (Pango) measurer. */
static charta_dl *
layout_real(chart_fixture *f, charta_chart_text *t, size_t i, charta_chart_kind k, const char *lang)
{
    charta_chart_style st = charta_chart_style_for(f->p);
    charta_report_opts ro = ropts(lang);
    charta_chart_data *cd = charta_chart_gather(f->r, i, k, &ro, &st);
    if (!cd)
        return NULL;
    charta_chart_opts co = {.measure = charta_chart_text_measurer(t)};
    charta_dl *dl = charta_chart_layout(cd, &st, &co);
    charta_chart_data_free(cd);
    return dl;
}

/* --- SVG ---------------------------------------------------------------------- */

typedef struct svg_stats {
    size_t paths, texts, targets, series, bad_numbers;
    bool title_found;
} svg_stats;

static bool
numbers_ok(const char *s)
{
    /* every number in an attribute parses and is finite; no nan or inf */
    for (const char *c = s; *c; c++)
        if ((tolower((unsigned char)c[0]) == 'n' && tolower((unsigned char)c[1]) == 'a' &&
             tolower((unsigned char)c[2]) == 'n') ||
            (tolower((unsigned char)c[0]) == 'i' && tolower((unsigned char)c[1]) == 'n' &&
             tolower((unsigned char)c[2]) == 'f'))
            return false;
    return true;
}

static void
walk(xmlNode *n, svg_stats *st, const char *title)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)n->name;
        xmlChar *cls = xmlGetProp(n, (const xmlChar *)"class");
        if (!strcmp(name, "path"))
            st->paths++;
        if (!strcmp(name, "text")) {
            st->texts++;
            xmlChar *c = xmlNodeGetContent(n);
            if (c && !strcmp((const char *)c, title))
                st->title_found = true;
            xmlFree(c);
        }
        if (cls && !strcmp((const char *)cls, "target"))
            st->targets++;
        if (cls && !strcmp((const char *)cls, "series"))
            st->series++;
        xmlFree(cls);
        static const char *const attrs[] = {
            "x", "y", "cx", "cy", "r", "width", "height", "d", "transform", "stroke-width", NULL};
        for (size_t a = 0; attrs[a]; a++) {
            xmlChar *v = xmlGetProp(n, (const xmlChar *)attrs[a]);
            if (v) {
                if (!numbers_ok((const char *)v))
                    st->bad_numbers++;
                if (strcmp(attrs[a], "d") && strcmp(attrs[a], "transform")) {
                    char *end;
                    double d = strtod((const char *)v, &end);
                    if (*end || !isfinite(d))
                        st->bad_numbers++;
                }
                xmlFree(v);
            }
        }
        walk(n->children, st, title);
    }
}

TEST(svg_has_paths_text_and_the_target_and_no_nan)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_chart_text *t = charta_chart_text_new(NULL);
    REQUIRE(t);
    charta_dl *dl = layout_real(&f, t, IND_VALUE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_buf b = {0};
    REQUIRE(charta_chart_svg_encode(dl, &st, &b) == CHARTA_OK);
    xmlDoc *doc = xmlReadMemory(b.data, (int)b.len, "chart.svg", NULL, XML_PARSE_NONET);
    REQUIRE(doc);
    xmlNode *root = xmlDocGetRootElement(doc);
    CHECK_STR((const char *)root->name, "svg");
    svg_stats s = {0};
    walk(root, &s, "Ein Wert mit Ziel");
    CHECK(s.paths >= 5);
    CHECK(s.texts >= 10);
    CHECK(s.title_found);
    CHECK(s.targets >= 2); /* the ring, its dot and its label */
    CHECK(s.series >= 3);
    CHECK_INT(s.bad_numbers, 0);
    CHECK(strstr(b.data, "<desc>Liniendiagramm: Ein Wert mit Ziel (EW), 2015–2024."));
    CHECK(strstr(b.data, "<title>Ein Wert mit Ziel</title>"));
    CHECK(!strstr(b.data, "nan") && !strstr(b.data, "NaN") && !strstr(b.data, "inf"));
    xmlFreeDoc(doc);
    /* the same list gives the same bytes */
    charta_buf b2 = {0};
    charta_dl *dl2 = layout_real(&f, t, IND_VALUE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl2 && charta_chart_svg_encode(dl2, &st, &b2) == CHARTA_OK);
    CHECK(b.len == b2.len && memcmp(b.data, b2.data, b.len) == 0);
    charta_buf_free(&b);
    charta_buf_free(&b2);
    charta_dl_free(dl);
    charta_dl_free(dl2);
    charta_chart_text_free(t);
    fixture_free(&f);
}

TEST(svg_text_from_data_is_escaped)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    free(f.p->indicators[IND_VALUE].title.text[0]);
    f.p->indicators[IND_VALUE].title.text[0] = strdup("A < B & \"C\" > D");
    charta_chart_text *t = charta_chart_text_new(NULL);
    charta_dl *dl = layout_real(&f, t, IND_VALUE, CHARTA_CHART_AREAS, "de");
    REQUIRE(dl);
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_buf b = {0};
    REQUIRE(charta_chart_svg_encode(dl, &st, &b) == CHARTA_OK);
    xmlDoc *doc = xmlReadMemory(b.data, (int)b.len, "chart.svg", NULL, XML_PARSE_NONET);
    REQUIRE(doc);
    svg_stats s = {0};
    walk(xmlDocGetRootElement(doc), &s, "A < B & \"C\" > D");
    CHECK(s.title_found);
    CHECK_INT(s.bad_numbers, 0);
    xmlFreeDoc(doc);
    charta_buf_free(&b);
    charta_dl_free(dl);
    charta_chart_text_free(t);
    fixture_free(&f);
}

TEST(invalid_utf8_from_data_is_repaired_before_pango_and_svg_see_it)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_chart_text *t = charta_chart_text_new(NULL);
    free(f.p->indicators[IND_VALUE].title.text[0]);
    f.p->indicators[IND_VALUE].title.text[0] = strdup("Bad \xFC byte");
    charta_dl *dl = layout_real(&f, t, IND_VALUE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    bool found = false;
    for (size_t i = 0; i < dl->n; i++)
        if (dl->items[i].op == CHARTA_DL_TEXT &&
            !strcmp(charta_dl_text(dl, &dl->items[i]), "Bad \xEF\xBF\xBD byte"))
            found = true;
    CHECK(found);
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_buf b = {0};
    REQUIRE(charta_chart_svg_encode(dl, &st, &b) == CHARTA_OK);
    xmlDoc *doc = xmlReadMemory(b.data, (int)b.len, "chart.svg", NULL, XML_PARSE_NONET);
    CHECK(doc != NULL);
    xmlFreeDoc(doc);
    charta_buf_free(&b);
    charta_dl_free(dl);
    charta_chart_text_free(t);
    fixture_free(&f);
}

TEST(a_bad_list_is_never_drawn)
{
    charta_dl *dl = charta_dl_new(100, 100);
    charta_chart_line(dl, CHARTA_ROLE_SERIES, 0, NAN, 1, 1, charta_color_rgb(0), 1, CHARTA_DASH_SOLID);
    charta_buf b = {0};
    CHECK_INT(charta_chart_svg_encode(dl, NULL, &b), CHARTA_ERR_INTERNAL);
    charta_chart_text *t = charta_chart_text_new(NULL);
    charta_diags *d = charta_diags_new();
    CHECK_INT(charta_chart_png_encode(dl, t, 96, &b, d), CHARTA_ERR_INTERNAL);
    CHECK_INT(charta_diags_errors(d), 1);
    CHECK_INT(b.len, 0);
    charta_diags_free(d);
    charta_chart_text_free(t);
    charta_dl_free(dl);
}

/* --- PNG ---------------------------------------------------------------------- */

typedef struct reader {
    const unsigned char *p;
    size_t n, off;
} reader;

static cairo_status_t
read_mem(void *closure, unsigned char *data, unsigned int length)
{
    reader *r = closure;
    if (r->off + length > r->n)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, r->p + r->off, length);
    r->off += length;
    return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode(const void *png, size_t len)
{
    reader r = {png, len, 0};
    cairo_surface_t *s = cairo_image_surface_create_from_png_stream(read_mem, &r);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return NULL;
    }
    cairo_surface_flush(s);
    return s;
}

/* The colour at (x, y) px of the list drawn at scale. */
static charta_color
pixel(cairo_surface_t *s, double x, double y, double scale)
{
    int px = (int)floor(x * scale), py = (int)floor(y * scale);
    const unsigned char *data = cairo_image_surface_get_data(s);
    int stride = cairo_image_surface_get_stride(s);
    uint32_t v = *(const uint32_t *)(data + py * stride + px * 4);
    return (charta_color){((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0,
                          1};
}

static bool
near(charta_color a, charta_color b)
{
    return fabs(a.r - b.r) < 0.06 && fabs(a.g - b.g) < 0.06 && fabs(a.b - b.b) < 0.06;
}

TEST(png_pixels_show_the_series_colour_where_the_layout_put_the_values)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_chart_text *t = charta_chart_text_new(NULL);
    REQUIRE(t);
    charta_dl *dl = layout_real(&f, t, IND_VALUE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_color white = charta_color_rgb(0xFFFFFF);
    static const int dpis[] = {96, 300};
    for (size_t k = 0; k < 2; k++) {
        double scale = dpis[k] / 96.0;
        charta_buf b = {0};
        charta_diags *d = charta_diags_new();
        REQUIRE(charta_chart_png_encode(dl, t, dpis[k], &b, d) == CHARTA_OK);
        cairo_surface_t *s = decode(b.data, b.len);
        REQUIRE(s);
        CHECK_INT(cairo_image_surface_get_width(s), (int)ceil(800 * scale));
        CHECK_INT(cairo_image_surface_get_height(s), (int)ceil(450 * scale));
        size_t checked = 0;
        for (size_t i = 0; i < dl->n_probes; i++) {
            const charta_dl_probe *p = &dl->probes[i];
            if (p->series != 0) /* the city: its own colour, or white inside hollow points */
                continue;
            charta_color c = pixel(s, p->x, p->y, scale);
            if (p->status == 'A')
                CHECK(near(c, st.primary));
            else
                CHECK(near(c, white));
            checked++;
        }
        CHECK_INT(checked, FX_NY);
        /* a focus area in its own colour (Nord: the first palette colour) */
        const charta_dl_probe *nord = charta_dl_find_probe(dl, 1, 2016);
        REQUIRE(nord);
        CHECK(near(pixel(s, nord->x, nord->y, scale), st.series[0]));
        /* and the background around is white */
        CHECK(near(pixel(s, 2, 2, scale), white));
        cairo_surface_destroy(s);
        charta_buf_free(&b);
        charta_diags_free(d);
    }
    charta_dl_free(dl);
    charta_chart_text_free(t);
    fixture_free(&f);
}

TEST(png_pixels_of_bars_show_focus_and_other_areas)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_chart_text *t = charta_chart_text_new(NULL);
    charta_dl *dl = layout_real(&f, t, IND_VALUE, CHARTA_CHART_AREAS, "en");
    REQUIRE(dl);
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_buf b = {0};
    charta_diags *d = charta_diags_new();
    REQUIRE(charta_chart_png_encode(dl, t, 96, &b, d) == CHARTA_OK);
    cairo_surface_t *s = decode(b.data, b.len);
    REQUIRE(s);
    CHECK_INT(dl->n_probes, 3);
    for (size_t i = 0; i < dl->n_probes; i++) {
        const charta_dl_probe *p = &dl->probes[i];
        bool west = fabs(p->value - 400) < 1e-9;
        CHECK(near(pixel(s, p->x, p->y, 1), west ? st.bar : st.accent));
    }
    cairo_surface_destroy(s);
    charta_buf_free(&b);
    charta_diags_free(d);
    charta_dl_free(dl);
    charta_chart_text_free(t);
    fixture_free(&f);
}

TEST(chart_png_gives_the_main_chart_in_memory)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts ro = ropts("de");
    unsigned char *buf = NULL;
    size_t len = 0;
    REQUIRE(charta_chart_png(f.r, IND_VALUE, &ro, 0, &buf, &len, f.d) == CHARTA_OK);
    REQUIRE(buf && len > 1000);
    CHECK(memcmp(buf, "\x89PNG\r\n\x1a\n", 8) == 0);
    cairo_surface_t *s = decode(buf, len);
    REQUIRE(s);
    CHECK_INT(cairo_image_surface_get_width(s), 800);
    CHECK_INT(cairo_image_surface_get_height(s), 450);
    cairo_surface_destroy(s);
    free(buf);
    /* at 300 dpi */
    REQUIRE(charta_chart_png(f.r, IND_VALUE, &ro, 300, &buf, &len, f.d) == CHARTA_OK);
    s = decode(buf, len);
    REQUIRE(s);
    CHECK_INT(cairo_image_surface_get_width(s), 2500);
    cairo_surface_destroy(s);
    free(buf);
    /* an indicator without values: a "no data" picture */
    REQUIRE(charta_chart_png(f.r, IND_EMPTY, &ro, 96, &buf, &len, f.d) == CHARTA_OK);
    CHECK(buf != NULL);
    free(buf);
    /* chart.kind = "none": nothing, and that is no error */
    f.p->indicators[IND_ONE].chart.kind = CHARTA_CHART_NONE;
    buf = (unsigned char *)"x";
    REQUIRE(charta_chart_png(f.r, IND_ONE, &ro, 96, &buf, &len, f.d) == CHARTA_OK);
    CHECK(buf == NULL && len == 0);
    /* bad calls */
    CHECK_INT(charta_chart_png(f.r, N_IND, &ro, 96, &buf, &len, f.d), CHARTA_ERR_USAGE);
    CHECK_INT(charta_chart_png(f.r, IND_VALUE, &ro, 5000, &buf, &len, f.d), CHARTA_ERR_USAGE);
    CHECK(buf == NULL);
    charta_report_opts window = {.year_first = 2024, .year_last = 2015};
    CHECK_INT(charta_chart_png(f.r, IND_VALUE, &window, 96, &buf, &len, f.d), CHARTA_ERR_USAGE);
    /* the data functions never need a diagnostics sink */
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_chart_data *cd = charta_chart_gather(f.r, IND_VALUE, CHARTA_CHART_AREAS, &window, &st);
    CHECK(cd && cd->n_years == FX_NY);
    charta_chart_data_free(cd);
    charta_overview_data *ov = charta_overview_gather(f.r, &window);
    CHECK(ov != NULL);
    charta_overview_data_free(ov);
    fixture_free(&f);
}

/* --- the stage ---------------------------------------------------------------------- */

static char *
slurp(const char *path, size_t *len)
{
    return charta_read_file(path, len);
}

TEST(charts_stage_writes_every_listed_file_and_nothing_else)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts ro = ropts("de");
    char dir[512];
    snprintf(dir, sizeof dir, "%s", fixture_path(&f, "charts"));
    REQUIRE(charta_report_charts_write(f.r, &ro, dir, 96, f.d) == CHARTA_OK);
    char **files;
    size_t n;
    REQUIRE(charta_report_charts_list(f.r, &ro, &files, &n) == CHARTA_OK);
    for (size_t i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        size_t len;
        char *data = slurp(path, &len);
        CHECK(data != NULL);
        if (!data)
            continue;
        if (strstr(files[i], ".png")) {
            cairo_surface_t *s = decode(data, len);
            CHECK(s != NULL);
            if (s)
                cairo_surface_destroy(s);
        } else {
            xmlDoc *doc = xmlReadMemory(data, (int)len, files[i], NULL, XML_PARSE_NONET);
            CHECK(doc != NULL);
            xmlFreeDoc(doc);
        }
        free(data);
    }
    char cmd[1400];
    snprintf(cmd, sizeof cmd, "ls '%s' | wc -l", dir);
    char *out = fixture_run(cmd);
    REQUIRE(out);
    CHECK_INT(atoi(out), (int)n);
    free(out);
    charta_report_charts_list_free(files, n);
    /* a second run into the same folder gives the same bytes (same inputs) */
    char dir2[512];
    snprintf(dir2, sizeof dir2, "%s", fixture_path(&f, "charts2"));
    REQUIRE(charta_report_charts_write(f.r, &ro, dir2, 96, f.d) == CHARTA_OK);
    snprintf(cmd, sizeof cmd, "diff -r '%s' '%s' >/dev/null && echo same", dir, dir2);
    out = fixture_run(cmd);
    CHECK(out && strstr(out, "same"));
    free(out);
    fixture_free(&f);
}

TEST(a_full_disk_is_an_io_error_and_an_impossible_folder_cannot_be_created)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_buf b = {0};
    charta_buf_append(&b, "0123456789", 10);
    struct stat before;
    if (stat("/dev/full", &before) != 0)
        SKIP("no /dev/full");
    CHECK_INT(charta_chart_write_file("/dev/full", &b, f.d), CHARTA_ERR_IO);
    struct stat after;
    CHECK(stat("/dev/full", &after) == 0); /* a device is never removed */
    charta_buf_free(&b);
    charta_report_opts ro = ropts("de");
    CHECK_INT(charta_report_charts_write(f.r, &ro, "/nonexistent-charta/a/b", 96, f.d),
              CHARTA_ERR_CANTCREATE);
    CHECK_INT(charta_report_charts_write(f.r, &ro, fixture_path(&f, "x"), 7, f.d),
              CHARTA_ERR_USAGE);
    fixture_free(&f);
}

/* Pango, Cairo and fontconfig keep caches until exit: release them before
 * the leak checker looks (registered after it, so run before it). */
__attribute__((constructor)) static void
release_fonts_at_exit(void)
{
    atexit(charta_chart_shutdown);
}

TEST_MAIN()
