// Inputs the Markdown import fuzzer once broke (tests/fuzz/regressions/), replayed on every build
// through the fuzz target's own properties (tests/fuzz/fuzz_markdown_import.cpp): the import
// neither crashes nor throws; whatever imports exports to Markdown that imports again; and that
// export is a fixed point, export(import(export(x))) == export(x).
#include <gtest/gtest.h>

#include <string>

#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

class FuzzRegressions : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegressions, ImportExportIsAFixedPoint) {
  const std::string input =
      hindsight::testing::read_file(std::string(HINDSIGHT_FUZZ_REGRESSIONS_DIR) + "/" + GetParam());
  const ImportResult imported = import_markdown(input);
  // Input that does not import (not UTF-8) must say why; there is nothing more to check.
  if (!imported.postmortem) {
    EXPECT_FALSE(imported.error.empty());
    return;
  }
  const std::string exported = export_markdown(*imported.postmortem);
  const ImportResult reimported = import_markdown(exported);
  ASSERT_TRUE(reimported.postmortem.has_value())
      << "the export does not import: " << reimported.error << "\n--- export ---\n"
      << exported;
  EXPECT_EQ(export_markdown(*reimported.postmortem), exported);
}

INSTANTIATE_TEST_SUITE_P(
    , FuzzRegressions,
    ::testing::ValuesIn(hindsight::testing::files_in(HINDSIGHT_FUZZ_REGRESSIONS_DIR, "")),
    [](const ::testing::TestParamInfo<std::string>& info) {
      return hindsight::testing::test_name_of(info.param);
    });

}  // namespace
}  // namespace hindsight::core
