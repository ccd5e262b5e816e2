# The dashboard's shared GUI library: panels, their host, charts. Drawn in an
# ImGui context with no backend, so no window is needed.
if(TARGET sonda_gui)
    add_library(test_panels_wrong_api MODULE ${CMAKE_CURRENT_LIST_DIR}/wrong_api_panels.cpp)
    target_link_libraries(test_panels_wrong_api PRIVATE sonda_gui)
    set_target_properties(test_panels_wrong_api PROPERTIES PREFIX "" LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/panels)
    add_library(test_panels_good MODULE ${CMAKE_CURRENT_LIST_DIR}/good_panels.cpp)
    target_link_libraries(test_panels_good PRIVATE sonda_gui)
    set_target_properties(test_panels_good PROPERTIES PREFIX "" LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/panels)

    sonda_add_test_suite(NAME test_gui
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/headless_imgui.cpp
                ${CMAKE_CURRENT_LIST_DIR}/panel_registry_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/panel_host_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/charts_test.cpp
        LIBRARIES sonda_gui)
    target_compile_definitions(test_gui PRIVATE SONDA_TEST_PANELS_DIR="${CMAKE_BINARY_DIR}/tests/panels")
    add_dependencies(test_gui test_panels_wrong_api test_panels_good)
endif()
