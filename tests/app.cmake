# Example projects, real published values, locale independence, publishing.
set(tools ${CMAKE_CURRENT_SOURCE_DIR}/tools)
set(examples ${CMAKE_SOURCE_DIR}/examples)
add_test(NAME examples/musterstadt
         COMMAND ${tools}/run_example.sh $<TARGET_FILE:charta> ${examples}/musterstadt 27 19 2012 2024)
set_tests_properties(examples/musterstadt PROPERTIES LABELS examples)
# examples/kreise reproduces the published Regionalatlas ratios (data copied with its licence)
# and shows no number where a source did not report (all cells "-"); 525 areas: 14262 is
# merged into 14612 (area_change)
add_test(NAME examples/kreise
         COMMAND ${tools}/run_example.sh $<TARGET_FILE:charta> ${examples}/kreise 3 525 1996 2016
                 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_kreise.py
                 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_not_reported.py
                 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_provenance.py)
set_tests_properties(examples/kreise PROPERTIES LABELS "examples;real")
# A city beside the national Open SDG series in one chart: Köln's population growth
# (Regionalatlas) and Germany's SDG 11.3.1 drawn as the benchmark, read back from
# indicators.csv, the SVG and the workbook's chart (the real files are copied at test
# time, never committed; skipped, exit 77, without ../shared/data/real unless CI=true)
add_test(NAME national_benchmark
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_national_benchmark.py
                 $<TARGET_FILE:charta> ${CMAKE_SOURCE_DIR})
set_tests_properties(national_benchmark PROPERTIES LABELS real TIMEOUT 120)
# the SDG code lists in src/model derived again from the structure message
add_test(NAME sdg_codes COMMAND ${tools}/sdg_codes_test.sh ${CMAKE_SOURCE_DIR})
set_tests_properties(sdg_codes PROPERTIES LABELS real)
# the UK's 7.2.1 imported and exported again: Open SDG cell for cell, SDMX as the UK's
add_test(NAME uk_roundtrip
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/real/check_uk_roundtrip.py
                 $<TARGET_FILE:charta> ${CMAKE_SOURCE_DIR})
set_tests_properties(uk_roundtrip PROPERTIES LABELS real TIMEOUT 120)
add_test(NAME locale COMMAND ${tools}/locale_test.sh $<TARGET_FILE:charta>
         ${examples}/musterstadt ${examples}/kreise)
