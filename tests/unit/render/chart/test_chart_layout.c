/* Tests of the chart layouts: pure geometry with a fake measurer, no Cairo
 * (chart.h, chart_layout.c, chart_kinds.c). */
#include "check.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "chart_fixture.h"
#include "chart_internal.h"
#include "charta/labels.h"
#include "charta/pipeline.h"

static charta_chart_opts
opts(void)
{
    return (charta_chart_opts){.measure = fixture_measurer()};
}

static charta_report_opts
ropts(const char *lang)
{
    return (charta_report_opts){.lang = lang, .run_date = "2025-03-31"};
}

/* The display list of indicator i, kind k, in lang. */
static charta_dl *
layout(chart_fixture *f, size_t i, charta_chart_kind k, const char *lang)
{
    charta_chart_style st = charta_chart_style_for(f->p);
    charta_report_opts ro = ropts(lang);
    charta_chart_data *cd = charta_chart_gather(f->r, i, k, &ro, &st);
    if (!cd)
        return NULL;
    charta_chart_opts co = opts();
    charta_dl *dl = charta_chart_layout(cd, &st, &co);
    charta_chart_data_free(cd);
    return dl;
}

static size_t
count(const charta_dl *dl, charta_dl_op op, charta_dl_role role)
{
    size_t n = 0;
    for (size_t i = 0; i < dl->n; i++)
        n += dl->items[i].op == op && dl->items[i].role == role;
    return n;
}

static const charta_dl_item *
find_text(const charta_dl *dl, const char *s)
{
    for (size_t i = 0; i < dl->n; i++)
        if (dl->items[i].op == CHARTA_DL_TEXT && strcmp(charta_dl_text(dl, &dl->items[i]), s) == 0)
            return &dl->items[i];
    return NULL;
}

static bool
all_finite(const charta_dl *dl)
{
    for (size_t i = 0; i < dl->n; i++) {
        const charta_dl_item *it = &dl->items[i];
        if (!isfinite(it->x) || !isfinite(it->y) || !isfinite(it->w) || !isfinite(it->h))
            return false;
    }
    for (size_t i = 0; i < dl->n_pts; i++)
        if (!isfinite(dl->pts[i].x) || !isfinite(dl->pts[i].y))
            return false;
    return true;
}

static bool
boxes_overlap(const charta_dl_item *a, const charta_dl_item *b)
{
    return fabs(a->x - b->x) * 2 < a->w + b->w - 0.01 && fabs(a->y - b->y) * 2 < a->h + b->h - 0.01;
}

/* --- ticks ------------------------------------------------------------------- */

static double
last_tick(const charta_ticks *t)
{
    return t->first + (t->n - 1) * t->step;
}

TEST(ticks_for_a_range_of_thousandths_are_tenths_of_a_percent)
{
    charta_ticks t;
    REQUIRE(charta_chart_ticks(0, 0.0037, 5, &t));
    CHECK_NUM(t.first, 0, 1e-12);
    CHECK_NUM(t.step, 0.001, 1e-12);
    CHECK_INT(t.n, 5);
    CHECK_NUM(last_tick(&t), 0.004, 1e-12);
    CHECK_INT(t.decimals, 3);
}

TEST(ticks_across_zero_enclose_both_ends)
{
    charta_ticks t;
    REQUIRE(charta_chart_ticks(-12, 3, 5, &t));
    CHECK_NUM(t.first, -15, 1e-9);
    CHECK_NUM(t.step, 5, 1e-9);
    CHECK_NUM(last_tick(&t), 5, 1e-9);
    CHECK_INT(t.decimals, 0);
    bool zero = false;
    for (int k = 0; k < t.n; k++)
        zero = zero || fabs(t.first + k * t.step) < 1e-9;
    CHECK(zero);
}

TEST(ticks_for_millions_step_by_fifty_thousand)
{
    charta_ticks t;
    REQUIRE(charta_chart_ticks(1e6, 1.2e6, 5, &t));
    CHECK_NUM(t.first, 1e6, 1e-6);
    CHECK_NUM(t.step, 5e4, 1e-6);
    CHECK_INT(t.n, 5);
    CHECK_INT(t.decimals, 0);
    char out[CHARTA_NUMFMT_SIZE];
    charta_numfmt de = charta_numfmt_for("de");
    CHECK_STR(charta_numfmt_format(&de, t.first + t.step, t.decimals, out, sizeof out),
              "1.050.000");
}

TEST(ticks_survive_odd_input)
{
    charta_ticks t;
    REQUIRE(charta_chart_ticks(5, 5, 5, &t)); /* one value */
    CHECK(t.first < 5 && last_tick(&t) > 5);
    REQUIRE(charta_chart_ticks(0, 0, 5, &t));
    CHECK_NUM(t.first, 0, 1e-12);
    CHECK(last_tick(&t) > 0);
    REQUIRE(charta_chart_ticks(3, -12, 5, &t)); /* reversed */
    CHECK_NUM(t.first, -15, 1e-9);
    CHECK(!charta_chart_ticks(NAN, 1, 5, &t));
    CHECK(!charta_chart_ticks(0, INFINITY, 5, &t));
    REQUIRE(charta_chart_ticks(-1e300, 1e300, 5, &t));
    CHECK(t.n >= 2 && t.n <= 13 && isfinite(t.step));
    REQUIRE(charta_chart_ticks(1e6, 1e6 + 1e-9, 5, &t)); /* a difference below precision */
    CHECK(t.n >= 2 && t.n <= 13);
    for (int want = 2; want <= 12; want++) {
        REQUIRE(charta_chart_ticks(0.1, 0.7, want, &t));
        CHECK(t.n <= 13);
        CHECK(t.first <= 0.1 + 1e-12 && last_tick(&t) >= 0.7 - 1e-12);
    }
}

