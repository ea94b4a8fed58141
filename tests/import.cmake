# import tests
charta_unit_test(test_numparse SOURCES unit/import/test_numparse.c)
charta_unit_test(test_textenc SOURCES unit/import/test_textenc.c)
charta_unit_test(test_csvread SOURCES unit/import/test_csvread.c)
charta_unit_test(test_source SOURCES unit/import/test_source.c)
charta_unit_test(test_source_real SOURCES unit/import/test_source_real.c LABELS unit real)
