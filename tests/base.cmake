# base: statuses and diagnostics, numbers in and out, text encodings
charta_unit_test(test_base SOURCES unit/base/test_base.c)
charta_unit_test(test_numparse SOURCES unit/base/test_numparse.c)
charta_unit_test(test_numfmt SOURCES unit/base/test_numfmt.c)
charta_unit_test(test_textenc SOURCES unit/base/test_textenc.c)
charta_unit_test(test_printable SOURCES unit/base/test_printable.c)
