// The importer's record of where each field starts: a path recorded twice keeps its latest line,
// entries read back sorted by path and one per path, and a record after a read is seen by the
// next read.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/markdown/source_lines.hpp"

namespace hindsight::core {
namespace {

TEST(SourceLines, ThePathsLatestRecordIsTheOneThatCounts) {
  SourceLines lines;
  lines.record("/timeline/0", 3);
  lines.record("/incident/title", 1);
  lines.record("/timeline/0", 7);
  EXPECT_EQ(lines.line_of("/timeline/0"), 7);
  EXPECT_EQ(lines.line_of("/incident/title"), 1);
  EXPECT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines.count("/timeline/1"), 0u);
  EXPECT_EQ(lines.find("/timeline"), lines.end());
}

TEST(SourceLines, EntriesReadBackSortedByPathOnePerPath) {
  SourceLines lines;
  for (const char* path : {"/timeline/2", "/timeline/10", "/timeline/2/text", "/actions/0",
                           "/timeline/10"})
    lines.record(path, 5);
  std::vector<std::string> paths;
  for (const auto& [path, line] : lines) paths.push_back(path);
  EXPECT_EQ(paths, (std::vector<std::string>{"/actions/0", "/timeline/10", "/timeline/2",
                                             "/timeline/2/text"}));
}

TEST(SourceLines, ARecordAfterAReadIsSeenByTheNextRead) {
  SourceLines lines;
  lines.record("/b", 2);
  EXPECT_EQ(lines.line_of("/b"), 2);
  lines.record("/a", 1);
  lines.record("/b", 9);
  EXPECT_EQ(lines.line_of("/a"), 1);
  EXPECT_EQ(lines.line_of("/b"), 9);
  EXPECT_EQ(lines.count("/c"), 0u);
}

TEST(SourceLines, TwoRecordsOfTheSameLinesInAnotherOrderAreEqual) {
  SourceLines first, second;
  first.record("/a", 1);
  first.record("/b", 2);
  second.record("/b", 2);
  second.record("/a", 1);
  EXPECT_EQ(first, second);
  second.record("/a", 4);
  EXPECT_FALSE(first == second);
}

}  // namespace
}  // namespace hindsight::core
