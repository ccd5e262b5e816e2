# Integration tests of the `sonda` command line: they run the real binary
# (build/bin/sonda) with the real plugins, forms and databases, and check exit
# codes, output and messages. The PostgreSQL cases read SONDA_TEST_POSTGRES_URL
# and fail when it is unset.
sonda_add_test_suite(NAME test_cli SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/cli_runner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_general_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_installation_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_forms_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_data_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_postgres_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_import_ids_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_import_language_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_language_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_export_bom_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_map_sheet_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_output_safety_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_concurrency_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_chart_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_summary_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_declarative_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_plugin_failure_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_access_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cli_code_pairing_test.cpp
    LIBRARIES Poco::JSON soci::sqlite3 soci::postgresql)
add_dependencies(test_cli sonda)
if(TARGET sonda_gui)
    target_compile_definitions(test_cli PRIVATE SONDA_TEST_WITH_GUI)
endif()
# The faulty test plugin (tests/plugins/faulty), loaded through SONDA_PLUGIN_PATH.
target_compile_definitions(test_cli PRIVATE SONDA_FAULTY_PLUGIN_DIR="${SONDA_FAULTY_PLUGIN_DIR}")
# The summary test reads the phrase catalogue to find English in Italian pages.
target_include_directories(test_cli PRIVATE ${PROJECT_SOURCE_DIR}/core/src/report)
# The declarative test runs a copy of sonda away from build/plugins: it finds
# the core's libraries here, whatever RUNPATH the build gives the binary.
target_compile_definitions(test_cli PRIVATE
    SONDA_LIBRARY_PATH="$<TARGET_FILE_DIR:sonda_core>:$<TARGET_FILE_DIR:sonda_render>")
