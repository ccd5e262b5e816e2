# What the sdk.* test scripts share: running a command and failing with its
# output, checks that say what was expected and what came, and the installed
# sonda run with a clean environment.

# sdk_run(<output var> COMMAND ... [WORKING_DIRECTORY dir] [EXPECT_FAIL]):
# runs COMMAND, stops the test with its output unless it exits 0.
function(sdk_run out_var)
    cmake_parse_arguments(ARG "EXPECT_FAIL" "WORKING_DIRECTORY" "COMMAND" ${ARGN})
    if(NOT ARG_WORKING_DIRECTORY)
        set(ARG_WORKING_DIRECTORY ${WORK_DIR})
    endif()
    execute_process(COMMAND ${ARG_COMMAND}
        WORKING_DIRECTORY ${ARG_WORKING_DIRECTORY}
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(JOIN " " shown ${ARG_COMMAND})
    if(ARG_EXPECT_FAIL AND code EQUAL 0)
        message(FATAL_ERROR "expected a failure, but it succeeded: ${shown}\n${out}\n${err}")
    elseif(NOT ARG_EXPECT_FAIL AND NOT code EQUAL 0)
        message(FATAL_ERROR "failed (${code}): ${shown}\n--- stdout\n${out}\n--- stderr\n${err}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
    set(${out_var}_ERR "${err}" PARENT_SCOPE)
endfunction()

# The installed sonda with nothing from the caller's environment that would
# point it elsewhere; `env` adds NAME=VALUE pairs.
function(sdk_sonda out_var)
    cmake_parse_arguments(ARG "" "" "ENV;ARGS" ${ARGN})
    sdk_run(out COMMAND ${CMAKE_COMMAND} -E env --unset=SONDA_PLUGIN_PATH
        --unset=SONDA_FORMS_PATH --unset=SONDA_DB --unset=SONDA_LANG --unset=LD_LIBRARY_PATH
        ${ARG_ENV} ${PREFIX}/bin/sonda ${ARG_ARGS})
    set(${out_var} "${out}" PARENT_SCOPE)
    set(${out_var}_ERR "${out_ERR}" PARENT_SCOPE)
endfunction()

function(sdk_expect_contains text needle what)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${what}: expected to find\n  ${needle}\nin\n${text}")
    endif()
endfunction()

function(sdk_expect_lacks text needle what)
    string(FIND "${text}" "${needle}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "${what}: expected no\n  ${needle}\nin\n${text}")
    endif()
endfunction()

# |a - b| <= 0.0005
function(sdk_expect_near actual expected what)
    execute_process(COMMAND awk "BEGIN { d = ${actual} - ${expected}; exit (d < 0 ? -d : d) > 0.0005 }"
        RESULT_VARIABLE far)
    if(far)
        message(FATAL_ERROR "${what}: expected ${expected}, found ${actual}")
    endif()
endfunction()

# The compile and link flags the out-of-tree builds need to match a sanitized sonda.
set(SDK_SANITIZE_FLAGS "")
if(SANITIZE)
    set(SDK_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize=vptr)
endif()

# A folder of its own for one test, outside the source and build trees.
function(sdk_fresh_folder folder)
    foreach(tree IN ITEMS ${SOURCE_DIR} ${BINARY_DIR})
        string(FIND "${folder}/" "${tree}/" at)
        if(at EQUAL 0)
            message(FATAL_ERROR "${folder} is inside ${tree}; the SDK tests build outside the trees")
        endif()
    endforeach()
    file(REMOVE_RECURSE ${folder})
    file(MAKE_DIRECTORY ${folder})
endfunction()
