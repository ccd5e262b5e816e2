# A territory's one- or two-page summary, as A4 page scenes.
target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/page_flow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/territory_summary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/summary_html.cpp
)
