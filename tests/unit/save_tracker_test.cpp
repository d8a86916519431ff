// When post-mortems are written and what the save status says: the storage decisions, with the
// clock in the test's hands.
#include "storage/save_tracker.hpp"

#include <gtest/gtest.h>

#include "core/json/json_codec.hpp"
#include "core/model/seed_templates.hpp"
#include "support/titled_postmortem.hpp"
#include "storage/stored_record.hpp"

namespace hindsight::storage {
namespace {

core::PostMortem postmortem(const std::string& id, const std::string& title) {
  return hindsight::testing::titled_postmortem(id, title);
}

struct Fixture {
  std::map<std::string, core::PostMortem> held;
  SaveTracker saves;
  SaveTracker::Lookup lookup() {
    return [this](std::string_view id) -> const core::PostMortem* {
      const auto found = held.find(std::string(id));
      return found == held.end() ? nullptr : &found->second;
    };
  }
};

TEST(SaveTracker, AChangeIsWrittenAfterAQuietMomentAndWithinASecond) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "Disk full");
  f.saves.touched("pm-1", 10.0);
  EXPECT_TRUE(f.saves.due_writes(10.2, false, f.lookup()).empty());
  EXPECT_EQ(f.saves.next_due(), 10.0 + SaveTracker::kQuietSeconds);
  const std::vector<Write> writes =
      f.saves.due_writes(10.0 + SaveTracker::kQuietSeconds, false, f.lookup());
  ASSERT_EQ(writes.size(), 1u);
  EXPECT_EQ(writes[0].kind, Write::Kind::put);
  EXPECT_EQ(writes[0].base_revision, 0u);
  EXPECT_EQ(writes[0].revision, 1u);
  EXPECT_EQ(core::load_json(writes[0].text).postmortem->incident.title, "Disk full");
  EXPECT_EQ(f.saves.status().state, SaveState::saving);
  f.saves.written("pm-1", 1);
  EXPECT_EQ(f.saves.status().state, SaveState::saved);
  EXPECT_EQ(f.saves.status().message, "All changes saved");
  EXPECT_FALSE(f.saves.has_unsaved());
}

TEST(SaveTracker, IsWritingFromTheIssuedWriteUntilStorageAnswersAndUnwrittenUntilItIsIssued) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "Disk full");
  f.saves.touched("pm-1", 10.0);
  EXPECT_FALSE(f.saves.writing());  // changed, but nothing issued yet
  EXPECT_TRUE(f.saves.unwritten());
  ASSERT_EQ(f.saves.due_writes(11.0, false, f.lookup()).size(), 1u);
  EXPECT_TRUE(f.saves.writing());
  EXPECT_FALSE(f.saves.unwritten());
  f.saves.touched("pm-1", 11.1);  // typing goes on while the write runs
  EXPECT_TRUE(f.saves.writing());
  EXPECT_TRUE(f.saves.unwritten());
  f.saves.written("pm-1", 1);
  EXPECT_FALSE(f.saves.writing());
  EXPECT_TRUE(f.saves.unwritten());
  ASSERT_EQ(f.saves.due_writes(13.0, false, f.lookup()).size(), 1u);
  f.saves.failed("pm-1", "the browser refused the write.", false, 13.1);
  EXPECT_FALSE(f.saves.writing());
}

TEST(SaveTracker, EveryWriteAndJournalEntryHoldsTheRecordTextOfThePostmortemAsItIsNow) {
  Fixture f;
  core::PostMortem& pm = f.held["pm-1"] = postmortem("pm-1", "Disk full");
  for (int i = 0; i < 6; ++i) {
    core::TimelineEvent event;
    event.text = "Event " + std::to_string(i);
    pm.timeline.push_back(event);
  }
  double now = 0.0;
  std::uint64_t revision = 0;
  for (int edit = 0; edit < 8; ++edit) {
    if (edit % 3 == 0) pm.timeline.erase(pm.timeline.begin());
    if (edit % 3 == 1) pm.timeline.back().text += " (edited)";
    if (edit % 3 == 2) pm.incident.title += "!";
    f.saves.touched("pm-1", now);
    const std::optional<Write> journal = f.saves.pending_write("pm-1", f.lookup());
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->text, record_text(pm)) << "edit " << edit;
    now += SaveTracker::kLongestWait;
    const std::vector<Write> writes = f.saves.due_writes(now, false, f.lookup());
    ASSERT_EQ(writes.size(), 1u);
    EXPECT_EQ(writes[0].text, record_text(pm)) << "edit " << edit;
    f.saves.written("pm-1", ++revision);
  }
}

