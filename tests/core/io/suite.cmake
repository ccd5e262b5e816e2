sonda_add_test_suite(NAME test_io SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ndjson_reader_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_reader_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_writer_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wide_layout_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_ndjson_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_csv_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_rules_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_ids_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safe_output_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/long_sheet_test.cpp
)
# The readers are internal to the core: their headers live beside their sources.
target_include_directories(test_io PRIVATE ${PROJECT_SOURCE_DIR}/core/src/io)
