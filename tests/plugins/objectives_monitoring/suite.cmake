sonda_add_test_suite(NAME test_objectives_monitoring
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/objective_validation_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/objectives_instrument_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/objectives_takeover_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/objectives_plugin_test.cpp
    LIBRARIES sonda_objectives_monitoring_logic)
target_include_directories(test_objectives_monitoring PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
