# How every sonda plugin is built: the three plugins of the source tree and a
# plugin author's own project (after find_package(Sonda), which includes this
# file from <prefix>/lib/cmake/Sonda) call the same two functions, which link
# the same targets (Sonda::core, Sonda::gui). docs/plugins.md is the guide.
#
# sonda_add_plugin(NAME <name> VERSION <version> ENTRY <entry.cpp>
#                  [SOURCES <file>...] [LIBRARIES <library>...])
#   Builds <name>.so, the module sonda loads, from ENTRY (the one file with
#   SONDA_PLUGIN). SOURCES become the static library sonda_<name>_logic (with
#   '-' as '_'), which the module links and which tests link to check the
#   instrument without loading the module; LIBRARIES are linked to that
#   library, or to the module when there are no SOURCES. Both compile as C++20
#   with hidden symbols and see SONDA_PLUGIN_NAME and SONDA_PLUGIN_VERSION as
#   string literals. The module lands in ${SONDA_PLUGIN_OUTPUT_DIR} (default
#   <build>/plugins) and installs into ${SONDA_PLUGIN_INSTALL_DIR} (default
#   lib/sonda/plugins under the install prefix: sonda's own prefix finds it).
#   Targets: sonda_plugin_<name> (module), sonda_<name>_logic.
#
# sonda_add_plugin_panels(NAME <name> [ENTRY <panels_entry.cpp>] SOURCES <file>...
#                         [LIBRARIES <library>...])
#   The plugin's dashboard panels, a module of their own (panels/<name>.so
#   beside the plugin, linked with Sonda::gui) so that hosts without a display
#   never load ImGui. With ENTRY (the file with SONDA_PANELS), SOURCES become
#   the static library sonda_<name>_panels_logic as above; without, SOURCES
#   are the module. Skipped, with a message, when this sonda has no GUI.
#   Targets: sonda_panels_<name> (module), sonda_<name>_panels_logic.
include_guard(GLOBAL)

if(NOT DEFINED SONDA_PLUGIN_OUTPUT_DIR)
    set(SONDA_PLUGIN_OUTPUT_DIR ${CMAKE_BINARY_DIR}/plugins)
endif()
if(NOT DEFINED SONDA_PLUGIN_INSTALL_DIR)
    set(SONDA_PLUGIN_INSTALL_DIR lib/sonda/plugins)
endif()

# What every target of a plugin shares. The warnings are the project's own
# (cmake/SondaWarnings.cmake), spelled here too so that an installed copy of
# this file needs nothing else.
function(_sonda_plugin_defaults target name)
    target_compile_features(${target} PRIVATE cxx_std_20)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
    # Hidden: two plugins may define classes of the same name; only the
    # entry points (SONDA_PLUGIN_EXPORT) are visible.
    set_target_properties(${target} PROPERTIES
        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON POSITION_INDEPENDENT_CODE ON)
    target_compile_definitions(${target} PRIVATE SONDA_PLUGIN_NAME="${name}" ${ARGN})
endfunction()

# The module <name>.so in <output_dir>, installed into <install_dir>.
# RUNPATH: from <prefix>/lib/sonda/plugins[/panels] back to <prefix>/lib, where
# libsonda_core is (sonda has loaded it already when it opens the module; the
# RUNPATH is for tools such as ldd).
function(_sonda_plugin_module target name output_dir install_dir runpath)
    set_target_properties(${target} PROPERTIES
        PREFIX "" OUTPUT_NAME "${name}" SUFFIX ".so"
        LIBRARY_OUTPUT_DIRECTORY ${output_dir}
        INSTALL_RPATH "${runpath}")
    # An empty install folder: a module for tests only, never installed.
    if(install_dir)
        install(TARGETS ${target} LIBRARY DESTINATION ${install_dir})
    endif()
endfunction()

function(_sonda_plugin_check_args function_name)
    if(NOT ARG_NAME)
        message(FATAL_ERROR "${function_name}: NAME is required (the plugin's name, as its forms' \"plugin\" key)")
    endif()
    if(NOT ARG_NAME MATCHES "^[a-z0-9][a-z0-9_-]*$")
        message(FATAL_ERROR "${function_name}: NAME '${ARG_NAME}' must be lower-case letters, digits, '-' and '_'")
    endif()
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "${function_name}(${ARG_NAME}): unexpected arguments ${ARG_UNPARSED_ARGUMENTS}")
    endif()
