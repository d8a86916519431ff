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
