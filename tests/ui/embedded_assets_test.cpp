// The documents compiled into the program are the files in assets/, byte for byte, and the app
// can open them with the core's importer.
#include "ui/embedded_assets.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/markdown/markdown_import.hpp"
#include "support/fixtures.hpp"

namespace hindsight::assets {
namespace {

TEST(EmbeddedAssets, SamplePostmortemIsTheAssetFileByteForByte) {
  const std::string text =
      hindsight::testing::read_file(std::string(HINDSIGHT_ASSETS_DIR) + "/sample-postmortem.md");
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(sample_postmortem_markdown(), text);
}

TEST(EmbeddedAssets, SamplePostmortemImportsWithoutWarnings) {
  const core::ImportResult result = core::import_markdown(sample_postmortem_markdown());
  ASSERT_TRUE(result.postmortem) << result.error;
  EXPECT_TRUE(result.warnings.empty());
  EXPECT_EQ(result.postmortem->incident.title, "Database Connection Pool Exhaustion");
}

}  // namespace
}  // namespace hindsight::assets
