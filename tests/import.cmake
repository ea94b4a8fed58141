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
