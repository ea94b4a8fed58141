# The README's commands as written: a fresh clone of the committed HEAD built and
# installed into a temporary prefix, then every `charta ...` line of the README's
# sh blocks run from the clone's top folder (tests/tools/readme_test.sh; skipped,
# exit 77, without git or cmake). A build of its own: a few minutes on two cores.
add_test(NAME readme
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/readme_test.sh ${CMAKE_SOURCE_DIR}
                 ${CMAKE_BINARY_DIR})
set_tests_properties(readme PROPERTIES LABELS readme TIMEOUT 1200)
