// The sample post-mortem as the tests read it: from the source tree (assets/), or from the wasm
// build's embedded copy under HINDSIGHT_ASSETS_DIR, like the fixtures.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/markdown/markdown_import.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {

inline std::string sample_markdown() {
  return hindsight::testing::read_file(std::string(HINDSIGHT_ASSETS_DIR) + "/sample-postmortem.md");
}

inline PostMortem import_text(const std::string& text) {
  ImportResult result = import_markdown(text);
  EXPECT_TRUE(result.postmortem) << result.error;
  return result.postmortem.value_or(PostMortem{});
}

inline PostMortem sample_postmortem() { return import_text(sample_markdown()); }

}  // namespace hindsight::core
