# import: CSV records, the CSV/GENESIS readers and areas files on fixtures and
# on real exports
charta_unit_test(test_csvread SOURCES unit/import/test_csvread.c)
charta_unit_test(test_source SOURCES unit/import/test_source.c)
charta_unit_test(test_readers SOURCES unit/import/test_readers.c)
charta_unit_test(test_source_real SOURCES unit/import/test_source_real.c LABELS unit real)
# missing versus zero, `signs`, `reported_with`, footnotes and licence (issue 9)
charta_unit_test(test_source_signs SOURCES unit/import/test_source_signs.c)
charta_unit_test(test_source_kreise SOURCES unit/import/test_source_kreise.c LABELS unit real)
charta_unit_test(test_xmlread SOURCES unit/import/test_xmlread.c LABELS unit real)
# the keyed core of the SDMX and Open SDG readers: periods, OBS_STATUS codes, and the
# readers on small files written at test time
charta_unit_test(test_keyed SOURCES unit/import/test_keyed.c)
target_include_directories(test_keyed PRIVATE ${CMAKE_SOURCE_DIR}/src/import)
# the SDMX-ML and Open SDG readers on the real files and their published values
charta_unit_test(test_keyed_real SOURCES unit/import/test_keyed_real.c LABELS unit real)
# the same real files through `charta run --formats csv` (skipped, exit 77, without
# ../shared/data/real unless CI=true)
add_test(NAME keyed_run
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_keyed_run.py
                 $<TARGET_FILE:charta> ${CMAKE_SOURCE_DIR})
set_tests_properties(keyed_run PROPERTIES LABELS real TIMEOUT 120)
# Excel workbooks: the real ones of ../shared/data/real through a whole run
add_test(NAME xlsx_run
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_xlsx_run.py
                 $<TARGET_FILE:charta> ${CMAKE_SOURCE_DIR})
set_tests_properties(xlsx_run PROPERTIES LABELS real TIMEOUT 120 SKIP_RETURN_CODE 77)
# Excel workbooks: written here with libxlsxwriter, read back, damaged copies refused
charta_unit_test(test_xlsxread SOURCES unit/import/test_xlsxread.c)
target_link_libraries(test_xlsxread PRIVATE PkgConfig::XLSXWRITER PkgConfig::MINIZIP)
# the workbooks of the error cases xlsx_* (not a test: run by hand when they change)
add_executable(xlsx_cases tools/xlsx_cases.c)
target_include_directories(xlsx_cases PRIVATE ${CMAKE_SOURCE_DIR}/tests/unit)
target_link_libraries(xlsx_cases PRIVATE PkgConfig::XLSXWRITER PkgConfig::MINIZIP)
