# One command-line test: runs `hindsight` in a fresh scratch directory holding copies of its input
# files, then compares the exit status, stdout, stderr and any file left behind with what is
# expected, byte for byte. Lists are separated by "|".
# Files named below are relative to tests/cli.
#   -DCLI=<the hindsight binary>  -DTESTS=<tests/cli>  -DWORK=<scratch directory, emptied first>
#   -DINPUTS=a.md|dir/b.md        files copied from data/ (keeping subdirectories)
#   -DARGS=fmt|--check|a.md       the command line, run from WORK
#   -DEXIT=1                      the expected exit status
#   -DSTDOUT=<file>               or -DSTDOUT_TEXT=<one line>; empty stdout when neither is given
#   -DSTDOUT_MATCHES=<regex>      stdout must also match this
#   -DSTDERR=<file>               empty stderr when not given
#   -DFILES=a.md=<file>|...       WORK/a.md must equal <file> after the run
#   -DLINKS=b/l.md=../a.md|...    symbolic links made in WORK before the run (link=target, the
#                                 target relative to the link's directory); each must still be
#                                 that same link after the run
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
string(REPLACE "|" ";" inputs "${INPUTS}")
foreach(input IN LISTS inputs)
  get_filename_component(subdir "${input}" DIRECTORY)
  file(COPY "${TESTS}/data/${input}" DESTINATION "${WORK}/${subdir}")
endforeach()

string(REPLACE "|" ";" links "${LINKS}")
foreach(pair IN LISTS links)
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 link)
  list(GET pair 1 target)
  get_filename_component(link_dir "${WORK}/${link}" DIRECTORY)
  file(MAKE_DIRECTORY "${link_dir}")
  file(CREATE_LINK "${target}" "${WORK}/${link}" SYMBOLIC)
endforeach()

string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${CLI}" ${args}
  WORKING_DIRECTORY "${WORK}"
  RESULT_VARIABLE status
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)

set(failures "")
if(NOT status STREQUAL EXIT)
  string(APPEND failures "exit status: expected ${EXIT}, got ${status}\n")
endif()

set(expected_stdout "")
if(DEFINED STDOUT AND NOT STDOUT STREQUAL "")
  file(READ "${TESTS}/${STDOUT}" expected_stdout)
elseif(DEFINED STDOUT_TEXT)
  set(expected_stdout "${STDOUT_TEXT}\n")
endif()
if(NOT stdout STREQUAL expected_stdout)
  string(APPEND failures "stdout: expected\n---\n${expected_stdout}---\ngot\n---\n${stdout}---\n")
endif()
if(DEFINED STDOUT_MATCHES AND NOT stdout MATCHES "${STDOUT_MATCHES}")
  string(APPEND failures "stdout does not match: ${STDOUT_MATCHES}\n")
endif()

set(expected_stderr "")
if(DEFINED STDERR AND NOT STDERR STREQUAL "")
  file(READ "${TESTS}/${STDERR}" expected_stderr)
endif()
if(NOT stderr STREQUAL expected_stderr)
  string(APPEND failures "stderr: expected\n---\n${expected_stderr}---\ngot\n---\n${stderr}---\n")
endif()

string(REPLACE "|" ";" files "${FILES}")
foreach(pair IN LISTS files)
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 name)
  list(GET pair 1 reference)
  file(SHA256 "${WORK}/${name}" actual_hash)
  file(SHA256 "${TESTS}/${reference}" expected_hash)
  if(NOT actual_hash STREQUAL expected_hash)
    file(READ "${WORK}/${name}" actual_text)
    string(APPEND failures "${name}: expected the content of ${reference}, got\n---\n${actual_text}---\n")
  endif()
endforeach()

foreach(pair IN LISTS links)
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 link)
  list(GET pair 1 target)
  if(NOT IS_SYMLINK "${WORK}/${link}")
    string(APPEND failures "${link}: expected a symbolic link to ${target}, found a regular file\n")
  else()
    file(READ_SYMLINK "${WORK}/${link}" actual_target)
    if(NOT actual_target STREQUAL target)
      string(APPEND failures "${link}: expected a link to ${target}, got ${actual_target}\n")
    endif()
  endif()
endforeach()

if(failures)
  list(JOIN args " " command_line)
  message(FATAL_ERROR "hindsight ${command_line}\n${failures}")
endif()
