target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pending_io.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chunk_source.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ndjson_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windows1252.cpp
)
