// Layouts of published post-mortems the importer reads: dates written month first or with two
// digits for the year, ranges of days, 24-hour times with a stray AM/PM, the day written after a
// time, "PT" for US Pacific time, timeline tables with the year in a column's header, headings
// that name a day, and action items written as labelled paragraphs, lines of verbs, intro lines
// over lists, or with their links listed under them.
#include <gtest/gtest.h>

#include <string>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {
namespace {

PostMortem read_postmortem(std::string_view markdown) {
  ImportResult result = import_markdown(markdown);
  EXPECT_TRUE(result.postmortem) << result.error;
  return result.postmortem.value_or(PostMortem{});
}

std::string at_of(const TimelineEvent& event) {
  return event.at ? format_iso8601(*event.at) : "(none)";
}

void expect_round_trip(const PostMortem& p) {
  const ImportResult again = import_markdown(export_markdown(p));
  ASSERT_TRUE(again.postmortem) << again.error;
  EXPECT_EQ(to_json(*again.postmortem).dump(1), to_json(p).dump(1));
}

TEST(LooseDate, DashDateReadsMonthFirstWhenDayFirstIsNoDay) {
  const auto d = read_date("02-13-2025 11:00 pm - Mempool count rises");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2025-02-13");
  EXPECT_EQ(d->length, 10u);
  const auto day_first = read_date("05-03-2025");
  ASSERT_TRUE(day_first);
  EXPECT_EQ(iso_date(*day_first), "2025-03-05");
}

TEST(LooseDate, DayMonthNameAndYearJoinedBySlashesAreRead) {
  // "22/Mar/2022", as a web server's log writes a day.
  const auto d = read_date("22/Mar/2022 incident on two nodes");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2022-03-22");
  EXPECT_EQ(d->length, 11u);
  EXPECT_FALSE(read_date("31/Feb/2022"));  // no such day
  // A slashed number after a day is no month: "22/03/2022" is read as numbers, not by name.
  const auto numbers = read_date("22/03/2022");
  ASSERT_TRUE(numbers);
  EXPECT_EQ(iso_date(*numbers), "2022-03-22");
}

TEST(LooseTime, ADayThenAClockAfterACommaIsAToldMoment) {
  // "On 23 April 2026, 1AM SAST, our alerts fired": the day, a comma, then the clock.
  const auto t = read_time("On 23 April 2026, 1AM SAST, our alerts fired");
  ASSERT_TRUE(t);
  ASSERT_TRUE(t->date);
  EXPECT_EQ(iso_date(*t->date), "2026-04-23");
  EXPECT_EQ(t->seconds_of_day, 1 * 3600);
  EXPECT_TRUE(t->told);
  // The clock must name its zone, its half of the day or end with punctuation: "15 servers"
  // after the comma is a count, not a time.
  EXPECT_FALSE(read_time("On 23 April 2026, 15 servers failed"));
  // "On the 15 Mar 2020, around 9pm UTC the proposal was submitted": "the" before the day, an
  // approximate clock after the comma.
  const auto about = read_time("On the 15 Mar 2020, around 9pm UTC the proposal was submitted");
  ASSERT_TRUE(about);
  ASSERT_TRUE(about->date);
  EXPECT_EQ(iso_date(*about->date), "2020-03-15");
  EXPECT_EQ(about->seconds_of_day, 21 * 3600);
  EXPECT_TRUE(about->approximate);
  EXPECT_EQ(std::string_view("On the 15 Mar 2020, around 9pm UTC the proposal was submitted")
                .substr(about->length),
            " the proposal was submitted");
}

TEST(LooseTime, AMinuteOfOneDigitIsNoTime) {
  // "07:7:47" between "07:46" and "07:57" rows: a typing slip whose meaning (07:47?) no reader
  // can settle; it stays text, with a warning, rather than a wrong moment.
  EXPECT_FALSE(read_time("2020-02-06 07:7:47 @cammellos says it will break a few apps"));
  EXPECT_FALSE(read_time("07:7 the build started"));
}

TEST(LooseDate, DatesWrittenWithUnicodeHyphensAreReadAndMeasuredAsWritten) {
  // "2026‑01‑22": U+2011 non-breaking hyphens, three bytes each.
  const std::string written =
      "2026\xE2\x80\x91"
      "01\xE2\x80\x91"
      "22 14:28:08 PST Stopped node-0";
  const auto d = read_date(written);
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2026-01-22");
  EXPECT_EQ(d->length, 14u);
  const auto t = read_time(written);
  ASSERT_TRUE(t);
  ASSERT_TRUE(t->date);
  EXPECT_EQ(t->seconds_of_day, 14 * 3600 + 28 * 60 + 8);
  EXPECT_EQ(t->abbreviation, "PST");
  EXPECT_EQ(written.substr(t->length), " Stopped node-0");
  const auto found = find_date(
      "Outage on 2026\xE2\x88\x92"
      "01\xE2\x88\x92"
      "22, after a deploy");
  ASSERT_TRUE(found);
  EXPECT_EQ(iso_date(*found), "2026-01-22");
}

TEST(LooseDate, UnicodeHyphensAmongCurlyQuotesAreMeasuredAndChecked) {
  // "café “quoted” 2026‑01‑22—next": two-byte and three-byte characters before the date, an em
  // dash after it.
  const std::string text =
      "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D 2026\xE2\x80\x91"
      "01\xE2\x80\x91"
      "22\xE2\x80\x94next";
  const auto found = find_date(text);
  ASSERT_TRUE(found);
  EXPECT_EQ(iso_date(*found), "2026-01-22");
  EXPECT_EQ(text.substr(found->length), "\xE2\x80\x94next");
  // "2026‑02‑31" names no day, with Unicode hyphens as with ASCII ones.
  EXPECT_TRUE(
      impossible_date("2026\xE2\x80\x91"
                      "02\xE2\x80\x91"
                      "31"));
  EXPECT_TRUE(impossible_date("2026-02-31"));
}

TEST(LooseDate, YearFirstThenMonthAndDayIsRead) {
  const auto d = read_date("2023, Sept 21");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2023-09-21");
  EXPECT_EQ(d->length, 13u);
  EXPECT_FALSE(read_date("2023, Feb 30"));  // no such day
  EXPECT_FALSE(read_date("2023, the year we moved"));
  const auto timed = read_date("2023, Sept 21 14:05 UTC");
  ASSERT_TRUE(timed);
  EXPECT_EQ(timed->length, 13u);
  // Inside prose the day must end the date: here "March 3" counts outages.
  EXPECT_FALSE(read_date("2022, March 3 outages hit checkout"));
  const auto later = find_date("In 2022, March 3 outages hit checkout; the fourth, on 2024-03-05.");
  ASSERT_TRUE(later);
  EXPECT_EQ(iso_date(*later), "2024-03-05");
}

TEST(LooseDate, SlashDateReadsMonthFirstAndTwoDigitYears) {
  const auto d = read_date("7/5/2023");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2023-07-05");
  const auto short_year = read_date("7/6/23");
  ASSERT_TRUE(short_year);
  EXPECT_EQ(iso_date(*short_year), "2023-07-06");
  const auto day_over_twelve = read_date("26/03/2023");
  ASSERT_TRUE(day_over_twelve);
  EXPECT_EQ(iso_date(*day_over_twelve), "2023-03-26");
  EXPECT_FALSE(read_date("1.5.23"));  // with dots, a version number, not a date
}

TEST(LooseDate, CjkDatesAndClocksAreRead) {
  const auto d = read_date("2021年11月25日午後3時");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2021-11-25");
  EXPECT_EQ(d->length, std::string_view("2021年11月25日").size());
  const auto korean = read_date("2021년 11월 25일");
  ASSERT_TRUE(korean);
  EXPECT_EQ(iso_date(*korean), "2021-11-25");
  const auto no_year = read_date("11月25日");
  ASSERT_TRUE(no_year);
  EXPECT_EQ(no_year->year, 0);
  EXPECT_EQ(no_year->month, 11);
  EXPECT_EQ(no_year->day, 25);
  EXPECT_FALSE(read_date("2021年2月30日"));
  EXPECT_TRUE(impossible_date("2021年2月30日"));
  // Latin digits set apart from their units by spaces, as much Chinese text writes them.
  const auto spaced = read_date("2025 年 3 月 15 日上午");
  ASSERT_TRUE(spaced);
  EXPECT_EQ(iso_date(*spaced), "2025-03-15");
  EXPECT_EQ(spaced->length, std::string_view("2025 年 3 月 15 日").size());
  EXPECT_FALSE(read_date("2025 年 3 月"));  // a month, no day

  const auto afternoon = read_time("2021年11月25日午後3時");
  ASSERT_TRUE(afternoon);
  EXPECT_EQ(afternoon->seconds_of_day, 15 * 3600);
  const auto morning = read_time("午前10時47分 復旧");
  ASSERT_TRUE(morning);
  EXPECT_EQ(morning->seconds_of_day, 10 * 3600 + 47 * 60);
  const auto chinese = read_time("下午3点20分");
  ASSERT_TRUE(chinese);
  EXPECT_EQ(chinese->seconds_of_day, 15 * 3600 + 20 * 60);
  EXPECT_FALSE(read_time("3時間後に復旧"));  // "after three hours": a span, not a time
  EXPECT_FALSE(read_time("午後13時"));
}

TEST(LooseDate, DayWrittenAsMonthSlashDayAloneIsRead) {
  const auto d = read_slashed_day("11/25");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->month, 11);
  EXPECT_EQ(d->day, 25);
  EXPECT_EQ(d->year, 0);
  const auto colon = read_slashed_day("3/4:");
  ASSERT_TRUE(colon);
  EXPECT_EQ(colon->month, 3);
  const auto day_first = read_slashed_day("25/11");
  ASSERT_TRUE(day_first);
  EXPECT_EQ(day_first->month, 11);
  EXPECT_FALSE(read_slashed_day("11/25 users"));
  EXPECT_FALSE(read_slashed_day("13/13"));
  EXPECT_FALSE(read_slashed_day("2/30"));
}

