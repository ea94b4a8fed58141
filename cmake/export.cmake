# export: what a program receives besides the report itself (the manifest).
add_library(charta_export STATIC src/export/manifest.c)
target_link_libraries(charta_export PUBLIC charta_model)
