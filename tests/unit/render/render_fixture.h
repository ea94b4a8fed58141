/* render_fixture.h: the result set the render tests write, and helpers to
 * read their outputs back (unzip -p, openpyxl through read_xlsx.py).
 *
 * The fixture: areas Musterstadt (09999000, the subject area) > Nord (01) >
 * "=HYPERLINK(...)" (0101), Süd (02) under Musterstadt, and München
 * (09162000) as a second root; years 2020-2022; one input variable `pop`
 * read from pop.csv (a real file in the fixture's directory, the project
 * folder, so that its SHA-256 can be checked); three indicators:
 *   modal-split  HF01, %, 1 decimal: marks E P B U, a C and an M cell
 *   co2          HF02, t, no decimals, a comment
 *   stops        HF01, no unit, 0 decimals
 * Field HF03 has no indicators (no sheet). */
#ifndef CHARTA_TEST_RENDER_FIXTURE_H
#define CHARTA_TEST_RENDER_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/report.h"
#include "charta/results.h"
#include "charta/util.h"

enum { A_CITY, A_NORD, A_FORMULA, A_SUED, A_PEER, N_AREAS };
enum { Y0 = 2020, NY = 3 };
enum { I_MODAL, I_CO2, I_STOPS };

#define NAME_NORD "Nord, \"Alt\"stadt"
#define NAME_FORMULA "=HYPERLINK(\"http://x\")"
#define POP_CSV "code,year,pop\n0101,2020,10\n"

typedef struct fixture {
    charta_dataset *ds;
    charta_project *p;
    charta_results *r;
    charta_diags *d;
    char dir[64];
} fixture;

bool fixture_init(fixture *f);
void fixture_free(fixture *f);
/* Set a result cell. */
void fixture_put(fixture *f, size_t ind, int area, int year, double v, char st);
/* Give indicator ind an assessment per area, the subject area's at level. */
void fixture_assess(fixture *f, size_t ind, int level, const char *category);
char *fixture_path(const fixture *f, const char *name);
/* Print the diagnostics so far (when a check fails). */
void fixture_show_diags(const fixture *f);

char **strv(size_t n, ...);
void set_text(charta_text *t, const char *de, const char *en);

/* The output of a shell command, NULL when it fails. */
char *run_output(const char *cmd);
bool have_unzip(void);
bool have_openpyxl(void);
/* One part of a zip file, or NULL. */
char *unzip_part(const char *zip, const char *member);
/* The <c> element of cell ref ("C6") in a sheet's XML, as a new string. */
char *cell_xml(const char *sheet, const char *ref);
/* The number of times needle occurs in s. */
size_t count_of(const char *s, const char *needle);
bool same_file(const char *a, const char *b);
size_t count_lines(const char *s);
/* Cells read back by openpyxl (tests/tools/read_xlsx.py), NULL on failure. */
char *read_cells(const char *xlsx, const char *const *refs, size_t n);

#endif
