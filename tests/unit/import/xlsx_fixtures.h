/* xlsx_fixtures.h: workbooks written at test time with libxlsxwriter, and damaged
 * copies of them made with minizip: what test_xlsxread.c reads and what
 * tests/tools/xlsx_cases.c writes into the error cases (tests/errors/cases/xlsx_*).
 */
#ifndef CHARTA_TEST_XLSX_FIXTURES_H
#define CHARTA_TEST_XLSX_FIXTURES_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unzip.h>
#include <xlsxwriter.h>
#include <zip.h>

/* Two sheets. "Daten": a title in A1, an empty row 2, the header in row 3 (Gebiet,
 * Jahr, Einwohner, Fläche, Dichte, Stichtag), rows 4-7 for areas 1 and 2 in 2020
 * and 2021: numbers, the area code as a string, a formula with its cached result,
 * a date cell (31.12. of the year), a text number with a decimal comma in row 7,
 * then a footer in A9. "Zweites": a long table of one area (1) and variable. */
static inline bool
fx_write_workbook(const char *path)
{
    lxw_workbook *wb = workbook_new(path);
    if (!wb)
        return false;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Daten");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd.mm.yyyy");
    worksheet_write_string(ws, 0, 0, "Bevölkerung und Fläche", NULL);
    const char *head[] = {"Gebiet", "Jahr", "Einwohner", "Fläche", "Dichte", "Stichtag"};
    for (int j = 0; j < 6; j++)
        worksheet_write_string(ws, 2, (lxw_col_t)j, head[j], NULL);
    struct {
        const char *area;
        int year;
        double pop, km2;
    } rows[] = {{"1", 2020, 1000, 10.5}, {"1", 2021, 1010, 10.5}, {"2", 2020, 2000, 20},
                {"2", 2021, 2020.25, 20}};
    for (int i = 0; i < 4; i++) {
        lxw_row_t r = (lxw_row_t)(3 + i);
        char f[64];
        worksheet_write_string(ws, r, 0, rows[i].area, NULL);
        worksheet_write_number(ws, r, 1, rows[i].year, NULL);
        if (i == 3)
            worksheet_write_string(ws, r, 2, "2020,25", NULL);
        else
            worksheet_write_number(ws, r, 2, rows[i].pop, NULL);
        worksheet_write_number(ws, r, 3, rows[i].km2, NULL);
        snprintf(f, sizeof f, "=C%d/D%d", (int)r + 1, (int)r + 1);
        worksheet_write_formula_num(ws, r, 4, f, NULL, rows[i].pop / rows[i].km2);
        lxw_datetime dt = {rows[i].year, 12, 31, 0, 0, 0};
        worksheet_write_datetime(ws, r, 5, &dt, date);
    }
    worksheet_write_string(ws, 8, 0, "Quelle: Fehlerstadt", NULL);
    lxw_worksheet *ws2 = workbook_add_worksheet(wb, "Zweites");
    worksheet_write_string(ws2, 0, 0, "Jahr", NULL);
    worksheet_write_string(ws2, 0, 1, "Wert", NULL);
    worksheet_write_string(ws2, 0, 2, "Gültig", NULL);
    for (int i = 0; i < 3; i++) {
        worksheet_write_number(ws2, (lxw_row_t)(1 + i), 0, 2020 + i, NULL);
        worksheet_write_number(ws2, (lxw_row_t)(1 + i), 1, 0.1 * (i + 1), NULL);
        worksheet_write_boolean(ws2, (lxw_row_t)(1 + i), 2, i != 1, NULL);
    }
    worksheet_write_formula_str(ws2, 4, 1, "=\"x\"&\"y\"", NULL, "xy");
    return workbook_close(wb) == LXW_NO_ERROR;
}

/* Copy the zip src to dst part by part: `drop` left out, `edit` (if the part's name)
 * given the text with `from` replaced by `to`, and `bomb` (a part's name) replaced by
 * bomb_bytes zeros. Any of them may be NULL. */
static inline bool
fx_rezip(const char *src, const char *dst, const char *drop, const char *edit, const char *from,
         const char *to, const char *bomb, size_t bomb_bytes)
{
    unzFile in = unzOpen64(src);
    zipFile out = zipOpen64(dst, 0);
    bool ok = in && out;
    for (int rc = ok ? unzGoToFirstFile(in) : UNZ_EOF; ok && rc == UNZ_OK;
         rc = unzGoToNextFile(in)) {
        char name[256];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(in, &info, name, sizeof name, NULL, 0, NULL, 0) != UNZ_OK) {
            ok = false;
            break;
        }
        if (drop && strcmp(name, drop) == 0)
            continue;
        size_t n = (size_t)info.uncompressed_size;
        char *data = malloc(n + 1);
        ok = data && unzOpenCurrentFile(in) == UNZ_OK &&
             unzReadCurrentFile(in, data, (unsigned)n) == (int)n;
        unzCloseCurrentFile(in);
        if (ok && edit && strcmp(name, edit) == 0) {
            data[n] = '\0';
            char *at = strstr(data, from);
            if (at) {
                size_t nf = strlen(from), nt = strlen(to);
                char *d2 = malloc(n - nf + nt + 1);
                ok = d2 != NULL;
                if (ok) {
                    memcpy(d2, data, (size_t)(at - data));
                    memcpy(d2 + (at - data), to, nt);
                    memcpy(d2 + (at - data) + nt, at + nf, n - (size_t)(at - data) - nf);
                    n = n - nf + nt;
                    free(data);
                    data = d2;
                }
            }
        }
        zip_fileinfo zi = {0};
        ok = ok && zipOpenNewFileInZip(out, name, &zi, NULL, 0, NULL, 0, NULL, Z_DEFLATED, 9) ==
                       ZIP_OK;
        if (ok && bomb && strcmp(name, bomb) == 0) {
            char *zeros = calloc(1, 1 << 20);
            ok = zeros != NULL;
            for (size_t k = 0; ok && k < bomb_bytes; k += 1 << 20)
                ok = zipWriteInFileInZip(out, zeros,
                                         (unsigned)(bomb_bytes - k < (1u << 20) ? bomb_bytes - k
                                                                                : 1u << 20)) ==
                     ZIP_OK;
            free(zeros);
        } else if (ok) {
            ok = zipWriteInFileInZip(out, data, (unsigned)n) == ZIP_OK;
        }
        ok = zipCloseFileInZip(out) == ZIP_OK && ok;
        free(data);
    }
    if (in)
        unzClose(in);
    if (out)
        ok = zipClose(out, NULL) == ZIP_OK && ok;
    return ok;
}

/* Copy the first half of src to dst: a download cut short. */
static inline bool
fx_truncate(const char *src, const char *dst)
{
    FILE *f = fopen(src, "rb");
    if (!f)
        return false;
    char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    FILE *g = fopen(dst, "wb");
    if (!g)
        return false;
    bool ok = fwrite(buf, 1, n / 2, g) == n / 2;
    return fclose(g) == 0 && ok;
}

#endif
