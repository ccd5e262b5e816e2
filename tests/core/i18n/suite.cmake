sonda_add_test_suite(NAME test_i18n SOURCES ${CMAKE_CURRENT_LIST_DIR}/catalogue_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dates_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/message_language_test.cpp)
