/* chart_fixture.h: a small result set built by hand for the chart and PDF
 * tests (chart_fixture.c).
 *
 * Areas: C Teststadt (the subject), 1 Nord, 2 Süd, 3 West below it, P Land
 * (a peer root, the benchmark). Years 2015-2024. Focus areas 1 and 2.
 * Indicators (fields F1 "Erstes Feld", F2 "Zweites Feld"):
 *   IND_VALUE  "wert"     F1, SDG 11.2.1, unit EW, 1 decimal, up, target
 *              2030: 1500; city 1234.5 + 10 k (2023 E, 2024 P); Nord 900 + 5 k
 *              with 2019 missing; Süd 600 + 5 k with a break (B) in 2021;
 *              West 400; Land 1100 + 5 k
 *   IND_SMALL  "klein"    F1, values 0 .. 0.0037 (decimals not given)
 *   IND_NEG    "negativ"  F2, SDG 13.2.2, values -12 .. 3, direction down
 *   IND_EMPTY  "leer"     F2, every value missing
 *   IND_ONE    "eins"     F2, one value (city, 2020: 42)
 */
#ifndef CHART_FIXTURE_H
#define CHART_FIXTURE_H

#include <stdbool.h>

#include "charta/chart.h"
#include "charta/dataset.h"
#include "charta/diag.h"
#include "charta/project.h"
#include "charta/results.h"

enum { A_CITY, A_NORD, A_SUED, A_WEST, A_LAND, N_AREAS };
enum { IND_VALUE, IND_SMALL, IND_NEG, IND_EMPTY, IND_ONE, N_IND };
enum { FX_Y0 = 2015, FX_NY = 10 };

typedef struct chart_fixture {
    charta_dataset *ds;
    charta_project *p;
    charta_results *r;
    charta_diags *d;
    char dir[96]; /* a fresh temporary folder */
} chart_fixture;

bool fixture_init(chart_fixture *f);
/* The same with `extra` more indicators "x001"... in field F2 (values like
 * IND_VALUE's city), for long tables. */
bool fixture_init_extra(chart_fixture *f, size_t extra);
void fixture_free(chart_fixture *f);
/* Set a result cell. */
void fixture_put(chart_fixture *f, size_t ind, int area, int year, double v, char st);
/* "dir/name" in a static buffer. */
const char *fixture_path(const chart_fixture *f, const char *name);
/* A measurer without Pango: 0.6 x size per character, 1.2 x size high. */
charta_measurer fixture_measurer(void);
/* True when the command line tool can be run (`tool -v`). */
bool fixture_have_tool(const char *tool);
/* Output of a shell command (malloc'd, NULL when it failed). */
char *fixture_run(const char *cmd);

#endif
