# Unit tests of the network-dimensions plugin's logic, linked from its static
# library (plugins/network_dimensions/CMakeLists.txt), no dlopen involved.
sonda_add_test_suite(NAME test_network_dimensions
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/dimension_scoring_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/network_map_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/network_map_comparison_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/form_file_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/wave_change_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/map_layout_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/network_report_section_test.cpp
    LIBRARIES sonda_network_dimensions_logic)
# The report section is tested through the core's renderers (report_renderers.hpp).
target_include_directories(test_network_dimensions PRIVATE ${PROJECT_SOURCE_DIR}/core/src/report)
