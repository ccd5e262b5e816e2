# sdk.pkg_config: the template's plugin and its panels built without CMake,
# with the flags of `pkg-config sonda` and `pkg-config sonda-gui` only, every
# symbol resolved at link time (-Wl,--no-undefined), and the plugin loaded by
# the installed sonda.
include(${CMAKE_CURRENT_LIST_DIR}/sdk_support.cmake)
set(WORK_DIR ${WORK_DIR}/pkg-config)
sdk_fresh_folder(${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/plugins/panels)
set(template ${PREFIX}/share/sonda/examples/instrument-template)
set(pkg ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${PREFIX}/lib/pkgconfig pkg-config)

function(flags_of out_var package)
    sdk_run(flags COMMAND ${pkg} --cflags --libs ${package})
    string(STRIP "${flags}" flags)
    separate_arguments(flags UNIX_COMMAND "${flags}")
    set(${out_var} ${flags} PARENT_SCOPE)
endfunction()

sdk_run(plugindir COMMAND ${pkg} --variable=plugindir sonda)
string(STRIP "${plugindir}" plugindir)
get_filename_component(plugindir ${plugindir} ABSOLUTE)
if(NOT plugindir STREQUAL "${PREFIX}/lib/sonda/plugins")
    message(FATAL_ERROR "pkg-config --variable=plugindir sonda: ${plugindir}")
endif()

set(module_flags -shared -fPIC -fvisibility=hidden -Wl,--no-undefined ${SDK_SANITIZE_FLAGS}
    "-DSONDA_PLUGIN_NAME=\"collaboration-factors\"")
flags_of(sonda_flags sonda)
file(GLOB sources ${template}/*.cpp)
sdk_run(out COMMAND ${LAUNCHER} ${CXX} ${module_flags} "-DSONDA_PLUGIN_VERSION=\"1.0.0-pc\""
    ${sources} ${sonda_flags} -o ${WORK_DIR}/plugins/collaboration-factors.so)
if(WITH_GUI)
    flags_of(gui_flags sonda-gui)
    file(GLOB panel_sources ${template}/panels/*.cpp)
    sdk_run(out COMMAND ${LAUNCHER} ${CXX} ${module_flags} ${panel_sources} -I${template}/panels
        ${gui_flags} -o ${WORK_DIR}/plugins/panels/collaboration-factors.so)
endif()

sdk_sonda(plugins ENV SONDA_PLUGIN_PATH=${WORK_DIR}/plugins ARGS plugins)
string(REGEX MATCH "\ncollaboration-factors +1\\.0\\.0-pc +loaded[^\n]*\n  instruments: collaboration-factors"
    listed "${plugins}")
if(NOT listed)
    message(FATAL_ERROR "the pkg-config build of collaboration-factors did not load:\n${plugins}")
endif()
