# The forms module: form and study files, the core item types, response validation.
target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/answer_values.cpp
    ${CMAKE_CURRENT_LIST_DIR}/choice_item_type.cpp
    ${CMAKE_CURRENT_LIST_DIR}/core_item_types.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_number.cpp
    ${CMAKE_CURRENT_LIST_DIR}/definition_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/form_loader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/study_references.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identifiers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/item_definition.cpp
    ${CMAKE_CURRENT_LIST_DIR}/item_type_defaults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/item_type_support.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_path.cpp
    ${CMAKE_CURRENT_LIST_DIR}/likert_item_type.cpp
    ${CMAKE_CURRENT_LIST_DIR}/localized_text_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/matrix_item_type.cpp
    ${CMAKE_CURRENT_LIST_DIR}/number_item_type.cpp
    ${CMAKE_CURRENT_LIST_DIR}/response_validator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/study_loader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_item_type.cpp
    ${CMAKE_CURRENT_LIST_DIR}/text_list_item_type.cpp
)
