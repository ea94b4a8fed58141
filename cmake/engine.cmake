# engine: the Lua state and its sandbox, the declarations, Series and the
# compute and progress calls into scripts.
add_library(charta_engine STATIC
  src/engine/sandbox.c
  src/engine/keyline.c
  src/engine/syntaxhint.c
  src/engine/decl_where.c
  src/engine/decl_read.c
  src/engine/decl_chart.c
  src/engine/decl_sdmx.c
  src/engine/engine_decl.c
  src/engine/decl_source_signs.c
  src/engine/decl_source_dims.c
  src/engine/engine_decl_ind.c
  src/engine/decl_catalogue.c
  src/engine/decl_guard.c
  src/engine/engine_decl_changes.c
  src/engine/engine.c
  src/engine/engine_parts.c
  src/engine/engine_progress.c
  src/engine/series.c
  src/engine/series_lua.c
  src/engine/keys.c
  src/engine/keys_functions.c)
# the import stage tells which source formats and presets exist
target_link_libraries(charta_engine PUBLIC charta_import charta_progress charta_model PkgConfig::LUA)
