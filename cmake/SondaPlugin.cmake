# sonda_add_plugin(NAME <name> SOURCES ...): every instrument plugin is built the
# same way: a module library named <name>.so in build/plugins, linked against the
# shared core, with its name and the plugin API version injected at compile time.
function(sonda_add_plugin)
    cmake_parse_arguments(ARG "" "NAME;VERSION" "SOURCES;LIBRARIES" ${ARGN})
    string(REPLACE "-" "_" target "sonda_plugin_${ARG_NAME}")
    add_library(${target} MODULE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE sonda_core sonda_warnings ${ARG_LIBRARIES})
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_definitions(${target} PRIVATE
        SONDA_PLUGIN_NAME="${ARG_NAME}" SONDA_PLUGIN_VERSION="${ARG_VERSION}")
    set_target_properties(${target} PROPERTIES
        PREFIX "" OUTPUT_NAME "${ARG_NAME}" SUFFIX ".so"
        LIBRARY_OUTPUT_DIRECTORY ${SONDA_PLUGIN_OUTPUT_DIR}
        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
    set_property(GLOBAL APPEND PROPERTY SONDA_PLUGIN_TARGETS ${target})
endfunction()
