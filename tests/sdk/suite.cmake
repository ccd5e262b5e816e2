# The installed SDK as a plugin author meets it, label "sdk" (`ctest -L sdk`):
#   sdk.install          `cmake --install` of this build into a prefix outside the trees (a fixture)
#   sdk.installed_files  the prefix runs by itself: layout, SONAMEs, RUNPATHs, nothing
#                        naming the build or source tree, `sonda --version --verbose`,
#                        the in-tree plugins and forms found from the prefix
#   sdk.template         the installed examples/instrument-template copied out of the trees,
#                        built with find_package(Sonda) alone, its own test run, then
#                        loaded by the installed sonda through SONDA_PLUGIN_PATH: init,
#                        import, and its scores in `sonda report` JSON and HTML
#   sdk.pkg_config       the template's plugin and panels built with pkg-config alone
#   sdk.declarative      the shipped declarative form, no code at all: init, import and
#                        its scores in `sonda report` JSON and HTML from the prefix
# Nothing is rebuilt: the tests install what the build made. The prefix and
# the out-of-tree copies go to one folder under /tmp per build tree, outside
# both trees (so that any path into them is caught), the same on every run so
# that ccache serves the template's second build; sdk.cleanup removes the
# prefix at the end, and each check its own folder when it passes.
string(MD5 sdk_build_hash "${PROJECT_BINARY_DIR}")
string(SUBSTRING ${sdk_build_hash} 0 12 sdk_build_hash)
set(SONDA_SDK_WORK_DIR /tmp/sonda-sdk-${sdk_build_hash})
set(SONDA_SDK_PREFIX ${SONDA_SDK_WORK_DIR}/prefix)
set(sdk_definitions
    -DPREFIX=${SONDA_SDK_PREFIX}
    -DBINARY_DIR=${PROJECT_BINARY_DIR}
    -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
    -DWORK_DIR=${SONDA_SDK_WORK_DIR}
    -DCXX=${CMAKE_CXX_COMPILER}
    -DLAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
    -DSANITIZE=${SONDA_SANITIZE}
    -DPLUGIN_API_VERSION=${SONDA_PLUGIN_API_VERSION}
    -DWITH_GUI=$<TARGET_EXISTS:sonda_gui>)

add_test(NAME sdk.install
    COMMAND ${CMAKE_COMMAND} ${sdk_definitions} -P ${CMAKE_CURRENT_LIST_DIR}/install_prefix.cmake)
set_tests_properties(sdk.install PROPERTIES FIXTURES_SETUP sonda_sdk_prefix LABELS sdk)

# After the checks, passed or not: the prefix goes (a failed check keeps its own folder).
add_test(NAME sdk.cleanup COMMAND ${CMAKE_COMMAND} -E rm -rf ${SONDA_SDK_PREFIX})
set_tests_properties(sdk.cleanup PROPERTIES FIXTURES_CLEANUP sonda_sdk_prefix LABELS sdk)

foreach(check IN ITEMS installed_files template pkg_config declarative)
    add_test(NAME sdk.${check}
        COMMAND ${CMAKE_COMMAND} ${sdk_definitions} -P ${CMAKE_CURRENT_LIST_DIR}/${check}.cmake)
    set_tests_properties(sdk.${check} PROPERTIES
        FIXTURES_REQUIRED sonda_sdk_prefix LABELS sdk TIMEOUT 900)
endforeach()
