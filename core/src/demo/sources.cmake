target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demo_random.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_context.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_data.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_study.cpp
)
