# Charts as geometry: what is drawn where, computed in core and rendered by
# hosts (inline SVG in the HTML report, cairo for PNG/PDF/SVG files).
target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/scene.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_width.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svg_scene.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chart_frame.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chart_data.cpp
    ${CMAKE_CURRENT_LIST_DIR}/change_chart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/territories_chart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trend_chart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/star_chart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chart_catalogue.cpp
)
