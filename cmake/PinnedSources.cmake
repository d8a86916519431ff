# Finds the pinned, SHA-256-verified Debian sources listed in deps/sources.lock (fetching them with
# scripts/fetch_sources.sh when the cache lacks them) and defines a static library for each:
#   md4c       the Markdown parser (core uses it)
#   imgui      Dear ImGui with the test-engine item hooks enabled (the browser tests read them)
#   imgui_sdl2_gl3  Dear ImGui's SDL2 and OpenGL3 backends (the app uses them)
# On Emscripten it also builds SDL2 for WebAssembly into the cache (scripts/build_sdl2_wasm.sh).

if(DEFINED ENV{HINDSIGHT_CACHE})
  set(HINDSIGHT_CACHE "$ENV{HINDSIGHT_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
  set(HINDSIGHT_CACHE "$ENV{XDG_CACHE_HOME}/hindsight")
else()
  set(HINDSIGHT_CACHE "$ENV{HOME}/.cache/hindsight")
endif()

set(_lock "${CMAKE_SOURCE_DIR}/deps/sources.lock")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_lock}")
file(STRINGS "${_lock}" _lines REGEX "^[a-z]")
set(_missing FALSE)
foreach(_line IN LISTS _lines)
  string(REGEX REPLACE "[ \t]+" ";" _fields "${_line}")
  list(GET _fields 0 _name)
  list(GET _fields 4 _sha)
  string(SUBSTRING "${_sha}" 0 16 _short)
  set(_dir "${HINDSIGHT_CACHE}/src/${_name}-${_short}")
  string(TOUPPER "${_name}" _upper)
  set(HINDSIGHT_${_upper}_DIR "${_dir}")
  if(NOT EXISTS "${_dir}/.unpacked")
    set(_missing TRUE)
  endif()
endforeach()

if(_missing)
  message(STATUS "Fetching pinned sources into ${HINDSIGHT_CACHE}")
  execute_process(COMMAND "${CMAKE_SOURCE_DIR}/scripts/fetch_sources.sh" RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "scripts/fetch_sources.sh failed; the pinned sources are unavailable")
  endif()
endif()

# md4c: C, warnings of its own are not ours to fix. entity.c is md4c's table of HTML entity names,
# which the importer uses to turn "&eacute;" into text; md4c-html.c is its HTML renderer (the HTML
# export).
add_library(md4c STATIC "${HINDSIGHT_MD4C_DIR}/src/md4c.c" "${HINDSIGHT_MD4C_DIR}/src/entity.c"
  "${HINDSIGHT_MD4C_DIR}/src/md4c-html.c")
target_include_directories(md4c SYSTEM PUBLIC "${HINDSIGHT_MD4C_DIR}/src")

if(HINDSIGHT_BUILD_APP)
  # imgui_demo.cpp is left out on purpose: Hindsight ships its own screens only.
  add_library(imgui STATIC
    "${HINDSIGHT_IMGUI_DIR}/imgui.cpp"
    "${HINDSIGHT_IMGUI_DIR}/imgui_draw.cpp"
    "${HINDSIGHT_IMGUI_DIR}/imgui_tables.cpp"
    "${HINDSIGHT_IMGUI_DIR}/imgui_widgets.cpp"
    "${HINDSIGHT_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${HINDSIGHT_IMGUI_DIR}" "${HINDSIGHT_IMGUI_DIR}/misc/cpp")
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_DEMO_WINDOWS)

  if(EMSCRIPTEN)
    execute_process(COMMAND "${CMAKE_SOURCE_DIR}/scripts/build_sdl2_wasm.sh"
      OUTPUT_VARIABLE _sdl_prefix OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "building SDL2 for WebAssembly failed")
    endif()
    add_library(sdl2 INTERFACE)
    target_include_directories(sdl2 SYSTEM INTERFACE "${_sdl_prefix}/include/SDL2")
    target_link_libraries(sdl2 INTERFACE "${_sdl_prefix}/lib/libSDL2.a")
  else()
    find_package(SDL2 REQUIRED)
    find_package(OpenGL REQUIRED)
    add_library(sdl2 INTERFACE)
    target_link_libraries(sdl2 INTERFACE SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
  endif()

  add_library(imgui_sdl2_gl3 STATIC
    "${HINDSIGHT_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
    "${HINDSIGHT_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui_sdl2_gl3 SYSTEM PUBLIC "${HINDSIGHT_IMGUI_DIR}/backends")
  target_link_libraries(imgui_sdl2_gl3 PUBLIC imgui sdl2)
endif()
