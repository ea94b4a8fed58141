set(CHARTA_ENGINE_SOURCES src/sandbox.c src/decl_read.c src/engine_decl.c src/engine_decl_ind.c src/engine.c
  src/engine_progress.c)
