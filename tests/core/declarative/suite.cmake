# The declarative instrument: scoring, check_form and a report through the
# core, with no plugin module loaded.
sonda_add_test_suite(NAME test_declarative SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/declarative_scoring_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/declarative_form_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/declarative_report_test.cpp
)
