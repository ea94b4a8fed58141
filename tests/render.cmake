# render: the long CSV and the workbook, read back from disk
charta_unit_test(test_render SOURCES unit/render/test_render.c unit/render/render_fixture.c
                 unit/render/test_render_xlsx.c unit/render/test_render_xlsx_more.c)
# scripts/bench-xlsx: the workbook stage alone (a measurement, not a test)
add_executable(bench_xlsx_stage unit/render/bench_xlsx_stage.c)
target_link_libraries(bench_xlsx_stage PRIVATE charta_app)

# charts: layouts (no Cairo), drawn output read back (SVG with libxml2, PNG
# pixels with Cairo); the PDF read back with poppler's pdfinfo and pdftotext
set(chart_fixture unit/render/chart/chart_fixture.c)
charta_unit_test(test_chart_layout SOURCES unit/render/chart/test_chart_layout.c ${chart_fixture})
charta_unit_test(test_chart_output SOURCES unit/render/chart/test_chart_output.c ${chart_fixture})
charta_unit_test(test_pdf SOURCES unit/render/pdf/test_pdf.c ${chart_fixture})
# the SVG is read back with libxml2
target_link_libraries(test_chart_output PRIVATE PkgConfig::LIBXML2)
foreach(t test_chart_layout test_chart_output test_pdf)
  target_include_directories(${t} PRIVATE ${CMAKE_SOURCE_DIR}/src/render/chart
                             ${CMAKE_CURRENT_SOURCE_DIR}/unit/render/chart)
endforeach()

# scripts/bench-charts: figures, never a test (built on demand)
add_executable(bench_charts EXCLUDE_FROM_ALL tools/bench_charts.c)
target_include_directories(bench_charts PRIVATE ${CMAKE_SOURCE_DIR}/src/render/chart)
target_link_libraries(bench_charts PRIVATE charta_app)