TEST(LooseDate, TitleDateWithTwoDigitYearIsFound) {
  const auto d = find_date("Website Outage 5-26-21");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2021-05-26");
}

TEST(LooseDate, EightDigitDayInANameIsFoundOnlyWhenItIsACalendarDay) {
  const auto d = find_compact_date("multi_vits_gan_20260127_resume27k");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2026-01-27");
  EXPECT_EQ(d->length, std::string("multi_vits_gan_20260127").size());
  EXPECT_FALSE(find_compact_date("build 20251399"));      // no month 13
  EXPECT_FALSE(find_compact_date("order 120260127"));     // nine digits
  EXPECT_FALSE(find_compact_date("ticket 18890101"));     // no year of ours
  EXPECT_FALSE(find_compact_date("release 2026-01-27"));  // dashes: find_date's
}

TEST(LooseDate, RangeOfDaysReadsItsFirstDayAndTheYearAfterIt) {
  const auto d = read_date("January 14-19, 2026");
  ASSERT_TRUE(d);
  EXPECT_EQ(iso_date(*d), "2026-01-14");
  EXPECT_EQ(d->last_day, 19);
  EXPECT_EQ(d->length, std::string("January 14-19, 2026").size());
  const auto ordinal = read_date("Oct 30th 2021");
  ASSERT_TRUE(ordinal);
  EXPECT_EQ(iso_date(*ordinal), "2021-10-30");
  EXPECT_EQ(ordinal->last_day, 0);
}

