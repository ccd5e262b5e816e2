sonda_add_test_suite(NAME test_objectives_monitoring
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/objective_validation_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/objectives_instrument_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/objectives_takeover_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/objectives_plugin_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/objectives_report_section_test.cpp
    LIBRARIES sonda_objectives_monitoring_logic)
# The report section is tested through the core's renderers (report_renderers.hpp).
target_include_directories(test_objectives_monitoring PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..
    ${PROJECT_SOURCE_DIR}/core/src/report)
