sonda_add_test_suite(NAME test_model SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/checked_numbers_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_text_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/response_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/response_id_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_safety_test.cpp
)

# The JSON syntax reader behind the placed "malformed JSON" messages (internal).
target_include_directories(test_model PRIVATE ${PROJECT_SOURCE_DIR}/core/src/util)
