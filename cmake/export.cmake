# export: what a program receives besides the report itself (the manifest), and its check.
add_library(charta_export STATIC src/export/manifest.c src/export/verify.c
  src/export/sdmxout.c)
target_link_libraries(charta_export PUBLIC charta_model PkgConfig::LIBXML2)
