# series tests: the C kernels, and the Lua userdata in a plain state
charta_unit_test(test_series SOURCES unit/series/test_series.c)
charta_unit_test(test_series_lua SOURCES unit/series/test_series_lua.c)
