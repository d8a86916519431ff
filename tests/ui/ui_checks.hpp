// Checks every headless screen test makes: items stay inside the window, and no two items of a
// frame share an ImGui id (a collision makes one of them unclickable).
#pragma once

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "headless_ui.hpp"

namespace hindsight::test {

inline void expect_all_items_inside(const HeadlessUi& ui) {
  for (const ui::UiItem& item : ui.items.items()) {
    EXPECT_GE(item.x, 0.0f) << item.label;
    EXPECT_GE(item.y, 0.0f) << item.label;
    EXPECT_LE(item.x + item.width, ui.width + 0.5f) << item.label;
    EXPECT_LE(item.y + item.height, ui.height + 0.5f) << item.label;
  }
}

inline void expect_no_id_collisions(const HeadlessUi& ui) {
  std::set<std::uint32_t> seen;
  for (const ui::UiItem& item : ui.items.items())
    EXPECT_TRUE(seen.insert(item.id).second)
        << "two items share the id of " << item.window << "/" << item.label;
}

}  // namespace hindsight::test
