#!/usr/bin/env bash
# Prints the deployable folder's files, its total size and its gzip -9 size (what a static server
# with compression sends). Usage: report_size.sh DIST_DIR
set -euo pipefail
dist=$1
total=0; gz=0
for f in "$dist"/*; do
  [ -f "$f" ] || continue
  size=$(stat -c %s "$f"); zsize=$(gzip -9c "$f" | wc -c)
  total=$((total + size)); gz=$((gz + zsize))
  printf '  %-16s %9d bytes  %9d gzip\n' "$(basename "$f")" "$size" "$zsize"
done
printf 'dist/ total: %d bytes (%d KiB), gzip: %d bytes (%d KiB)\n' "$total" $((total / 1024)) "$gz" $((gz / 1024))