TEST(LooseDate, WeekdayAloneIsAWeekday) {
  EXPECT_TRUE(is_weekday("Sun"));
  EXPECT_TRUE(is_weekday("Tues"));
  EXPECT_TRUE(is_weekday("Thursday"));
  EXPECT_FALSE(is_weekday("Oct 31"));
  EXPECT_FALSE(is_weekday("Sunny"));
}

TEST(LooseTime, TwentyFourHourTimeWithAStrayMeridiemKeepsItsHour) {
  const auto pm = read_time("13:06 PM: The impersonator states");
  ASSERT_TRUE(pm);
  EXPECT_EQ(pm->seconds_of_day, 13 * 3600 + 6 * 60);
  EXPECT_FALSE(pm->meridiem);
  EXPECT_EQ(pm->length, 8u);
  const auto am = read_time("23:00 AM MST Saturday");
  ASSERT_TRUE(am);
  EXPECT_EQ(am->seconds_of_day, 23 * 3600);
  EXPECT_EQ(am->utc_offset_seconds, -7 * 3600);
  const auto twelve_hour = read_time("12:11 PM: text");
  ASSERT_TRUE(twelve_hour);
  EXPECT_EQ(twelve_hour->seconds_of_day, 12 * 3600 + 11 * 60);
  EXPECT_TRUE(twelve_hour->meridiem);
}

