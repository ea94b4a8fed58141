# charts and the PDF report (include/charta/chart.h, numfmt.h, pdf.h);
# decl_chart.c reads `chart = { ... }` and the report's logo and colours
set(CHARTA_CHART_SOURCES
  src/numfmt.c
  src/decl_chart.c
  src/chart_dl.c
  src/chart_data.c
  src/chart_text.c
  src/chart_layout.c
  src/chart_bars.c
  src/chart_kinds.c
  src/chart_render.c
  src/chart_svg.c
  src/report_charts.c
  src/report_pdf.c
  src/report_pdf_table.c
  src/report_pdf_doc.c
  src/report_pdf_amend.c)
# fontconfig directly: charta_chart_shutdown releases its configuration
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
set(CHARTA_CHART_LIBRARIES PkgConfig::FONTCONFIG)
