# sdk.install: a fresh `cmake --install` of this build into PREFIX, so that no
# file of an earlier install can make the checks pass.
include(${CMAKE_CURRENT_LIST_DIR}/sdk_support.cmake)
sdk_fresh_folder(${PREFIX})
sdk_run(out COMMAND ${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${PREFIX}
    WORKING_DIRECTORY ${BINARY_DIR})
if(NOT EXISTS ${PREFIX}/bin/sonda)
    message(FATAL_ERROR "cmake --install wrote no ${PREFIX}/bin/sonda:\n${out}")
endif()
