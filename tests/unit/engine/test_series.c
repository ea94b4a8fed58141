/* test_series.c: the kernels of series.h on hand-computed cases. */
#include "check.h"

#include "charta/dataset.h"
#include "charta/series.h"

#define NA NAN /* the value of a missing cell */

/* Compare n cells with the expected values and statuses (st is a string of
 * letters); a missing expected status wants NaN. Prints each mismatch and
 * returns their number. */
static int
cells_differ(const char *what, int line, charta_vec out, const double *v, const char *st, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        bool ok = out.st[i] == st[i];
        if (charta_status_is_missing(st[i]))
            ok = ok && isnan(out.v[i]);
        else
            ok = ok && fabs(out.v[i] - v[i]) <= 1e-9 * (1 + fabs(v[i]));
        if (!ok) {
            fprintf(stderr, "%s:%d: %s cell %zu: expected %.17g %c, got %.17g %c\n", __FILE__, line,
                    what, i, v[i], st[i], out.v[i], out.st[i] ? out.st[i] : '0');
            bad++;
        }
    }
    return bad;
}

#define CHECK_CELLS(out, v, st)                                                                    \
    do {                                                                                           \
        _Static_assert(sizeof(v) / sizeof(v)[0] == sizeof(st) - 1, "cells and statuses differ");   \
        CHECK(cells_differ(#out, __LINE__, (out), (v), (st), sizeof(v) / sizeof(v)[0]) == 0);      \
    } while (0)

#define CV(v, st) ((charta_cvec){(v), (st)})

/* A result buffer of n cells, poisoned so unwritten cells show. */
typedef struct buf {
    double v[64];
    char st[64];
} buf;

static charta_vec
fresh(buf *b)
{
    for (size_t i = 0; i < 64; i++) {
        b->v[i] = -12345;
        b->st[i] = '?';
    }
    return (charta_vec){b->v, b->st};
}

/* --- element-wise arithmetic ------------------------------------------------- */

TEST(binop_computes_cell_by_cell)
{
    charta_shape sh = {.n_areas = 2, .n_years = 2, .year_first = 2020};
    double av[] = {1, 2, 3, 4}, bv[] = {4, 8, 0.5, -2};
    charta_cvec a = CV(av, "AAAA"), b = CV(bv, "AAAA");
    buf o;
    size_t bad = 0;
    charta_series_binop(&sh, CHARTA_OP_ADD, a, b, fresh(&o), &bad);
    CHECK_CELLS(((charta_vec){o.v, o.st}), ((double[]){5, 10, 3.5, 2}), "AAAA");
    charta_series_binop(&sh, CHARTA_OP_SUB, a, b, fresh(&o), &bad);
    CHECK_CELLS(((charta_vec){o.v, o.st}), ((double[]){-3, -6, 2.5, 6}), "AAAA");
    charta_series_binop(&sh, CHARTA_OP_MUL, a, b, fresh(&o), &bad);
    CHECK_CELLS(((charta_vec){o.v, o.st}), ((double[]){4, 16, 1.5, -8}), "AAAA");
    charta_series_binop(&sh, CHARTA_OP_DIV, a, b, fresh(&o), &bad);
    CHECK_CELLS(((charta_vec){o.v, o.st}), ((double[]){0.25, 0.25, 6, -2}), "AAAA");
    charta_series_binop(&sh, CHARTA_OP_POW, a, b, fresh(&o), &bad);
    CHECK_CELLS(((charta_vec){o.v, o.st}), ((double[]){1, 256, sqrt(3), 1.0 / 16}), "AAAA");
    charta_series_binop(&sh, CHARTA_OP_MIN, a, b, fresh(&o), &bad);
    CHECK_CELLS(((charta_vec){o.v, o.st}), ((double[]){1, 2, 0.5, -2}), "AAAA");
    charta_series_binop(&sh, CHARTA_OP_MAX, a, b, fresh(&o), &bad);
    CHECK_CELLS(((charta_vec){o.v, o.st}), ((double[]){4, 8, 3, 4}), "AAAA");
    CHECK_INT(bad, 0);
    CHECK_INT(charta_shape_cells(&sh), 4);
}

#define OUT ((charta_vec){o.v, o.st})

TEST(result_status_is_the_worst_of_the_inputs)
{
    charta_shape sh = {.n_areas = 1, .n_years = 8};
    double av[] = {1, 1, 1, 1, 1, NA, NA, 1}, bv[] = {1, 1, 1, 1, NA, 1, NA, 1};
    charta_cvec a = CV(av, "APEABMCU"), b = CV(bv, "EBUACEMA");
    buf o;
    size_t bad = 0;
    charta_series_binop(&sh, CHARTA_OP_ADD, a, b, fresh(&o), &bad);
    /* A+E=E, P+B=P, E+U=U, A+A=A, B+C=C (no value), M+E=M, C+M=M, U+A=U */
    CHECK_CELLS(OUT, ((double[]){2, 2, 2, 2, NA, NA, NA, 2}), "EPUACMMU");
    CHECK_INT(bad, 0); /* missing in is not a bad result */
}

TEST(division_by_zero_is_missing_and_counted)
{
    charta_shape sh = {.n_areas = 1, .n_years = 6};
    double av[] = {1, 0, -3, 6, 5, 2}, bv[] = {0, 0, 0, 3, NA, 0};
    charta_cvec a = CV(av, "AAEAAA"), b = CV(bv, "AAAAMA");
    buf o;
    size_t bad = 7; /* counters are added to, not reset */
    charta_series_binop(&sh, CHARTA_OP_DIV, a, b, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){NA, NA, NA, 2, NA, NA}), "MMMAMM");
    CHECK_INT(bad, 7 + 4); /* 1/0, 0/0, -3/0 (estimated), 2/0; not the missing divisor */
    charta_series_binop(&sh, CHARTA_OP_DIV, a, b, fresh(&o), NULL); /* bad may be NULL */
    CHECK_CELLS(OUT, ((double[]){NA, NA, NA, 2, NA, NA}), "MMMAMM");
}