TEST(LooseTime, FourDigitsBeforeAZoneAreATimeOfDay) {
  const std::string text = "Feb 7 1506 UTC: The teams agree";
  const auto dated = read_time(text);
  ASSERT_TRUE(dated);
  ASSERT_TRUE(dated->date);
  EXPECT_EQ(dated->date->month, 2);
  EXPECT_EQ(dated->date->day, 7);
  EXPECT_EQ(dated->date->year, 0);
  EXPECT_EQ(dated->seconds_of_day, 15 * 3600 + 6 * 60);
  EXPECT_EQ(text.substr(dated->length), ": The teams agree");
  const auto alone = read_time("1936 UTC: v22.0.1 is released");
  ASSERT_TRUE(alone);
  EXPECT_EQ(alone->seconds_of_day, 19 * 3600 + 36 * 60);
  EXPECT_FALSE(read_time("1625: three retries"));  // no zone, no date: a count
  EXPECT_FALSE(read_time("2460 UTC"));             // no minute 60
  EXPECT_FALSE(read_time("1200 EST customers could not log in"));  // a count before a zone
  const auto year = read_date("Feb 9, 2025 UTC");  // after a comma, a year
  ASSERT_TRUE(year);
  EXPECT_EQ(year->year, 2025);
  const auto no_comma = read_date("Feb 9 2025 UTC: the fix is verified");  // a year it can be
  ASSERT_TRUE(no_comma);
  EXPECT_EQ(no_comma->year, 2025);
  EXPECT_FALSE(read_time("Feb 9 2025 UTC: the fix is verified"));
  const auto heading_day = read_date("March 14 2023 (UTC)");
  ASSERT_TRUE(heading_day);
  EXPECT_EQ(heading_day->year, 2023);
  const auto at = read_time("2021-08-27: At 12:50:07 UTC, issue exploited");
  ASSERT_TRUE(at);
  EXPECT_EQ(at->seconds_of_day, 12 * 3600 + 50 * 60 + 7);
}

TEST(LooseTime, DayWrittenAfterTheTimeAndItsZoneIsItsDate) {
  const std::string text = "12:45 PM PST Saturday Oct 30th: First wave begins";
  const auto t = read_time(text);
  ASSERT_TRUE(t);
  ASSERT_TRUE(t->date);
  EXPECT_EQ(t->date->month, 10);
  EXPECT_EQ(t->date->day, 30);
  EXPECT_EQ(t->date->year, 0);
  EXPECT_EQ(t->seconds_of_day, 12 * 3600 + 45 * 60);
  EXPECT_EQ(t->utc_offset_seconds, -8 * 3600);
  EXPECT_EQ(text.substr(t->length), ": First wave begins");

  const std::string in_parentheses = "22:30 UTC (Oct 29) - Incident reported";
  const auto p = read_time(in_parentheses);
  ASSERT_TRUE(p);
  ASSERT_TRUE(p->date);
  EXPECT_EQ(p->date->day, 29);
  EXPECT_EQ(in_parentheses.substr(p->length), " - Incident reported");

  const auto range = read_time("10:45 - 16:11 UTC");
  ASSERT_TRUE(range);
  EXPECT_FALSE(range->date);
}

TEST(LooseTime, DateThenColonThenTime) {
  const auto t = read_time("February 15, 2024: 7:56am UTC");
  ASSERT_TRUE(t);
  ASSERT_TRUE(t->date);
  EXPECT_EQ(iso_date(*t->date), "2024-02-15");
  EXPECT_EQ(t->seconds_of_day, 7 * 3600 + 56 * 60);
  EXPECT_TRUE(t->zone_named);
}

TEST(StatedZone, GenericUsZoneFollowsDaylightSaving) {
  const auto zone = find_stated_zone("Timeline (all times PT )");
  ASSERT_TRUE(zone);
  EXPECT_EQ(zone->rule, StatedZone::Rule::UsDaylight);
  EXPECT_EQ(utc_offset_at(*zone, LooseDate{2021, 10, 31, 0}, 21 * 3600), -7 * 3600);
  EXPECT_EQ(utc_offset_at(*zone, LooseDate{2021, 12, 1, 0}, 21 * 3600), -8 * 3600);
  EXPECT_FALSE(find_stated_zone("The PTO policy changed"));
}