TEST(ticks_near_the_largest_double_stay_finite_or_fail)
{
    charta_ticks t;
    REQUIRE(charta_chart_ticks(0, 1.7e308, 6, &t));
    CHECK(isfinite(t.first) && isfinite(last_tick(&t)) && isfinite(last_tick(&t) - t.first));
    CHECK(last_tick(&t) >= 1.7e308);
    REQUIRE(charta_chart_ticks(-1.7e308, 102, 6, &t));
    CHECK(isfinite(t.first) && isfinite(last_tick(&t) - t.first) && t.first <= -1.7e308);
    /* no axis of finite doubles spans these */
    CHECK(!charta_chart_ticks(-1.7e308, 1.7e308, 6, &t));
    CHECK(!charta_chart_ticks(-DBL_MAX, DBL_MAX, 6, &t));
}

/* A chart of one indicator over three years, by hand: the city and two
 * areas (for the bars) with the given values in the last year. */
typedef struct huge_chart {
    double values[3][3];
    char status[3][3];
    charta_chart_series series[3];
    charta_chart_data cd;
} huge_chart;

static void
huge_chart_init(huge_chart *h, charta_chart_kind kind, const double city[3], double a, double b)
{
    memset(h, 0, sizeof *h);
    static const char *const labels[] = {"Stadt", "Nord", "S\xC3\xBC" "d"};
    for (int s = 0; s < 3; s++) {
        for (int y = 0; y < 3; y++) {
            h->values[s][y] = s == 0 ? city[y] : y == 2 ? (s == 1 ? a : b) : NAN;
            h->status[s][y] = CHARTA_ST_NORMAL;
        }
        h->series[s] = (charta_chart_series){.label = labels[s],
                                             .code = labels[s],
                                             .role = s ? CHARTA_SERIES_AREA : CHARTA_SERIES_CITY,
                                             .values = h->values[s],
                                             .status = h->status[s],
                                             .color = charta_color_rgb(0x336699),
                                             .level = s ? 1 : 0};
    }
    h->cd = (charta_chart_data){.kind = kind,
                                .lang = "en",
                                .title = "Huge",
                                .unit = "",
                                .decimals = 1,
                                .year_first = 2020,
                                .n_years = 3,
                                .series = h->series,
                                .n_series = 3};
}

static charta_dl *
huge_layout(huge_chart *h, const charta_chart_style *st)
{
    charta_chart_opts co = opts();
    return charta_chart_layout(&h->cd, st, &co);
}

TEST(values_near_the_largest_double_are_drawn_or_said_too_large_never_a_bad_list)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_chart_style st = charta_chart_style_for(f.p);
    huge_chart h;
    /* one sign: an axis up to 1.8e308 exists, the line is drawn */
    huge_chart_init(&h, CHARTA_CHART_TIMESERIES, (double[]){0, 1.7e308, 1e308}, 1, 2);
    charta_dl *dl = huge_layout(&h, &st);
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(all_finite(dl));
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_SERIES) == 1);
    CHECK(!find_text(dl, "Values too large to draw"));
    charta_dl_free(dl);
    /* both signs: no axis spans them; a panel says so */
    huge_chart_init(&h, CHARTA_CHART_TIMESERIES, (double[]){1, 1.7e308, -1.7e308}, 1, 2);
    dl = huge_layout(&h, &st);
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(all_finite(dl));
    CHECK(find_text(dl, "Values too large to draw"));
    charta_dl_free(dl);
    /* a fixed axis and a value far beyond it: clipped, never an overflow */
    huge_chart_init(&h, CHARTA_CHART_TIMESERIES, (double[]){10, -1.7e308, 50}, 1, 2);
    h.cd.has_y_min = h.cd.has_y_max = true, h.cd.y_min = 0, h.cd.y_max = 100;
    dl = huge_layout(&h, &st);
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(all_finite(dl));
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_SERIES) == 1);
    charta_dl_free(dl);
    /* bars: one huge negative area is drawn, both signs give the panel */
    huge_chart_init(&h, CHARTA_CHART_AREAS, (double[]){1, 2, 3}, -1.7e308, 102);
    dl = huge_layout(&h, &st);
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(all_finite(dl));
    CHECK_INT(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_BAR), 2);
    charta_dl_free(dl);
    huge_chart_init(&h, CHARTA_CHART_AREAS, (double[]){1, 2, 3}, 1.7e308, -1.7e308);
    dl = huge_layout(&h, &st);
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(all_finite(dl));
    CHECK(find_text(dl, "Values too large to draw"));
    CHECK(dl->alt && strstr(dl->alt, "Values too large to draw"));
    charta_dl_free(dl);
    fixture_free(&f);
}

/* --- time series ---------------------------------------------------------------- */

TEST(time_series_shows_city_focus_benchmark_and_target)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_dl *dl = layout(&f, IND_VALUE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(all_finite(dl));
    CHECK(count(dl, CHARTA_DL_MARKER, CHARTA_ROLE_TARGET) == 1);
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_TARGET_PATH) == 1);
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_BENCHMARK) == 1);
    CHECK(find_text(dl, "Ziel 2030: 1.500,0"));
    CHECK(find_text(dl, "Teststadt") && find_text(dl, "Nord") && find_text(dl, "Süd") &&
          find_text(dl, "Land"));
    CHECK(find_text(dl, "Ein Wert mit Ziel"));
    CHECK(find_text(dl, "EW"));    /* the unit as the axis title */
    CHECK(find_text(dl, "1.200")); /* a tick label, German */
    /* the x axis reaches the target year */
    CHECK(find_text(dl, "2030"));
    /* every value of the city is drawn, estimated and provisional ones hollow */
    charta_chart_style st = charta_chart_style_for(f.p);
    for (int y = FX_Y0; y < FX_Y0 + FX_NY; y++) {
        const charta_dl_probe *pr = charta_dl_find_probe(dl, 0, y);
        REQUIRE(pr);
        CHECK_NUM(pr->value, 1234.5 + 10 * (y - FX_Y0), 1e-9);
        bool hollow_marker = false;
        for (size_t i = 0; i < dl->n; i++) {
            const charta_dl_item *it = &dl->items[i];
            if (it->op == CHARTA_DL_MARKER && it->role == CHARTA_ROLE_POINT && it->series == 0 &&
                fabs(it->x - pr->x) < 1e-9 && fabs(it->y - pr->y) < 1e-9)
                hollow_marker = it->fill.r == st.background.r && it->fill.b == st.background.b;
        }
        CHECK(hollow_marker == (y >= 2023));
    }
    /* higher values are drawn higher */
    CHECK(charta_dl_find_probe(dl, 0, 2024)->y < charta_dl_find_probe(dl, 0, 2015)->y);
    CHECK(dl->alt && strstr(dl->alt, "Liniendiagramm: Ein Wert mit Ziel (EW), 2015–2024."));
    CHECK(strstr(dl->alt, "Teststadt: 1.234,5 (2015) bis 1.324,5 (2024)."));
    CHECK(strstr(dl->alt, "Ziel 2030: 1.500,0."));
    charta_dl_free(dl);
    fixture_free(&f);
}