TEST(blocks_of_normal_cells_take_the_fast_path_and_still_catch_bad_cells)
{
    /* 3 areas x 250 years: several blocks of 256 and a remainder */
    enum { NY = 250, N = 3 * NY };
    charta_shape sh = {.n_areas = 3, .n_years = NY};
    static double av[N], bv[N], ov[N];
    static char as[N], bs[N], os[N];
    for (size_t i = 0; i < N; i++) {
        av[i] = (double)i;
        bv[i] = (double)(i % 7) - 3; /* zero every 7th cell */
        as[i] = bs[i] = 'A';
    }
    as[600] = 'P';
    size_t bad = 0;
    charta_series_binop(&sh, CHARTA_OP_DIV, CV(av, as), CV(bv, bs), (charta_vec){ov, os}, &bad);
    size_t zeros = 0, wrong = 0;
    for (size_t i = 0; i < N; i++) {
        if (bv[i] == 0) {
            zeros++;
            wrong += !(isnan(ov[i]) && os[i] == 'M');
        } else {
            wrong += ov[i] != av[i] / bv[i] || os[i] != (i == 600 ? 'P' : 'A');
        }
    }
    CHECK_INT(wrong, 0);
    CHECK_INT(bad, zeros); /* cells 3, 10, 17, ... are x/0 */
    CHECK_INT(zeros, (N + 3) / 7);
}

TEST(out_may_alias_either_input)
{
    charta_shape sh = {.n_areas = 1, .n_years = 3};
    double av[] = {1, 2, NA}, bv[] = {10, 20, 30};
    char as[] = "AEM", bs[] = "AAA";
    charta_series_binop(&sh, CHARTA_OP_ADD, CV(av, as), CV(bv, bs), (charta_vec){av, as}, NULL);
    CHECK_CELLS(((charta_vec){av, as}), ((double[]){11, 22, NA}), "AEM");
    charta_series_binop(&sh, CHARTA_OP_MUL, CV(bv, bs), CV(bv, bs), (charta_vec){bv, bs}, NULL);
    CHECK_CELLS(((charta_vec){bv, bs}), ((double[]){100, 400, 900}), "AAA");
}

