# Counts the tests of a verbose ctest log (`ctest -V`) and prints "<passed> <failed>", or nothing
# when the log holds no test result.
# A ctest test named "<binary>.shard-I-of-N" runs one GoogleTest shard in one process (see
# HINDSIGHT_TEST_SHARDS in tests/CMakeLists.txt): its tests are counted from GoogleTest's own
# summary in its output. A shard counts as one failed test, its tests uncounted, when it failed
# without a summary (it crashed), ran no test, or ran without GoogleTest's note that it is a shard
# (the shard variables did not reach it, so it ran every test); one whose process failed after
# every test passed (a leak found at exit) counts one failed test more. Any other ctest test
# counts as one. A skipped test is neither passed nor failed.

# "12: Note: This is test shard 3 of 8.": GoogleTest saw the shard variables.
/^[0-9]+: Note: This is test shard [0-9]+ of [0-9]+\./ {
  split($0, words, " "); sharded[words[1] + 0] = 1
}
# "12: [==========] 172 tests from 40 test suites ran. (29736 ms total)"
/^[0-9]+: \[==========\] [0-9]+ tests? from .* ran\./ {
  split($0, words, " "); ran[words[1] + 0] = words[3] + 0
}
# "12: [  SKIPPED ] 1 test, listed below:": neither passed nor failed.
/^[0-9]+: \[  SKIPPED \] [0-9]+ tests?, listed below/ {
  split($0, words, " "); skipped[words[1] + 0] = words[5] + 0
}
# "12: [  PASSED  ] 172 tests."
/^[0-9]+: \[  PASSED  \] [0-9]+ tests?\./ {
  split($0, words, " "); passed[words[1] + 0] = words[5] + 0
}
# "12/34 Test #12: name ......   Passed    1.20 sec", or "...***Failed", "***Exception", "Not Run"
/^ *[0-9]+\/[0-9]+ +Test +#[0-9]+: / {
  line = $0
  sub(/^ *[0-9]+\/[0-9]+ +Test +#/, "", line)
  number = line + 0
  sub(/^[0-9]+: /, "", line)
  name = line; sub(/ .*/, "", name)
  ok = ($0 ~ / Passed +[0-9.]+ sec/)
  results++
  if (name ~ /\.shard-[0-9]+-of-[0-9]+$/) {
    if (!(number in ran) || !(number in sharded) || ran[number] == 0) failed++
    else {
      pass += passed[number]; failed += ran[number] - passed[number] - skipped[number]
      if (!ok && ran[number] == passed[number] + skipped[number]) failed++
    }
  } else if (ok) pass++
  else if ($0 !~ /Skipped +[0-9.]+ sec/) failed++
}
END { if (results > 0) print pass + 0, failed + 0 }
