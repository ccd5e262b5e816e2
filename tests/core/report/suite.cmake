sonda_add_test_suite(NAME test_report
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/report_json_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/report_text_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/report_reading_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/verdict_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/report_html_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/report_section_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/build_report_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/disclosure_routes_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/disclosure_property_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/disclosure_extras_property_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/full_report_golden_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/code_pairing_test.cpp)
target_include_directories(test_report PRIVATE ${PROJECT_SOURCE_DIR}/core/src/report)
# The disclosure routes also run on PostgreSQL (tests/support/postgres_schema.hpp).
target_link_libraries(test_report PRIVATE soci::postgresql)

# The HTML report in a real headless Chromium; the screenshot stays in the
# build directory (report-screenshot.png) for a person to look at.
add_executable(report_write_sample_html ${CMAKE_CURRENT_LIST_DIR}/write_sample_html.cpp)
target_link_libraries(report_write_sample_html PRIVATE sonda_core sonda_warnings)
target_include_directories(report_write_sample_html PRIVATE
    ${PROJECT_SOURCE_DIR}/core/src/report ${CMAKE_CURRENT_LIST_DIR}
    ${PROJECT_SOURCE_DIR}/tests/support)
# It loads the instruments' report sections from build/plugins.
get_property(sample_plugins GLOBAL PROPERTY SONDA_PLUGIN_TARGETS)
if(sample_plugins)
    add_dependencies(report_write_sample_html ${sample_plugins})
endif()
add_test(NAME test_report.chromium_renders_sample
    COMMAND ${CMAKE_COMMAND} -E env bash -c
        "$<TARGET_FILE:report_write_sample_html> ${PROJECT_BINARY_DIR}/report-sample.html && ${CMAKE_CURRENT_LIST_DIR}/chromium_render_test.sh ${PROJECT_BINARY_DIR}/report-sample.html ${PROJECT_BINARY_DIR}/report-sample.png")
set_tests_properties(test_report.chromium_renders_sample PROPERTIES TIMEOUT 300)
# Issue 12's A4 target: each demo form's full HTML report prints in at most 12
# A4 pages (PDFs and first-page pictures kept in report-pages/).
add_test(NAME test_report.demo_reports_fit_a4
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/report_pages_test.sh $<TARGET_FILE:sonda>
            ${PROJECT_BINARY_DIR}/report-pages)
set_tests_properties(test_report.demo_reports_fit_a4 PROPERTIES TIMEOUT 900)
