#!/usr/bin/env bash
# Fails when the deployable folder's gzip -9 total is over the budget recorded in
# tests/size_budget.txt (raise the budget only with the reason in the commit message).
# Usage: check_size_budget.sh DIST_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dist=$1
budget=$(grep -E '^[0-9]+' "$here/tests/size_budget.txt" | head -1)
gz=0
for f in "$dist"/*; do
  [ -f "$f" ] || continue
  gz=$((gz + $(gzip -9c "$f" | wc -c)))
done
echo "dist/ gzip total: $gz bytes; budget: $budget bytes; headroom: $((budget - gz)) bytes"
[ "$gz" -gt 0 ] && [ "$gz" -le "$budget" ]