TEST(MarkdownLayouts, TableWithTheYearInTheDateHeaderAndAWeekdayColumn) {
  const PostMortem p = read_postmortem(
      "# Suspected compromise\n\n## Timeline (all times PT )\n\n"
      "| Day | Date (2021) | Time (PT) | Event |\n|-----|-----|-----|-----|\n"
      "| Sun | Oct 31 | 21:33 | User reports a spend he did not make\n"
      "| Mon | Nov 1 | 17:00 | New hardware is set up |\n");
  ASSERT_EQ(p.timeline.size(), 4u);  // the zone notes of the heading and the column, the rows
  EXPECT_EQ(p.timeline[0].text, "(all times PT )");
  EXPECT_EQ(p.timeline[1].text, "Time (PT)");
  EXPECT_EQ(at_of(p.timeline[2]), "2021-11-01T04:33:00Z");
  EXPECT_EQ(p.timeline[2].text, "User reports a spend he did not make");
  EXPECT_EQ(at_of(p.timeline[3]), "2021-11-02T00:00:00Z");
  expect_round_trip(p);
}

// "all times PST" over July's times: read as written (UTC-8), as readers convert by the name; a
// warning says the Pacific clock keeps summer time then (UTC-7).
TEST(MarkdownLayouts, DateLinesInItalicsThenTwelveHourTimesInPacificTime) {
  const PostMortem p = read_postmortem(
      "# Phishing attempt\n\n## Timeline (all times PST) 7/5/2023-7/6/2023\n_7/5/2023_\n\n"
      "12:11 PM: Impersonator sends an email.\n\n13:06 PM: The impersonator asks for cards.\n\n"
      "_7/6/23_\n\n07:05 AM: The attachment is confirmed clean.\n");
  std::vector<std::string> ats;
  for (const TimelineEvent& e : p.timeline)
    if (e.at) ats.push_back(at_of(e));
  EXPECT_EQ(ats, (std::vector<std::string>{"2023-07-05T20:11:00Z", "2023-07-05T21:06:00Z",
                                           "2023-07-06T15:05:00Z"}));
  expect_round_trip(p);
}

TEST(MarkdownLayouts, HeadingNamingADayAndATitleDatesTheTimesUnderIt) {
  const PostMortem p = read_postmortem(
      "# Feature flags outages\n\n## Incident Timeline\n\n### October 21, 2025 - Redis Overload\n\n"
      "- **21:45 UTC** - Deploy timeout handling change\n\n"
      "### October 29-30, 2025 - CPU-Bound Latency\n\n"
      "- **22:30 UTC (Oct 29)** - Incident reported\n"
      "- **00:03 UTC (Oct 30)** - Rolled back hardware changes\n"
      "- **05:39 UTC** - Incident resolved\n");
  std::vector<std::string> ats;
  for (const TimelineEvent& e : p.timeline)
    if (e.at) ats.push_back(at_of(e) + " " + e.text);
  EXPECT_EQ(ats, (std::vector<std::string>{"2025-10-21T21:45:00Z Deploy timeout handling change",
                                           "2025-10-29T22:30:00Z Incident reported",
                                           "2025-10-30T00:03:00Z Rolled back hardware changes",
                                           "2025-10-30T05:39:00Z Incident resolved"}));
  expect_round_trip(p);
}

TEST(MarkdownLayouts, EarlierWrittenDayLooksBackWithoutMovingTheDayOfLaterTimes) {
  const PostMortem p = read_postmortem(
      "# Outage\n\n## Timeline\n\nAll events happened on 2019-10-21, all times are in UTC.\n\n"
      "- 2019-10-20 00:55: builds started failing\n- 01:38: alerts fired\n");
  ASSERT_EQ(p.timeline.size(), 3u);  // the statement stays as a note
  EXPECT_EQ(at_of(p.timeline[1]), "2019-10-20T00:55:00Z");
  EXPECT_EQ(at_of(p.timeline[2]), "2019-10-21T01:38:00Z");
}

TEST(MarkdownLayouts, TimelineHeadingStatingTheDayDatesItsTimes) {
  const PostMortem p = read_postmortem(
      "# Wiki attack\n\n## Timeline (all times UTC) Monday May 10th, 2021. All times "
      "approximations\n\n- 09:15:04 UTC an edit was made to the install page\n\n"
      "- 10:03:52 UTC Mariano reverted the change.\n");
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(at_of(p.timeline[0]), "2021-05-10T09:15:04Z");
  EXPECT_EQ(p.timeline[0].text, "an edit was made to the install page");
  EXPECT_EQ(at_of(p.timeline[1]), "2021-05-10T10:03:52Z");
}