TEST(missing_values_and_breaks_are_gaps_never_zero)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_dl *dl = layout(&f, IND_VALUE, CHARTA_CHART_TIMESERIES, "en");
    REQUIRE(dl);
    /* Nord (series 1) misses 2019: no probe there, and no line crosses it */
    CHECK(!charta_dl_find_probe(dl, 1, 2019));
    double x18 = charta_dl_find_probe(dl, 1, 2018)->x, x20 = charta_dl_find_probe(dl, 1, 2020)->x;
    /* Süd (series 2) breaks in 2021: no line from 2020 to 2021 */
    double s20 = charta_dl_find_probe(dl, 2, 2020)->x, s21 = charta_dl_find_probe(dl, 2, 2021)->x;
    /* the focus areas' lines have the palette's first and second colour */
    charta_chart_style st = charta_chart_style_for(f.p);
    size_t nord_paths = 0, sued_paths = 0;
    for (size_t i = 0; i < dl->n; i++) {
        const charta_dl_item *it = &dl->items[i];
        if (it->op != CHARTA_DL_PATH || it->role != CHARTA_ROLE_SERIES)
            continue;
        bool nord = it->stroke.r == st.series[0].r && it->stroke.g == st.series[0].g;
        bool sued = it->stroke.r == st.series[1].r && it->stroke.g == st.series[1].g;
        nord_paths += nord;
        sued_paths += sued;
        const charta_xy *p = dl->pts + it->pt;
        for (size_t k = 0; k + 1 < it->npt; k++) {
            if (nord)
                CHECK(!(p[k].x <= x18 + 1e-9 && p[k + 1].x >= x20 - 1e-9));
            if (sued)
                CHECK(!(fabs(p[k].x - s20) < 1e-9 && fabs(p[k + 1].x - s21) < 1e-9));
        }
    }
    CHECK_INT(nord_paths, 2); /* 2015-2018 and 2020-2024 */
    CHECK_INT(sued_paths, 2); /* 2015-2020 and 2021-2024 */
    /* the zero line is not on the chart at all: values stay far from zero */
    CHECK(!find_text(dl, "0"));
    /* the legend explains hollow points, gaps and the target */
    CHECK(find_text(dl, charta_label_get(CHARTA_LBL_CHART_HOLLOW, "en")));
    CHECK(find_text(dl, charta_label_get(CHARTA_LBL_CHART_GAP, "en")));
    CHECK(find_text(dl, "Target 2030: 1,500.0"));
    charta_dl_free(dl);
    fixture_free(&f);
}

TEST(end_labels_never_overlap_even_for_equal_last_values)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    /* the city, Nord, Süd and Land all end on the same value */
    fixture_put(&f, IND_VALUE, A_CITY, 2024, 1000, 'A');
    fixture_put(&f, IND_VALUE, A_NORD, 2024, 1000, 'A');
    fixture_put(&f, IND_VALUE, A_SUED, 2024, 1000, 'A');
    fixture_put(&f, IND_VALUE, A_LAND, 2024, 1000, 'A');
    charta_dl *dl = layout(&f, IND_VALUE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    const charta_dl_item *labels[8];
    size_t n = 0;
    for (size_t i = 0; i < dl->n && n < 8; i++)
        if (dl->items[i].op == CHARTA_DL_TEXT && dl->items[i].role == CHARTA_ROLE_SERIES_LABEL)
            labels[n++] = &dl->items[i];
    CHECK_INT(n, 4);
    for (size_t a = 0; a < n; a++) {
        CHECK(labels[a]->x + labels[a]->w / 2 <= dl->width + 1e-9);
        CHECK(labels[a]->y - labels[a]->h / 2 >= 0);
        for (size_t b = a + 1; b < n; b++)
            CHECK(!boxes_overlap(labels[a], labels[b]));
    }
    /* nor do the year labels of the x axis */
    for (size_t i = 0; i < dl->n; i++)
        for (size_t j = i + 1; j < dl->n; j++)
            if (dl->items[i].role == CHARTA_ROLE_TICK_LABEL &&
                dl->items[j].role == CHARTA_ROLE_TICK_LABEL && dl->items[i].op == CHARTA_DL_TEXT &&
                dl->items[j].op == CHARTA_DL_TEXT)
                CHECK(!boxes_overlap(&dl->items[i], &dl->items[j]));
    charta_dl_free(dl);
    fixture_free(&f);
}

