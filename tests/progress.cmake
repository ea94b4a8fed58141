# progress: each method at its thresholds, statcan against sdg-build's
# published code, the stage (targets, roll-ups, CSV, words, Lua methods),
# and eurostat/unsd on the German national SDG series (real data)
charta_unit_test(test_progress_methods SOURCES unit/progress/test_progress_methods.c)
charta_unit_test(test_progress_statcan SOURCES unit/progress/test_progress_statcan.c)
charta_unit_test(test_progress_stage SOURCES unit/progress/test_progress_stage.c LABELS unit lua)
charta_unit_test(test_progress_real SOURCES unit/progress/test_progress_real.c LABELS unit real)
# the expected values of test_progress_statcan and test_progress_real are the
# output of generators in tests/tools that work the published methods without
# charta; checked byte for byte (the real one skipped without ../shared)
add_test(NAME generated/statcan_cases
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/check_generated.sh
                 ${CMAKE_CURRENT_SOURCE_DIR}/unit/progress/statcan_cases.tsv
                 ${CMAKE_CURRENT_SOURCE_DIR}/tools/gen_statcan_cases.py)
add_test(NAME generated/progress_real_cases
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/check_generated.sh --real
                 ${CMAKE_CURRENT_SOURCE_DIR}/unit/progress/progress_real_cases.tsv
                 ${CMAKE_CURRENT_SOURCE_DIR}/tools/gen_progress_real.py)
set_tests_properties(generated/statcan_cases PROPERTIES LABELS unit)
set_tests_properties(generated/progress_real_cases PROPERTIES LABELS "unit;real")
