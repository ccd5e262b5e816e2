target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pending_io.cpp
)
