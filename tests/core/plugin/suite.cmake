# The plugin host against real modules: the network-dimensions plugin from
# build/plugins, and fixture modules (tests/core/plugin/fixtures) that are built
# into their own folder, never into build/plugins, so no host ever meets them
# outside this suite. Fixture files are prefixed so a folder load sees them in
# a known order.
set(SONDA_PLUGIN_FIXTURE_DIR ${PROJECT_BINARY_DIR}/tests/plugin_fixtures)
set(fixture_targets)
foreach(fixture IN ITEMS a_wrong_api:wrong_api_plugin b_not_a_plugin:not_a_plugin
                         c_throws:throwing_plugin d_good:good_plugin e_duplicate:duplicate_plugin)
    string(REPLACE ":" ";" parts ${fixture})
    list(GET parts 0 file_name)
    list(GET parts 1 source)
    set(target sonda_plugin_fixture_${file_name})
    if(NOT TARGET ${target})
        add_library(${target} MODULE ${CMAKE_CURRENT_LIST_DIR}/fixtures/${source}.cpp)
        target_link_libraries(${target} PRIVATE sonda_core sonda_warnings)
        set_target_properties(${target} PROPERTIES
            PREFIX "" OUTPUT_NAME ${file_name} SUFFIX ".so"
            LIBRARY_OUTPUT_DIRECTORY ${SONDA_PLUGIN_FIXTURE_DIR}
            CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
    endif()
    list(APPEND fixture_targets ${target})
endforeach()

sonda_add_test_suite(NAME test_plugin
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/plugin_host_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/registry_parts_test.cpp)
add_dependencies(test_plugin ${fixture_targets})
target_compile_definitions(test_plugin PRIVATE
    SONDA_PLUGIN_FIXTURE_DIR="${SONDA_PLUGIN_FIXTURE_DIR}")
