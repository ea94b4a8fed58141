# progress: the assessment methods (one file per family), the stage and its
# roll-ups, the words of a verdict. Reads the result set, fills its slots.
add_library(charta_progress STATIC
  src/progress/progress.c
  src/progress/progress_eurostat_unsd.c
  src/progress/progress_statcan.c
  src/progress/progress_dns.c
  src/progress/progress_describe.c
  src/progress/progress_vocab.c)
# The methods reproduce published (Python) arithmetic: no fused multiply-add.
set_source_files_properties(src/progress/progress_statcan.c
  src/progress/progress_eurostat_unsd.c src/progress/progress_dns.c
  PROPERTIES COMPILE_OPTIONS -ffp-contract=off)
target_link_libraries(charta_progress PUBLIC charta_model)
