# The message catalogue: one file of messages per language.
target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/catalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/message_language.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messages_en.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messages_input_en.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messages_input_it.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messages_it.cpp
)
