sonda_add_test_suite(NAME test_report
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/report_json_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/report_text_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/report_html_test.cpp)
target_include_directories(test_report PRIVATE ${PROJECT_SOURCE_DIR}/core/src/report)
