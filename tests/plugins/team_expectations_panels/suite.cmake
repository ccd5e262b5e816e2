# The team-expectations dashboard panel: reading the report into heatmap cells
# (hand-made extras and the real demo database) and drawing it headless.
if(TARGET sonda_team_expectations_panels_logic)
    sonda_add_test_suite(NAME test_team_expectations_panels
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/theme_heatmap_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/expectations_heatmap_panel_test.cpp
                ${CMAKE_SOURCE_DIR}/tests/gui/headless_imgui.cpp
        LIBRARIES sonda_team_expectations_panels_logic)
    target_include_directories(test_team_expectations_panels PRIVATE ${CMAKE_SOURCE_DIR}/tests/gui)
endif()
