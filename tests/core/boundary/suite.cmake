# The core only discovers instruments: a test over core/ that fails when a
# file names one of them or their private keys, and the same check on a
# fixture that does, which must fail (so the check can fail at all).
add_test(NAME core.names_no_instrument
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/core_names_no_instrument.sh ${PROJECT_SOURCE_DIR}/core)
add_test(NAME core.names_no_instrument_catches_one
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/core_names_no_instrument.sh
            ${CMAKE_CURRENT_LIST_DIR}/fixture)
set_tests_properties(core.names_no_instrument_catches_one PROPERTIES
    PASS_REGULAR_EXPRESSION "special_case.cpp:5:.*network_map")