TEST(year_labels_thin_out_on_a_narrow_chart)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_report_opts ro = ropts("de");
    charta_chart_data *cd = charta_chart_gather(f.r, IND_VALUE, CHARTA_CHART_TIMESERIES, &ro, &st);
    REQUIRE(cd);
    charta_chart_opts co = {.width = 260, .height = 200, .measure = fixture_measurer()};
    charta_dl *dl = charta_chart_layout(cd, &st, &co);
    REQUIRE(dl);
    size_t years = 0;
    for (size_t i = 0; i < dl->n; i++)
        for (size_t j = i + 1; j < dl->n; j++)
            if (dl->items[i].role == CHARTA_ROLE_TICK_LABEL &&
                dl->items[j].role == CHARTA_ROLE_TICK_LABEL && dl->items[i].op == CHARTA_DL_TEXT &&
                dl->items[j].op == CHARTA_DL_TEXT)
                CHECK(!boxes_overlap(&dl->items[i], &dl->items[j]));
    for (int y = 2015; y <= 2030; y++) {
        char s[8];
        snprintf(s, sizeof s, "%d", y);
        years += find_text(dl, s) != NULL;
    }
    CHECK(years >= 2 && years < 16);
    charta_dl_free(dl);
    charta_chart_data_free(cd);
    fixture_free(&f);
}

TEST(a_series_with_one_point_is_a_marker_when_its_kind_is_given)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    f.p->indicators[IND_ONE].chart.kind = CHARTA_CHART_TIMESERIES; /* chart = { kind = ... } */
    charta_dl *dl = layout(&f, IND_ONE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_SERIES) == 0);
    CHECK(count(dl, CHARTA_DL_MARKER, CHARTA_ROLE_POINT) == 1);
    CHECK(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_BAR) == 0);
    const charta_dl_probe *p = charta_dl_find_probe(dl, 0, 2020);
    REQUIRE(p);
    CHECK(p->x > 0 && p->x < dl->width && p->y > 0 && p->y < dl->height);
    CHECK(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_NODATA) == 0);
    CHECK(all_finite(dl));
    charta_dl_free(dl);
    fixture_free(&f);
}

TEST(a_time_series_with_values_in_one_year_is_drawn_as_bars_of_that_year)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    fixture_put(&f, IND_ONE, A_NORD, 2020, 40, 'A'); /* a focus area, the same year */
    fixture_put(&f, IND_ONE, A_LAND, 2020, 41, 'A'); /* the benchmark */
    charta_dl *dl = layout(&f, IND_ONE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(all_finite(dl));
    /* no line, no lone marker: a bar per drawn area (the city and Nord), the
     * benchmark as a reference line, the year named */
    CHECK_INT(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_SERIES), 0);
    CHECK_INT(count(dl, CHARTA_DL_MARKER, CHARTA_ROLE_POINT), 0);
    CHECK_INT(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_BAR), 2);
    CHECK_INT(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_BENCHMARK), 1);
    CHECK(find_text(dl, "Teststadt") && find_text(dl, "Nord") && find_text(dl, "42"));
    const charta_dl_probe *pc = charta_dl_find_probe(dl, 0, 2020);
    REQUIRE(pc);
    CHECK_NUM(pc->value, 42, 1e-9);
    CHECK(dl->alt && strstr(dl->alt, "Balkendiagramm") && strstr(dl->alt, "2020"));
    charta_dl_free(dl);
    /* the city's own bar is in the primary colour */
    charta_chart_style st = charta_chart_style_for(f.p);
    dl = layout(&f, IND_ONE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    bool primary = false;
    for (size_t i = 0; i < dl->n; i++)
        if (dl->items[i].op == CHARTA_DL_RECT && dl->items[i].role == CHARTA_ROLE_BAR &&
            dl->items[i].series == 0)
            primary = dl->items[i].fill.b == st.primary.b && dl->items[i].fill.r == st.primary.r;
    CHECK(primary);
    charta_dl_free(dl);
    /* with an area below that has a value, the main chart is the area comparison
     * alone; an explicit kind stays */
    charta_chart_kind k[CHARTA_CHART_KIND_COUNT];
    CHECK_INT(charta_chart_kinds_of(f.r, IND_ONE, k), 1);
    CHECK(k[0] == CHARTA_CHART_AREAS);
    CHECK_INT(charta_chart_kinds_of(f.r, IND_VALUE, k), 2);
    f.p->indicators[IND_ONE].chart.kind = CHARTA_CHART_TIMESERIES;
    CHECK_INT(charta_chart_kinds_of(f.r, IND_ONE, k), 2);
    CHECK(k[0] == CHARTA_CHART_TIMESERIES);
    fixture_free(&f);
}

TEST(all_missing_gives_a_no_data_panel)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    for (int k = 0; k < 2; k++) {
        charta_dl *dl =
            layout(&f, IND_EMPTY, k ? CHARTA_CHART_AREAS : CHARTA_CHART_TIMESERIES, "de");
        REQUIRE(dl);
        CHECK_INT(charta_dl_status(dl), CHARTA_OK);
        CHECK(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_NODATA) == 1);
        CHECK(find_text(dl, "Keine Daten vorhanden"));
        CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_SERIES) == 0);
        CHECK(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_BAR) == 0);
        CHECK(dl->n_probes == 0);
        CHECK(dl->alt && strstr(dl->alt, "Keine Daten vorhanden"));
        CHECK(all_finite(dl));
        charta_dl_free(dl);
    }
    fixture_free(&f);
}

