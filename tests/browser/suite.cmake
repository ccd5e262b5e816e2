# The participant web form in Debian's Chromium, driven by puppeteer-core
# (tests/browser/package-lock.json; `script/bootstrap --test` runs npm ci).
# Never skipped: without node, Chromium or node_modules the test fails and says
# what is missing.
find_program(SONDA_NODE node)
if(SONDA_NODE)
    set(browser_command ${SONDA_NODE} ${CMAKE_CURRENT_LIST_DIR}/participant_form_test.mjs)
else()
    set(browser_command ${CMAKE_COMMAND} -E echo
        "node is not installed: run script/bootstrap --test" COMMAND ${CMAKE_COMMAND} -E false)
endif()
add_test(NAME browser.participant_form COMMAND ${browser_command})
set_tests_properties(browser.participant_form PROPERTIES
    TIMEOUT 300
    # One Chromium and one server at a time: it is heavy on a small machine.
    RUN_SERIAL TRUE
    ENVIRONMENT "SONDA_BINARY_DIR=${PROJECT_BINARY_DIR};SONDA_TEST_OUT=${PROJECT_BINARY_DIR}/browser-screenshots")