TEST(scalar_broadcasts_on_either_side)
{
    charta_shape sh = {.n_areas = 1, .n_years = 4};
    double av[] = {4, 0, -8, NA};
    charta_cvec a = CV(av, "AEAM");
    buf o;
    size_t bad = 0;
    charta_series_scalar(&sh, CHARTA_OP_SUB, a, 10, false, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){-6, -10, -18, NA}), "AEAM");
    charta_series_scalar(&sh, CHARTA_OP_SUB, a, 10, true, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){6, 10, 18, NA}), "AEAM");
    CHECK_INT(bad, 0);
    charta_series_scalar(&sh, CHARTA_OP_DIV, a, 2, true, fresh(&o), &bad); /* 2 / a */
    CHECK_CELLS(OUT, ((double[]){0.5, NA, -0.25, NA}), "AMAM");
    CHECK_INT(bad, 1);
    charta_series_scalar(&sh, CHARTA_OP_POW, a, 0.5, false, fresh(&o), &bad); /* sqrt(-8) */
    CHECK_CELLS(OUT, ((double[]){2, 0, NA, NA}), "AEMM");
    CHECK_INT(bad, 2);
    charta_series_scalar(&sh, CHARTA_OP_POW, a, 2, true, fresh(&o), &bad); /* 2 ^ a */
    CHECK_CELLS(OUT, ((double[]){16, 1, 1.0 / 256, NA}), "AEAM");
    charta_series_scalar(&sh, CHARTA_OP_MAX, a, 1, false, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){4, 1, 1, NA}), "AEAM");
    charta_series_scalar(&sh, CHARTA_OP_ADD, a, INFINITY, false, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){NA, NA, NA, NA}), "MMMM");
    CHECK_INT(bad, 5);
}

TEST(comparisons_give_one_or_zero_and_keep_missing)
{
    charta_shape sh = {.n_areas = 1, .n_years = 4};
    double av[] = {1, 2, 3, NA}, bv[] = {2, 2, 2, 2};
    charta_cvec a = CV(av, "AAPM"), b = CV(bv, "AAAA");
    buf o;
    charta_series_binop(&sh, CHARTA_OP_GT, a, b, fresh(&o), NULL);
    CHECK_CELLS(OUT, ((double[]){0, 0, 1, NA}), "AAPM");
    charta_series_binop(&sh, CHARTA_OP_LT, a, b, fresh(&o), NULL);
    CHECK_CELLS(OUT, ((double[]){1, 0, 0, NA}), "AAPM");
    charta_series_binop(&sh, CHARTA_OP_GE, a, b, fresh(&o), NULL);
    CHECK_CELLS(OUT, ((double[]){0, 1, 1, NA}), "AAPM");
    charta_series_binop(&sh, CHARTA_OP_LE, a, b, fresh(&o), NULL);
    CHECK_CELLS(OUT, ((double[]){1, 1, 0, NA}), "AAPM");
    charta_series_binop(&sh, CHARTA_OP_EQ, a, b, fresh(&o), NULL);
    CHECK_CELLS(OUT, ((double[]){0, 1, 0, NA}), "AAPM");
    charta_series_scalar(&sh, CHARTA_OP_GT, a, 2, true, fresh(&o), NULL); /* 2 > a */
    CHECK_CELLS(OUT, ((double[]){1, 0, 0, NA}), "AAPM");
}

TEST(neg_keeps_statuses)
{
    charta_shape sh = {.n_areas = 1, .n_years = 3};
    double av[] = {1, -2, NA};
    buf o;
    charta_series_neg(&sh, CV(av, "AUC"), fresh(&o));
    CHECK_CELLS(OUT, ((double[]){-1, 2, NA}), "AUC");
}

/* --- time functions ------------------------------------------------------------ */

