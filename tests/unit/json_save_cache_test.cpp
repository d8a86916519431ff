// JsonSaveCache: the same bytes as save_json after any sequence of saves, and only changed
// elements written again.
#include <gtest/gtest.h>

#include <random>

#include "core/json/json_codec.hpp"
#include "core/json/json_save_cache.hpp"
#include "support/postmortem_generator.hpp"

namespace hindsight::core {
namespace {

testing::GeneratorOptions long_lists() {
  testing::GeneratorOptions options;
  options.max_items = 24;
  options.hostile = true;
  return options;
}

TEST(JsonSaveCache, WritesWhatSaveJsonWritesForEveryGeneratedPostmortemInTurn) {
  JsonSaveCache cache;
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    const PostMortem p = testing::generate_postmortem(seed, long_lists());
    ASSERT_EQ(cache.save(p), save_json(p)) << "seed " << seed;
  }
}

TEST(JsonSaveCache, WritesWhatSaveJsonWritesAfterEveryKindOfEdit) {
  std::mt19937_64 random(7);
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    PostMortem p = testing::generate_postmortem(seed, long_lists());
    const PostMortem donor = testing::generate_postmortem(seed + 1000, long_lists());
    JsonSaveCache cache;
    ASSERT_EQ(cache.save(p), save_json(p));
    for (int step = 0; step < 60; ++step) {
      const auto pick = [&](std::size_t size) { return size == 0 ? 0 : random() % size; };
      switch (random() % 9) {
        case 0:  // edit one event's text
          if (!p.timeline.empty()) p.timeline[pick(p.timeline.size())].text += " edited";
          break;
        case 1:  // insert an event anywhere, the front included
          if (!donor.timeline.empty())
            p.timeline.insert(p.timeline.begin() + static_cast<long>(pick(p.timeline.size() + 1)),
                              donor.timeline[pick(donor.timeline.size())]);
          break;
        case 2:  // remove an event
          if (!p.timeline.empty())
            p.timeline.erase(p.timeline.begin() + static_cast<long>(pick(p.timeline.size())));
          break;
        case 3:  // swap two actions
          if (p.actions.size() > 1)
            std::swap(p.actions[pick(p.actions.size())], p.actions[pick(p.actions.size())]);
          break;
        case 4:  // an action's unknown key
          if (!p.actions.empty())
            p.actions[pick(p.actions.size())].unknown["from_elsewhere"] = static_cast<int>(step);
          break;
        case 5:  // duplicate an action next to itself: equal neighbours
          if (!p.actions.empty()) {
            const std::size_t at = pick(p.actions.size());
            p.actions.insert(p.actions.begin() + static_cast<long>(at), p.actions[at]);
          }
          break;
        case 6:  // empty a list, or fill it again
          if (p.actions.empty()) p.actions = donor.actions; else p.actions.clear();
          break;
        case 7:  // a field outside the lists
          p.incident.title += "!";
          p.unknown["top_level_extra"] = Json::array();
          break;
        default:  // nothing changed
          break;
      }
      ASSERT_EQ(cache.save(p), save_json(p)) << "seed " << seed << ", step " << step;
    }
  }
}

TEST(JsonSaveCache, WritesAgainOnlyTheElementsThatChanged) {
  testing::GeneratorOptions options;
  options.max_items = 40;
  PostMortem p = testing::generate_postmortem(3, options);
  ASSERT_GE(p.timeline.size(), 3u);
  const std::size_t all = p.timeline.size() + p.actions.size();
  JsonSaveCache cache;
  cache.save(p);
  EXPECT_EQ(cache.last_written(), all);
  cache.save(p);
  EXPECT_EQ(cache.last_written(), 0u);
  p.timeline[1].text = "The pager fired twice.";
  cache.save(p);
  EXPECT_EQ(cache.last_written(), 1u);
  p.timeline.erase(p.timeline.begin());  // the rest shift up by one and are reused
  cache.save(p);
  EXPECT_EQ(cache.last_written(), 0u);
  p.timeline.insert(p.timeline.begin() + 1, p.timeline.back());
  EXPECT_EQ(cache.save(p), save_json(p));
  EXPECT_EQ(cache.last_written(), 1u);
}

}  // namespace
}  // namespace hindsight::core
