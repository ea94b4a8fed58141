/* bench_xlsx_stage: the workbook stage alone, for scripts/bench-xlsx (a
 * measurement, never a test).
 *
 * Loads, imports and computes a project as `charta check` does, then writes
 * its workbook with the options `charta run` uses (the run date, the city's
 * window, the output's directory as libxlsxwriter's temp dir), timing only
 * that call. The stage's peak RSS is read from VmHWM after resetting it
 * (/proc/self/clear_refs, "5") just before the call, so it is the highest
 * RSS of the process while the workbook was written: the dataset and the
 * results already in memory plus what the stage adds.
 *
 * usage: bench_xlsx_stage PROJECT OUT.xlsx
 * Prints one JSON line: seconds, RSS before, peak RSS during, file bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "charta/pipeline.h"
#include "charta/report.h"
#include "charta/xlsx.h"

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A line of /proc/self/status ("VmRSS", "VmHWM") in KiB; -1 when absent. */
static long
status_kib(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(key);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, key, n) == 0 && line[n] == ':')
            v = strtol(line + n + 1, NULL, 10);
    if (f)
        fclose(f);
    return v;
}

static int
reset_peak(void)
{
    FILE *f = fopen("/proc/self/clear_refs", "w");
    if (!f)
        return -1;
    int rc = fputs("5", f) < 0 ? -1 : 0;
    return fclose(f) != 0 ? -1 : rc;
}

int
main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s PROJECT OUT.xlsx\n", argv[0]);
        return 64;
    }
    charta_diags *d = charta_diags_new();
    charta_run *run = NULL;
    charta_run_opts ro = {
        .project_dir = argv[1], .mode = CHARTA_MODE_CHECK, .run_date = "2025-03-31"};
    double t0 = now();
    charta_status st = charta_run_project(&ro, d, &run);
    double t1 = now();
    if (st != CHARTA_OK) {
        for (size_t i = 0; i < charta_diags_count(d); i++)
            fprintf(stderr, "%s\n", charta_diags_get(d, i)->message);
        charta_run_free(run);
        charta_diags_free(d);
        return 1;
    }
    const charta_project *p = charta_run_project_of(run);
    char *dir = strdup(argv[2]);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash)
        *slash = '\0';
    charta_report_opts o = {.lang = charta_project_lang(p, NULL),
                            .run_date = "2025-03-31",
                            .year_first = p->city.year_first,
                            .year_last = p->city.year_last,
                            .tmpdir = slash ? dir : "."};
    bool reset = reset_peak() == 0;
    long before = status_kib("VmRSS");
    double t2 = now();
    st = charta_report_xlsx_write(charta_run_results(run), &o, argv[2], d);
    double t3 = now();
    long peak = status_kib("VmHWM");
    struct stat sb;
    long long bytes = stat(argv[2], &sb) == 0 ? (long long)sb.st_size : -1;
    if (st != CHARTA_OK)
        for (size_t i = 0; i < charta_diags_count(d); i++)
            fprintf(stderr, "%s\n", charta_diags_get(d, i)->message);
    printf("{\"stage\": \"xlsx\", \"status\": %d, \"seconds\": %.3f, \"rss_before_mib\": %.1f, "
           "\"peak_rss_mib\": %.1f, \"peak_reset\": %s, \"bytes\": %lld, \"load_to_compute\": "
           "%.3f}\n",
           (int)st, t3 - t2, (double)before / 1024.0, (double)peak / 1024.0,
           reset ? "true" : "false", bytes, t1 - t0);
    free(dir);
    charta_run_free(run);
    charta_diags_free(d);
    return st == CHARTA_OK ? 0 : 1;
}
