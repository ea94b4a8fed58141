# renderers: read only the frozen result set (include/charta/report.h)
set(CHARTA_RENDER_SOURCES
  src/labels.c
  src/report.c
  src/report_csv.c
  src/report_csvout.c
  src/report_xlsx.c
  src/report_xlsx_cells.c
  src/report_xlsx_chart.c
  src/report_xlsx_cover.c
  src/report_xlsx_field.c
  src/report_xlsx_meta.c
  src/report_xlsx_overview.c)
