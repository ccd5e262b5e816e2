# sdk.template: examples/instrument-template as a plugin author uses it. A
# copy of the installed one (share/sonda/examples), outside the source tree, is configured with only find_package(Sonda)
# (CMAKE_PREFIX_PATH = the installed prefix), built, and its own test run;
# then the installed sonda loads it through SONDA_PLUGIN_PATH, a study is
# created with its form, its sample responses are imported, and its scores
# are found in `sonda report` as JSON and as HTML.
include(${CMAKE_CURRENT_LIST_DIR}/sdk_support.cmake)
set(WORK_DIR ${WORK_DIR}/template)
sdk_fresh_folder(${WORK_DIR})
file(COPY ${PREFIX}/share/sonda/examples/instrument-template DESTINATION ${WORK_DIR})
set(project ${WORK_DIR}/instrument-template)
set(build ${project}/build)

set(configure -S ${project} -B ${build} -DCMAKE_PREFIX_PATH=${PREFIX} -DCMAKE_CXX_COMPILER=${CXX})
if(LAUNCHER)
    list(APPEND configure -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
endif()
if(SANITIZE)
    string(JOIN " " flags ${SDK_SANITIZE_FLAGS})
    list(APPEND configure "-DCMAKE_CXX_FLAGS=${flags}" "-DCMAKE_MODULE_LINKER_FLAGS=${flags}"
        "-DCMAKE_EXE_LINKER_FLAGS=${flags}")
endif()
sdk_run(out COMMAND ${CMAKE_COMMAND} ${configure})
file(STRINGS ${build}/CMakeCache.txt sonda_dir REGEX "^Sonda_DIR:")
sdk_expect_contains("${sonda_dir}" "${PREFIX}/lib/cmake/Sonda" "the template's Sonda_DIR")
sdk_run(out COMMAND ${CMAKE_COMMAND} --build ${build} -j2)
sdk_run(out COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${build} --output-on-failure)
sdk_expect_contains("${out}" "100% tests passed" "the template's own test")

# Its install rules: the module, panels and form where a prefix keeps them
# (into a prefix of its own here: the shared one stays as sonda installed it).
sdk_run(out COMMAND ${CMAKE_COMMAND} --install ${build} --prefix ${WORK_DIR}/plugin-prefix)
set(installed lib/sonda/plugins/collaboration-factors.so share/sonda/forms/collaboration-factors.json)
if(WITH_GUI)
    list(APPEND installed lib/sonda/plugins/panels/collaboration-factors.so)
endif()
foreach(file IN LISTS installed)
    if(NOT EXISTS ${WORK_DIR}/plugin-prefix/${file})
        message(FATAL_ERROR "the template's install wrote no ${file}:\n${out}")
    endif()
endforeach()
sdk_run(dynamic COMMAND readelf -d ${WORK_DIR}/plugin-prefix/lib/sonda/plugins/collaboration-factors.so)
sdk_expect_contains("${dynamic}" "Library runpath: [$ORIGIN/../..]" "the installed template module")

# The installed sonda with the template's build folder on SONDA_PLUGIN_PATH.
set(path SONDA_PLUGIN_PATH=${build}/plugins)
sdk_sonda(plugins ENV ${path} ARGS plugins --format json)
string(JSON count LENGTH "${plugins}")
math(EXPR last "${count} - 1")
set(found "")
foreach(i RANGE ${last})
    string(JSON name GET "${plugins}" ${i} name)
    if(name STREQUAL "collaboration-factors")
        string(JSON found GET "${plugins}" ${i})
    endif()
endforeach()
if(NOT found)
    message(FATAL_ERROR "sonda plugins does not list collaboration-factors:\n${plugins}")
endif()
string(JSON status GET "${found}" status)
string(JSON version GET "${found}" version)
string(JSON instrument GET "${found}" instruments 0)
if(NOT status STREQUAL "loaded" OR NOT version STREQUAL "1.0.0"
   OR NOT instrument STREQUAL "collaboration-factors")
    message(FATAL_ERROR "collaboration-factors: expected loaded, 1.0.0, its instrument:\n${found}")
endif()
if(WITH_GUI)
    string(JSON panels GET "${found}" panels)
    sdk_expect_contains("${panels}" "${build}/plugins/panels/collaboration-factors.so" "its panels")
endif()

set(db ${WORK_DIR}/study.db)
sdk_sonda(out ENV ${path} ARGS init --db ${db} --study ${project}/sample/study.json
    --forms ${project}/forms --lang en)
sdk_expect_contains("${out}" "form collaboration-factors v1 (collaboration-factors)" "sonda init")
sdk_sonda(out ENV ${path} ARGS import --db ${db} ${project}/sample/responses.ndjson)
set(report_args report --db ${db} --form collaboration-factors --from workshop-1 --to workshop-2
    --lang en)

# JSON: the score of the only group, from the scores worked out by hand in the
# template's tests/collaboration_factors_test.cpp: 15.333/6 and 22.083/6.
sdk_sonda(json ENV ${path} ARGS ${report_args} --format json)
string(JSON group GET "${json}" groups 0)
string(JSON score_name GET "${group}" scores 0 score)
string(JSON n_from GET "${group}" scores 0 n_from)
string(JSON n_to GET "${group}" scores 0 n_to)
string(JSON mean_from GET "${group}" scores 0 mean_from)
string(JSON mean_to GET "${group}" scores 0 mean_to)
string(JSON improvement GET "${group}" scores 0 improvement)
if(NOT score_name STREQUAL "collaboration" OR NOT n_from EQUAL 6 OR NOT n_to EQUAL 6)
    message(FATAL_ERROR "expected the collaboration score of 6 respondents at each wave:\n${group}")
endif()
sdk_expect_near(${mean_from} 2.5556 "mean_from")
sdk_expect_near(${mean_to} 3.6806 "mean_to")
sdk_expect_contains("${improvement}" "higher" "improvement")
# Its extras: the factor means.
string(JSON weakest GET "${group}" instrument weakest_to)
string(JSON trust_to GET "${group}" instrument factors 0 mean_to)
if(NOT weakest STREQUAL "resources")
    message(FATAL_ERROR "expected resources as the weakest factor:\n${group}")
endif()
sdk_expect_near(${trust_to} 3.8333 "trust mean_to")

sdk_sonda(out ENV ${path} ARGS ${report_args} --format html --out ${WORK_DIR}/report.html)
file(READ ${WORK_DIR}/report.html html)
sdk_expect_contains("${html}" "Collaboration factors" "the HTML report's title")
sdk_expect_contains("${html}" "Collaboration" "the HTML report's score label")
sdk_expect_contains("${html}" "2.56" "the HTML report's mean at workshop-1")
sdk_expect_contains("${html}" "3.68" "the HTML report's mean at workshop-2")
# Its report section: the factor table it writes, not the core's generic one.
sdk_expect_contains("${html}" "<table class=\"data cf-factors\">" "the template's report section")
sdk_expect_contains("${html}" "table.cf-factors td.weakest" "the template's section style")
sdk_expect_contains("${html}" "(weakest)" "the template's section words")
if(html MATCHES "<h4>Factors</h4>")
    message(FATAL_ERROR "the factors are shown generically too:\n${html}")
endif()
sdk_sonda(out ENV ${path} ARGS report --db ${db} --form collaboration-factors --lang it)
sdk_expect_contains("${out}" "(il più debole)" "the template's section in Italian text")

# The dashboard of the prefix finds the template's panel module beside the
# plugin and draws it (a real window under Xvfb, as tests/apps/dashboard does).
if(WITH_GUI)
    sdk_run(views COMMAND ${CMAKE_COMMAND} -E env ${path}
        ${PREFIX}/bin/sonda-dashboard --db ${db} --list-views)
    sdk_expect_contains("${views}" "collaboration-factors.factors" "sonda-dashboard --list-views")
    set(asan "")
    if(SANITIZE)  # Mesa's software GL leaks a little: tests/apps/dashboard says why
        set(asan "ASAN_OPTIONS=$ENV{ASAN_OPTIONS}:detect_leaks=0")
    endif()
    sdk_run(out COMMAND ${CMAKE_COMMAND} -E env ${path} ${asan} xvfb-run -a -s "-screen 0 1100x800x24"
        ${PREFIX}/bin/sonda-dashboard --db ${db} --view collaboration-factors.factors --lang en
        --screenshot ${WORK_DIR}/factors.png --size 1000x700)
    # The second wave's colour (gui::colors::kWaveTo): its legend dot is about
    # 80 pixels, each factor's end point about 60. Without the rows (no
    # extras, a panel that draws nothing) only the legend would be there.
    sdk_run(dots COMMAND convert ${WORK_DIR}/factors.png -fill black +opaque "rgb(213,94,0)"
        -fill white -opaque "rgb(213,94,0)" -format "%[fx:round(mean*w*h)]" info:)
    if(dots LESS 300)
        message(FATAL_ERROR "the panel's screenshot (${WORK_DIR}/factors.png) has ${dots} pixels of "
                            "the second wave's colour: its factor rows are not drawn")
    endif()
endif()

# Passed: nothing of it stays behind (a failure leaves its folder to look at).
file(REMOVE_RECURSE ${WORK_DIR})
