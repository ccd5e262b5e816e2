# Every third-party dependency comes from a Debian 12 package; nothing is vendored.
find_package(Threads REQUIRED)
find_package(Poco 1.11 REQUIRED COMPONENTS Foundation Util JSON Net NetSSL Crypto)
# sonda-server checks its TLS key against its certificate with OpenSSL itself.
find_package(OpenSSL REQUIRED)
find_package(Boost 1.74 REQUIRED)   # header-only parts: Boost.Math, and what SOCI's headers need
find_package(PostgreSQL REQUIRED)

# SOCI 4.0.3 ships no CMake config on Debian: find its headers and libraries by hand.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIBRARY soci_core REQUIRED)
find_library(SOCI_SQLITE3_LIBRARY soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL_LIBRARY soci_postgresql REQUIRED)
find_library(SQLITE3_LIBRARY sqlite3 REQUIRED)

add_library(soci::core UNKNOWN IMPORTED)
set_target_properties(soci::core PROPERTIES
    IMPORTED_LOCATION ${SOCI_CORE_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR};${Boost_INCLUDE_DIRS}"
    INTERFACE_LINK_LIBRARIES ${CMAKE_DL_LIBS})
add_library(soci::sqlite3 UNKNOWN IMPORTED)
set_target_properties(soci::sqlite3 PROPERTIES
    IMPORTED_LOCATION ${SOCI_SQLITE3_LIBRARY}
    INTERFACE_LINK_LIBRARIES "soci::core;${SQLITE3_LIBRARY}")
add_library(soci::postgresql UNKNOWN IMPORTED)
set_target_properties(soci::postgresql PROPERTIES
    IMPORTED_LOCATION ${SOCI_POSTGRESQL_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES "${PostgreSQL_INCLUDE_DIRS}"
    INTERFACE_LINK_LIBRARIES "soci::core;${PostgreSQL_LIBRARIES}")

if(SONDA_BUILD_TESTS)
    find_package(Catch2 2.13 REQUIRED)
    include(Catch)
endif()
if(SONDA_BUILD_BENCH)
    find_package(benchmark REQUIRED)
endif()
if(SONDA_BUILD_DASHBOARD)
    find_package(glfw3 3.3 REQUIRED)
    find_package(OpenGL REQUIRED)
    find_library(IMGUI_LIBRARY imgui REQUIRED)   # Debian ships ImGui 1.86 as a static, PIC archive
    find_library(STB_LIBRARY stb REQUIRED)
    find_path(IMGUI_INCLUDE_DIR imgui.h PATH_SUFFIXES imgui REQUIRED)
endif()

# Charts and summaries as PNG, PDF and SVG files: cairo draws, pango sets the
# text (libcairo2-dev, libpango1.0-dev). Debian ships pkg-config files only.
find_package(PkgConfig REQUIRED)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo)

# Access tokens of sonda-server: random secrets and their keyed hashes, the
# audit log's hash chain (libsodium-dev).
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# Participant links as QR codes (`sonda links create --qr`, libqrencode-dev).
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
