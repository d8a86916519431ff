# Shared settings for the scripts: where the cache lives and how to find each pinned source.
# Sourced, never run.
CACHE="${HINDSIGHT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hindsight}"
# Why NODE_PATH: emcc's JS optimizer needs Debian's acorn, which a non-Debian node cannot find.
export NODE_PATH=/usr/share/nodejs
export CACHE

src_package() { case "$1" in sdl2) echo libsdl2 ;; *) echo "$1" ;; esac; }

# source_dir NAME: the unpacked, verified source folder of a pinned dependency.
source_dir() {
  local sha
  sha=$(awk -v n="$1" '$1 == n {print $5}' "$(dirname "${BASH_SOURCE[0]}")/../deps/sources.lock")
  echo "$CACHE/src/$1-${sha:0:16}"
}

# Why a compiler cache: a fresh clone builds four configurations (debug, ASan, WebAssembly, fuzz)
# on two cores. ccache keys each object by its preprocessed source and flags, in the user's cache
# outside the clone; CCACHE_BASEDIR and NOHASHDIR let clones at other paths share it (at the price
# of debug info naming the path of the clone that first compiled the object). Only cmake's first
# configure of a build folder reads these.
if command -v ccache >/dev/null; then
  export CMAKE_C_COMPILER_LAUNCHER=ccache CMAKE_CXX_COMPILER_LAUNCHER=ccache
  export CCACHE_BASEDIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" CCACHE_NOHASHDIR=1
fi
