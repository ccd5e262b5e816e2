# The plugin host against real modules: the network-dimensions plugin from
# build/plugins, and fixture modules (tests/core/plugin/fixtures) that are built
# into their own folder, never into build/plugins, so no host ever meets them
# outside this suite. Fixture files are prefixed so a folder load sees them in
# a known order.
set(SONDA_PLUGIN_FIXTURE_DIR ${PROJECT_BINARY_DIR}/tests/plugin_fixtures)
set(fixture_targets)
foreach(fixture IN ITEMS a_wrong_api:wrong_api_plugin b_not_a_plugin:not_a_plugin
                         c_throws:throwing_plugin d_good:good_plugin e_duplicate:duplicate_plugin
                         f_throws_other:throwing_other_plugin g_null_part:null_part_plugin
                         h_named_core:named_core_plugin)
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

# A plugin of API version 2: linked against a stand-in libsonda_core.so.2 in a
# folder no loader searches (no build RPATH), in a fixture folder of its own.
if(NOT TARGET sonda_plugin_fixture_old_core)
    add_library(sonda_plugin_fixture_old_core SHARED ${CMAKE_CURRENT_LIST_DIR}/fixtures/old_core_stub.cpp)
    set_target_properties(sonda_plugin_fixture_old_core PROPERTIES
        OUTPUT_NAME sonda_core VERSION 2 SOVERSION 2
        LIBRARY_OUTPUT_DIRECTORY ${SONDA_PLUGIN_FIXTURE_DIR}/old_core)
    add_library(sonda_plugin_fixture_old_api MODULE ${CMAKE_CURRENT_LIST_DIR}/fixtures/old_api_plugin.cpp)
    target_link_libraries(sonda_plugin_fixture_old_api PRIVATE sonda_plugin_fixture_old_core)
    set_target_properties(sonda_plugin_fixture_old_api PROPERTIES
        PREFIX "" OUTPUT_NAME old_api SUFFIX ".so" SKIP_BUILD_RPATH ON
        LIBRARY_OUTPUT_DIRECTORY ${SONDA_PLUGIN_FIXTURE_DIR}/old_api)
endif()
list(APPEND fixture_targets sonda_plugin_fixture_old_api)

sonda_add_test_suite(NAME test_plugin
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/plugin_host_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/plugin_guard_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/registry_parts_test.cpp)
add_dependencies(test_plugin ${fixture_targets})
target_compile_definitions(test_plugin PRIVATE
    SONDA_PLUGIN_FIXTURE_DIR="${SONDA_PLUGIN_FIXTURE_DIR}"
    SONDA_FAULTY_PLUGIN_DIR="${SONDA_FAULTY_PLUGIN_DIR}")
