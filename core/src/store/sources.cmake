# The store: every SQL statement of sonda lives in this folder (see README.md).
target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/access_queries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bulk_insert.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialect.cpp
    ${CMAKE_CURRENT_LIST_DIR}/form_queries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history_queries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_columns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/override_queries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/response_queries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rescore_queries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/response_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/score_columns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/score_queries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/score_sets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soci_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/study_queries.cpp
)