TEST(lag_shifts_by_k_years_and_the_first_years_are_missing)
{
    charta_shape sh = {.n_areas = 2, .n_years = 4, .year_first = 2020};
    double av[] = {1, 2, 3, 4, 10, NA, 30, 40};
    charta_cvec a = CV(av, "AEAAAMPA");
    buf o;
    charta_series_lag(&sh, a, 1, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, 1, 2, 3, NA, 10, NA, 30}), "MAEAMAMP");
    charta_series_lag(&sh, a, 2, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, NA, 1, 2, NA, NA, 10, NA}), "MMAEMMAM");
    charta_series_lag(&sh, a, 4, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, NA, NA, NA, NA, NA, NA, NA}), "MMMMMMMM");
    /* in place */
    double bv[] = {1, 2, 3, 4};
    char bs[] = "AAAE";
    charta_shape one = {.n_areas = 1, .n_years = 4};
    charta_series_lag(&one, CV(bv, bs), 1, (charta_vec){bv, bs});
    CHECK_CELLS(((charta_vec){bv, bs}), ((double[]){NA, 1, 2, 3}), "MAAA");
}

TEST(change_and_pct_change_against_k_years_earlier)
{
    charta_shape sh = {.n_areas = 1, .n_years = 5};
    double av[] = {100, 110, 0, 99, NA};
    charta_cvec a = CV(av, "AAAEM");
    buf o;
    size_t bad = 0;
    charta_series_change(&sh, a, 1, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, 10, -110, 99, NA}), "MAAEM");
    charta_series_change(&sh, a, 3, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, NA, NA, -1, NA}), "MMMEM");
    charta_series_pct_change(&sh, a, 1, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){NA, 10, -100, NA, NA}), "MAAMM"); /* 99 / 0 */
    CHECK_INT(bad, 1);
    charta_series_pct_change(&sh, a, 2, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){NA, NA, -100, -10, NA}), "MMAEM");
    CHECK_INT(bad, 1);
}

TEST(cagr_is_the_yearly_rate_and_non_positive_values_are_missing)
{
    charta_shape sh = {.n_areas = 2, .n_years = 3};
    double av[] = {100, 110, 121, -5, 0, 4};
    charta_cvec a = CV(av, "AAPAAA");
    buf o;
    size_t bad = 0;
    charta_series_cagr(&sh, a, 2, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){NA, NA, 10, NA, NA, NA}), "MMPMMM");
    CHECK_INT(bad, 1); /* 4 against -5 */
    charta_series_cagr(&sh, a, 1, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){NA, 10, 10, NA, NA, NA}), "MAPMMM");
    CHECK_INT(bad, 3); /* 0 against -5, 4 against 0 */
}

TEST(rolling_mean_needs_all_k_values)
{
    charta_shape sh = {.n_areas = 1, .n_years = 6};
    double av[] = {1, 2, 3, NA, 5, 7};
    buf o;
    charta_series_rolling_mean(&sh, CV(av, "AEAMAA"), 2, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, 1.5, 2.5, NA, NA, 6}), "MEEMMA");
    charta_series_rolling_mean(&sh, CV(av, "AEAMAA"), 1, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){1, 2, 3, NA, 5, 7}), "AEAMAA");
    charta_series_rolling_mean(&sh, CV(av, "AEAMAA"), 3, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, NA, 2, NA, NA, NA}), "MMEMMM");
}

TEST(cumsum_is_missing_from_the_first_missing_cell_on)
{
    charta_shape sh = {.n_areas = 2, .n_years = 4};
    double av[] = {1, 2, 3, 4, 1, NA, 1, 1};
    buf o;
    charta_series_cumsum(&sh, CV(av, "AAEAACAA"), fresh(&o));
    CHECK_CELLS(OUT, ((double[]){1, 3, 6, 10, 1, NA, NA, NA}), "AAEEACCC");
}

/* --- cell-wise functions --------------------------------------------------------- */

TEST(where_picks_by_mask_and_a_missing_mask_is_missing)
{
    charta_shape sh = {.n_areas = 1, .n_years = 5};
    double mv[] = {1, 0, NA, 2, 0}, av[] = {10, 10, 10, NA, 10}, bv[] = {20, 20, 20, 20, NA};
    buf o;
    charta_series_where(&sh, CV(mv, "AEMAA"), CV(av, "AAAMA"), CV(bv, "PAAAM"), fresh(&o));
    CHECK_CELLS(OUT, ((double[]){10, 20, NA, NA, NA}), "AEMMM");
}

