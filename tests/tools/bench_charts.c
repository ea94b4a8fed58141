/* bench_charts: what the charts and the PDF cost on a project (figures for
 * scripts/bench-charts, never a test).
 *
 * usage: bench_charts PROJECT OUTDIR [LIB_DIR]
 * Loads and computes PROJECT (charta check), assesses progress, then times
 *   - every indicator's time series as PNG (96 dpi, 800 x 450: gather,
 *     layout, draw, encode, write the file), like ../shared/bench/cairo_floor;
 *   - the same charts as SVG;
 *   - the PDF report.
 * Prints one JSON line; per-chart figures leave out the first chart, whose
 * time includes fontconfig's start-up (as cairo_floor does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "chart_internal.h"
#include "charta/pdf.h"
#include "charta/pipeline.h"
#include "charta/progress.h"

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int
fail(charta_diags *d, const char *what)
{
    for (size_t i = 0; i < charta_diags_count(d); i++) {
        const charta_diag *e = charta_diags_get(d, i);
        fprintf(stderr, "%s:%d: %s\n", e->file ? e->file : "-", e->line, e->message);
    }
    fprintf(stderr, "bench_charts: %s failed\n", what);
    return 1;
}

int
main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s PROJECT OUTDIR [LIB_DIR]\n", argv[0]);
        return 2;
    }
    const char *outdir = argv[2];
    mkdir(outdir, 0755);
    charta_diags *d = charta_diags_new();
    charta_run_opts o = {.project_dir = argv[1],
                         .mode = CHARTA_MODE_CHECK,
                         .lib_dir = argc > 3 ? argv[3] : NULL,
                         .run_date = "2025-03-31"};
    charta_run *run = NULL;
    double t0 = now();
    if (charta_run_project(&o, d, &run) != CHARTA_OK)
        return fail(d, "the project");
    double t_load = now() - t0;
    charta_results *r = (charta_results *)charta_run_results(run);
    const charta_project *p = charta_run_project_of(run);
    charta_progress_opts po = {.year_last = p->city.year_last};
    t0 = now();
    if (charta_progress_assess(r, &po, d) != CHARTA_OK)
        return fail(d, "the progress stage");
    double t_progress = now() - t0;
    charta_report_opts ro = {
        .run_date = "2025-03-31", .year_first = p->city.year_first, .year_last = p->city.year_last};
    charta_chart_style st = charta_chart_style_for(p);
    charta_chart_text *t = charta_chart_text_new(st.font);
    size_t n = charta_results_count(r);
    char path[4096];
    double png_first = 0, png_total = 0, svg_total = 0;
    size_t lines = 0, points = 0;
    for (int svg = 0; svg < 2; svg++) {
        t0 = now();
        for (size_t i = 0; i < n; i++) {
            charta_chart_data *cd = charta_chart_gather(r, i, CHARTA_CHART_TIMESERIES, &ro, &st);
            charta_chart_opts co = {.measure = charta_chart_text_measurer(t)};
            charta_dl *dl = cd ? charta_chart_layout(cd, &st, &co) : NULL;
            if (!dl)
                return fail(d, "a layout");
            if (!svg && i == 0) {
                lines = cd->n_series;
                points = dl->n_probes;
            }
            charta_buf b = {0};
            charta_status s = svg ? charta_chart_svg_encode(dl, &st, &b)
                                  : charta_chart_png_encode(dl, t, 96, &b, d);
            snprintf(path, sizeof path, "%s/chart_%02zu.%s", outdir, i + 1, svg ? "svg" : "png");
            if (s == CHARTA_OK)
                s = charta_chart_write_file(path, &b, d);
            if (s != CHARTA_OK)
                return fail(d, "a chart");
            charta_buf_free(&b);
            charta_dl_free(dl);
            charta_chart_data_free(cd);
            if (!svg && i == 0)
                png_first = now() - t0;
        }
        if (svg)
            svg_total = now() - t0;
        else
            png_total = now() - t0;
    }
    snprintf(path, sizeof path, "%s/report.pdf", outdir);
    t0 = now();
    if (charta_report_pdf_write(r, &ro, path, d) != CHARTA_OK)
        return fail(d, "the PDF");
    double t_pdf = now() - t0;
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "pdfinfo '%s' 2>/dev/null | sed -n 's/^Pages: *//p'", path);
    FILE *pp = popen(cmd, "r");
    int pages = 0;
    if (pp) {
        if (fscanf(pp, "%d", &pages) != 1)
            pages = 0;
        pclose(pp);
    }
    struct stat sb;
    long pdf_bytes = stat(path, &sb) == 0 ? (long)sb.st_size : 0;
    printf("{\"charts\": %zu, \"lines\": %zu, \"points\": %zu, \"load\": %.3f, \"progress\": %.3f, "
           "\"png_first\": %.4f, \"png_per_chart\": %.4f, \"svg_per_chart\": %.4f, "
           "\"pdf\": %.3f, \"pdf_pages\": %d, \"pdf_bytes\": %ld}\n",
           n, lines, points, t_load, t_progress, png_first,
           n > 1 ? (png_total - png_first) / (double)(n - 1) : png_total,
           n ? svg_total / (double)n : 0, t_pdf, pages, pdf_bytes);
    charta_chart_text_free(t);
    charta_run_free(run);
    charta_diags_free(d);
    return 0;
}
