# render: writers that read the frozen result set. The common part holds the
# report's words (labels) and cell rules; each format is a library of its own.
add_library(charta_render STATIC
  src/render/labels.c
  src/render/provenance.c
  src/render/report.c)
target_link_libraries(charta_render PUBLIC charta_progress charta_model)

add_library(charta_render_csv STATIC
  src/render/csv/report_csvout.c
  src/render/csv/report_csv.c
  src/render/csv/report_progress_csv.c
  src/render/csv/report_opensdg.c)
target_link_libraries(charta_render_csv PUBLIC charta_render)

add_library(charta_render_xlsx STATIC
  src/render/xlsx/report_xlsx.c
  src/render/xlsx/report_xlsx_shared.c
  src/render/xlsx/report_xlsx_cells.c
  src/render/xlsx/report_xlsx_chart.c
  src/render/xlsx/report_xlsx_cover.c
  src/render/xlsx/report_xlsx_coverage.c
  src/render/xlsx/report_xlsx_field.c
  src/render/xlsx/report_xlsx_meta.c
  src/render/xlsx/report_xlsx_provenance.c
  src/render/xlsx/report_xlsx_overview.c)
target_link_libraries(charta_render_xlsx PUBLIC charta_render PkgConfig::XLSXWRITER)

# fontconfig directly: charta_chart_shutdown releases its configuration
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
add_library(charta_render_chart STATIC
  src/render/chart/chart_dl.c
  src/render/chart/chart_data.c
  src/render/chart/chart_text.c
  src/render/chart/chart_layout.c
  src/render/chart/chart_bars.c
  src/render/chart/chart_kinds.c
  src/render/chart/chart_render.c
  src/render/chart/chart_svg.c
  src/render/chart/report_charts.c)
target_link_libraries(charta_render_chart PUBLIC charta_render PkgConfig::CAIRO
  PkgConfig::PANGOCAIRO PkgConfig::FONTCONFIG)

add_library(charta_render_pdf STATIC
  src/render/pdf/report_pdf.c
  src/render/pdf/report_pdf_table.c
  src/render/pdf/report_pdf_doc.c
  src/render/pdf/report_pdf_sources.c
  src/render/pdf/report_pdf_amend.c)
target_link_libraries(charta_render_pdf PUBLIC charta_render_chart)
