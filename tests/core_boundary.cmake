# ctest: the core's walls, read from the sources. Run with -DSRC_DIR=<src> and
# -DPRIVATE_HEADERS=<list of core-relative paths>.
#   1. src/core includes no UI, SDL, GL or browser header, and none of Hindsight's ui/, platform/
#      or app/ headers.
#   2. Each part of the core includes only the parts it may use (src/core/CMakeLists.txt).
#   3. A header private to a part is included only from inside that part.
cmake_minimum_required(VERSION 3.25)  # IN_LIST in script mode
set(CORE_DIR "${SRC_DIR}/core")
file(GLOB_RECURSE _files "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.cpp")
list(LENGTH _files _count)
if(_count EQUAL 0)
  message(FATAL_ERROR "no core sources found under ${CORE_DIR}")
endif()

set(_may_use_model model)
set(_may_use_timeline model timeline)
set(_may_use_json model json)
set(_may_use_markdown model timeline json markdown)
set(_may_use_lint model timeline lint)

set(_bad "")
foreach(_file IN LISTS _files)
  file(STRINGS "${_file}" _hits REGEX "#include[ \t]*[<\"](imgui|SDL|emscripten|GLES|GL/|ui/|platform/|app/)")
  if(_hits)
    list(APPEND _bad "${_file}: ${_hits}")
  endif()
  file(RELATIVE_PATH _relative "${CORE_DIR}" "${_file}")
  string(REGEX MATCH "^[a-z]+" _part "${_relative}")
  file(STRINGS "${_file}" _core_includes REGEX "#include \"core/[a-z]+/")
  foreach(_line IN LISTS _core_includes)
    string(REGEX MATCH "core/([a-z]+)/" _ "${_line}")
    if(NOT CMAKE_MATCH_1 IN_LIST _may_use_${_part})
      list(APPEND _bad "${_file}: part '${_part}' may not use '${CMAKE_MATCH_1}': ${_line}")
    endif()
  endforeach()
endforeach()

file(GLOB_RECURSE _all "${SRC_DIR}/*.hpp" "${SRC_DIR}/*.cpp" "${SRC_DIR}/../tests/*.cpp"
     "${SRC_DIR}/../tests/*.hpp" "${SRC_DIR}/../bench/*.cpp")
foreach(_header IN LISTS PRIVATE_HEADERS)
  string(REGEX MATCH "^[a-z]+" _owner "${_header}")
  foreach(_file IN LISTS _all)
    if(_file MATCHES "/src/core/${_owner}/")
      continue()
    endif()
    file(STRINGS "${_file}" _hits REGEX "#include \"core/${_header}\"")
    if(_hits)
      list(APPEND _bad "${_file}: includes core/${_header}, private to core/${_owner}")
    endif()
  endforeach()
endforeach()

if(_bad)
  string(REPLACE ";" "\n" _bad "${_bad}")
  message(FATAL_ERROR "the core's boundaries are crossed:\n${_bad}")
endif()
message(STATUS "${_count} core files checked: no UI, SDL or browser includes, parts in order, private headers kept")
