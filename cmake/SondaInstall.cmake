# `cmake --install build --prefix P` lays out a prefix that runs by itself and
# that plugin authors build against (docs/plugins.md):
#   bin/                      sonda, sonda-server, sonda-dashboard       RUNPATH $ORIGIN/../lib
#   lib/libsonda_*.so.N       N = SONDA_PLUGIN_API_VERSION    RUNPATH $ORIGIN
#   lib/sonda/plugins/        the plugins; panels in panels/  (sonda_add_plugin installs them)
#   share/sonda/forms/        the forms and the demo study
#   share/sonda/examples/     instrument-template, the plugin to copy
#   include/sonda/            core and gui headers; include/sonda/imgui: ImGui's, as linked
#   lib/cmake/Sonda/          find_package(Sonda): Sonda::core, Sonda::gui, sonda_add_plugin()
#   lib/pkgconfig/            sonda.pc, sonda-gui.pc
# libsonda_core finds plugins and forms relative to itself, so nothing
# installed names the build tree or the source tree (tests/sdk checks it).
include(CMakePackageConfigHelpers)

set(SONDA_INSTALL_CMAKEDIR lib/cmake/Sonda)
set(SONDA_FORMS_INSTALL_DIR share/sonda/forms)  # SONDA_PLUGIN_INSTALL_DIR: SondaPlugin.cmake

install(TARGETS sonda_core EXPORT SondaTargets
    LIBRARY DESTINATION lib
    INCLUDES DESTINATION include)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/sonda DESTINATION include)
# The CLI's drawing library: a run-time dependency of bin/sonda only, no headers.
install(TARGETS sonda_render LIBRARY DESTINATION lib NAMELINK_SKIP)

if(TARGET sonda_gui)
    install(TARGETS sonda_gui EXPORT SondaTargets
        LIBRARY DESTINATION lib
        INCLUDES DESTINATION include)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/gui/include/sonda/gui DESTINATION include/sonda)
    # The ImGui headers of the version linked into libsonda_gui: a panel
    # compiled against other ones would disagree with it about ImGui's types.
    # Backends stay out: panels draw, the dashboard owns the window.
    file(GLOB imgui_headers ${IMGUI_INCLUDE_DIR}/im*.h)
    list(FILTER imgui_headers EXCLUDE REGEX "imgui_freetype\\.h$")
    install(FILES ${imgui_headers} DESTINATION include/sonda/imgui)
    if(EXISTS /usr/share/doc/libimgui-dev/copyright)
        install(FILES /usr/share/doc/libimgui-dev/copyright
            DESTINATION share/doc/sonda RENAME imgui-copyright)
    endif()
    file(STRINGS ${IMGUI_INCLUDE_DIR}/imgui.h imgui_version_line
        REGEX "^#define IMGUI_VERSION +\"[^\"]+\"")
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" SONDA_IMGUI_VERSION "${imgui_version_line}")
endif()

foreach(program IN ITEMS sonda sonda-server sonda-dashboard)
    if(TARGET ${program})
        set_target_properties(${program} PROPERTIES INSTALL_RPATH "$ORIGIN/../lib")
        install(TARGETS ${program} RUNTIME DESTINATION bin)
    endif()
endforeach()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/forms/ DESTINATION ${SONDA_FORMS_INSTALL_DIR})
# The plugin template, so that a prefix alone is enough to start a plugin.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/instrument-template
    DESTINATION share/sonda/examples
    PATTERN build EXCLUDE)  # a build of it inside the source tree

# The package: targets, version, and the functions that build plugins.
install(EXPORT SondaTargets NAMESPACE Sonda:: DESTINATION ${SONDA_INSTALL_CMAKEDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/SondaConfig.cmake.in
    ${PROJECT_BINARY_DIR}/package/SondaConfig.cmake
    INSTALL_DESTINATION ${SONDA_INSTALL_CMAKEDIR}
    PATH_VARS SONDA_PLUGIN_INSTALL_DIR SONDA_FORMS_INSTALL_DIR)
# Any 0.x release builds plugins for another 0.x of the same plugin API: the
# host checks the API version itself when it loads a plugin.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/package/SondaConfigVersion.cmake
    COMPATIBILITY SameMajorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/package/SondaConfig.cmake
    ${PROJECT_BINARY_DIR}/package/SondaConfigVersion.cmake
    ${PROJECT_SOURCE_DIR}/cmake/SondaPlugin.cmake
    DESTINATION ${SONDA_INSTALL_CMAKEDIR})

# pkg-config, for builds without CMake. Relocatable: paths from ${pcfiledir}.
foreach(pc IN ITEMS sonda sonda-gui)
    if(pc STREQUAL "sonda-gui" AND NOT TARGET sonda_gui)
        continue()
    endif()
    configure_file(${PROJECT_SOURCE_DIR}/cmake/${pc}.pc.in ${PROJECT_BINARY_DIR}/package/${pc}.pc @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/package/${pc}.pc DESTINATION lib/pkgconfig)
endforeach()
