# sonda-server against a real server process on an ephemeral port, with a
# real HTTP client, once on SQLite and once on PostgreSQL (a schema of its
# own on SONDA_TEST_POSTGRES_URL, which must then be set).
set(server_test_sources
    ${CMAKE_CURRENT_LIST_DIR}/server_process.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server_api_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server_access_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server_durability_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server_tls_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server_participant_test.cpp)
foreach(backend IN ITEMS sqlite postgresql)
    sonda_add_test_suite(NAME test_server SOURCES ${server_test_sources}
        LIBRARIES Poco::Net Poco::NetSSL Poco::JSON soci::sqlite3 soci::postgresql
        PREFIX "server.${backend}." ENVIRONMENT "SONDA_TEST_BACKEND=${backend}")
endforeach()
add_dependencies(test_server sonda sonda-server)
