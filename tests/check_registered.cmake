# Fails when a test binary lists no test: catch_discover_tests alone would
# register nothing for it and the suite would stay green. (Catch2 v2 exits with
# the number of tests listed, so only the output tells.)
execute_process(COMMAND ${EXE} --list-test-names-only OUTPUT_VARIABLE names RESULT_VARIABLE rc)
string(STRIP "${names}" names)
if(rc LESS 0 OR names STREQUAL "")
    message(FATAL_ERROR "${EXE} lists no tests (exit ${rc})")
endif()
# ctest splits a discovered name at ';': a test named "a; b" would run as two
# filters that match nothing, and pass without running.
string(FIND "${names}" ";" semicolon)
if(NOT semicolon EQUAL -1)
    message(FATAL_ERROR "${EXE} has a test name with ';', which ctest cannot run: ${names}")
endif()