TEST(MarkdownLayouts, TimeAfterAMonthFirstDateWithLowercaseMeridiem) {
  const PostMortem p = read_postmortem(
      "# Mempool\n\n## Timeline (all times PST) 02/13/2025 - 02/19/2025.\n\n"
      "02-13-2025 11:00 pm - Mempool count started increasing.\n\n"
      "02-14-2025 1:10 pm - Mempool count plateaus.\n");
  std::vector<std::string> ats;
  for (const TimelineEvent& e : p.timeline)
    if (e.at) ats.push_back(at_of(e) + " " + e.text);
  EXPECT_EQ(ats, (std::vector<std::string>{"2025-02-14T07:00:00Z Mempool count started increasing.",
                                           "2025-02-14T21:10:00Z Mempool count plateaus."}));
}

TEST(MarkdownLayouts, TwelveHourBulletsTakeTheDayFromTheTitle) {
  const PostMortem p = read_postmortem(
      "# Website Outage 5-26-21\n\n## Timeline (all times approximate)\n"
      "- 04:49 PM UTC Site repo branch was renamed\n- 05:00 PM UTC Support ticket was opened\n");
  ASSERT_EQ(p.timeline.size(), 3u);  // "(all times approximate)" stays as a note
  EXPECT_EQ(at_of(p.timeline[1]), "2021-05-26T16:49:00Z");
  EXPECT_EQ(p.timeline[1].text, "Site repo branch was renamed");
  EXPECT_EQ(at_of(p.timeline[2]), "2021-05-26T17:00:00Z");
}

TEST(MarkdownLayouts, LabelledActionParagraphUnderAnActionsHeadingNamesItsOwner) {
  const PostMortem p = read_postmortem(
      "# SDK bug\n\n## Remediation\n\n### Immediate Actions\n\n- Reverted the change\n\n"
      "**Action item:** Start incidents earlier. We should declare incidents sooner. "
      "Owner: @lucasheriques\n\n### Long-term Improvements\n\n"
      "- **Version testing**: Add automated tests. Owner: @lucasheriques\n");
  ASSERT_EQ(p.actions.size(), 3u);
  EXPECT_EQ(p.actions[0].action, "Reverted the change");
  EXPECT_EQ(p.actions[1].action, "Start incidents earlier. We should declare incidents sooner.");
  EXPECT_EQ(p.actions[1].owner, "lucasheriques");
  EXPECT_EQ(p.actions[2].action, "Version testing: Add automated tests.");
  EXPECT_EQ(p.actions[2].owner, "lucasheriques");
  expect_round_trip(p);
}

TEST(MarkdownLayouts, IntroLineOverAListAfterAListOfActionsIntroducesMoreActions) {
  const PostMortem p = read_postmortem(
      "# Outages\n\n## Remediation\n\n### Short-term Improvements\n\n"
      "**In progress (next 2 weeks):**\n\n- Form a strike team\n- Isolate Redis\n\n"
      "**To complete before re-enabling sync:**\n\n- Update the charts\n- Define a Redis "
      "strategy\n");
  ASSERT_EQ(p.actions.size(), 4u);
  EXPECT_EQ(p.actions[2].action, "Update the charts");
  EXPECT_EQ(p.actions[3].action, "Define a Redis strategy");
}

TEST(MarkdownLayouts, LinksListedUnderAnActionAreWhereItIsTracked) {
  const PostMortem p = read_postmortem(
      "# Fetch wrapper\n\n## Action Items\n\n"
      "- Adding integration tests for the fetch wrapper\n"
      "    - https://github.com/PostHog/posthog-js/pull/2935\n"
      "    - https://github.com/PostHog/posthog-js/pull/2936\n"
      "- Documenting the release process\n");
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[0].action, "Adding integration tests for the fetch wrapper");
  EXPECT_EQ(p.actions[0].ticket,
            "https://github.com/PostHog/posthog-js/pull/2935, "
            "https://github.com/PostHog/posthog-js/pull/2936");
  expect_round_trip(p);
}

