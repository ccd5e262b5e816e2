# Chart geometry (core/src/chart): scenes, text widths, and the network map's
# layout, checked by its properties on generated input and on the demo's maps.
sonda_add_test_suite(NAME test_chart SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/chart_text_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chart_scene_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/network_map_layout_test.cpp)
# The demo's maps are read from the report as the HTML report reads them.
target_include_directories(test_chart PRIVATE
    ${PROJECT_SOURCE_DIR}/core/src/chart ${PROJECT_SOURCE_DIR}/core/src/report)