TEST(fill_marks_filled_cells_as_estimates)
{
    charta_shape sh = {.n_areas = 1, .n_years = 4};
    double av[] = {1, NA, NA, 4};
    buf o;
    charta_series_fill(&sh, CV(av, "PMCA"), 0, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){1, 0, 0, 4}), "PEEA");
    charta_series_fill(&sh, CV(av, "PMCA"), NAN, fresh(&o)); /* no value to fill with */
    CHECK_CELLS(OUT, ((double[]){1, NA, NA, 4}), "PMCA");
}

TEST(clamp_bounds_values_and_keeps_statuses)
{
    charta_shape sh = {.n_areas = 1, .n_years = 4};
    double av[] = {-5, 50, 500, NA};
    buf o;
    charta_series_clamp(&sh, CV(av, "AEAM"), 0, 100, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){0, 50, 100, NA}), "AEAM");
}

/* Found by fuzzing (tests/fuzz/fuzz_series.c): clamp(a, math.huge, math.huge) kept the
 * statuses and stored inf, a non-missing cell without a finite value. */
TEST(clamp_to_an_infinite_bound_makes_the_cell_missing)
{
    charta_shape sh = {.n_areas = 1, .n_years = 4};
    double av[] = {-5, 50, 500, NA};
    buf o;
    charta_series_clamp(&sh, CV(av, "AEAM"), INFINITY, INFINITY, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, NA, NA, NA}), "MMMM");
    charta_series_clamp(&sh, CV(av, "AEAC"), -INFINITY, -INFINITY, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){NA, NA, NA, NA}), "MMMC");
    /* an infinite bound that no value reaches changes nothing */
    charta_series_clamp(&sh, CV(av, "AEAM"), -INFINITY, 100, fresh(&o));
    CHECK_CELLS(OUT, ((double[]){-5, 50, 100, NA}), "AEAM");
    /* in place */
    double iv[] = {1, 2, 3, NA};
    char ist[] = "APAM";
    charta_series_clamp(&sh, CV(iv, ist), 2, INFINITY, (charta_vec){iv, ist});
    CHECK_CELLS(((charta_vec){iv, ist}), ((double[]){2, 2, 3, NA}), "APAM");
    charta_series_clamp(&sh, CV(iv, ist), INFINITY, INFINITY, (charta_vec){iv, ist});
    CHECK_CELLS(((charta_vec){iv, ist}), ((double[]){NA, NA, NA, NA}), "MMMM");
}

TEST(share_and_per_scale_a_ratio)
{
    charta_shape sh = {.n_areas = 1, .n_years = 4};
    double pv[] = {25, 3, 1, NA}, wv[] = {200, 1500, 0, 10};
    charta_cvec p = CV(pv, "AEAM"), w = CV(wv, "AAAA");
    buf o;
    size_t bad = 0;
    charta_series_share(&sh, p, w, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){12.5, 0.2, NA, NA}), "AEMM");
    CHECK_INT(bad, 1);
    charta_series_per(&sh, p, w, 1000, fresh(&o), &bad);
    CHECK_CELLS(OUT, ((double[]){125, 2, NA, NA}), "AEMM");
    CHECK_INT(bad, 2);
}

/* --- hierarchy ------------------------------------------------------------------- */

TEST(total_sums_a_three_level_hierarchy_bottom_up)
{
    /* 0 city > 1, 2 districts > 3, 4 (of 1) and 5, 6 (of 2) quarters; 7 a peer */
    static const int parent[] = {-1, 0, 0, 1, 1, 2, 2, -1};
    charta_shape sh = {.n_areas = 8, .n_years = 2, .parent = parent};
    double av[] = {
        999, 999, /* city: replaced */
        999, 999, /* district 1: replaced */
        999, 999, /* district 2: replaced */
        1,   10,  /* quarter 3 */
        2,   20,  /* quarter 4 */
        3,   NA,  /* quarter 5: missing in year 2 */
        4,   40,  /* quarter 6 */
        7,   70,  /* peer: kept */
    };
    buf o;
    charta_series_total(&sh, CV(av, "AAAAAAAAAEAMAAPA"), fresh(&o));
    CHECK_CELLS(OUT, ((double[]){10, NA, 3, 30, 7, NA, 1, 10, 2, 20, 3, NA, 4, 40, 7, 70}),
                "AMAEAMAAAEAMAAPA");
}

