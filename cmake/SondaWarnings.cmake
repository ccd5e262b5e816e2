# One place for the warning flags every sonda target builds with.
add_library(sonda_warnings INTERFACE)
target_compile_options(sonda_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local)
