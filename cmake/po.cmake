# po: the message catalogue (po/de.po, gettext) compiled with msgfmt into the build
# tree, build/locale/<lang>/LC_MESSAGES/charta.mo, where main.c finds it beside the
# executable, and installed under the standard locale folder. scripts/update-po
# regenerates po/charta.pot from the sources and merges it into the translations.
find_program(MSGFMT_EXECUTABLE msgfmt REQUIRED) # Debian: gettext
set(charta_languages de)
set(charta_mo_files)
foreach(lang ${charta_languages})
  set(mo ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES/charta.mo)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES
    COMMAND ${MSGFMT_EXECUTABLE} --check -o ${mo} ${CMAKE_SOURCE_DIR}/po/${lang}.po
    DEPENDS ${CMAKE_SOURCE_DIR}/po/${lang}.po
    COMMENT "Compiling the ${lang} message catalogue")
  list(APPEND charta_mo_files ${mo})
  install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
endforeach()
add_custom_target(charta_catalogue ALL DEPENDS ${charta_mo_files})
add_dependencies(charta charta_catalogue)
# the installed catalogue; main.c prefers build/locale when it is beside the executable,
# then the one beside the binary's prefix (an install with --prefix DIR speaks German
# wherever DIR is), then the configured one
file(RELATIVE_PATH charta_locale_rel ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LOCALEDIR})
target_compile_definitions(charta PRIVATE
  CHARTA_LOCALE_DIR="${CMAKE_INSTALL_FULL_LOCALEDIR}"
  CHARTA_LOCALE_REL="${charta_locale_rel}")
