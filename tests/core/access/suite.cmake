# Accounts, links, tokens and the audit log, on a SQLite file and on the
# PostgreSQL that script/test starts (the same tests on both).
set(access_test_sources
    ${CMAKE_CURRENT_LIST_DIR}/access_database.hpp
    ${CMAKE_CURRENT_LIST_DIR}/access_control_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audit_log_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scope_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/utc_time_test.cpp)
sonda_add_test_suite(NAME test_access SOURCES ${access_test_sources}
    LIBRARIES soci::sqlite3 soci::postgresql PkgConfig::SODIUM
    PREFIX "access.sqlite." ENVIRONMENT "SONDA_TEST_BACKEND=sqlite")
sonda_add_test_suite(NAME test_access SOURCES ${access_test_sources}
    LIBRARIES soci::sqlite3 soci::postgresql PkgConfig::SODIUM
    PREFIX "access.postgresql." ENVIRONMENT "SONDA_TEST_BACKEND=postgresql")
