# export: the manifest read back strictly, and a report folder verified against it
charta_unit_test(test_verify SOURCES unit/export/test_verify.c)
