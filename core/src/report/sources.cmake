target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/protected_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/build_report.cpp
    ${CMAKE_CURRENT_LIST_DIR}/code_pairing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_wording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/verdict.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_csv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/html_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_html.cpp
    ${CMAKE_CURRENT_LIST_DIR}/section_output.cpp
)
