#!/usr/bin/env bash
# Proves scripts/count_ctest_results.awk, which scripts/test trusts to count the tests of a verbose
# ctest log: each log in ctest_logs/ and the "<passed> <failed>" it must give (nothing: no test
# ran). Usage: count_ctest_results_test.sh <path to count_ctest_results.awk>
set -uo pipefail
counter=$1
logs=$(dirname "$0")/ctest_logs
failures=0
expect() {  # log expected
  local got
  got=$(awk -f "$counter" "$logs/$1")
  if [ "$got" != "$2" ]; then
    echo "$1: expected \"$2\", got \"$got\""
    failures=$((failures + 1))
  fi
}
# Two shards' tests (a skipped one counts neither way), a plain test; a skipped plain test.
expect all-passed.log "5 0"
# A failed test inside a shard, and a failed plain test.
expect a-failed-test.log "3 2"
# A shard that crashed counts one failure, its tests uncounted; the other shard's still count.
expect a-crashed-shard.log "2 1"
# Every test passed, then the process failed (a leak found at exit): one failure more.
expect a-leak-after-every-test-passed.log "5 1"
# The shard variables never reached the binary, so each shard ran every test: failures, not 2,748.
expect shards-that-ran-every-test.log "0 2"
# A binary with no tests: its shards fail; the plain test still counts.
expect shards-that-ran-no-test.log "1 2"
expect no-test-ran.log ""
[ "$failures" = 0 ] && echo "all 7 logs counted as expected"
[ "$failures" = 0 ]