TEST(SaveTracker, TypingWithoutPauseIsStillWrittenWithinASecond) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "Disk full");
  for (double t = 0.0; t < SaveTracker::kLongestWait; t += 0.1) {
    f.saves.touched("pm-1", t);
    EXPECT_TRUE(f.saves.due_writes(t, false, f.lookup()).empty()) << t;
  }
  EXPECT_LE(SaveTracker::kLongestWait, 1.0);
  EXPECT_EQ(f.saves.due_writes(SaveTracker::kLongestWait, false, f.lookup()).size(), 1u);
}

TEST(SaveTracker, OneWriteInFlightPerPostmortemAndTheNextBuildsOnItsRevision) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "A");
  f.saves.know_stored("pm-1", 4);
  f.saves.touched("pm-1", 0.0);
  ASSERT_EQ(f.saves.due_writes(1.0, false, f.lookup()).size(), 1u);
  f.saves.touched("pm-1", 1.1);
  EXPECT_TRUE(f.saves.due_writes(5.0, false, f.lookup()).empty());  // waits for the first
  f.saves.written("pm-1", 5);
  const std::vector<Write> next = f.saves.due_writes(5.0, false, f.lookup());
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].base_revision, 5u);
  EXPECT_EQ(next[0].revision, 6u);
}

TEST(SaveTracker, FlushWritesEverythingAtOnceEvenBehindAWriteInFlight) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "A");
  f.held["pm-2"] = postmortem("pm-2", "B");
  f.saves.touched("pm-1", 0.0);
  ASSERT_EQ(f.saves.due_writes(1.0, false, f.lookup()).size(), 1u);  // revision 1 in flight
  f.saves.touched("pm-1", 1.01);
  f.saves.touched("pm-2", 1.02);
  const std::vector<Write> flushed = f.saves.due_writes(1.03, true, f.lookup());
  ASSERT_EQ(flushed.size(), 2u);
  EXPECT_EQ(flushed[0].id, "pm-1");
  EXPECT_EQ(flushed[0].base_revision, 1u);  // queued behind the write in flight
  EXPECT_EQ(flushed[0].revision, 2u);
  EXPECT_EQ(flushed[1].id, "pm-2");
}

TEST(SaveTracker, ADeletedPostmortemIsRemovedAndOneNeverStoredIsForgotten) {
  Fixture f;
  f.saves.know_stored("pm-1", 3);
  f.saves.touched("pm-1", 0.0);  // gone from the lookup: deleted
  f.saves.touched("pm-2", 0.0);  // created and deleted before any save
  const std::vector<Write> writes = f.saves.due_writes(1.0, false, f.lookup());
  ASSERT_EQ(writes.size(), 1u);
  EXPECT_EQ(writes[0].kind, Write::Kind::remove);
  EXPECT_EQ(writes[0].id, "pm-1");
  EXPECT_EQ(writes[0].base_revision, 3u);
  EXPECT_FALSE(f.saves.has_unsaved("pm-2"));
}

TEST(SaveTracker, AFullStorageSaysSoKeepsTheChangeAndRetriesLater) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "A");
  f.saves.touched("pm-1", 0.0);
  ASSERT_EQ(f.saves.due_writes(1.0, false, f.lookup()).size(), 1u);
  f.saves.failed("pm-1", "storage is full.", true, 1.5);
  EXPECT_EQ(f.saves.status().state, SaveState::failed);
  EXPECT_NE(f.saves.status().message.find("storage for Hindsight is full"), std::string::npos);
  EXPECT_TRUE(f.saves.has_unsaved("pm-1"));
  EXPECT_TRUE(f.saves.due_writes(5.0, false, f.lookup()).empty());
  const std::vector<Write> retry =
      f.saves.due_writes(1.5 + SaveTracker::kRetrySeconds, false, f.lookup());
  ASSERT_EQ(retry.size(), 1u);
  EXPECT_EQ(retry[0].base_revision, 0u);  // nothing was stored by the failed write
  f.saves.written("pm-1", 1);
  EXPECT_EQ(f.saves.status().state, SaveState::saved);
}

