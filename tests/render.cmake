# render tests: the long CSV and the workbook, read back from disk
charta_unit_test(test_render SOURCES unit/render/test_render.c)
