# import: CSV records (libcsv), the CSV and GENESIS source readers, the areas
# file, the hardened XML reader (libxml2), Excel workbooks (minizip). Fills a dataset in its build phase.
add_library(charta_import STATIC
  src/import/csvread.c
  src/import/source_csv.c
  src/import/source_cells.c
  src/import/source_missing.c
  src/import/source_table.c
  src/import/source_genesis.c
  src/import/areas_file.c
  src/import/readers.c
  src/import/xmlread.c
  src/import/source_keyed.c
  src/import/source_period.c
  src/import/source_sdmx.c
  src/import/source_opensdg.c
  src/import/source_text.c
  src/import/source_xlsx.c
  src/import/xlsxread.c
  src/import/xlsxsheet.c
  src/import/xlsxzip.c)
target_include_directories(charta_import PRIVATE ${CSV_INCLUDE_DIR})
target_link_libraries(charta_import PUBLIC charta_model ${CSV_LIBRARY} PkgConfig::LIBXML2 PkgConfig::MINIZIP)
