# Header-only Debian libraries (nlohmann_json, date) for both compilers.
# Why a private folder of links: passing -I/usr/include to em++ pulls in host headers and breaks it.
set(_dir "${CMAKE_BINARY_DIR}/system-headers")
file(MAKE_DIRECTORY "${_dir}")
foreach(_lib nlohmann date)
  if(NOT EXISTS "/usr/include/${_lib}")
    message(FATAL_ERROR "/usr/include/${_lib} is missing: run scripts/install_prerequisites.sh")
  endif()
  file(CREATE_LINK "/usr/include/${_lib}" "${_dir}/${_lib}" SYMBOLIC)
endforeach()
add_library(system_headers INTERFACE)
target_include_directories(system_headers SYSTEM INTERFACE "${_dir}")
