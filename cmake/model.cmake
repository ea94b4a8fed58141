# model: the dataset, the project's declarations, the result set.
add_library(charta_model STATIC
  src/model/dataset.c
  src/model/dataset_freeze.c
  src/model/dataset_parents.c
  src/model/dataset_notes.c
  src/model/dataset_changes.c
  src/model/coverage.c
  src/model/project.c
  src/model/results.c
  src/model/source_spec.c
  src/model/sdg_codes.c)
target_link_libraries(charta_model PUBLIC charta_base)
