# render tests: the long CSV and the workbook, read back from disk
charta_unit_test(test_render SOURCES unit/render/test_render.c unit/render/render_fixture.c
                 unit/render/test_render_xlsx.c unit/render/test_render_xlsx_more.c)
# The workbook's inputs sheet hashes the input files with charta_sha256_file
# (manifest.c, in charta_app): declare that dependency of the renderers, a
# cycle CMake resolves for static libraries by repeating them on the link
# line. (Better: move charta_sha256_file below the stages; see the lead.)
target_link_libraries(charta_stages PUBLIC charta_app)
# scripts/bench-xlsx: the workbook stage alone (a measurement, not a test)
add_executable(bench_xlsx_stage unit/render/bench_xlsx_stage.c)
target_link_libraries(bench_xlsx_stage PRIVATE charta_app)
