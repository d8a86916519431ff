// Passes node's GTEST_* environment variables to a GoogleTest binary compiled to WebAssembly, so
// that GTEST_TOTAL_SHARDS and GTEST_SHARD_INDEX split its run as they do natively (see
// HINDSIGHT_TEST_SHARDS in tests/CMakeLists.txt). Linked with --pre-js into the test binaries only.
// Why: Emscripten gives a program a fixed environment of its own (USER, HOME, LANG, ...), not the
// node process's; its ENV object, read when the program starts, is where extra variables go.
Module['preRun'] = (Module['preRun'] || []).concat(function() {
  for (var name in process.env) {
    if (name.indexOf('GTEST_') === 0) ENV[name] = process.env[name];
  }
});
