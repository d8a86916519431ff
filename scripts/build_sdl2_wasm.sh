#!/usr/bin/env bash
# Builds SDL2 for WebAssembly from the pinned Debian source into the cache, keyed by the source's
# SHA-256, the emcc version and the build options, and prints the install prefix. Skips the build
# (about 6 minutes on two cores) when that prefix already holds a finished install.
# Why not -sUSE_SDL=2: Debian's Emscripten has a frozen sysroot cache, so every port fails.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/lib.sh"

src=$(source_dir sdl2)
emcc_version=$(emcc -dumpversion)
# Built for size like the app (-Oz). SDL_LEAN_AND_MEAN drops the software blitters between pixel
# formats (the app draws with WebGL and asks only for system cursors); audio, haptics, sensors,
# power, the 2D renderer and HIDAPI are subsystems the app never starts.
options=(-DCMAKE_BUILD_TYPE=MinSizeRel "-DCMAKE_C_FLAGS_MINSIZEREL=-Oz -DNDEBUG"
  -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1 -DSDL_AUDIO=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF
  -DSDL_POWER=OFF -DSDL_RENDER=OFF -DSDL_HIDAPI=OFF
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF)
options_key=$(printf '%s\n' "${options[@]}" | sha256sum | cut -c1-12)
prefix="$CACHE/sdl2-wasm-$(basename "$src")-emcc$emcc_version-$options_key"
# Why a lock: two builds configured at once (two clones, or CI beside a developer) would each
# delete the other's half-built folder. The second waits, then finds the finished install.
mkdir -p "$CACHE"
exec 9>"$CACHE/sdl2-wasm.lock"
flock 9
if [ -f "$prefix/.complete" ]; then echo "$prefix"; exit 0; fi

build="$CACHE/build/sdl2-wasm"
rm -rf "$build" "$prefix"
mkdir -p "$build"
echo "building SDL2 for WebAssembly (once per machine, about 6 minutes)..." >&2
(
  cd "$build"
  emcmake cmake "$src" "${options[@]}" -DCMAKE_INSTALL_PREFIX="$prefix"
  emmake make -j"$(nproc)"
  make install
) > "$CACHE/build/sdl2-wasm.log" 2>&1 || { echo "SDL2 wasm build failed; see $CACHE/build/sdl2-wasm.log" >&2; exit 1; }
touch "$prefix/.complete"
rm -rf "$build"
echo "$prefix"
