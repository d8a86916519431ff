// The library and its commands: creating, numbering, finding, ordering and deleting post-mortems.
#include "core/model/library.hpp"

#include <gtest/gtest.h>

#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

TEST(Library, CheckOutTakesThePostmortemOutUntilCheckInBringsTheEditsBack) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  create_postmortem(library, "pm-2", at("2024-01-15T16:01:00Z"));
  std::optional<OpenDocument> open = check_out(library, "pm-1");
  ASSERT_TRUE(open.has_value());
  EXPECT_EQ(find_postmortem(library, "pm-1"), nullptr);  // one copy only: the open one
  EXPECT_EQ(library.postmortems.size(), 1u);
  open->history.apply("Edit title", [](PostMortem& p) { p.incident.title = "Database outage"; });
  check_in(library, std::move(*open));
  ASSERT_NE(find_postmortem(library, "pm-1"), nullptr);
  EXPECT_EQ(find_postmortem(library, "pm-1")->incident.title, "Database outage");
  EXPECT_EQ(library.postmortems.size(), 2u);
}

TEST(Library, CheckOutOfUnknownIdGivesNothingAndChangesNothing) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  EXPECT_FALSE(check_out(library, "pm-9").has_value());
  EXPECT_EQ(library.postmortems.size(), 1u);
}

TEST(Library, DuplicateCopiesEverythingUnderANewIdAndTitle) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  library.postmortems[0].executive_summary = "Pool exhausted.";
  const PostMortem* copy =
      duplicate_postmortem(library, "pm-1", "pm-2", at("2024-01-16T09:00:00Z"));
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->id, "pm-2");
  EXPECT_EQ(copy->incident.title, "Copy of Untitled post-mortem");
  EXPECT_EQ(copy->executive_summary, "Pool exhausted.");
  EXPECT_EQ(format_iso8601(copy->created_at), "2024-01-16T09:00:00Z");
  EXPECT_EQ(duplicate_postmortem(library, "pm-1", "pm-2", at("2024-01-16T09:00:00Z")), nullptr);
  EXPECT_EQ(duplicate_postmortem(library, "pm-7", "pm-8", at("2024-01-16T09:00:00Z")), nullptr);
  EXPECT_EQ(library.postmortems.size(), 2u);
}

TEST(Library, RestoreDeletedBringsBackTheMostRecentlyDeletedFirst) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  create_postmortem(library, "pm-2", at("2024-01-15T16:01:00Z"));
  ASSERT_TRUE(delete_postmortem(library, "pm-1"));
  ASSERT_TRUE(delete_postmortem(library, "pm-2"));
  EXPECT_TRUE(library.postmortems.empty());
  EXPECT_EQ(restore_deleted(library), "Untitled post-mortem 2");
  EXPECT_EQ(restore_deleted(library), "Untitled post-mortem");
  EXPECT_EQ(restore_deleted(library), std::nullopt);
  EXPECT_EQ(library.postmortems.size(), 2u);
}

TEST(Library, AddWithATakenIdKeepsTheOneAlreadyThere) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  PostMortem other = library.postmortems[0];
  other.incident.title = "Imported";
  EXPECT_EQ(add_postmortem(library, other).incident.title, "Untitled post-mortem");
  EXPECT_EQ(library.postmortems.size(), 1u);
}

TEST(Library, AddingManyKeepsTheFirstOfEachIdAndTheOrderTheyCameIn) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  std::vector<PostMortem> stored(3, library.postmortems[0]);
  stored[0].id = "pm-2";
  stored[0].incident.title = "Second";
  stored[1].incident.title = "Same id as the one held";
  stored[2].id = "pm-2";
  stored[2].incident.title = "Same id as the first stored";
  add_postmortems(library, stored);
  ASSERT_EQ(library.postmortems.size(), 2u);
  EXPECT_EQ(library.postmortems[0].incident.title, "Untitled post-mortem");
  EXPECT_EQ(library.postmortems[1].id, "pm-2");
  EXPECT_EQ(library.postmortems[1].incident.title, "Second");
}

