# The API versions, read from the headers that define them so that there is one
# copy of each: SONDA_PLUGIN_API_VERSION (core/include/sonda/plugin/plugin_api.hpp)
# is the ABI of libsonda_core and libsonda_gui and names their SONAME
# (libsonda_core.so.4); SONDA_PANELS_API_VERSION (gui/include/sonda/gui/panel_api.hpp)
# is what the dashboard checks in a panel module.
function(sonda_read_version_define header macro out_var)
    file(STRINGS ${header} lines REGEX "^#define ${macro} [0-9]+$")
    list(LENGTH lines count)
    if(NOT count EQUAL 1)
        message(FATAL_ERROR "${header}: expected one line '#define ${macro} <number>', found ${count}")
    endif()
    string(REGEX REPLACE "^#define ${macro} ([0-9]+)$" "\\1" number "${lines}")
    set(${out_var} ${number} PARENT_SCOPE)
endfunction()

sonda_read_version_define(${PROJECT_SOURCE_DIR}/core/include/sonda/plugin/plugin_api.hpp
    SONDA_PLUGIN_API_VERSION SONDA_PLUGIN_API_VERSION)
sonda_read_version_define(${PROJECT_SOURCE_DIR}/gui/include/sonda/gui/panel_api.hpp
    SONDA_PANELS_API_VERSION SONDA_PANELS_API_VERSION)
