set(CHARTA_ENGINE_SOURCES src/sandbox.c src/engine_decl.c src/engine.c)
