// The desktop's store, through platform.hpp as the app uses it: a write becomes `<id>.json`
// holding exactly the record's text, comes back at the next start with its revision, a removal
// deletes it, an id that cannot be a file name is refused, and a temporary file left by a crash
// is cleaned up without touching the record.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "platform/platform.hpp"

namespace hindsight::platform {
namespace {

class StorageNative : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ =
        std::filesystem::temp_directory_path() / ("hindsight-store-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder_);
    ::setenv("HINDSIGHT_DATA_DIR", folder_.c_str(), 1);
    take_storage_events();
  }
  void TearDown() override {
    std::filesystem::remove_all(folder_);
    ::unsetenv("HINDSIGHT_DATA_DIR");
  }
  std::filesystem::path folder_;
};

storage::Write put(const std::string& id, std::uint64_t base, const std::string& text) {
  storage::Write write;
  write.id = id;
  write.base_revision = base;
  write.revision = base + 1;
  write.text = text;
  write.summary = "{}";
  return write;
}

TEST_F(StorageNative, AWrittenRecordComesBackAtTheNextStartExactlyAsWritten) {
  ASSERT_TRUE(load_stored_data().available);
  store({put("pm-1", 0, "{\"id\": \"pm-1\"}\n")});
  const auto events = take_storage_events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, storage::StorageEvent::Kind::written);
  EXPECT_EQ(events[0].revision, 1u);
  const storage::StoredData again = load_stored_data();
  ASSERT_EQ(again.records.size(), 1u);
  EXPECT_EQ(again.records[0].id, "pm-1");
  EXPECT_EQ(again.records[0].text, "{\"id\": \"pm-1\"}\n");
}

TEST_F(StorageNative, ARemovalDeletesTheRecordsFile) {
  load_stored_data();
  store({put("pm-1", 0, "{}")});
  storage::Write remove;
  remove.kind = storage::Write::Kind::remove;
  remove.id = "pm-1";
  remove.base_revision = 1;
  store({remove});
  EXPECT_FALSE(std::filesystem::exists(folder_ / "pm-1.json"));
  EXPECT_TRUE(load_stored_data().records.empty());
}

TEST_F(StorageNative, AnIdThatCannotBeAFileNameIsRefusedAndNothingIsWritten) {
  load_stored_data();
  store({put("../escape", 0, "{}")});
  const auto events = take_storage_events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, storage::StorageEvent::Kind::failed);
  EXPECT_FALSE(std::filesystem::exists(folder_.parent_path() / "escape.json"));
}

TEST_F(StorageNative, ATemporaryFileLeftByACrashIsRemovedAndTheRecordKept) {
  load_stored_data();
  store({put("pm-1", 0, "kept")});
  std::ofstream(folder_ / "pm-1.json.tmp-4242") << "half";
  const storage::StoredData again = load_stored_data();
  ASSERT_EQ(again.records.size(), 1u);
  EXPECT_EQ(again.records[0].text, "kept");
  EXPECT_FALSE(std::filesystem::exists(folder_ / "pm-1.json.tmp-4242"));
}

}  // namespace
}  // namespace hindsight::platform
