# What the network-dimensions panels read out of a report: hand-made extras,
# the instrument's own compare() output and the real demo database, without
# ImGui or dlopen (the drawing itself only places what this reading returns).
if(TARGET sonda_network_dimensions_panels_logic)
    sonda_add_test_suite(NAME test_network_dimensions_panels
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/report_reading_test.cpp
        LIBRARIES sonda_network_dimensions_panels_logic sonda_network_dimensions_logic)
    target_include_directories(test_network_dimensions_panels
        PRIVATE ${CMAKE_SOURCE_DIR}/tests/plugins/network_dimensions)
endif()
