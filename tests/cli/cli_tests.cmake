# The `hindsight` command line's tests: each runs the built binary on small files from data/ and
# checks its exact output (expected/, or data/ where the output is another input) and exit status
# through run_cli.cmake. Included from
# tests/CMakeLists.txt for native builds.
set(HINDSIGHT_CLI_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")

# hindsight_cli_test(NAME EXIT <status> [ARGS ...] [INPUTS ...] [STDOUT <file>] [STDOUT_TEXT <line>]
#                    [STDOUT_MATCHES <regex>] [STDERR <file>] [FILES <name=file> ...]
#                    [LINKS <link=target> ...])
function(hindsight_cli_test name)
  cmake_parse_arguments(PARSE_ARGV 1 T "" "EXIT;STDOUT;STDOUT_TEXT;STDOUT_MATCHES;STDERR"
    "ARGS;INPUTS;FILES;LINKS")
  list(JOIN T_ARGS "|" args)
  list(JOIN T_INPUTS "|" inputs)
  list(JOIN T_FILES "|" files)
  list(JOIN T_LINKS "|" links)
  set(optional "")
  if(DEFINED T_STDOUT)
    list(APPEND optional "-DSTDOUT=${T_STDOUT}")
  endif()
  if(DEFINED T_STDOUT_TEXT)
    list(APPEND optional "-DSTDOUT_TEXT=${T_STDOUT_TEXT}")
  endif()
  if(DEFINED T_STDOUT_MATCHES)
    list(APPEND optional "-DSTDOUT_MATCHES=${T_STDOUT_MATCHES}")
  endif()
  if(DEFINED T_STDERR)
    list(APPEND optional "-DSTDERR=${T_STDERR}")
  endif()
  add_test(NAME Cli.${name}
    COMMAND ${CMAKE_COMMAND}
      -DCLI=$<TARGET_FILE:hindsight-cli>
      -DTESTS=${HINDSIGHT_CLI_TEST_DIR}
      -DWORK=${CMAKE_CURRENT_BINARY_DIR}/cli/${name}
      "-DINPUTS=${inputs}" "-DARGS=${args}" "-DEXIT=${T_EXIT}" "-DFILES=${files}"
      "-DLINKS=${links}"
      ${optional}
      -P ${HINDSIGHT_CLI_TEST_DIR}/run_cli.cmake)
endfunction()

hindsight_cli_test(HelpPrintsTheUsage EXIT 0 ARGS --help STDOUT expected/usage.txt)
hindsight_cli_test(VersionIsTheProjectVersion EXIT 0 ARGS --version
  STDOUT_TEXT "hindsight ${PROJECT_VERSION}")
hindsight_cli_test(UnknownCommandPrintsTheUsageAndExits2 EXIT 2 ARGS frobnicate
  STDERR expected/unknown-command.txt)
hindsight_cli_test(NoCommandPrintsTheUsageAndExits2 EXIT 2 STDERR expected/usage.txt)

# import: Markdown in, JSON out.
hindsight_cli_test(ImportPrintsTheJsonWithTheTitle EXIT 0 ARGS import canonical.md
  INPUTS canonical.md STDOUT data/canonical.json
  STDOUT_MATCHES "\"title\": \"Database Connection Pool Exhaustion\"")
hindsight_cli_test(ImportPrintsWarningsWithTheirLines EXIT 0 ARGS import warn.md
  INPUTS warn.md STDOUT expected/warn.json STDERR expected/warn.stderr)
hindsight_cli_test(ImportRejectsTextThatIsNotUtf8 EXIT 2 ARGS import not-utf8.md
  INPUTS not-utf8.md STDERR expected/not-utf8.stderr)
hindsight_cli_test(ImportOfAMissingFileExits2 EXIT 2 ARGS import missing.md
  STDERR expected/missing.stderr)

# export: JSON in, Markdown out.
hindsight_cli_test(ExportPrintsTheMarkdown EXIT 0 ARGS export canonical.json
  INPUTS canonical.json STDOUT data/canonical.md)
hindsight_cli_test(ExportReportsEveryValidationErrorWithItsPath EXIT 2 ARGS export invalid.json
  INPUTS invalid.json STDERR expected/invalid.stderr)

# fmt: canonical Markdown in place, or --check.
hindsight_cli_test(FmtCheckPassesACanonicalFile EXIT 0 ARGS fmt --check canonical.md
  INPUTS canonical.md FILES canonical.md=data/canonical.md)
hindsight_cli_test(FmtCheckListsTheFilesThatWouldChange EXIT 1
  ARGS fmt --check canonical.md messy.md INPUTS canonical.md messy.md
  STDOUT_TEXT "messy.md" FILES canonical.md=data/canonical.md messy.md=data/messy.md)
hindsight_cli_test(FmtRewritesAFileInCanonicalForm EXIT 0 ARGS fmt messy.md
  INPUTS messy.md FILES messy.md=data/canonical.md)
hindsight_cli_test(FmtWritesThroughASymbolicLinkAndKeepsTheLink EXIT 0 ARGS fmt docs/messy.md
  INPUTS messy.md LINKS docs/messy.md=../messy.md
  FILES messy.md=data/canonical.md docs/messy.md=data/canonical.md)
hindsight_cli_test(FmtWritesTheIdItDerivesIntoAFileThatNamesNone EXIT 0 ARGS fmt handwritten.md
  INPUTS handwritten.md FILES handwritten.md=expected/handwritten.fmt.md)
add_test(NAME Cli.FmtKeepsTheIdOfAHandWrittenFileAcrossAnEdit
  COMMAND ${CMAKE_COMMAND}
    -DCLI=$<TARGET_FILE:hindsight-cli>
    -DTESTS=${HINDSIGHT_CLI_TEST_DIR}
    -DWORK=${CMAKE_CURRENT_BINARY_DIR}/cli/FmtKeepsTheIdOfAHandWrittenFileAcrossAnEdit
    -DINPUT=handwritten.md
    "-DEDIT_FROM=for 40 minutes"
    "-DEDIT_TO=for 41 minutes"
    -P ${HINDSIGHT_CLI_TEST_DIR}/fmt_after_edit.cmake)
hindsight_cli_test(FmtLeavesAFileItCannotImportUntouched EXIT 2 ARGS fmt not-utf8.md
  INPUTS not-utf8.md STDERR expected/fmt-not-utf8.stderr FILES not-utf8.md=data/not-utf8.md)

# lint: FILE:LINE: RULE: MESSAGE, exit 1 on findings.
hindsight_cli_test(LintPointsAtTheLineOfBlamefulLanguage EXIT 1 ARGS lint blameful.md
  INPUTS blameful.md STDOUT expected/blameful.lint)
hindsight_cli_test(LintPassesACleanFile EXIT 0 ARGS lint canonical.md INPUTS canonical.md)
hindsight_cli_test(LintReadsJsonWithLineOne EXIT 1 ARGS lint blameful.json
  INPUTS blameful.json STDOUT expected/blameful-json.lint)
hindsight_cli_test(LintExpandsADirectoryToItsMarkdownFiles EXIT 1 ARGS lint postmortems/
  INPUTS postmortems/2024-01-15-db-connections.md postmortems/2024-02-01-blameful.md
         postmortems/notes.txt
  STDOUT expected/postmortems.lint)
hindsight_cli_test(LintOfAMissingFileExits2AndLintsTheRest EXIT 2
  ARGS lint missing.md canonical.md INPUTS canonical.md STDERR expected/lint-missing.stderr)
hindsight_cli_test(LintPointsAtTheRowOfATableCellWithLineBreaks EXIT 1 ARGS lint br-cells.md
  INPUTS br-cells.md STDOUT expected/br-cells.lint)
# The summary's log in prose becomes timeline entries: the blame below it is still on its line.
hindsight_cli_test(LintPointsAtTheLineBelowLinesMovedOutOfItsField EXIT 1
  ARGS lint log-in-summary.md INPUTS log-in-summary.md STDOUT expected/log-in-summary.lint)
add_test(NAME Cli.LintOfALargeFileWithManyFindingsRunsInLinearTime
  COMMAND ${CMAKE_COMMAND}
    -DCLI=$<TARGET_FILE:hindsight-cli>
    -DWORK=${CMAKE_CURRENT_BINARY_DIR}/cli/LintOfALargeFileWithManyFindingsRunsInLinearTime
    -P ${HINDSIGHT_CLI_TEST_DIR}/lint_large.cmake)
# A bound far above the linear run (seconds in a debug build on a loaded machine), far below a
# quadratic one (which had not finished after five minutes).
set_tests_properties(Cli.LintOfALargeFileWithManyFindingsRunsInLinearTime PROPERTIES TIMEOUT 300)
