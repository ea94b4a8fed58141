# Example projects, real published values, locale independence, publishing.
set(tools ${CMAKE_CURRENT_SOURCE_DIR}/tools)
set(examples ${CMAKE_SOURCE_DIR}/examples)
add_test(NAME examples/musterstadt
         COMMAND ${tools}/run_example.sh $<TARGET_FILE:charta> ${examples}/musterstadt 27 19 2012 2024)
set_tests_properties(examples/musterstadt PROPERTIES LABELS examples)
# examples/kreise reproduces the published Regionalatlas ratios (data copied with its licence)
add_test(NAME examples/kreise
         COMMAND ${tools}/run_example.sh $<TARGET_FILE:charta> ${examples}/kreise 3 526 1996 2016
                 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_kreise.py)
set_tests_properties(examples/kreise PROPERTIES LABELS "examples;real")
add_test(NAME locale COMMAND ${tools}/locale_test.sh $<TARGET_FILE:charta>
         ${examples}/musterstadt ${examples}/kreise)
set_tests_properties(locale PROPERTIES LABELS locale)
add_test(NAME publish COMMAND ${tools}/publish_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(publish PROPERTIES LABELS examples)
add_test(NAME signal COMMAND ${tools}/signal_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(signal PROPERTIES LABELS examples)
add_test(NAME faults COMMAND ${tools}/fault_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(faults PROPERTIES LABELS examples RUN_SERIAL TRUE)
add_test(NAME init COMMAND ${tools}/init_test.sh $<TARGET_FILE:charta>)
set_tests_properties(init PROPERTIES LABELS examples)
# A real client opens the workbook: LibreOffice reads the same numbers
# (skipped without soffice, a failure under CI=true; tests/tools/interop_test.sh)
add_test(NAME interop/musterstadt
         COMMAND ${tools}/interop_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt 27 19 2012 2024)
set_tests_properties(interop/musterstadt PROPERTIES LABELS interop SKIP_RETURN_CODE 77 TIMEOUT 300)
add_test(NAME kill COMMAND ${tools}/kill_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(kill PROPERTIES LABELS examples)
# every allocation failed once (an LD_PRELOAD shim: not with the sanitizers)
if(NOT SANITIZE)
  add_test(NAME oom COMMAND ${tools}/oom_test.sh $<TARGET_FILE:charta> ${tools}/failmalloc.c
           ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
  set_tests_properties(oom PROPERTIES LABELS examples ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
endif()
# every write/fsync/rename failed once with EIO (an LD_PRELOAD shim)
if(NOT SANITIZE)
  add_test(NAME io_faults COMMAND ${tools}/io_fault_test.sh $<TARGET_FILE:charta> ${tools}/failio.c
           ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
  set_tests_properties(io_faults PROPERTIES LABELS examples ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
endif()
# the table of output formats
charta_unit_test(test_writers SOURCES unit/app/test_writers.c)
target_include_directories(test_writers PRIVATE ${CMAKE_SOURCE_DIR}/src/app)
add_test(NAME header_docs COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/header_docs.py ${CMAKE_SOURCE_DIR}/include/charta)
set_tests_properties(header_docs PROPERTIES LABELS unit)
# a run touches only what it created: links, special files and odd -o names around the report
add_test(NAME output_path COMMAND ${tools}/output_path_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(output_path PROPERTIES LABELS errors ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# only a folder charta wrote (or an empty one) is replaced; anything else is refused (73)
add_test(NAME ownership COMMAND ${tools}/ownership_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(ownership PROPERTIES LABELS errors ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# the writers' diagnostics name the published report, not the removed staging folder
add_test(NAME diag_path COMMAND ${tools}/diag_path_test.sh $<TARGET_FILE:charta> ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(diag_path PROPERTIES LABELS errors ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