endfunction()

function(sonda_add_plugin)
    cmake_parse_arguments(ARG "" "NAME;VERSION;ENTRY" "SOURCES;LIBRARIES" ${ARGN})
    _sonda_plugin_check_args(sonda_add_plugin)
    if(NOT ARG_VERSION)
        message(FATAL_ERROR "sonda_add_plugin(${ARG_NAME}): VERSION is required (sonda plugins shows it)")
    endif()
    if(NOT ARG_ENTRY)
        message(FATAL_ERROR "sonda_add_plugin(${ARG_NAME}): ENTRY is required: the one file with SONDA_PLUGIN(...)")
    endif()
    string(REPLACE "-" "_" id "${ARG_NAME}")
    set(defines SONDA_PLUGIN_VERSION="${ARG_VERSION}")
    set(target sonda_plugin_${id})
    add_library(${target} MODULE ${ARG_ENTRY})
    _sonda_plugin_defaults(${target} ${ARG_NAME} ${defines})
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${target} PRIVATE Sonda::core)
    if(ARG_SOURCES)
        set(logic sonda_${id}_logic)
        add_library(${logic} STATIC ${ARG_SOURCES})
        _sonda_plugin_defaults(${logic} ${ARG_NAME} ${defines})
        target_include_directories(${logic} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
        target_link_libraries(${logic} PUBLIC Sonda::core ${ARG_LIBRARIES})
        target_link_libraries(${target} PRIVATE ${logic})
    else()
        target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES})
    endif()
    _sonda_plugin_module(${target} ${ARG_NAME} "${SONDA_PLUGIN_OUTPUT_DIR}"
        "${SONDA_PLUGIN_INSTALL_DIR}" "$ORIGIN/../..")
    set_property(GLOBAL APPEND PROPERTY SONDA_PLUGIN_TARGETS ${target})
endfunction()

function(sonda_add_plugin_panels)
    cmake_parse_arguments(ARG "" "NAME;ENTRY" "SOURCES;LIBRARIES" ${ARGN})
    _sonda_plugin_check_args(sonda_add_plugin_panels)
    if(NOT TARGET Sonda::gui)
        message(STATUS "sonda_add_plugin_panels(${ARG_NAME}): this sonda has no GUI (Sonda::gui); panels not built")
        return()
    endif()
    if(NOT ARG_ENTRY AND NOT ARG_SOURCES)
        message(FATAL_ERROR "sonda_add_plugin_panels(${ARG_NAME}): give ENTRY (the file with SONDA_PANELS) and SOURCES, or SOURCES alone")
    endif()
    string(REPLACE "-" "_" id "${ARG_NAME}")
    set(target sonda_panels_${id})
    if(ARG_ENTRY)
        add_library(${target} MODULE ${ARG_ENTRY})
    else()
        add_library(${target} MODULE ${ARG_SOURCES})
    endif()
    _sonda_plugin_defaults(${target} ${ARG_NAME})
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${target} PRIVATE Sonda::gui Sonda::core)
    if(ARG_ENTRY AND ARG_SOURCES)
        set(logic sonda_${id}_panels_logic)
        add_library(${logic} STATIC ${ARG_SOURCES})
        _sonda_plugin_defaults(${logic} ${ARG_NAME})
        target_include_directories(${logic} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
        target_link_libraries(${logic} PUBLIC Sonda::gui Sonda::core ${ARG_LIBRARIES})
        target_link_libraries(${target} PRIVATE ${logic})
    else()
        target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES})
    endif()
    set(panels_install "")
    if(SONDA_PLUGIN_INSTALL_DIR)
        set(panels_install "${SONDA_PLUGIN_INSTALL_DIR}/panels")
    endif()
    _sonda_plugin_module(${target} ${ARG_NAME} "${SONDA_PLUGIN_OUTPUT_DIR}/panels"
        "${panels_install}" "$ORIGIN/../../..")
    set_property(GLOBAL APPEND PROPERTY SONDA_PANEL_TARGETS ${target})
endfunction()
