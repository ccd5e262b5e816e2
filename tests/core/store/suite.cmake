# One store suite, run against both backends: the same tests must pass on a
# SQLite file and on the PostgreSQL that script/test starts.
set(store_test_sources ${CMAKE_CURRENT_LIST_DIR}/store_test.cpp)
sonda_add_test_suite(NAME test_store SOURCES ${store_test_sources}
    LIBRARIES soci::sqlite3 soci::postgresql
    PREFIX "store.sqlite." ENVIRONMENT "SONDA_TEST_BACKEND=sqlite")
sonda_add_test_suite(NAME test_store SOURCES ${store_test_sources}
    LIBRARIES soci::sqlite3 soci::postgresql
    PREFIX "store.postgresql." ENVIRONMENT "SONDA_TEST_BACKEND=postgresql")
