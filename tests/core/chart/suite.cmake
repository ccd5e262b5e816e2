# Chart geometry (core/src/chart): scenes and text widths, every chart of the
# demo checked for legibility.
sonda_add_test_suite(NAME test_chart SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/chart_text_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chart_scene_test.cpp)
target_include_directories(test_chart PRIVATE ${PROJECT_SOURCE_DIR}/core/src/chart)
