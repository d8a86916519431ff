# `hindsight lint` on a large file: 20,000 findings in 2 MB of Markdown, one per line, all in one
# field. Work per finding that rescanned the field or the file from its start made this run
# quadratic (tens of gigabytes copied); it must finish well within ctest's time, and every finding
# must still point at its own line.
#   -DCLI=<the hindsight binary>  -DWORK=<scratch directory, emptied first>
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(count 20000)
set(line "John deployed broken code to the checkout service during the quiet hours of a long, busy Sunday night in March.\n")
string(REPEAT "${line}" ${count} body)
file(WRITE "${WORK}/large.md" "# Post-Mortem: Large\n\n## What Happened\n\n${body}")
file(SIZE "${WORK}/large.md" size)
if(size LESS 2000000)
  message(FATAL_ERROR "the generated file has only ${size} bytes")
endif()

execute_process(COMMAND "${CLI}" lint large.md
  WORKING_DIRECTORY "${WORK}"
  RESULT_VARIABLE status
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)

set(failures "")
if(NOT status STREQUAL "1")
  string(APPEND failures "exit status: expected 1, got ${status}\n${stderr}\n")
endif()
string(REGEX MATCHALL "large\\.md:[0-9]+: blameless-language:" found "${stdout}")
list(LENGTH found found_count)
if(NOT found_count EQUAL count)
  string(APPEND failures "expected ${count} blameless-language findings, got ${found_count}\n")
endif()
# The field starts on line 5: the findings are on lines 5 to 20004, one each.
math(EXPR last_line "4 + ${count}")
foreach(expected_line 5 6 10004 ${last_line})
  if(NOT stdout MATCHES "(^|\n)large\\.md:${expected_line}: blameless-language:")
    string(APPEND failures "no finding on line ${expected_line}\n")
  endif()
endforeach()
math(EXPR past "${last_line} + 1")
if(stdout MATCHES "(^|\n)large\\.md:${past}: blameless-language:")
  string(APPEND failures "a finding on line ${past}, past the field\n")
endif()
if(NOT failures STREQUAL "")
  message(FATAL_ERROR "${failures}")
endif()
