target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chunk_source.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ndjson_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windows1252.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wide_layout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ndjson_rows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/long_sheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_rows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rescore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safe_output.cpp
)
