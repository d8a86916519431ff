# `hindsight fmt` on a file that names no id, then again after a sentence of the result was
# edited: the id written the first time must survive the edit (an id derived from the edited
# bytes would make the app see a different post-mortem).
#   -DCLI=<the hindsight binary>  -DTESTS=<tests/cli>  -DWORK=<scratch directory, emptied first>
#   -DINPUT=a.md                  copied from data/; it must have no id
#   -DEDIT_FROM=<text> -DEDIT_TO=<text>   the edit made between the two runs
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${TESTS}/data/${INPUT}" DESTINATION "${WORK}")

function(run_fmt step)
  execute_process(COMMAND "${CLI}" fmt "${INPUT}"
    WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE stdout
    ERROR_VARIABLE stderr)
  if(NOT status STREQUAL "0" OR NOT stdout STREQUAL "" OR NOT stderr STREQUAL "")
    message(FATAL_ERROR "${step} hindsight fmt ${INPUT}: exit ${status}\n${stdout}${stderr}")
  endif()
endfunction()

# The front matter's id line; fails unless there is exactly one, naming a post-mortem id.
function(front_matter_id step out)
  file(STRINGS "${WORK}/${INPUT}" lines REGEX "^id: ")
  list(LENGTH lines count)
  if(NOT count EQUAL 1 OR NOT lines MATCHES "^id: \"pm-[0-9a-f]+\"$")
    file(READ "${WORK}/${INPUT}" text)
    message(FATAL_ERROR "${step}: expected one line 'id: \"pm-...\"', got [${lines}] in\n${text}")
  endif()
  set(${out} "${lines}" PARENT_SCOPE)
endfunction()

file(STRINGS "${WORK}/${INPUT}" original_ids REGEX "^id: ")
if(original_ids)
  message(FATAL_ERROR "${INPUT} must name no id for this test, but has: ${original_ids}")
endif()

run_fmt("first")
front_matter_id("after the first fmt" first_id)

file(READ "${WORK}/${INPUT}" text)
string(FIND "${text}" "${EDIT_FROM}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the formatted ${INPUT} does not contain \"${EDIT_FROM}\":\n${text}")
endif()
string(REPLACE "${EDIT_FROM}" "${EDIT_TO}" edited "${text}")
file(WRITE "${WORK}/${INPUT}" "${edited}")

run_fmt("second")
front_matter_id("after the edit and the second fmt" second_id)
if(NOT second_id STREQUAL first_id)
  message(FATAL_ERROR "the id changed across the edit: ${first_id} became ${second_id}")
endif()
file(READ "${WORK}/${INPUT}" final)
string(FIND "${final}" "${EDIT_TO}" kept)
if(kept EQUAL -1)
  message(FATAL_ERROR "the edit \"${EDIT_TO}\" did not survive the second fmt:\n${final}")
endif()
