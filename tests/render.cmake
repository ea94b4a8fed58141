# render tests: the long CSV and the workbook, read back from disk
charta_unit_test(test_render SOURCES unit/render/test_render.c unit/render/render_fixture.c
                 unit/render/test_render_xlsx.c unit/render/test_render_xlsx_more.c)
# scripts/bench-xlsx: the workbook stage alone (a measurement, not a test)
add_executable(bench_xlsx_stage unit/render/bench_xlsx_stage.c)
target_link_libraries(bench_xlsx_stage PRIVATE charta_app)
