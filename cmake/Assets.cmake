# Documents compiled into the program (target hindsight_assets): the sample post-mortem a
# newcomer opens to see a complete one. Each file in assets/ becomes a C++ source that returns
# its bytes (scripts/embed_bytes.py); the target links nothing, the UI links it.
set(_sample "${CMAKE_SOURCE_DIR}/assets/sample-postmortem.md")
set(_out "${CMAKE_BINARY_DIR}/generated/sample_postmortem.cpp")
add_custom_command(
  OUTPUT "${_out}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/scripts/embed_bytes.py" "${_out}" "${_sample}"
          ui/embedded_assets.hpp hindsight::assets sample_postmortem_markdown
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/embed_bytes.py" "${_sample}"
  COMMENT "Embedding the sample post-mortem"
  VERBATIM)
add_library(hindsight_assets STATIC "${_out}")
target_include_directories(hindsight_assets PUBLIC "${CMAKE_SOURCE_DIR}/src")