TEST(awkward_ranges_get_readable_axes)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_dl *dl = layout(&f, IND_SMALL, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    CHECK(find_text(dl, "0,001") && find_text(dl, "0,004"));
    charta_dl_free(dl);
    dl = layout(&f, IND_NEG, CHARTA_CHART_TIMESERIES, "en");
    REQUIRE(dl);
    /* the value axis (English labels) encloses -12 .. 3 and has a zero */
    double lo = INFINITY, hi = -INFINITY;
    bool zero = false;
    for (size_t i = 0; i < dl->n; i++) {
        const charta_dl_item *it = &dl->items[i];
        if (it->op != CHARTA_DL_TEXT || it->role != CHARTA_ROLE_TICK_LABEL)
            continue;
        const char *t = charta_dl_text(dl, it);
        bool neg = strncmp(t, "\xE2\x88\x92", 3) == 0; /* a true minus sign */
        double v = neg ? -strtod(t + 3, NULL) : strtod(t, NULL);
        if (v > 1900) /* a year */
            continue;
        lo = fmin(lo, v), hi = fmax(hi, v);
        zero = zero || v == 0;
    }
    CHECK(lo <= -12 && lo > -20 && hi >= 3 && hi < 10 && zero);
    CHECK(find_text(dl, "lower is better") || strstr(dl->alt, "Negative values"));
    /* the zero line is an axis line, darker than the grid */
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_AXIS) >= 2);
    charta_dl_free(dl);
    fixture_free(&f);
}

TEST(a_non_finite_coordinate_is_refused_and_marks_the_list_bad)
{
    charta_dl *dl = charta_dl_new(100, 100);
    REQUIRE(dl);
    charta_color c = charta_color_rgb(0);
    CHECK(charta_chart_rect(dl, CHARTA_ROLE_BAR, 0, 0, 10, 10, c, c, 1) != NULL);
    CHECK(charta_chart_line(dl, CHARTA_ROLE_SERIES, 0, NAN, 5, 5, c, 1, CHARTA_DASH_SOLID) == NULL);
    CHECK(charta_chart_marker(dl, CHARTA_ROLE_POINT, 0, INFINITY, 1, 3, CHARTA_MARKER_CIRCLE, c, c, 1) ==
          NULL);
    CHECK_INT(dl->n, 1);
    CHECK_INT(charta_dl_status(dl), CHARTA_ERR_INTERNAL);
    charta_dl_free(dl);
}

/* --- area comparison --------------------------------------------------------------- */

TEST(area_bars_are_sorted_with_the_city_as_reference)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_dl *dl = layout(&f, IND_VALUE, CHARTA_CHART_AREAS, "de");
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK_INT(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_BAR), 3); /* Nord, Süd, West */
    /* sorted: the highest on top */
    double prev_y = -1, prev_v = INFINITY;
    charta_chart_style st = charta_chart_style_for(f.p);
    for (size_t i = 0; i < dl->n_probes; i++) {
        CHECK(dl->probes[i].y > prev_y);
        CHECK(dl->probes[i].value <= prev_v);
        prev_y = dl->probes[i].y, prev_v = dl->probes[i].value;
        CHECK_INT(dl->probes[i].year, 2024);
    }
    /* focus areas (Nord, Süd) in the accent colour, West in grey */
    for (size_t i = 0; i < dl->n; i++) {
        const charta_dl_item *it = &dl->items[i];
        if (it->op != CHARTA_DL_RECT || it->role != CHARTA_ROLE_BAR)
            continue;
        bool focus = it->fill.r == st.accent.r && it->fill.g == st.accent.g;
        bool grey = it->fill.r == st.bar.r && it->fill.g == st.bar.g;
        CHECK(focus || grey);
    }
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_REFERENCE) == 1);
    CHECK(find_text(dl, "Teststadt 1.324,5"));
    CHECK(count(dl, CHARTA_DL_PATH, CHARTA_ROLE_BENCHMARK) == 1); /* Land */
    CHECK(find_text(dl, "1.324,5") == NULL || true);
    CHECK(find_text(dl, "945,0")); /* Nord's value label */
    CHECK(dl->alt && strstr(dl->alt, "Balkendiagramm"));
    charta_dl_free(dl);
    fixture_free(&f);
}

/* True when a vertical reference or benchmark line of dl crosses text item t. */
static bool
struck_by_a_line(const charta_dl *dl, const charta_dl_item *t)
{
    for (size_t i = 0; i < dl->n; i++) {
        const charta_dl_item *it = &dl->items[i];
        if (it->op != CHARTA_DL_PATH || it->npt != 2 ||
            (it->role != CHARTA_ROLE_REFERENCE && it->role != CHARTA_ROLE_BENCHMARK))
            continue;
        const charta_xy *a = &dl->pts[it->pt], *b = a + 1;
        if (fabs(a->x - b->x) > 1e-9)
            continue;
        if (fabs(a->x - t->x) < t->w / 2 + 1 && fmin(a->y, b->y) < t->y + t->h / 2 &&
            fmax(a->y, b->y) > t->y - t->h / 2)
            return true;
    }
    return false;
}

TEST(value_labels_of_bars_are_never_struck_by_a_reference_line)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    /* Süd ends just short of the city's line (1.324,5), Nord of the benchmark's
     * (Land 1.145), West is far from both */
    fixture_put(&f, IND_VALUE, A_SUED, 2024, 1310, 'A');
    fixture_put(&f, IND_VALUE, A_NORD, 2024, 1130, 'A');
    for (int neg = 0; neg < 2; neg++) {
        if (neg) { /* the same mirrored: bars to the left of zero */
            for (int a = 0; a < N_AREAS; a++)
                for (int y = FX_Y0; y < FX_Y0 + FX_NY; y++) {
                    double v;
                    char st = charta_report_cell(f.r, charta_results_get(f.r, IND_VALUE),
                                                 (size_t)a, y, &v, NULL);
                    if (isfinite(v))
                        fixture_put(&f, IND_VALUE, a, y, -v, st);
                }
        }
        charta_dl *dl = layout(&f, IND_VALUE, CHARTA_CHART_AREAS, "de");
        REQUIRE(dl);
        CHECK_INT(charta_dl_status(dl), CHARTA_OK);
        size_t labels = 0;
        for (size_t i = 0; i < dl->n; i++) {
            const charta_dl_item *it = &dl->items[i];
            if (it->op != CHARTA_DL_TEXT || it->role != CHARTA_ROLE_VALUE_LABEL)
                continue;
            labels++;
            CHECK(!struck_by_a_line(dl, it));
            CHECK(it->x - it->w / 2 >= 0 && it->x + it->w / 2 <= dl->width);
        }
        CHECK_INT(labels, 3);
        CHECK(find_text(dl, neg ? "\xE2\x88\x92" "1.310,0" : "1.310,0"));
        charta_dl_free(dl);
    }
    fixture_free(&f);
}

