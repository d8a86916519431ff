// The library's index entries: what a post-mortem is listed as, stored and read back unchanged,
// and stored entries from older versions or damaged ones read without failing.
#include <gtest/gtest.h>

#include "core/model/seed_templates.hpp"
#include "storage/library_index.hpp"

namespace hindsight::storage {
namespace {

core::PostMortem listed_postmortem() {
  core::PostMortem pm;
  pm.id = "pm-a";
  pm.created_at = core::UtcSeconds{std::chrono::seconds{1705328580}};
  pm.incident.title = "Disk full on db-2";
  pm.incident.severity = "SEV-2";
  pm.incident.status = core::Status::InReview;
  pm.incident.author = "Dana Reyes";
  pm.incident.tags = {"Storage"};
  pm.incident.services = {"Billing-API"};
  pm.severity_scale = core::default_severity_scale();
  pm.timeline = {{core::UtcSeconds{std::chrono::seconds{1705320000}}, core::EventKind::Detected,
                  "Alert fired", ""},
                 {core::UtcSeconds{std::chrono::seconds{1705323120}}, core::EventKind::Resolved,
                  "Disk grown", ""}};
  pm.actions.resize(3);
  pm.actions[1].status = core::ActionStatus::Done;
  return pm;
}

TEST(LibraryIndex, AnEntryListsWhatTheLibraryScreenShows) {
  const IndexEntry entry = index_entry_of(listed_postmortem());
  EXPECT_EQ(entry.id, "pm-a");
  EXPECT_EQ(entry.title, "Disk full on db-2");
  EXPECT_EQ(entry.date, "2024-01-15");  // no incident date: the day it was created
  EXPECT_EQ(entry.severity, "SEV-2");
  EXPECT_EQ(entry.severity_rank, 1u);
  EXPECT_EQ(entry.status, core::Status::InReview);
  EXPECT_EQ(entry.duration_seconds, 3120);
  EXPECT_EQ(entry.open_actions, 2);
  EXPECT_EQ(entry.search_words, "dana reyes\nstorage\nbilling-api");
}

TEST(LibraryIndex, AStoredEntryReadsBackAsWritten) {
  const IndexEntry entry = index_entry_of(listed_postmortem());
  const std::vector<IndexEntry> read = index_entries_from_json("[" + index_entry_json(entry, 7) + "]");
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0], entry);
}

TEST(LibraryIndex, OlderAndDamagedEntriesReadWithDefaultsAndThoseWithoutAnIdAreSkipped) {
  const std::vector<IndexEntry> read = index_entries_from_json(
      R"([{"id": "pm-old", "title": "Old", "date": "2023-05-01", "severity": "SEV-1",
           "status": "published", "revision": 3},
          {"id": "pm-odd", "title": 5, "severity_rank": "high", "open_actions": -2,
           "duration_seconds": "long", "status": "unheard-of"},
          {"title": "no id"}, 42, null])");
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].title, "Old");
  EXPECT_EQ(read[0].status, core::Status::Published);
  EXPECT_EQ(read[0].duration_seconds, std::nullopt);
  EXPECT_EQ(read[0].open_actions, 0);
  EXPECT_EQ(read[1].id, "pm-odd");
  EXPECT_EQ(read[1].title, "");
  EXPECT_EQ(read[1].severity_rank, 0u);
  EXPECT_EQ(read[1].open_actions, 0);
  EXPECT_EQ(read[1].status, core::Status::Draft);
  EXPECT_TRUE(index_entries_from_json("{not json").empty());
  EXPECT_TRUE(index_entries_from_json(R"({"id": "pm-a"})").empty());
}

}  // namespace
}  // namespace hindsight::storage
