# progress: each method at its thresholds, statcan against sdg-build's
# published code, the stage (targets, roll-ups, CSV, words, Lua methods),
# and eurostat/unsd on the German national SDG series (real data)
charta_unit_test(test_progress_methods SOURCES unit/progress/test_progress_methods.c)
charta_unit_test(test_progress_statcan SOURCES unit/progress/test_progress_statcan.c)
charta_unit_test(test_progress_stage SOURCES unit/progress/test_progress_stage.c LABELS unit lua)
charta_unit_test(test_progress_real SOURCES unit/progress/test_progress_real.c LABELS unit real)