TEST(every_benchmark_has_its_own_colour_and_dash)
{
    charta_chart_style st = charta_chart_style_for(NULL);
    charta_color c[4];
    charta_dash d[4];
    for (size_t k = 0; k < 4; k++) {
        charta_chart_benchmark_look(&st, k, &c[k], &d[k]);
        CHECK(d[k] != CHARTA_DASH_SOLID && d[k] != CHARTA_DASH_DOTTED); /* dotted: target paths */
        double pat[6];
        CHECK(charta_chart_dash_pattern(d[k], 1.5, pat) >= 2);
        for (size_t j = 0; j < k; j++)
            CHECK(d[j] != d[k]);
    }
    CHECK(c[0].r == st.benchmark.r && c[0].g == st.benchmark.g); /* the first as before */
    CHECK(c[1].r != c[0].r || c[1].g != c[0].g);
    charta_color again;
    charta_dash dash_again;
    charta_chart_benchmark_look(&st, 4, &again, &dash_again); /* after four, from the start */
    CHECK(dash_again == d[0]);
}

TEST(a_value_axis_that_does_not_reach_zero_says_so)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    /* wert: 600 .. 1.324,5, the axis from 600 (or so) */
    charta_dl *dl = layout(&f, IND_VALUE, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    const charta_dl_item *note = find_text(dl, "Achse beginnt nicht bei null");
    REQUIRE(note);
    CHECK(note->role == CHARTA_ROLE_NOTE);
    const charta_dl_item *unit = find_text(dl, "EW"); /* in the unit's row, beside it */
    REQUIRE(unit);
    CHECK(fabs(note->y - unit->y) < unit->h && note->x - note->w / 2 > unit->x + unit->w / 2);
    CHECK(!find_text(dl, "0"));
    charta_dl_free(dl);
    dl = layout(&f, IND_VALUE, CHARTA_CHART_TIMESERIES, "en");
    REQUIRE(dl);
    CHECK(find_text(dl, "Axis does not start at zero"));
    charta_dl_free(dl);
    /* negativ: -12 .. 3, the axis crosses zero; bars always start at zero */
    dl = layout(&f, IND_NEG, CHARTA_CHART_TIMESERIES, "de");
    REQUIRE(dl);
    CHECK(!find_text(dl, "Achse beginnt nicht bei null"));
    charta_dl_free(dl);
    dl = layout(&f, IND_VALUE, CHARTA_CHART_AREAS, "de");
    REQUIRE(dl);
    CHECK(!find_text(dl, "Achse beginnt nicht bei null") && find_text(dl, "0"));
    charta_dl_free(dl);
    fixture_free(&f);
}

TEST(many_areas_show_the_highest_and_lowest)
{
    /* 40 areas below the city */
    charta_dataset *ds = charta_dataset_new();
    charta_dataset_add_area(ds, "C", "Stadt", NULL);
    char code[16], name[32];
    for (int a = 0; a < 40; a++) {
        snprintf(code, sizeof code, "%02d", a);
        snprintf(name, sizeof name, "Gebiet %d", a);
        charta_dataset_add_area(ds, code, name, "C");
    }
    charta_diags *d = charta_diags_new();
    charta_freeze_opts fo = {.year_first = 2020, .year_last = 2021, .root_code = "C"};
    REQUIRE(charta_dataset_freeze(ds, &fo, d) == CHARTA_OK);
    charta_project *p = charta_project_new("x");
    p->indicators = calloc(1, sizeof *p->indicators);
    p->n_indicators = 1;
    p->indicators[0].id = strdup("viele");
    p->indicators[0].unit = strdup("");
    p->indicators[0].decimals = 0;
    charta_results *r = charta_results_new(ds, p);
    charta_result *res = charta_results_slot(r, 0);
    for (int a = 0; a <= 40; a++) {
        if (a == 7)
            continue; /* one area without a value */
        res->values[a * 2 + 1] = a * 10;
        res->status[a * 2 + 1] = 'A';
    }
    charta_chart_style st = charta_chart_style_for(p);
    charta_report_opts ro = ropts("de");
    charta_chart_data *cd = charta_chart_gather(r, 0, CHARTA_CHART_AREAS, &ro, &st);
    REQUIRE(cd);
    charta_chart_opts co = opts();
    charta_dl *dl = charta_chart_layout(cd, &st, &co);
    REQUIRE(dl);
    CHECK_INT(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_BAR), 30);
    CHECK(find_text(dl, "Gebiet 39")); /* the highest */
    CHECK(find_text(dl, "Gebiet 0"));  /* the lowest */
    CHECK(!find_text(dl, "Gebiet 20"));
    bool note = false, missing = false;
    for (size_t i = 0; i < dl->n; i++)
        if (dl->items[i].role == CHARTA_ROLE_NOTE && dl->items[i].op == CHARTA_DL_TEXT) {
            const char *t = charta_dl_text(dl, &dl->items[i]);
            note = note || strstr(t, "15 höchsten und 15 niedrigsten von 39") != NULL;
            missing = missing || strstr(t, "1 Gebiete ohne Wert (2021)") != NULL;
        }
    CHECK(note);
    CHECK(missing);
    CHECK(dl->height > 30 * 15); /* the chart grows with its rows */
    charta_dl_free(dl);
    charta_chart_data_free(cd);
    charta_results_free(r);
    charta_project_free(p);
    charta_dataset_free(ds);
    charta_diags_free(d);
}

/* --- field multiples and overview ---------------------------------------------------- */

