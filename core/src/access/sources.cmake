# Accounts, participant links, tokens and the audit log (sonda/access).
target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/access_control.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audit_log.cpp
    ${CMAKE_CURRENT_LIST_DIR}/principal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scope_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/token.cpp
)
