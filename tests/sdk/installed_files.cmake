# sdk.installed_files: the installed prefix stands on its own. Its layout is
# the documented one; the libraries carry the plugin API version in their
# SONAME; every installed program, library and plugin finds its libraries
# through $ORIGIN only; nothing installed names the build tree or the source
# tree; and the installed sonda finds the plugins and forms of the prefix.
include(${CMAKE_CURRENT_LIST_DIR}/sdk_support.cmake)
set(WORK_DIR ${WORK_DIR}/installed)
sdk_fresh_folder(${WORK_DIR})
set(N ${PLUGIN_API_VERSION})

set(expected
    bin/sonda lib/libsonda_core.so.${N} lib/libsonda_core.so lib/libsonda_render.so.${N}
    lib/sonda/plugins/network-dimensions.so lib/sonda/plugins/objectives-monitoring.so
    lib/sonda/plugins/team-expectations.so
    share/sonda/forms/network-dimensions.json share/sonda/forms/demo/study.json
    share/sonda/examples/instrument-template/CMakeLists.txt
    include/sonda/plugin/plugin_api.hpp include/sonda/engine.hpp
    lib/cmake/Sonda/SondaConfig.cmake lib/cmake/Sonda/SondaConfigVersion.cmake
    lib/cmake/Sonda/SondaTargets.cmake lib/cmake/Sonda/SondaPlugin.cmake
    lib/pkgconfig/sonda.pc)
if(WITH_GUI)
    list(APPEND expected bin/sonda-dashboard lib/libsonda_gui.so.${N} lib/libsonda_gui.so
        lib/sonda/plugins/panels/network-dimensions.so include/sonda/gui/panel_api.hpp
        include/sonda/imgui/imgui.h lib/pkgconfig/sonda-gui.pc)
endif()
foreach(file IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${file})
        message(FATAL_ERROR "not installed: ${PREFIX}/${file}")
    endif()
endforeach()

# SONAMEs: the plugin API version.
set(libraries sonda_core sonda_render)
if(WITH_GUI)
    list(APPEND libraries sonda_gui)
endif()
foreach(library IN LISTS libraries)
    sdk_run(dynamic COMMAND readelf -d ${PREFIX}/lib/lib${library}.so.${N})
    sdk_expect_contains("${dynamic}" "Library soname: [lib${library}.so.${N}]" "lib${library}")
endforeach()

# Every ELF file installed: RUNPATH only through $ORIGIN, no NEEDED by path,
# and no string naming the build tree in what the code reads (.rodata).
file(GLOB_RECURSE installed LIST_DIRECTORIES false ${PREFIX}/bin/* ${PREFIX}/lib/*.so*)
foreach(file IN LISTS installed)
    if(IS_SYMLINK ${file})
        continue()
    endif()
    sdk_run(dynamic COMMAND readelf -d ${file})
    string(REGEX MATCHALL "\\((RUNPATH|RPATH)\\)[^\n]*" paths "${dynamic}")
    if(NOT paths)
        message(FATAL_ERROR "${file} has no RUNPATH: it would not find libsonda_core")
    endif()
    foreach(line IN LISTS paths)
        string(REGEX REPLACE ".*\\[(.*)\\].*" "\\1" runpath "${line}")
        string(REPLACE ":" ";" entries "${runpath}")
        foreach(entry IN LISTS entries)
            if(NOT entry MATCHES "^\\$ORIGIN(/|$)")
                message(FATAL_ERROR "${file}: RUNPATH entry '${entry}' is not relative to $ORIGIN")
            endif()
        endforeach()
    endforeach()
    string(REGEX MATCHALL "Shared library: \\[[^]]*/[^]]*\\]" by_path "${dynamic}")
    if(by_path)
        message(FATAL_ERROR "${file} needs a library by path: ${by_path}")
    endif()
    sdk_run(rodata COMMAND readelf -p .rodata ${file})
    sdk_expect_lacks("${rodata}" "${BINARY_DIR}" "${file} .rodata")
    sdk_expect_lacks("${rodata}" "${SOURCE_DIR}/forms" "${file} .rodata")
