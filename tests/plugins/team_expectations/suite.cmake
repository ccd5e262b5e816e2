sonda_add_test_suite(NAME test_team_expectations
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/keyword_matcher_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/codebook_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/team_expectations_instrument_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/team_expectations_plugin_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/expectations_report_section_test.cpp
    LIBRARIES sonda_team_expectations_logic)
target_include_directories(test_team_expectations PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
