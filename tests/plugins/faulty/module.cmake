# The faulty test plugin (faulty_instrument.hpp), built by the same
# sonda_add_plugin as the real ones but into a folder of its own, so that no
# host finds it unless a test points SONDA_PLUGIN_PATH there; it is not
# installed either.
set(SONDA_FAULTY_PLUGIN_DIR ${PROJECT_BINARY_DIR}/tests/faulty_plugins)
block(SCOPE_FOR VARIABLES)
    set(SONDA_PLUGIN_OUTPUT_DIR ${SONDA_FAULTY_PLUGIN_DIR})
    set(SONDA_PLUGIN_INSTALL_DIR "")
    sonda_add_plugin(NAME faulty VERSION 0.1.0
        ENTRY ${CMAKE_CURRENT_LIST_DIR}/plugin_entry.cpp
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/faulty_instrument.cpp)
endblock()