endforeach()

# The package files: relative to the prefix, never to either tree.
file(GLOB_RECURSE texts ${PREFIX}/lib/cmake/* ${PREFIX}/lib/pkgconfig/* ${PREFIX}/include/*)
foreach(file IN LISTS texts)
    file(READ ${file} text)
    sdk_expect_lacks("${text}" "${BINARY_DIR}" ${file})
    sdk_expect_lacks("${text}" "${SOURCE_DIR}" ${file})
endforeach()

# The installed sonda says where it looks, and all of it is in the prefix.
sdk_sonda(version ARGS --version --verbose)
sdk_expect_contains("${version}" "plugin API version: ${N}" "sonda --version --verbose")
sdk_expect_contains("${version}" "core library: ${PREFIX}/lib/libsonda_core.so.${N}" "sonda --version --verbose")
sdk_expect_contains("${version}" "${PREFIX}/lib/sonda/plugins (default): exists" "sonda --version --verbose")
sdk_expect_contains("${version}" "${PREFIX}/share/sonda/forms (default): exists" "sonda --version --verbose")
sdk_expect_lacks("${version}" "${BINARY_DIR}" "sonda --version --verbose")

sdk_sonda(plugins ARGS plugins --format json)
foreach(plugin IN ITEMS network-dimensions objectives-monitoring team-expectations)
    sdk_expect_contains("${plugins}" "\"file\": \"${PREFIX}/lib/sonda/plugins/${plugin}.so\"" "sonda plugins")
endforeach()
sdk_expect_lacks("${plugins}" "\"refused\"" "sonda plugins")
sdk_expect_lacks("${plugins_ERR}" "warning" "sonda plugins (stderr)")

# A misspelt SONDA_PLUGIN_PATH entry is named, not ignored.
sdk_sonda(misspelt ENV SONDA_PLUGIN_PATH=${WORK_DIR}/no-such-folder ARGS plugins)
sdk_expect_contains("${misspelt_ERR}"
    "plugin folder ${WORK_DIR}/no-such-folder (SONDA_PLUGIN_PATH) does not exist" "sonda plugins")

# Forms without --forms: the prefix's share/sonda/forms.
sdk_sonda(forms ARGS forms list)
sdk_expect_contains("${forms}" "network-dimensions" "sonda forms list")
sdk_sonda(created ARGS init --db ${WORK_DIR}/study.db --study ${PREFIX}/share/sonda/forms/demo/study.json --lang en)
sdk_expect_contains("${created}" "form network-dimensions v1" "sonda init from the prefix's forms")

# The prefix can be moved: a copy elsewhere finds its own libraries, plugins
# and forms, and nothing of the original.
file(COPY ${PREFIX}/ DESTINATION ${WORK_DIR}/moved)
sdk_run(moved COMMAND ${CMAKE_COMMAND} -E env --unset=SONDA_PLUGIN_PATH --unset=SONDA_FORMS_PATH
    ${WORK_DIR}/moved/bin/sonda --version --verbose)
sdk_expect_contains("${moved}" "core library: ${WORK_DIR}/moved/lib/libsonda_core.so.${N}" "a moved prefix")
sdk_expect_contains("${moved}" "${WORK_DIR}/moved/lib/sonda/plugins (default): exists" "a moved prefix")
sdk_expect_contains("${moved}" "${WORK_DIR}/moved/share/sonda/forms (default): exists" "a moved prefix")
sdk_expect_lacks("${moved}" "${PREFIX}/" "a moved prefix")
file(REMOVE_RECURSE ${WORK_DIR}/moved)

# Passed: nothing of it stays behind (a failure leaves its folder to look at).
file(REMOVE_RECURSE ${WORK_DIR})
