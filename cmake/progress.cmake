# Progress assessment: the stage and roll-ups (progress.c), one file per
# method family, the words (progress_describe.c), data/progress.csv.
set(CHARTA_PROGRESS_SOURCES
  src/progress.c src/progress_eurostat_unsd.c src/progress_statcan.c src/progress_dns.c
  src/progress_describe.c src/report_progress_csv.c)
# The methods reproduce published (Python) arithmetic: no fused multiply-add.
set_source_files_properties(src/progress_statcan.c src/progress_eurostat_unsd.c
  src/progress_dns.c PROPERTIES COMPILE_OPTIONS -ffp-contract=off)
