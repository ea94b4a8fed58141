# The layers (src/README.md). The include scan reads every #include of src/
# and include/charta/ against the allowed layers and foreign libraries; its
# self-test plants a wrong include first and expects it caught.
add_test(NAME layers/includes
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/layers/check_layers.py
                 ${CMAKE_SOURCE_DIR} --self-test)
set_tests_properties(layers/includes PROPERTIES LABELS unit)
# One link per layer: the whole static library, linked with only what it
# declares below it (target_link_libraries in cmake/). A call upward is an
# undefined reference, which fails the build.
foreach(lib base model import progress engine render render_csv render_xlsx render_chart
        render_pdf export app)
  add_executable(link_${lib} layers/link_main.c)
  target_link_libraries(link_${lib} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,charta_${lib}>")
  add_test(NAME layers/link_${lib} COMMAND link_${lib})
  set_tests_properties(layers/link_${lib} PROPERTIES LABELS unit)
endforeach()
# every exported symbol carries the charta_ prefix
set(layer_libs)
foreach(lib base model import progress engine render render_csv render_xlsx render_chart
        render_pdf export app)
  list(APPEND layer_libs $<TARGET_FILE:charta_${lib}>)
endforeach()
add_test(NAME layers/symbols COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/layers/check_symbols.sh ${layer_libs})
set_tests_properties(layers/symbols PROPERTIES LABELS unit)
