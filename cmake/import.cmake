# The import stage: text decoding, CSV records, numbers, and the CSV/GENESIS
# source and areas readers (source.h, csvread.h, numparse.h, textenc.h).
set(CHARTA_IMPORT_SOURCES
  src/numparse.c
  src/textenc.c
  src/csvread.c
  src/source_csv.c
  src/source_cells.c
  src/source_table.c
  src/source_genesis.c
  src/areas_file.c
)