TEST(MarkdownLayouts, LinesOpeningWithVerbsAreOneActionEachAndProseIsOne) {
  const PostMortem verbs = read_postmortem(
      "# Compromise\n\n## Corrective and Preventative Measure\n\n"
      "Develop better techniques in questioning the end-user.\n"
      "Hire a professional SecOps person.\n"
      "Add a feature to the GUI to inform the user.\n");
  ASSERT_EQ(verbs.actions.size(), 3u);
  EXPECT_EQ(verbs.actions[1].action, "Hire a professional SecOps person.");

  const PostMortem prose = read_postmortem(
      "# Outage\n\n## Corrective and Preventative Measures\n\n"
      "Going forward the team is going to rebuild the site deployment process.\n"
      "The ideal pattern would be one with quick failover.\n");
  ASSERT_EQ(prose.actions.size(), 1u);
  EXPECT_EQ(prose.actions[0].action,
            "Going forward the team is going to rebuild the site deployment process. The ideal "
            "pattern would be one with quick failover.");
}

TEST(MarkdownLayouts, HeadingsUnderAFutureWorksHeadingAreActionsDetailedByTheirParagraphs) {
  const PostMortem p = read_postmortem(
      "# Chain halt\n\n# Summary\n\nBlocks stopped.\n\n## Timeline (UTC)\n\n"
      "- 02:51 Blocks stopped\n\n# Future works\n\n## Removal of the trust flag\n\n"
      "The flag skips receipt validation.\nIt will be turned off.\n\n"
      "## Enhancement of monitoring system\n\nWe will watch partner blocks.\n");
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[0].action,
            "Removal of the trust flag: The flag skips receipt validation. It will be turned off.");
  EXPECT_EQ(p.actions[1].action, "Enhancement of monitoring system: We will watch partner blocks.");
  EXPECT_TRUE(p.extra_sections.empty());
  expect_round_trip(p);
}

TEST(MarkdownLayouts, ADateAndATimeJoinedByASlashAreOneInstant) {
  const PostMortem p = read_postmortem(
      "# DoS\n\n## Timeline\n\n*2023-01-04 05:13*: The monitor alerted.<br />\n"
      "*2023-01-04/11:34*: The provider told us of the attack.\n");
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(at_of(p.timeline[1]), "2023-01-04T11:34:00Z");
  EXPECT_EQ(p.timeline[1].text, "The provider told us of the attack.");
}

TEST(MarkdownLayouts, LinkDefinitionsJoinTheTextThatCitesThemOrALinksSection) {
  const PostMortem p = read_postmortem(
      "# Halt\n\n## Summary\n\nThe node is a fork of [evmos], from before the [GNU GPL][gpl] "
      "was dropped.\n\n## Action items\n\n- Rebase the fork\n\n"
      "[evmos]: https://evmos.org\n[GPL]: https://www.gnu.org/licenses/gpl-3.0.html\n"
      "[unused]: https://example.org/unused\n");
  EXPECT_EQ(p.executive_summary,
            "The node is a fork of [evmos], from before the [GNU GPL][gpl] was dropped.\n\n"
            "[evmos]: https://evmos.org\n\n[GPL]: https://www.gnu.org/licenses/gpl-3.0.html");
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_EQ(p.extra_sections[0].title, "Links");
  EXPECT_EQ(p.extra_sections[0].body, "[unused]: https://example.org/unused");
  expect_round_trip(p);
}

TEST(MarkdownLayouts, StatusWordsCloseAnActionsTextAndNameItsStatus) {
  const PostMortem p = read_postmortem(
      "# RPC overload\n\n## Action items\n\n- [ ] Increase size of edge proxy VMs (in progress)\n"
      "- Fix the monitor (fixed by adding a separate entry for the docs site)\n"
      "- Fixed by hand is how the team ran it before\n");
  ASSERT_EQ(p.actions.size(), 3u);
  EXPECT_EQ(p.actions[0].status, ActionStatus::InProgress);
  EXPECT_EQ(p.actions[0].action, "Increase size of edge proxy VMs (in progress)");
  EXPECT_EQ(p.actions[1].status, ActionStatus::Done);
  EXPECT_EQ(p.actions[2].status, ActionStatus::Open);
  expect_round_trip(p);
}

