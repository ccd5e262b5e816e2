# sdk.declarative: an instrument with no code at all, as an author meets it in
# the installed prefix. The shipped declarative form (share/sonda/forms/
# collaboration-factors.json, "plugin": "declarative") is copied out of the
# trees with the template's sample study; the installed sonda, with no plugin
# path, inits a study with it, imports responses whose scores are known by
# hand, and finds them in `sonda report` as JSON and as HTML.
include(${CMAKE_CURRENT_LIST_DIR}/sdk_support.cmake)
set(WORK_DIR ${WORK_DIR}/declarative)
sdk_fresh_folder(${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/forms)
file(COPY ${PREFIX}/share/sonda/forms/collaboration-factors.json DESTINATION ${WORK_DIR}/forms)
set(study ${PREFIX}/share/sonda/examples/instrument-template/sample/study.json)

# Six respondents answer every item with one value a wave: a at workshop-1,
# b at workshop-2. co_responsibility is the mean of three items, so its mean is
# that of a (2) and of b (4); communication counts hard_to_reach reversed
# (6 - a), so each respondent scores (a + 6) / 3: a mean of 48/18 at workshop-1.
set(items reference_person fluid_communication hard_to_reach shared_care joint_project
    monitoring_meetings formal_protocols common_language)
set(lines "")
set(n 0)
foreach(wave_values IN ITEMS "workshop-1:1,2,2,3,3,1" "workshop-2:4,4,5,3,4,4")
    string(REPLACE ":" ";" parts "${wave_values}")
    list(GET parts 0 wave)
    list(GET parts 1 values)
    string(REPLACE "," ";" values "${values}")
    set(respondent 0)
    foreach(value IN LISTS values)
        math(EXPR n "${n} + 1")
        math(EXPR respondent "${respondent} + 1")
        set(answers "")
        foreach(item IN LISTS items)
            string(APPEND answers "\"${item}\": ${value}, ")
        endforeach()
        string(REGEX REPLACE ", $" "" answers "${answers}")
        string(LENGTH "${n}" digits)
        math(EXPR pad "12 - ${digits}")
        string(REPEAT "0" ${pad} zeros)
        string(APPEND lines "{\"id\": \"00000000-0000-4000-8000-${zeros}${n}\", "
            "\"form\": \"collaboration-factors\", \"form_version\": 1, \"wave\": \"${wave}\", "
            "\"territory\": \"north\", \"role\": \"social_service\", "
            "\"respondent\": \"r0${respondent}\", \"answers\": {${answers}}}\n")
    endforeach()
endforeach()
file(WRITE ${WORK_DIR}/responses.ndjson "${lines}")

set(db ${WORK_DIR}/study.db)
sdk_sonda(out ARGS init --db ${db} --study ${study} --forms ${WORK_DIR}/forms --lang en)
sdk_expect_contains("${out}" "form collaboration-factors v1 (declarative)" "sonda init")
sdk_sonda(out ARGS import --db ${db} ${WORK_DIR}/responses.ndjson)

set(report_args report --db ${db} --form collaboration-factors --from workshop-1 --to workshop-2
    --by none --lang en)
sdk_sonda(json ARGS ${report_args} --format json)
string(JSON scores GET "${json}" groups 0 scores)
string(JSON count LENGTH "${scores}")
math(EXPR last "${count} - 1")
set(seen "")
foreach(i RANGE ${last})
    string(JSON name GET "${scores}" ${i} score)
    string(JSON n_paired GET "${scores}" ${i} n_paired)
    string(JSON mean_from GET "${scores}" ${i} mean_from)
    string(JSON mean_to GET "${scores}" ${i} mean_to)
    if(NOT n_paired EQUAL 6)
        message(FATAL_ERROR "${name}: expected 6 pairs:\n${scores}")
    endif()
    if(name STREQUAL "co_responsibility")
        sdk_expect_near(${mean_from} 2 "co_responsibility mean_from")
        sdk_expect_near(${mean_to} 4 "co_responsibility mean_to")
    elseif(name STREQUAL "communication")
        sdk_expect_near(${mean_from} 2.6667 "communication mean_from (hard_to_reach reversed)")
    endif()
    list(APPEND seen ${name})
endforeach()
foreach(expected IN ITEMS communication co_responsibility shared_tools)
    list(FIND seen ${expected} at)
    if(at EQUAL -1)
        message(FATAL_ERROR "no score ${expected} in the report:\n${scores}")
    endif()
endforeach()

sdk_sonda(out ARGS ${report_args} --format html --out ${WORK_DIR}/report.html)
file(READ ${WORK_DIR}/report.html html)
sdk_expect_contains("${html}" "Collaboration Factors Inventory" "the HTML report's title")
sdk_expect_contains("${html}" "4.00" "the HTML report's mean at workshop-2")
file(REMOVE_RECURSE ${WORK_DIR})
