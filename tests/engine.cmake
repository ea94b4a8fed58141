# engine: the sandbox and the declarations in the real state; Series as C
# kernels and as Lua userdata in a plain state
charta_unit_test(test_engine SOURCES unit/engine/test_engine.c LABELS unit lua)
charta_unit_test(test_keyline SOURCES unit/engine/test_keyline.c)
charta_unit_test(test_syntaxhint SOURCES unit/engine/test_syntaxhint.c)
charta_unit_test(test_series SOURCES unit/engine/test_series.c)
charta_unit_test(test_series_lua SOURCES unit/engine/test_series_lua.c)
charta_unit_test(test_keys SOURCES unit/engine/test_keys.c)
target_include_directories(test_keys PRIVATE ${CMAKE_SOURCE_DIR}/src/engine)