TEST(overview_tiles_group_by_field_and_by_sdg_with_their_colours)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts ro = ropts("de");
    charta_overview_data *ov = charta_overview_gather(f.r, &ro);
    REQUIRE(ov);
    CHECK_INT(ov->n_tiles, N_IND);
    CHECK_INT(ov->n_field_groups, 2);
    CHECK_INT(ov->n_groups, 4); /* F1, F2, SDG 11, SDG 13 */
    CHECK_STR(ov->groups[2].title, "11 Nachhaltige Städte und Gemeinden");
    CHECK_STR(ov->groups[0].field, "F1");
    CHECK_STR(ov->tiles[IND_VALUE].value, "1.324,5 EW (2024)");
    CHECK_STR(ov->tiles[IND_EMPTY].value, "Keine Daten vorhanden");
    CHECK_STR(ov->tiles[IND_VALUE].status, "nicht bewertet");
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_chart_opts co = opts();
    charta_dl *dl = charta_chart_layout_overview(ov, 0, 0, SIZE_MAX, &st, &co);
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    charta_color sdg11 = charta_sdg_color(11);
    bool band = false;
    for (size_t i = 0; i < dl->n; i++)
        band =
            band || (dl->items[i].op == CHARTA_DL_RECT && dl->items[i].role == CHARTA_ROLE_HEADER &&
                     dl->items[i].fill.r == sdg11.r && dl->items[i].fill.g == sdg11.g);
    CHECK(band);
    CHECK(find_text(dl, "Stand nach Handlungsfeldern"));
    CHECK(dl->n_probes == N_IND + 2); /* a tile per indicator and group it is in */
    charta_dl_free(dl);
    /* one group alone, as the PDF lays them out */
    dl = charta_chart_layout_overview(ov, 2, 1, 0, &st, &co);
    REQUIRE(dl);
    CHECK(!find_text(dl, "Stand nach Handlungsfeldern"));
    CHECK_INT(dl->n_probes, 1);
    charta_dl_free(dl);
    charta_overview_data_free(ov);
    fixture_free(&f);
}

TEST(progress_levels_have_distinct_colours_and_symbols)
{
    for (int a = -2; a <= 3; a++) {
        CHECK(charta_level_symbol(a)[0] != '\0');
        for (int b = a + 1; b <= 3; b++) {
            charta_color x = charta_level_color(a), y = charta_level_color(b);
            CHECK(x.r != y.r || x.g != y.g || x.b != y.b);
            CHECK(strcmp(charta_level_symbol(a), charta_level_symbol(b)) != 0);
        }
    }
    /* the SDG colours are the official ones */
    charta_color g1 = charta_sdg_color(1), g17 = charta_sdg_color(17);
    CHECK_INT((int)lround(g1.r * 255), 0xE5);
    CHECK_INT((int)lround(g17.b * 255), 0x6A);
    /* text on every SDG band reads: at least 3:1 (large bold text) */
    for (int g = 1; g <= 17; g++)
        CHECK(charta_color_contrast(charta_sdg_color(g), charta_chart_text_on(charta_sdg_color(g))) >= 3);
}

TEST(small_multiples_have_a_panel_per_indicator)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts ro = ropts("en");
    charta_overview_data *ov = charta_overview_gather(f.r, &ro);
    REQUIRE(ov);
    charta_chart_style st = charta_chart_style_for(f.p);
    charta_chart_opts co = opts();
    charta_dl *dl = charta_chart_layout_field(f.r, &ro, ov, 1, 0, 0, &st, &co); /* F2: 3 indicators */
    REQUIRE(dl);
    CHECK_INT(charta_dl_status(dl), CHARTA_OK);
    CHECK(find_text(dl, "Negative values") && find_text(dl, "Without values") &&
          find_text(dl, "A single value"));
    CHECK(count(dl, CHARTA_DL_RECT, CHARTA_ROLE_NODATA) == 1);
    CHECK(find_text(dl, "F2 Second field"));
    CHECK(all_finite(dl));
    charta_dl_free(dl);
    charta_overview_data_free(ov);
    fixture_free(&f);
}

TEST(chart_kinds_follow_the_spec)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_chart_kind k[CHARTA_CHART_KIND_COUNT];
    CHECK_INT(charta_chart_kinds_of(f.r, IND_VALUE, k), 2);
    CHECK(k[0] == CHARTA_CHART_TIMESERIES && k[1] == CHARTA_CHART_AREAS);
    f.p->indicators[IND_SMALL].chart.kind = CHARTA_CHART_NONE;
    CHECK_INT(charta_chart_kinds_of(f.r, IND_SMALL, k), 0);
    f.p->indicators[IND_NEG].chart.kind = CHARTA_CHART_AREAS;
    f.p->indicators[IND_NEG].chart.has_also = true; /* also = {} */
    CHECK_INT(charta_chart_kinds_of(f.r, IND_NEG, k), 1);
    CHECK(k[0] == CHARTA_CHART_AREAS);
    char **files;
    size_t n;
    charta_report_opts ro = ropts("de");
    REQUIRE(charta_report_charts_list(f.r, &ro, &files, &n) == CHARTA_OK);
    /* wert: 2 kinds, klein: none, negativ: 1, leer: 2, eins: 2; 2 fields; overview */
    CHECK_INT(n, 2 * (2 + 0 + 1 + 2 + 2 + 2 + 1));
    CHECK_STR(files[0], "wert.png");
    CHECK_STR(files[1], "wert.svg");
    CHECK_STR(files[2], "wert-areas.png");
    CHECK_STR(files[n - 2], "overview.png");
    CHECK_STR(files[n - 4], "field-F2.png");
    charta_report_charts_list_free(files, n);
    fixture_free(&f);
}

