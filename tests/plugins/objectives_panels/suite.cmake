# The objectives-monitoring dashboard panels without a window: the board read
# from real reports (the demo database, and hand-made comparisons made by the
# instrument's own code) and the objective_list editor in a headless ImGui.
if(TARGET sonda_objectives_monitoring_panels_logic)
    sonda_add_test_suite(NAME test_objectives_panels
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/objectives_board_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/objective_list_editor_test.cpp
                ${CMAKE_SOURCE_DIR}/tests/gui/headless_imgui.cpp
        LIBRARIES sonda_objectives_monitoring_panels_logic)
    target_include_directories(test_objectives_panels PRIVATE ${CMAKE_SOURCE_DIR}/tests/gui)
endif()