set_tests_properties(locale PROPERTIES LABELS locale)
# Messages in the user's language: German under de_DE.UTF-8 (LANG, LC_ALL, LC_MESSAGES,
# LANGUAGE), English under LANG=C: charta check, a usage error and --help, exact lines
add_test(NAME messages COMMAND ${tools}/messages_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors)
set_tests_properties(messages PROPERTIES LABELS locale
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# The catalogue: po/charta.pot extracted from the sources as they are, po/de.po
# translating every message (none untranslated or fuzzy, formats checked)
add_test(NAME po COMMAND ${tools}/po_test.sh ${CMAKE_SOURCE_DIR})
set_tests_properties(po PROPERTIES LABELS unit)
add_test(NAME publish COMMAND ${tools}/publish_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(publish PROPERTIES LABELS examples)
# charta verify: a fresh report verifies; a changed byte in each output, a missing,
# extra or linked file, a linked folder and a manifest pointing out of the folder do not
add_test(NAME verify COMMAND /usr/bin/python3 ${tools}/verify_test.py $<TARGET_FILE:charta>
         ${examples}/musterstadt)
set_tests_properties(verify PROPERTIES LABELS examples TIMEOUT 300
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# --quiet prints errors only and --log appends every diagnostic with its time, outside
# the report, which stays the same bytes
add_test(NAME log COMMAND ${tools}/log_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(log PROPERTIES LABELS examples TIMEOUT 300)
add_test(NAME signal COMMAND ${tools}/signal_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(signal PROPERTIES LABELS examples)
add_test(NAME jobs COMMAND ${tools}/jobs_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt
         ${examples}/kreise)
set_tests_properties(jobs PROPERTIES LABELS examples ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
add_test(NAME faults COMMAND ${tools}/fault_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(faults PROPERTIES LABELS examples RUN_SERIAL TRUE)
add_test(NAME init COMMAND ${tools}/init_test.sh $<TARGET_FILE:charta>)
set_tests_properties(init PROPERTIES LABELS examples)
# control characters and noncharacters in texts: every XML part, SVG and the
# PDF's text read back strictly (openpyxl too)
add_test(NAME xml_text COMMAND /usr/bin/python3 ${tools}/xml_text_test.py $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(xml_text PROPERTIES LABELS errors)
# values near the largest double: every format written, overflows missing with a warning
add_test(NAME extreme_values COMMAND ${tools}/extreme_values_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors/base ${tools}/read_xlsx.py)
set_tests_properties(extreme_values PROPERTIES LABELS errors)
# A real client opens the workbook: LibreOffice reads the same numbers
# (skipped without soffice, a failure under CI=true; tests/tools/interop_test.sh)
add_test(NAME interop/musterstadt
         COMMAND ${tools}/interop_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt 27 19 2012 2024)
set_tests_properties(interop/musterstadt PROPERTIES LABELS interop TIMEOUT 300)
# The workbook printed through LibreOffice: the print areas hold the subject,
# the focus areas and the benchmarks; pages per indicator and in all (the
# Kreise printed 62 pages, 46 of them area tables, before)
add_test(NAME interop/print_kreise
         COMMAND ${tools}/print_test.sh $<TARGET_FILE:charta> ${examples}/kreise
                 DG,11,05315,09162,14612 2 30)
add_test(NAME interop/print_musterstadt
         COMMAND ${tools}/print_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt
                 09999000,1,203,403 2 60)
set_tests_properties(interop/print_kreise interop/print_musterstadt PROPERTIES
                     LABELS interop TIMEOUT 300)
add_test(NAME kill COMMAND ${tools}/kill_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(kill PROPERTIES LABELS examples)
# every allocation failed once (an LD_PRELOAD shim: not with the sanitizers)
if(NOT SANITIZE)
  add_test(NAME oom COMMAND ${tools}/oom_test.sh $<TARGET_FILE:charta> ${tools}/failmalloc.c
           ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
  set_tests_properties(oom PROPERTIES LABELS examples ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
endif()
# every write/fsync/rename failed once with EIO (an LD_PRELOAD shim)
if(NOT SANITIZE)
  add_test(NAME io_faults COMMAND ${tools}/io_fault_test.sh $<TARGET_FILE:charta> ${tools}/failio.c
           ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
  set_tests_properties(io_faults PROPERTIES LABELS examples ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
endif()
# the table of output formats
charta_unit_test(test_writers SOURCES unit/app/test_writers.c)
target_include_directories(test_writers PRIVATE ${CMAKE_SOURCE_DIR}/src/app)
add_test(NAME header_docs COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/header_docs.py ${CMAKE_SOURCE_DIR}/include/charta)
set_tests_properties(header_docs PROPERTIES LABELS unit)
# inputs that are FIFOs, devices or too large: a clear error at once, nothing
# outside the output changed (a hang is caught by the TIMEOUT)
add_test(NAME input COMMAND ${tools}/input_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(input PROPERTIES LABELS errors TIMEOUT 120
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# a data file truncated, or SIGTERM, while it is imported (an LD_PRELOAD shim)
if(NOT SANITIZE)
  add_test(NAME input_faults COMMAND ${tools}/input_fault_test.sh $<TARGET_FILE:charta>
           ${tools}/inputfault.c ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
  set_tests_properties(input_faults PROPERTIES LABELS faults TIMEOUT 120
                       ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
endif()
# a run touches only what it created: links, special files and odd -o names around the report
add_test(NAME output_path COMMAND ${tools}/output_path_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(output_path PROPERTIES LABELS errors ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# only a folder charta wrote (or an empty one) is replaced; anything else is refused (73)
add_test(NAME ownership COMMAND ${tools}/ownership_test.sh $<TARGET_FILE:charta> ${examples}/musterstadt)
set_tests_properties(ownership PROPERTIES LABELS errors ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# the writers' diagnostics name the published report, not the removed staging folder
add_test(NAME diag_path COMMAND ${tools}/diag_path_test.sh $<TARGET_FILE:charta> ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(diag_path PROPERTIES LABELS errors ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# work a script or a data file sizes stays bounded: absurd texts cut with a warning, a deep
# chain of parents, many progress categories and many indicators (the TIMEOUT is the hang guard)
foreach(case title comment chain categories indicators)
  add_test(NAME bounded/${case} COMMAND ${tools}/bounded_test.sh $<TARGET_FILE:charta>
           ${CMAKE_CURRENT_SOURCE_DIR}/errors/base ${case})
  set_tests_properties(bounded/${case} PROPERTIES LABELS errors TIMEOUT 120
                       ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
endforeach()
# SIGTERM while the workbook, the charts or the PDF are written: exit 143, the report unchanged
add_test(NAME signal_write COMMAND ${tools}/signal_write_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/errors/base)
set_tests_properties(signal_write PROPERTIES LABELS faults TIMEOUT 120
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# one vocabulary per progress method: the PDF's legend and tiles, its tables and
# the workbook name a category alike; the legend lists exactly its page's categories
foreach(method eurostat unsd statcan dns lua)
  add_test(NAME vocab/${method}
           COMMAND /usr/bin/python3 ${tools}/vocab_test.py $<TARGET_FILE:charta>
                   ${examples}/musterstadt ${method})
  set_tests_properties(vocab/${method} PROPERTIES LABELS examples
                       ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
endforeach()
# The reader's PDF: no Lua, ids, file names or cut texts; German and English each
# in their own words (charta's labels and the examples' units)
add_test(NAME reader_pdf
         COMMAND /usr/bin/python3 ${tools}/reader_pdf_test.py $<TARGET_FILE:charta>
                 ${CMAKE_SOURCE_DIR}/src/render/labels.c ${examples}/musterstadt ${examples}/kreise)
set_tests_properties(reader_pdf PROPERTIES LABELS examples
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# Golden tests: the PDF's text page by page and the workbook's cell values sheet by sheet,
# against tests/golden/<example>-<lang>/, so a change of wording or layout is seen in review;
# scripts/golden (CHARTA_UPDATE_GOLDEN=1 ctest -L golden) rewrites them
foreach(example musterstadt kreise)
  foreach(lang de en)
    add_test(NAME golden/${example}-${lang}
             COMMAND /usr/bin/python3 ${tools}/golden_test.py $<TARGET_FILE:charta>
                     ${examples}/${example} ${lang}
                     ${CMAKE_CURRENT_SOURCE_DIR}/golden/${example}-${lang})
    set_tests_properties(golden/${example}-${lang} PROPERTIES
                         LABELS "examples;golden" TIMEOUT 300
                         ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
  endforeach()
endforeach()
# The reader's charts and tables, read back: one year drawn as bars, no year column
# without a value, value labels clear of reference lines, a style per benchmark,
# the note on a value axis that does not start at zero
add_test(NAME reader_charts
         COMMAND /usr/bin/python3 ${tools}/reader_charts_test.py $<TARGET_FILE:charta> ${examples})
set_tests_properties(reader_charts PROPERTIES LABELS examples
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# breakdowns: parts read in compute, indicators computed per part, the dimension
# columns of data/indicators.csv (an Open SDG file written by the test)
add_test(NAME breakdown
         COMMAND /usr/bin/python3 ${tools}/check_breakdown.py $<TARGET_FILE:charta>)
set_tests_properties(breakdown PROPERTIES LABELS examples TIMEOUT 120)
# the Open SDG export read back by charta's own Open SDG reader, and its metadata as YAML
foreach(example musterstadt kreise)
  add_test(NAME opensdg_roundtrip/${example}
           COMMAND /usr/bin/python3 ${tools}/check_opensdg_roundtrip.py $<TARGET_FILE:charta>
                   ${examples}/${example})
  set_tests_properties(opensdg_roundtrip/${example} PROPERTIES LABELS examples TIMEOUT 300)
endforeach()
# the SDMX export: valid against the SDMX-ML 2.1 schemas (xmllint, the schemas of
# ../shared), read back by charta's own SDMX reader; --breakdown: parts mapped to SEX
foreach(example musterstadt kreise)
  add_test(NAME sdmx_roundtrip/${example}
           COMMAND /usr/bin/python3 ${tools}/check_sdmx_roundtrip.py $<TARGET_FILE:charta>
                   ${examples}/${example})
  set_tests_properties(sdmx_roundtrip/${example} PROPERTIES LABELS examples TIMEOUT 300)
endforeach()
add_test(NAME sdmx_roundtrip/breakdown
         COMMAND /usr/bin/python3 ${tools}/check_sdmx_roundtrip.py $<TARGET_FILE:charta>
                 --breakdown)
set_tests_properties(sdmx_roundtrip/breakdown PROPERTIES LABELS examples TIMEOUT 120)
# The shipped indicator library: every indicator of charta.sdg-kommunen has values on
# tests/catalogue (real Regionalstatistik tables copied with their licence, and a made-up
# fixture for the rest), some equal values computed from the input files, and every
# compute reads exactly the vocabulary variables of its `needs`
add_test(NAME catalogue
         COMMAND /usr/bin/python3 ${tools}/catalogue_test.py $<TARGET_FILE:charta> ${CMAKE_SOURCE_DIR})
set_tests_properties(catalogue PROPERTIES LABELS catalogue TIMEOUT 120
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)

# the shipped library's engine on a library of its own: needs, extends, drop, the
# listing with where each indicator comes from and the coverage matrix
add_test(NAME catalogue_engine COMMAND ${tools}/catalogue_engine_test.sh $<TARGET_FILE:charta>
         ${CMAKE_CURRENT_SOURCE_DIR}/catalogue_engine)
set_tests_properties(catalogue_engine PROPERTIES LABELS "catalogue;errors")
# the man page charta(1): renders cleanly, in step with --help (commands, options,
# exit codes)
add_test(NAME man COMMAND ${tools}/man_test.sh $<TARGET_FILE:charta> ${CMAKE_SOURCE_DIR}/docs/charta.1)
set_tests_properties(man PROPERTIES LABELS examples)
# the coverage sheet (action fields x SDGs, as charta list --coverage counts them), the
# metadata's definition and origin with the shipped indicators left out, and the PDF's
# definition under the title, read back from musterstadt and the catalogue's test project
add_test(NAME workbook_coverage
         COMMAND /usr/bin/python3 ${tools}/workbook_coverage_test.py $<TARGET_FILE:charta>
                 ${examples}/musterstadt ${CMAKE_CURRENT_SOURCE_DIR}/catalogue_engine)
set_tests_properties(workbook_coverage PROPERTIES LABELS "examples;catalogue" TIMEOUT 300
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# the reference of the Lua language (docs/reference.md, docs/referenz.md) against the
# table the declarations check their keys with (charta help --keys): every key,
# function, method and progress method in both, none more; the examples load
add_test(NAME reference COMMAND /usr/bin/python3 ${tools}/reference_test.py $<TARGET_FILE:charta>
         ${CMAKE_SOURCE_DIR})
set_tests_properties(reference PROPERTIES LABELS docs
                     ENVIRONMENT CHARTA_PATH=${CMAKE_SOURCE_DIR}/indicators)
# charta help: keywords, entries, a wrong keyword (64), German under a German locale
add_test(NAME help COMMAND ${tools}/help_test.sh $<TARGET_FILE:charta>)
set_tests_properties(help PROPERTIES LABELS unit)
