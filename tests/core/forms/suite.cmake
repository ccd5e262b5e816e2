sonda_add_test_suite(NAME test_forms SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/choice_item_type_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_cells_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/form_loader_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/likert_item_type_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/localized_text_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/matrix_item_type_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/number_item_type_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/response_validator_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/study_loader_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_item_types_test.cpp
)
