// Dates as the Markdown importer meets them: a day that does not exist ("Feb 31", "2024-02-30",
// "31-04-2024", "Feb 29" in 2023) never becomes a time on another day; its text stays and a
// warning names its line. A document without front matter dates from its incident, not 1970.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/markdown/markdown_import.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

PostMortem postmortem_of(const ImportResult& r) {
  EXPECT_TRUE(r.postmortem) << r.error;
  return r.postmortem.value_or(PostMortem{});
}

// The lines of the warnings whose message holds `words`.
std::vector<int> warned_lines(const ImportResult& r, std::string_view words) {
  std::vector<int> lines;
  for (const ImportWarning& w : r.warnings)
    if (w.message.find(words) != std::string::npos) lines.push_back(w.line);
  return lines;
}

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

TEST(ImportDates, AFileNameThatOpensWithADayDatesADocumentThatNamesNone) {
  const std::string markdown = "# Listener failure\n\nThe listener stopped.\n";
  for (const auto& [name, date] : std::vector<std::pair<std::string, std::string>>{
           {"2019-03-18-galaxy-downtime.md", "2019-03-18"},
           {"postmortems/20220420_foel_listener_failure.md", "2022-04-20"},
           {"C:\\notes\\2024_01_15 db.md", "2024-01-15"},
           {"2024-02-30-impossible.md", ""},
           {"20220420123.md", ""},
           {"outage-2019-03-18.md", ""},
           {"", ""}}) {
    const ImportResult r = import_markdown(markdown, name);
    ASSERT_TRUE(r.postmortem) << name;
    EXPECT_EQ(r.postmortem->incident.date, date) << name;
  }
  // A day the text names wins over the file's.
  const ImportResult titled =
      import_markdown("# Outage on 2023-05-02\n\nThe listener stopped.\n", "2023-05-09-outage.md");
  ASSERT_TRUE(titled.postmortem);
  EXPECT_EQ(titled.postmortem->incident.date, "2023-05-02");
}

TEST(ImportDates, AFileNameWithTheYearLastDatesTheDocumentWhenOneReadingIsSettled) {
  const std::string tuesday = "# Outage\n\nOn Tuesday at 02:01 AM UTC the registry went down.\n";
  const std::string unnamed = "# Outage\n\nThe registry went down.\n";
  for (const auto& [name, markdown, date] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           // 2 March 2021 was a Tuesday, 3 February a Wednesday: the text's Tuesday settles
           // which is the day, written day first or month first.
           {"02-03-2021-outage-post-mortem.md", tuesday, "2021-03-02"},
           {"03-02-2021-outage.md", tuesday, "2021-03-02"},
           {"02-03-2021-outage.md", unnamed, ""},
           // Only one reading is a day of the calendar.
           {"25-03-2021-outage.md", unnamed, "2021-03-25"},
           {"03-25-2021-outage.md", unnamed, "2021-03-25"},
           {"05-05-2021-outage.md", unnamed, "2021-05-05"},
           {"32-13-2021-outage.md", unnamed, ""},
           {"02-03-21-outage.md", unnamed, ""}}) {
    const ImportResult r = import_markdown(markdown, name);
    ASSERT_TRUE(r.postmortem) << name;
    EXPECT_EQ(r.postmortem->incident.date, date) << name;
  }
}

TEST(ImportDates, ImpossibleDatesInATimelineListStayTextWithAWarningOnTheirLine) {
  const ImportResult r = import_markdown(R"(# Outage

**Date:** 2024-03-04

## Timeline

- 2024-02-30 14:00 UTC - Alert fired
- 31-04-2024 14:05 UTC - Paged the on-call
- Feb 31 14:10 UTC - Rolled back
- 2024-03-04 14:20 UTC - Resolved
)");
  const PostMortem p = postmortem_of(r);
  ASSERT_EQ(p.timeline.size(), 4u);
  EXPECT_EQ(p.timeline[0].at, std::nullopt);
  EXPECT_EQ(p.timeline[0].text, "2024-02-30 14:00 UTC - Alert fired");
  EXPECT_EQ(p.timeline[1].at, std::nullopt);
  EXPECT_EQ(p.timeline[1].text, "31-04-2024 14:05 UTC - Paged the on-call");
  EXPECT_EQ(p.timeline[2].at, std::nullopt);
  EXPECT_EQ(p.timeline[2].text, "Feb 31 14:10 UTC - Rolled back");
  EXPECT_EQ(p.timeline[3].at, at("2024-03-04T14:20:00Z"));
  EXPECT_EQ(warned_lines(r, "is not a day of the calendar"), (std::vector<int>{7, 8, 9}));
}