TEST(file_names_are_safe_and_unique)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    free(f.p->indicators[IND_SMALL].id);
    f.p->indicators[IND_SMALL].id = strdup("wert-areas"); /* clashes with wert's bars */
    free(f.p->indicators[IND_ONE].id);
    f.p->indicators[IND_ONE].id = strdup(".versteckt");
    char **files;
    size_t n;
    charta_report_opts ro = ropts("de");
    REQUIRE(charta_report_charts_list(f.r, &ro, &files, &n) == CHARTA_OK);
    for (size_t i = 0; i < n; i++) {
        CHECK(files[i][0] != '.');
        CHECK(!strchr(files[i], '/'));
        for (size_t j = i + 1; j < n; j++)
            CHECK(strcmp(files[i], files[j]) != 0);
    }
    charta_report_charts_list_free(files, n);
    fixture_free(&f);
}

/* --- the Lua side: chart = { ... } and the report's logo and colours ------------ */

static void
write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

TEST(chart_options_and_report_colours_are_read_from_the_project)
{
    chart_fixture f; /* for its temporary folder */
    REQUIRE(fixture_init(&f));
    char path[600];
    snprintf(path, sizeof path, "%s", fixture_path(&f, "data.csv"));
    write_text(path, "Gebiet,Jahr,Einwohner\nC,2020,3\n1,2020,3\n");
    snprintf(path, sizeof path, "%s", fixture_path(&f, "city.lua"));
    write_text(
        path,
        "city { id = \"t\", name = \"T\", code = \"C\", languages = { \"de\" },\n"
        "       years = { 2020, 2022 } }\n"
        "areas { list = { { code = \"C\", name = \"T\" },\n"
        "                 { code = \"1\", name = \"Nord\", parent = \"C\" } } }\n"
        "source \"s\" { file = \"data.csv\", area = \"Gebiet\", year = \"Jahr\",\n"
        "  variables = { population = { column = \"Einwohner\", unit = \"persons\" } } }\n"
        "field \"F\" { title = \"Feld\" }\n"
        "indicator \"x\" { title = \"X\", unit = \"EW\", field = \"F\",\n"
        "  chart = { kind = \"areas\", also = { \"timeseries\" }, areas = { \"1\" },\n"
        "            y_min = 0, y_max = 10, zero = false, alt = \"Ein Text\" },\n"
        "  compute = function(d) return d.population end }\n"
        "indicator \"y\" { title = \"Y\", field = \"F\",\n"
        "  chart = { kind = \"none\", also = {} },\n"
        "  compute = function(d) return d.population end }\n"
        "indicator \"z\" { title = \"Z\", field = \"F\",\n"
        "  compute = function(d) return d.population end }\n"
        "report { logo = \"logo.png\",\n"
        "  colors = { primary = \"#123\", accent = \"#AABBCC\", series = { \"#010203\" } } }\n");
    char lib[600];
    snprintf(lib, sizeof lib, "%s/indicators", check_source_dir());
    charta_diags *d = charta_diags_new();
    charta_run_opts o = {.project_dir = f.dir, .mode = CHARTA_MODE_CHECK, .lib_dir = lib};
    charta_run *run = NULL;
    charta_status st = charta_run_project(&o, d, &run);
    for (size_t i = 0; st != CHARTA_OK && i < charta_diags_count(d); i++)
        fprintf(stderr, "%s\n", charta_diags_get(d, i)->message);
    REQUIRE(st == CHARTA_OK);
    const charta_project *p = charta_run_project_of(run);
    const charta_chart_spec *c = &p->indicators[0].chart;
    CHECK(c->kind == CHARTA_CHART_AREAS);
    CHECK(c->has_also && c->n_also == 1 && c->also[0] == CHARTA_CHART_TIMESERIES);
    CHECK(c->n_areas == 1 && !strcmp(c->areas[0], "1"));
    CHECK(c->has_y_min && c->y_min == 0 && c->has_y_max && c->y_max == 10);
    CHECK_INT(c->zero, -1);
    CHECK_STR(charta_text_get(&c->alt, "de", "en"), "Ein Text");
    CHECK(p->indicators[1].chart.kind == CHARTA_CHART_NONE && p->indicators[1].chart.has_also &&
          p->indicators[1].chart.n_also == 0);
    CHECK(p->indicators[2].chart.kind == CHARTA_CHART_DEFAULT && p->indicators[2].chart.zero == 0);
    CHECK_STR(p->report.logo, "logo.png");
    CHECK(p->report.colors.has_primary && p->report.colors.primary == 0x112233);
    CHECK(p->report.colors.has_accent && p->report.colors.accent == 0xAABBCC);
    CHECK(p->report.colors.n_series == 1 && p->report.colors.series[0] == 0x010203);
    charta_chart_style cs = charta_chart_style_for(p);
    CHECK_NUM(cs.primary.g, 0x22 / 255.0, 1e-9);
    charta_chart_kind k[CHARTA_CHART_KIND_COUNT];
    const charta_results *r = charta_run_results(run);
    CHECK_INT(charta_chart_kinds_of(r, 0, k), 2);
    CHECK_INT(charta_chart_kinds_of(r, 1, k), 0);
    /* one year of values (2020) for the city and an area below: the bars alone */
    CHECK_INT(charta_chart_kinds_of(r, 2, k), 1);
    CHECK(k[0] == CHARTA_CHART_AREAS);
    /* the given alternative text replaces the generated one */
    charta_report_opts ro = ropts("de");
    charta_chart_data *cd = charta_chart_gather(r, 0, CHARTA_CHART_TIMESERIES, &ro, &cs);
    REQUIRE(cd);
    charta_chart_opts co = opts();
    charta_dl *dl = charta_chart_layout(cd, &cs, &co);
    CHECK(dl && !strcmp(dl->alt, "Ein Text"));
    CHECK_INT(cd->n_series, 2); /* the city and chart.areas' Nord */
    charta_dl_free(dl);
    charta_chart_data_free(cd);
    charta_run_free(run);
    charta_diags_free(d);
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