TEST(MarkdownLayouts, PartsUnderTheirOtherNamesFillTheirFields) {
  const PostMortem p = read_postmortem(
      "# The one where the database took a nap, 2025-03-12\n\n**Prepared by:** Abhi\n\n"
      "## Causes\n\n### Proxy VMs too small\n\nThey ran out of memory.\n\n"
      "### No rate limits\n\nBots sent most requests.\n\n"
      "## Root Cause Analysis\n\nTwo system deficiencies contributed to the duration:\n\n"
      "1. No alert on replica lag\n2. No runbook for the restore\n\n"
      "## Impact Assessment\n\nAll writes failed for 22 minutes.\n\n"
      "## What didn't go so well?\n\n- Paging took ten minutes\n");
  EXPECT_EQ(p.incident.date, "2025-03-12");
  EXPECT_EQ(p.incident.author, "Abhi");
  ASSERT_EQ(p.analysis.root_causes.size(), 4u);
  EXPECT_EQ(p.analysis.root_causes[0].text, "Proxy VMs too small\nThey ran out of memory.");
  EXPECT_EQ(p.analysis.root_causes[3].text, "No runbook for the restore");
  EXPECT_EQ(p.incident.impact, "All writes failed for 22 minutes.");
  EXPECT_EQ(p.meeting.could_improve, std::vector<std::string>{"Paging took ten minutes"});
  EXPECT_TRUE(p.extra_sections.empty());
  expect_round_trip(p);
}

TEST(MarkdownLayouts, SectionsExplanationsAndDatesThatOnlyLookLikeThoseLayoutsKeepTheirPlace) {
  const PostMortem future = read_postmortem(
      "# Halt\n\n# Future works\n\n## Removal of the trust flag\n\nIt will be turned off.\n\n"
      "## References\n\n- Gateway design doc\n\n## Appendix: raw logs\n\n| time | errors |\n"
      "|---|---|\n| 10:00 | 4000 |\n");
  ASSERT_EQ(future.actions.size(), 1u);
  ASSERT_EQ(future.extra_sections.size(), 2u);
  EXPECT_EQ(future.extra_sections[0].title, "References");

  const PostMortem why = read_postmortem(
      "# Outage\n\n## Action Items\n\n- Add an alert\n\n### How we prioritised these\n\n"
      "We ranked them by the risk they remove and will revisit the list.\n");
  ASSERT_EQ(why.actions.size(), 1u);

  const PostMortem authors = read_postmortem(
      "# Outage\n\n## Root Cause Analysis\n\nThe following people contributed to this "
      "analysis:\n\n- Priya Shah (SRE)\n- Tom Lee (DBA)\n");
  EXPECT_TRUE(authors.analysis.root_causes.empty());

  const PostMortem held = read_postmortem(
      "# Retrospective held 2024-03-12\n\n## Timeline\n\n- 2024-03-05 10:00 Alert fired\n");
  EXPECT_EQ(held.incident.date, "");

  const PostMortem stamped = read_postmortem(
      "# DNS outage\n\nDate/time: 2023-08-26 21:14 PDT\n\n## Action items\n\n"
      "- Patch the kernel (fixed by end of Q3)\n");
  EXPECT_EQ(stamped.incident.date, "");
  EXPECT_NE(to_json(stamped).dump().find("21:14 PDT"), std::string::npos);
  ASSERT_EQ(stamped.actions.size(), 1u);
  EXPECT_EQ(stamped.actions[0].status, ActionStatus::Open);
  expect_round_trip(stamped);

  const PostMortem links = read_postmortem(
      "# Build\n\n## Timeline\n\n- 2024-01-05 10:00 Queue grew, see [graph][g]\n\n"
      "## Links\n\n- The dashboard\n\n[g]: https://example.org/graph\n"
      "[docs]: https://example.org/docs\n");
  ASSERT_EQ(links.extra_sections.size(), 1u);
  EXPECT_EQ(links.extra_sections[0].title, "Links");
  EXPECT_EQ(links.extra_sections[0].body,
            "- The dashboard\n\n[g]: https://example.org/graph\n[docs]: https://example.org/docs");

  // Definitions that close an actions section are held by no text: the one whose address a
  // timeline entry wrote out is not repeated, the other joins the document's own Links section.
  const PostMortem closing = read_postmortem(
      "# Build\n\n## Timeline\n\n- 2024-01-05 10:00 Queue grew, see [graph][g]\n\n"
      "## Links\n\n- The dashboard\n\n## Action items\n\n- Add an alert\n\n"
      "[g]: https://example.org/graph\n[docs]: https://example.org/docs\n");
  ASSERT_EQ(closing.extra_sections.size(), 1u);
  EXPECT_EQ(closing.extra_sections[0].body, "- The dashboard\n\n[docs]: https://example.org/docs");
  expect_round_trip(closing);
  expect_round_trip(links);
}

}  // namespace
}  // namespace hindsight::core