TEST(Library, PostmortemIdIsPrefixedSixteenLowercaseHexDigits) {
  EXPECT_EQ(make_postmortem_id(0x3f9c0a1b2d4e5f60ULL), "pm-3f9c0a1b2d4e5f60");
  EXPECT_EQ(make_postmortem_id(0), "pm-0000000000000000");
  EXPECT_EQ(make_postmortem_id(~0ULL), "pm-ffffffffffffffff");
}

TEST(Library, CreateAddsUntitledPostmortemWithIdAndTime) {
  Library library;
  const PostMortem& created = create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  ASSERT_EQ(library.postmortems.size(), 1u);
  EXPECT_EQ(created.id, "pm-1");
  EXPECT_EQ(created.incident.title, "Untitled post-mortem");
  EXPECT_EQ(format_iso8601(created.created_at), "2024-01-15T16:00:00Z");
}

TEST(Library, UntitledPostmortemsAreNumberedFromTwo) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  create_postmortem(library, "pm-2", at("2024-01-15T16:01:00Z"));
  create_postmortem(library, "pm-3", at("2024-01-15T16:02:00Z"));
  EXPECT_EQ(library.postmortems[1].incident.title, "Untitled post-mortem 2");
  EXPECT_EQ(library.postmortems[2].incident.title, "Untitled post-mortem 3");
}

TEST(Library, NumberingReusesTheFirstFreeNumber) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  create_postmortem(library, "pm-2", at("2024-01-15T16:01:00Z"));
  ASSERT_TRUE(delete_postmortem(library, "pm-1"));
  EXPECT_EQ(create_postmortem(library, "pm-3", at("2024-01-15T16:02:00Z")).incident.title,
            "Untitled post-mortem");
}

TEST(Library, CreateWithTakenIdChangesNothingAndReturnsTheExisting) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  const PostMortem& again = create_postmortem(library, "pm-1", at("2024-02-01T00:00:00Z"));
  EXPECT_EQ(library.postmortems.size(), 1u);
  EXPECT_EQ(format_iso8601(again.created_at), "2024-01-15T16:00:00Z");
}

TEST(Library, DeleteRemovesOnlyThatPostmortem) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  create_postmortem(library, "pm-2", at("2024-01-15T16:01:00Z"));
  EXPECT_TRUE(delete_postmortem(library, "pm-1"));
  ASSERT_EQ(library.postmortems.size(), 1u);
  EXPECT_EQ(library.postmortems[0].id, "pm-2");
}

TEST(Library, DeleteOfUnknownIdReturnsFalse) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  EXPECT_FALSE(delete_postmortem(library, "pm-9"));
  EXPECT_EQ(library.postmortems.size(), 1u);
}

TEST(Library, FindReturnsThePostmortemOrNull) {
  Library library;
  create_postmortem(library, "pm-1", at("2024-01-15T16:00:00Z"));
  ASSERT_NE(find_postmortem(library, "pm-1"), nullptr);
  EXPECT_EQ(find_postmortem(library, "pm-1")->id, "pm-1");
  EXPECT_EQ(find_postmortem(library, "pm-2"), nullptr);
}

TEST(Library, NewestFirstOrdersByCreationTimeThenTitle) {
  Library library;
  create_postmortem(library, "pm-a", at("2024-01-15T16:00:00Z"));
  create_postmortem(library, "pm-b", at("2024-03-01T09:30:00Z"));
  create_postmortem(library, "pm-c", at("2024-03-01T09:30:00Z"));
  create_postmortem(library, "pm-d", at("2023-12-31T23:59:59Z"));
  std::vector<std::string> ids;
  for (const PostMortem* p : newest_first(library)) ids.push_back(p->id);
  // pm-b ("Untitled post-mortem 2") sorts before pm-c ("... 3") at the same second.
  EXPECT_EQ(ids, (std::vector<std::string>{"pm-b", "pm-c", "pm-a", "pm-d"}));
}

}  // namespace
}  // namespace hindsight::core
