# engine tests: the sandbox and the declarations in the real state
charta_unit_test(test_engine SOURCES unit/engine/test_engine.c LABELS unit lua)
