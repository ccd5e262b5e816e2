sonda_add_test_suite(NAME test_render SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/file_renderer_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_width_test.cpp
    LIBRARIES sonda_render)
