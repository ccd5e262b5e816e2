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

sdk_run(plugindir COMMAND ${pkg} --variable=plugindir sonda)
string(STRIP "${plugindir}" plugindir)
get_filename_component(plugindir ${plugindir} ABSOLUTE)
if(NOT plugindir STREQUAL "${PREFIX}/lib/sonda/plugins")
    message(FATAL_ERROR "pkg-config --variable=plugindir sonda: ${plugindir}")
endif()

# One compile per source (so that ccache, when the build uses it, serves the
# next run), then the link: pkg-config's --cflags for the first, --libs for
# the second, as a Makefile would use them.
function(build_module out sources defines package)
    sdk_run(cflags COMMAND ${pkg} --cflags ${package})
    sdk_run(libs COMMAND ${pkg} --libs ${package})
    separate_arguments(cflags UNIX_COMMAND "${cflags}")
    separate_arguments(libs UNIX_COMMAND "${libs}")
    set(objects "")
    foreach(source IN LISTS sources)
        get_filename_component(name ${source} NAME_WE)
        set(object ${WORK_DIR}/objects/${package}-${name}.o)
        sdk_run(ignored COMMAND ${LAUNCHER} ${CXX} -c -fPIC -fvisibility=hidden ${SDK_SANITIZE_FLAGS}
            "-DSONDA_PLUGIN_NAME=\"collaboration-factors\"" ${defines} ${cflags} ${source} -o ${object})
        list(APPEND objects ${object})
    endforeach()
    sdk_run(ignored COMMAND ${CXX} -shared -Wl,--no-undefined ${SDK_SANITIZE_FLAGS} ${objects} ${libs}
        -o ${out})
endfunction()

file(MAKE_DIRECTORY ${WORK_DIR}/objects)
file(GLOB sources ${template}/*.cpp)
build_module(${WORK_DIR}/plugins/collaboration-factors.so "${sources}"
    "-DSONDA_PLUGIN_VERSION=\"1.0.0-pc\"" sonda)
if(WITH_GUI)
    file(GLOB panel_sources ${template}/panels/*.cpp)
    build_module(${WORK_DIR}/plugins/panels/collaboration-factors.so "${panel_sources}" "" sonda-gui)
endif()

sdk_sonda(plugins ENV SONDA_PLUGIN_PATH=${WORK_DIR}/plugins ARGS plugins)
string(REGEX MATCH "\ncollaboration-factors +1\\.0\\.0-pc +loaded[^\n]*\n  instruments: collaboration-factors"
    listed "${plugins}")
if(NOT listed)
    message(FATAL_ERROR "the pkg-config build of collaboration-factors did not load:\n${plugins}")
endif()

# Passed: nothing of it stays behind (a failure leaves its folder to look at).
file(REMOVE_RECURSE ${WORK_DIR})
