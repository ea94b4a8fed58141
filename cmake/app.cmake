# app: the pipeline (stages, staging, swap, lock), init, and the command line.
add_library(charta_app STATIC
  src/app/pipeline.c
  src/app/publish.c
  src/app/init.c
  src/app/writers.c
  src/app/writers_run.c
  src/app/summary.c
  src/app/listing.c
  src/app/show.c
  src/app/help.c)
find_package(Threads REQUIRED)
target_link_libraries(charta_app PUBLIC charta_import charta_engine charta_render_csv
  charta_render_xlsx charta_render_pdf charta_export Threads::Threads)

add_executable(charta src/app/main.c)
target_link_libraries(charta PRIVATE charta_app)