TEST(SaveTracker, AConflictStopsWritesUntilTheUserKeepsTheirVersion) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "Mine");
  f.saves.know_stored("pm-1", 2);
  f.saves.touched("pm-1", 0.0);
  ASSERT_EQ(f.saves.due_writes(1.0, false, f.lookup()).size(), 1u);
  f.saves.conflict("pm-1", 7);
  EXPECT_EQ(f.saves.status().state, SaveState::conflict);
  EXPECT_TRUE(f.saves.in_conflict("pm-1"));
  f.saves.touched("pm-1", 2.0);
  EXPECT_TRUE(f.saves.due_writes(10.0, true, f.lookup()).empty());
  f.saves.keep_mine("pm-1", 11.0);
  const std::vector<Write> writes = f.saves.due_writes(12.0, false, f.lookup());
  ASSERT_EQ(writes.size(), 1u);
  EXPECT_EQ(writes[0].base_revision, 7u);  // written over exactly what the other tab stored
  EXPECT_EQ(writes[0].revision, 8u);
}

TEST(SaveTracker, TakingTheStoredVersionLeavesNothingUnsaved) {
  Fixture f;
  f.saves.touched("pm-1", 0.0);
  f.saves.conflict("pm-1", 9);
  f.saves.take_stored("pm-1", 9);
  EXPECT_FALSE(f.saves.has_unsaved());
  EXPECT_EQ(f.saves.stored_revision("pm-1"), 9u);
  EXPECT_EQ(f.saves.status().state, SaveState::saved);
}

TEST(SaveTracker, StorageOffWritesNothingAndSaysWhy) {
  Fixture f;
  f.held["pm-1"] = postmortem("pm-1", "A");
  f.saves.turn_off("this browser blocks storage for this page.");
  f.saves.touched("pm-1", 0.0);
  EXPECT_TRUE(f.saves.due_writes(100.0, true, f.lookup()).empty());
  EXPECT_EQ(f.saves.status().state, SaveState::off);
  EXPECT_EQ(f.saves.status().message,
            "Saving is off: this browser blocks storage for this page. Your work stays in this "
            "tab; Export all keeps a copy.");
  EXPECT_TRUE(f.saves.has_unsaved());
}

TEST(StoredRecord, DamagedNewerAndMismatchedRecordsAreQuarantinedWithTheirTextUnchanged) {
  const std::string damaged = "{\"schema\": 2, \"id\": \"pm-1\", \"incident\": {";
  auto first = decode_record({"pm-1", 3, damaged});
  ASSERT_TRUE(std::holds_alternative<Quarantined>(first));
  EXPECT_EQ(std::get<Quarantined>(first).text, damaged);
  EXPECT_EQ(std::get<Quarantined>(first).revision, 3u);
  EXPECT_EQ(std::get<Quarantined>(first).reason.rfind("it is damaged", 0), 0u);

  core::Json newer = core::to_json(postmortem("pm-2", "From the future"));
  newer["schema"] = core::kSchemaVersion + 1;
  auto second = decode_record({"pm-2", 1, newer.dump()});
  ASSERT_TRUE(std::holds_alternative<Quarantined>(second));
  EXPECT_EQ(std::get<Quarantined>(second).reason, "it was written by a newer version of Hindsight");
  EXPECT_EQ(std::get<Quarantined>(second).text, newer.dump());

  auto third = decode_record({"pm-3", 1, core::save_json(postmortem("pm-4", "Elsewhere"))});
  ASSERT_TRUE(std::holds_alternative<Quarantined>(third));
  EXPECT_EQ(quarantine_file_name(std::get<Quarantined>(third)), "pm-3.stored.json");
}

TEST(StoredRecord, ARecordReadsBackAsThePostmortemItWasWrittenFrom) {
  core::PostMortem pm = postmortem("pm-1", "Disk full on db-2");
  pm.incident.date = "2024-01-15";
  auto decoded = decode_record({"pm-1", 2, record_text(pm)});
  ASSERT_TRUE(std::holds_alternative<core::PostMortem>(decoded));
  EXPECT_EQ(std::get<core::PostMortem>(decoded), pm);
  const core::Json summary = core::Json::parse(record_summary(pm, 2));
  EXPECT_EQ(summary["title"], "Disk full on db-2");
  EXPECT_EQ(summary["date"], "2024-01-15");
  EXPECT_EQ(summary["status"], "draft");
  EXPECT_EQ(summary["revision"], 2);
}

}  // namespace
}  // namespace hindsight::storage