TEST(total_does_not_depend_on_the_order_of_areas)
{
    /* the same tree with children listed before their parents */
    static const int parent[] = {2, 2, 4, 4, -1, 3};
    charta_shape sh = {.n_areas = 6, .n_years = 1, .parent = parent};
    double av[] = {1, 2, 0, 0, 0, 5};
    buf o;
    charta_series_total(&sh, CV(av, "AAAAAA"), fresh(&o));
    /* 3 has child 5 (5); 2 = 1 + 2 = 3; 4 = 3 + 5 = 8 */
    CHECK_CELLS(OUT, ((double[]){1, 2, 3, 5, 8, 5}), "AAAAAA");
    /* in place, and without a hierarchy it is a copy */
    charta_series_total(&sh, CV(av, "AAAAAA"), (charta_vec){av, (char[]){"AAAAAA"}});
    CHECK_NUM(av[4], 8, 0);
    charta_shape flat = {.n_areas = 6, .n_years = 1};
    charta_series_total(&flat, CV(av, "AAAAAA"), fresh(&o));
    CHECK_CELLS(OUT, ((double[]){1, 2, 3, 5, 8, 5}), "AAAAAA");
}

TEST(rank_among_siblings_with_ties_and_missing)
{
    /* 0 root > 1..5; 6 root > 7, 8; roots rank among themselves */
    static const int parent[] = {-1, 0, 0, 0, 0, 0, -1, 6, 6};
    charta_shape sh = {.n_areas = 9, .n_years = 2, .parent = parent};
    double av[] = {
        100, 1,  /* root 0 */
        5,   1,  /* 1 */
        7,   2,  /* 2 */
        7,   3,  /* 3 */
        NA,  4,  /* 4 */
        1,   4,  /* 5 */
        200, NA, /* root 6 */
        3,   9,  /* 7 */
        3,   8,  /* 8 */
    };
    const char *st = "AAAAAEAAMAAPAMAAAA";
    buf o;
    charta_series_rank(&sh, CV(av, st), fresh(&o));
    CHECK_CELLS(OUT, ((double[]){2, 1, 3, 5, 1, 4, 1, 3, NA, 1, 4, 1, 1, NA, 1, 1, 1, 2}),
                "AAAAAEAAMAAPAMAAAA");
    /* without a hierarchy every area is a sibling of every other */
    charta_shape flat = {.n_areas = 9, .n_years = 2};
    charta_series_rank(&flat, CV(av, st), fresh(&o));
    CHECK_NUM(o.v[0], 2, 0);  /* 100 after 200 */
    CHECK_NUM(o.v[12], 1, 0); /* 200 */
    CHECK_NUM(o.v[2], 5, 0);  /* 5 after 200, 100, 7, 7 */
    CHECK_NUM(o.v[15], 1, 0); /* 9 in year 2 */
    /* in place */
    charta_series_rank(&sh, CV(av, st), (charta_vec){av, (char *)o.st});
    CHECK_NUM(av[2], 3, 0);
    CHECK_NUM(av[16], 1, 0);
}

TEST(an_empty_shape_is_harmless)
{
    charta_shape sh = {.n_areas = 0, .n_years = 5};
    buf o;
    charta_cvec none = {NULL, NULL};
    size_t bad = 0;
    charta_series_binop(&sh, CHARTA_OP_ADD, none, none, fresh(&o), &bad);
    charta_series_rank(&sh, none, fresh(&o));
    charta_series_total(&sh, none, fresh(&o));
    CHECK_INT(bad, 0);
    CHECK(o.st[0] == '?');
}

TEST_MAIN()