TEST(ImportDates, ImpossibleDateInATimelineTableCellStaysTextWithAWarningOnItsRow) {
  const ImportResult r = import_markdown(R"(# Outage

## Timeline

| Time (UTC) | Event |
|---|---|
| 2024-02-30 14:00 | Alert fired |
| 2024-03-01 14:05 | Paged |
)");
  const PostMortem p = postmortem_of(r);
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[0].at, std::nullopt);
  EXPECT_EQ(p.timeline[0].text, "2024-02-30 14:00 Alert fired");
  EXPECT_EQ(p.timeline[1].at, at("2024-03-01T14:05:00Z"));
  EXPECT_EQ(warned_lines(r, "\"2024-02-30 14:00\" is not a day of the calendar"),
            (std::vector<int>{7}));
}

TEST(ImportDates, February29WithoutAYearIsNoDayInANonLeapIncidentYear) {
  const ImportResult r = import_markdown(R"(# Outage

**Date:** 2023-02-28

## Timeline

- Feb 29 14:00 UTC - Alert fired
- Feb 28 15:00 UTC - Paged
)");
  const PostMortem p = postmortem_of(r);
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[0].at, std::nullopt);  // not 2023-03-01
  EXPECT_EQ(p.timeline[0].text, "Feb 29 14:00 UTC - Alert fired");
  EXPECT_EQ(p.timeline[1].at, at("2023-02-28T15:00:00Z"));
  EXPECT_EQ(warned_lines(r, "in 2023 it is not a day of the calendar"), (std::vector<int>{7}));
}

TEST(ImportDates, February29DayLineInANonLeapYearDoesNotMoveLaterTimes) {
  const ImportResult r = import_markdown(R"(# Outage

**Date:** 2023-02-28

## Timeline

**Feb 29**

- 14:00 UTC - Alert fired
)");
  const PostMortem p = postmortem_of(r);
  ASSERT_FALSE(p.timeline.empty());
  EXPECT_EQ(p.timeline.back().at, at("2023-02-28T14:00:00Z"));
  EXPECT_EQ(warned_lines(r, "\"Feb 29\" is not a day of the calendar in 2023"),
            (std::vector<int>{7}));
}

TEST(ImportDates, February29WithoutAYearIsADayInALeapIncidentYear) {
  const ImportResult r = import_markdown(
      "# Outage\n\n**Date:** 2024-02-28\n\n## Timeline\n\n- Feb 29 14:00 UTC - Alert\n");
  const PostMortem p = postmortem_of(r);
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_EQ(p.timeline[0].at, at("2024-02-29T14:00:00Z"));
}

TEST(ImportDates, ImpossibleMetadataDatesAreKeptOutOfTheIncidentDateWithAWarning) {
  for (const char* written : {"2024-02-30", "31-04-2024", "Feb 31, 2024"}) {
    const ImportResult r = import_markdown(std::string("# Outage\n\n**Date:** ") + written +
                                           "\n\n## Summary\n\nIt broke.\n");
    const PostMortem p = postmortem_of(r);
    EXPECT_EQ(p.incident.date, "") << written;
    EXPECT_EQ(warned_lines(r, "\"" + std::string(written) + "\" is not a day of the calendar"),
              (std::vector<int>{3}))
        << written;
  }
}

TEST(ImportDates, DocumentWithoutFrontMatterIsCreatedOnItsIncidentDate) {
  const PostMortem p = postmortem_of(import_markdown(
      "# Outage\n\n**Date:** 2024-03-04\n\n## Timeline\n\n- 2024-03-05 09:12 UTC - Alert\n"));
  EXPECT_EQ(p.created_at, at("2024-03-04T00:00:00Z"));
}

TEST(ImportDates, DocumentWithoutFrontMatterOrDateIsCreatedOnTheDayOfItsFirstEvent) {
  const PostMortem p =
      postmortem_of(import_markdown("# Outage\n\n## Timeline\n\n- 2024-05-02 09:12 UTC - Alert\n- "
                                    "2024-05-01 23:50 UTC - Deploy\n"));
  EXPECT_EQ(p.created_at, at("2024-05-01T00:00:00Z"));
}

TEST(ImportDates, AnHourAloneWithItsHalfOfTheDayIsATime) {
  const PostMortem p = postmortem_of(import_markdown(
      "# Outage\n\n**Date:** 2024-03-04\n\n## Timeline\n\n- 8 pm UTC: Alert\n- 11PM: Rollback\n"
      "- 12 a.m.: Recovered\n- 13 pm: Note\n"));
  ASSERT_EQ(p.timeline.size(), 4u);
  EXPECT_EQ(p.timeline[0].at, at("2024-03-04T20:00:00Z"));
  EXPECT_EQ(p.timeline[1].at, at("2024-03-04T23:00:00Z"));
  EXPECT_EQ(p.timeline[2].at, at("2024-03-05T00:00:00Z"));
  EXPECT_EQ(p.timeline[3].text, "13 pm: Note");  // no hour of a 12-hour clock
}

TEST(ImportDates, CreatedAtInTheFrontMatterWins) {
  const PostMortem p = postmortem_of(import_markdown(
      "---\ncreated_at: \"1970-01-01T00:00:00Z\"\n---\n# Outage\n\n**Date:** 2024-03-04\n"));
  EXPECT_EQ(p.created_at, UtcSeconds{});
}

}  // namespace
}  // namespace hindsight::core
