#!/usr/bin/env bash
# Builds the deployable web folder build/web-release/dist/ and prints its size.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/lib.sh"
cd "$here"
echo "building the web app (build/web-release/dist/)..."
cmake --preset web-release >/dev/null
# The braces keep cmake's exit status under pipefail when grep finds nothing to print.
cmake --build --preset web-release --target hindsight_app -j"$(nproc)" | { grep -E '^(  |dist/)' || true; }
test -f build/web-release/dist/hindsight.wasm
