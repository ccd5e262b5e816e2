# The dashboard: its panels drawn headless on the demo database, and one
# end-to-end run in a real window under Xvfb that screenshots every panel.
if(TARGET sonda_dashboard_app)
    sonda_add_test_suite(NAME test_dashboard
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/dashboard_app_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/dashboard_language_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/disclosure_control_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/panel_guard_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/plugin_failure_view_test.cpp
                ${CMAKE_SOURCE_DIR}/tests/gui/headless_imgui.cpp
        LIBRARIES sonda_dashboard_app)
    target_include_directories(test_dashboard PRIVATE ${CMAKE_SOURCE_DIR}/tests/gui)
    target_compile_definitions(test_dashboard PRIVATE
        SONDA_FAULTY_PLUGIN_DIR="${SONDA_FAULTY_PLUGIN_DIR}")
    get_property(panel_targets GLOBAL PROPERTY SONDA_PANEL_TARGETS)
    if(panel_targets)
        add_dependencies(test_dashboard ${panel_targets})
    endif()

    add_test(NAME dashboard.screenshots_under_xvfb
        COMMAND ${CMAKE_CURRENT_LIST_DIR}/screenshots_under_xvfb.sh
                $<TARGET_FILE:sonda> $<TARGET_FILE:sonda-dashboard> ${CMAKE_BINARY_DIR}/dashboard-screenshots)
    set_tests_properties(dashboard.screenshots_under_xvfb PROPERTIES TIMEOUT 600)
endif()
