# One place for the warning flags every sonda target builds with.
add_library(sonda_warnings INTERFACE)
target_compile_options(sonda_warnings INTERFACE -Wall -Wextra -Wpedantic)
# GCC's -Wshadow=local; clang (script/fuzz) has no such spelling.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(sonda_warnings INTERFACE -Wshadow=local)
endif()
