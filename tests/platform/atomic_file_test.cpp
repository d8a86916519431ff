// The desktop's store survives a kill during a save: a child process rewrites one record as fast
// as it can, alternating between two versions of very different sizes, and is killed (SIGKILL) at
// a random moment, over and over. After every kill the file holds exactly one of the two versions,
// never a mix, a truncation or nothing.
#include "platform/native/atomic_file.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

namespace hindsight::platform {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::filesystem::path fresh_folder() {
  const auto folder =
      std::filesystem::temp_directory_path() / ("hindsight-atomic-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

TEST(AtomicFile, AWriteReplacesTheFileAndLeavesNoTemporaryBehind) {
  const auto folder = fresh_folder();
  const auto path = folder / "pm-1.json";
  ASSERT_EQ(write_file_atomically(path, "first"), "");
  ASSERT_EQ(write_file_atomically(path, "second, longer"), "");
  EXPECT_EQ(read_file(path), "second, longer");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), {}), 1);
  std::filesystem::remove_all(folder);
}

TEST(AtomicFile, AFailedWriteSaysWhyAndLeavesTheFileAlone) {
  const auto folder = fresh_folder();
  const auto path = folder / "missing-folder" / "pm-1.json";
  const std::string why = write_file_atomically(path, "text");
  EXPECT_NE(why.find("could not create"), std::string::npos) << why;
  EXPECT_FALSE(std::filesystem::exists(path));
  std::filesystem::remove_all(folder);
}

TEST(AtomicFile, AKillDuringASaveLeavesTheOldVersionOrTheNewOneNeverAMix) {
  const auto folder = fresh_folder();
  const auto path = folder / "pm-1.json";
  const std::string small = "{\"title\": \"small\"}\n";
  const std::string large = "{\"title\": \"" + std::string(3 * 1024 * 1024, 'x') + "\"}\n";
  ASSERT_EQ(write_file_atomically(path, small), "");
  std::mt19937 random(12345);
  std::uniform_int_distribution<int> delay_us(500, 40000);
  constexpr int kKills = 25;
  for (int round = 0; round < kKills; ++round) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      for (int i = 0;; ++i) write_file_atomically(path, (i % 2) ? small : large);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    const std::string now = read_file(path);
    ASSERT_TRUE(now == small || now == large)
        << "round " << round << ": " << now.size() << " bytes";
  }
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace hindsight::platform
