# charts and the PDF report: the number formatter, layouts (no Cairo),
# drawn output read back (SVG with libxml2, PNG pixels with Cairo), the PDF
# read back with poppler's pdfinfo and pdftotext
set(chart_fixture unit/charts/chart_fixture.c)
charta_unit_test(test_numfmt SOURCES unit/charts/test_numfmt.c)
charta_unit_test(test_chart_layout SOURCES unit/charts/test_chart_layout.c ${chart_fixture})
charta_unit_test(test_chart_output SOURCES unit/charts/test_chart_output.c ${chart_fixture})
charta_unit_test(test_pdf SOURCES unit/charts/test_pdf.c ${chart_fixture})
foreach(t test_chart_layout test_chart_output test_pdf)
  target_include_directories(${t} PRIVATE ${CMAKE_SOURCE_DIR}/src)
endforeach()

# scripts/bench-charts: figures, never a test (built on demand)
add_executable(bench_charts EXCLUDE_FROM_ALL tools/bench_charts.c)
target_include_directories(bench_charts PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(bench_charts PRIVATE charta_app)
