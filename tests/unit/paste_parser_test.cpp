// The paste parser: every pasted line becomes one entry, in order; times from each layout
// convert to UTC; dates are never invented; kinds come from whole words.
#include "core/timeline/paste_parser.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>

#include "core/model/enum_names.hpp"
#include "core/model/text.hpp"
#include "core/model/time_format.hpp"
#include "core/timeline/event_cues.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {
namespace {

PasteContext on(std::string incident_date) {
  PasteContext context;
  context.incident_date = std::move(incident_date);
  return context;
}

std::string utc(const PasteEntry& entry) { return entry.at ? format_iso8601(*entry.at) : "-"; }

PasteEntry only(const PasteResult& result) {
  EXPECT_EQ(result.entries.size(), 1u);
  return result.entries.at(0);
}

// ---- Layouts -------------------------------------------------------------------------------

TEST(PasteParser, Iso8601WithZConvertsAsWritten) {
  const auto e = only(parse_paste("2024-01-15T14:23:01Z checkout-api: 502 rate above 5%", {}));
  EXPECT_EQ(e.role, PasteRole::EventStart);
  EXPECT_EQ(e.format, PasteFormat::Iso8601);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
  EXPECT_FALSE(e.zone_assumed);
  EXPECT_EQ(e.zone, "Z");
  EXPECT_EQ(e.text, "checkout-api: 502 rate above 5%");
}

TEST(PasteParser, Iso8601OffsetConvertsToUtc) {
  const auto e = only(parse_paste("2024-01-15T16:23:01+02:00 deploy started", {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
  EXPECT_EQ(e.zone, "+02:00");
  EXPECT_EQ(e.utc_offset_seconds, 7200);
  EXPECT_EQ(e.text, "deploy started");
}

TEST(PasteParser, Iso8601FractionAndCompactOffsetAreRead) {
  const auto e = only(parse_paste("2024-01-15T09:23:01.123456-0500 worker exited", {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
  EXPECT_EQ(e.zone, "-0500");
  EXPECT_EQ(e.text, "worker exited");
}

TEST(PasteParser, ATimeRestatedInAnotherZoneKeepsTheFirstZone) {
  const auto e = only(parse_paste("2024-01-15 13:14 EDT (17:14 UTC) page sent", {}));
  EXPECT_EQ(utc(e), "2024-01-15T17:14:00Z");
  EXPECT_EQ(e.zone, "EDT");
  EXPECT_EQ(e.text, "page sent");
}

TEST(PasteParser, AUsRegionWordIsLeftInTheText) {
  // "PT" is no fixed offset, and the paste's zones do not name it: it stays where it was written.
  const auto e = only(parse_paste("2024-01-15 10:00 PT: deploy started", {}));
  EXPECT_EQ(utc(e), "2024-01-15T10:00:00Z");
  EXPECT_TRUE(e.zone_assumed);
  EXPECT_EQ(e.text, "PT: deploy started");
}

TEST(PasteParser, IsoWithoutZoneIsReadAsUtcAndSaysSo) {
  const auto e = only(parse_paste("2024-01-15 14:23:05 pool exhausted", {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:05Z");
  EXPECT_TRUE(e.zone_assumed);
  EXPECT_EQ(e.zone, "");
}

TEST(PasteParser, SpacedDateWithUtcWordAndDashSeparator) {
  const auto e = only(parse_paste("2024-01-15 14:23 UTC - Alert fired for high error rate", {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:00Z");
  EXPECT_FALSE(e.zone_assumed);
  EXPECT_EQ(e.text, "Alert fired for high error rate");
  EXPECT_EQ(e.kind, EventKind::Detected);
}

TEST(PasteParser, SyslogLineTakesYearFromIncidentDate) {
  const auto e = only(parse_paste(
      "Jan 15 14:23:01 db-1 postgres[8812]: FATAL: too many connections", on("2024-01-15")));
  EXPECT_EQ(e.format, PasteFormat::Syslog);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
  EXPECT_EQ(e.source, "postgres");
  EXPECT_EQ(e.text, "FATAL: too many connections");
  EXPECT_TRUE(e.zone_assumed);
}

TEST(PasteParser, SyslogYearFromContextOverridesIncidentYear) {
  PasteContext context = on("2024-01-15");
  context.year = 2023;
  const auto e = only(parse_paste("Dec 31 23:59:58 lb-2 haproxy[77]: backend down", context));
  EXPECT_EQ(utc(e), "2023-12-31T23:59:58Z");
}

TEST(PasteParser, SyslogWithoutAnyYearMarksTheDateMissing) {
  const auto e = only(parse_paste("Jan 15 14:23:01 db-1 kernel: Out of memory", {}));
  EXPECT_TRUE(e.date_missing);
  EXPECT_FALSE(e.at.has_value());
  EXPECT_EQ(e.seconds_of_day, 14 * 3600 + 23 * 60 + 1);
  EXPECT_EQ(e.source, "kernel");
}

TEST(PasteParser, SyslogSpanningNewYearMovesToTheNextYear) {
  PasteContext context;
  context.year = 2023;
  const auto r = parse_paste(
      "Dec 31 23:59:58 lb-2 haproxy[77]: backend down\nJan  1 00:00:03 lb-2 haproxy[77]: backend "
      "up",
      context);
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(utc(r.entries[1]), "2024-01-01T00:00:03Z");
}

TEST(PasteParser, JournalBootMarkerIsKeptUntimedAndOffered) {
  const auto r = parse_paste(
      "-- Logs begin at Mon 2024-01-15 09:00:01 UTC, end at Mon 2024-01-15 15:00:00 UTC. --\n"
      "Jan 15 14:23:01 web-3 systemd[1]: Stopping nginx.service...\n"
      "-- Boot 3f2a91c4d5e64b7f8a9b0c1d2e3f4a5b --\n"
      "Jan 15 14:25:40 web-3 systemd[1]: Started nginx.service.",
      on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 4u);
  EXPECT_EQ(r.entries[0].format, PasteFormat::JournalMarker);
  EXPECT_FALSE(r.entries[0].suggested);
  EXPECT_EQ(r.entries[1].source, "systemd");
  EXPECT_EQ(r.entries[2].role, PasteRole::Untimed);
  EXPECT_EQ(r.entries[2].format, PasteFormat::JournalMarker);
  EXPECT_TRUE(r.entries[2].suggested);
  EXPECT_EQ(r.entries[3].role, PasteRole::EventStart);  // not a continuation of the marker
  EXPECT_EQ(utc(r.entries[3]), "2024-01-15T14:25:40Z");
}

TEST(PasteParser, KubectlEventsWithRelativeAgesAreUntimedRows) {
  const auto r = parse_paste(
      "LAST SEEN   TYPE      REASON      OBJECT                MESSAGE\n"
      "5m          Warning   BackOff     pod/web-7d9f-x2k4q    Back-off restarting failed "
      "container\n"
      "2m          Normal    Pulled      pod/web-7d9f-x2k4q    Container image \"web:1.2.3\" "
      "already present\n",
      on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 3u);
  EXPECT_EQ(r.entries[0].format, PasteFormat::TableHeader);
  EXPECT_FALSE(r.entries[0].suggested);
  for (std::size_t i = 1; i < 3; ++i) {
    EXPECT_EQ(r.entries[i].role, PasteRole::Untimed);
    EXPECT_EQ(r.entries[i].format, PasteFormat::KubectlEvent);
    EXPECT_EQ(r.entries[i].source, "kubectl");
    EXPECT_TRUE(r.entries[i].suggested);
  }
  EXPECT_EQ(r.entries[1].text, "BackOff pod/web-7d9f-x2k4q: Back-off restarting failed container");
}

TEST(PasteParser, KubectlEventsWithAbsoluteTimesAreTimed) {
  const auto r = parse_paste(
      "LAST SEEN              TYPE      REASON    OBJECT        MESSAGE\n"
      "2024-01-15T14:23:01Z   Warning   Evicted   pod/api-1     The node was low on memory.\n",
      {});
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(r.entries[1].role, PasteRole::EventStart);
  EXPECT_EQ(utc(r.entries[1]), "2024-01-15T14:23:01Z");
  EXPECT_EQ(r.entries[1].text, "Evicted pod/api-1: The node was low on memory.");
}

TEST(PasteParser, KubectlDescribeEventsRowsAreRead) {
  const auto r = parse_paste(
      "Events:\n"
      "  Type     Reason     Age                From               Message\n"
      "  ----     ------     ----               ----               -------\n"
      "  Normal   Scheduled  12m                default-scheduler  Successfully assigned "
      "default/web-1 to node-2\n"
      "  Warning  BackOff    2m (x4 over 3m)    kubelet            Back-off restarting failed "
      "container\n"
      "\n"
      "Name:         web-1\n",
      {});
  ASSERT_EQ(r.entries.size(), 6u);
  EXPECT_EQ(r.entries[0].format, PasteFormat::TableHeader);
  EXPECT_EQ(r.entries[1].format, PasteFormat::TableHeader);
  EXPECT_EQ(r.entries[2].format, PasteFormat::TableHeader);
  EXPECT_EQ(r.entries[4].text, "BackOff: Back-off restarting failed container");
  EXPECT_EQ(r.entries[4].role, PasteRole::Untimed);
  EXPECT_EQ(r.entries[5].format, PasteFormat::Plain);  // the blank line ended the table
  EXPECT_EQ(r.entries[5].role, PasteRole::Untimed);
}

TEST(PasteParser, TimestampInsideAKubectlLogLineIsFound) {
  const auto e = only(parse_paste(
      "level=error ts=2024-01-15T14:23:01.482Z caller=main.go:88 msg=\"upstream timeout\"", {}));
  EXPECT_EQ(e.format, PasteFormat::EmbeddedTime);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
  EXPECT_EQ(e.text, "level=error caller=main.go:88 msg=\"upstream timeout\"");
}

TEST(PasteParser, KubectlLogsPrefixBecomesTheSource) {
  const auto& e =
      only(parse_paste("[pod/web-7d9f/app] 2024-01-15T14:23:01Z connection refused", {}));
  EXPECT_EQ(e.source, "pod/web-7d9f/app");
  EXPECT_EQ(e.text, "connection refused");
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
}

TEST(PasteParser, KlogLineTakesTheIncidentYear) {
  const auto e = only(
      parse_paste("E0115 14:23:01.123456       1 reflector.go:138] failed to list *v1.Pod: timeout",
                  on("2024-01-15")));
  EXPECT_EQ(e.format, PasteFormat::Klog);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
  EXPECT_EQ(e.source, "reflector.go:138");
  EXPECT_EQ(e.text, "failed to list *v1.Pod: timeout");
}

TEST(PasteParser, AccessLogStampConvertsItsOffset) {
  const auto e = only(parse_paste(
      "10.0.4.17 - - [15/Jan/2024:15:23:01 +0100] \"GET /api/orders HTTP/1.1\" 502 157 \"-\" "
      "\"curl/8.4.0\"",
      {}));
  EXPECT_EQ(e.format, PasteFormat::AccessLog);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
  EXPECT_EQ(e.zone, "+0100");
  EXPECT_EQ(e.text, "10.0.4.17 \"GET /api/orders HTTP/1.1\" 502 157 \"-\" \"curl/8.4.0\"");
}

TEST(PasteParser, NginxErrorLogDropsProcessAndConnectionNumbers) {
  const auto e = only(parse_paste(
      "2024/01/15 14:23:01 [error] 1234#1234: *5 connect() failed (111: Connection refused) while "
      "connecting to upstream",
      {}));
  EXPECT_EQ(e.format, PasteFormat::NginxError);
  EXPECT_EQ(e.source, "nginx");
  EXPECT_EQ(e.text,
            "[error] connect() failed (111: Connection refused) while connecting to upstream");
}

TEST(PasteParser, SlackSpeakerLineCollectsTheMessageBelow) {
  const auto r = parse_paste(
      "Alice Smith  2:23 PM\nSeeing 502s on checkout\npaging the db on-call\n"
      "Bob Jones  2:25 PM\non it",
      on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 5u);
  EXPECT_EQ(r.entries[0].format, PasteFormat::Chat);
  EXPECT_EQ(r.entries[0].source, "Alice Smith");
  EXPECT_EQ(utc(r.entries[0]), "2024-01-15T14:23:00Z");
  EXPECT_EQ(r.entries[0].text, "Seeing 502s on checkout\npaging the db on-call");
  EXPECT_EQ(r.entries[0].lines, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(r.entries[1].role, PasteRole::Continuation);
  EXPECT_EQ(r.entries[1].event, 0u);
  EXPECT_EQ(r.entries[2].event, 0u);
  EXPECT_EQ(r.entries[3].source, "Bob Jones");
  EXPECT_EQ(r.entries[3].kind, EventKind::Acknowledged);
  EXPECT_EQ(r.entries[4].kind, EventKind::Acknowledged);  // a continuation shows its event's kind
}

TEST(PasteParser, SlackBracketedTimeWithSpeaker) {
  const auto e = only(parse_paste("[2:23 PM] Alice: rolled back to v1.2.3", on("2024-01-15")));
  EXPECT_EQ(e.format, PasteFormat::Chat);
  EXPECT_EQ(e.source, "Alice");
  EXPECT_EQ(e.text, "rolled back to v1.2.3");
  EXPECT_EQ(e.kind, EventKind::Mitigated);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:00Z");
}

TEST(PasteParser, SlackDateSeparatorSetsTheDayOfTheTimesBelow) {
  PasteContext context = on("2024-01-15");
  const auto r = parse_paste("Tuesday, January 16th\nAlice Smith  9:05 AM\nall clear", context);
  ASSERT_EQ(r.entries.size(), 3u);
  EXPECT_EQ(r.entries[0].format, PasteFormat::DateLine);
  EXPECT_FALSE(r.entries[0].suggested);
  EXPECT_EQ(utc(r.entries[1]), "2024-01-16T09:05:00Z");
  EXPECT_EQ(r.entries[1].kind, EventKind::Resolved);
}

TEST(PasteParser, TodayAndYesterdayResolveAgainstTheIncidentDate) {
  const auto r = parse_paste(
      "Yesterday\n[11:40 PM] Dana: deploy done\nToday\n[12:10 AM] Dana: alert", on("2024-01-16"));
  ASSERT_EQ(r.entries.size(), 4u);
  EXPECT_EQ(utc(r.entries[1]), "2024-01-15T23:40:00Z");
  EXPECT_EQ(utc(r.entries[3]), "2024-01-16T00:10:00Z");
  EXPECT_EQ(r.entries[3].days_rolled, 0);
}

TEST(PasteParser, TeamsBracketedDateTimeWithSpeaker) {
  const auto& e =
      only(parse_paste("[1/15/2024 2:23 PM] Alice Smith: customers notified via email", {}));
  EXPECT_EQ(e.format, PasteFormat::Chat);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:00Z");
  EXPECT_EQ(e.source, "Alice Smith");
  EXPECT_EQ(e.kind, EventKind::Communication);
}

TEST(PasteParser, TeamsDayFirstDateWhenTheFirstNumberCannotBeAMonth) {
  const auto e = only(parse_paste("[15/01/2024 14:23] Jörg Müller: investigating", {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:00Z");
  EXPECT_EQ(e.source, "Jörg Müller");
  EXPECT_EQ(e.kind, EventKind::InvestigationStarted);
}

TEST(PasteParser, TeamsSpeakerLineWith24HourTime) {
  const auto r = parse_paste("Alice Smith 14:23\nfailover to eu-west done", on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(r.entries[0].source, "Alice Smith");
  EXPECT_EQ(r.entries[0].text, "failover to eu-west done");
  EXPECT_EQ(r.entries[0].kind, EventKind::Mitigated);
}

TEST(PasteParser, BareTimesTakeTheDateLineAbove) {
  const auto r = parse_paste("15 Jan 2024\n14:23 alert fired\n2:40 PM hotfix deployed", {});
  ASSERT_EQ(r.entries.size(), 3u);
  EXPECT_EQ(utc(r.entries[1]), "2024-01-15T14:23:00Z");
  EXPECT_EQ(utc(r.entries[2]), "2024-01-15T14:40:00Z");
  EXPECT_EQ(r.entries[2].kind, EventKind::FixApplied);
  EXPECT_EQ(r.entries[2].text, "hotfix deployed");
}

TEST(PasteParser, BareTimeWithoutAnyDateIsMarkedNotInvented) {
  const auto e = only(parse_paste("14:23:05 first alert", {}));
  EXPECT_EQ(e.role, PasteRole::EventStart);
  EXPECT_TRUE(e.date_missing);
  EXPECT_FALSE(e.at.has_value());
  EXPECT_EQ(e.seconds_of_day, 14 * 3600 + 23 * 60 + 5);
}

TEST(PasteParser, BareTimeTakesTheIncidentDate) {
  const auto e = only(parse_paste("14:23 first alert", on("2024-01-15")));
  EXPECT_FALSE(e.date_missing);
  EXPECT_EQ(utc(e), "2024-01-15T14:23:00Z");
}

TEST(PasteParser, SlackFollowUpTimeWithoutMeridiemKeepsTheAfternoon) {
  const auto r =
      parse_paste("Alice Smith  11:07 PM\ninvestigating\n11:09\nfound the cause", on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 4u);
  EXPECT_EQ(r.entries[2].format, PasteFormat::Chat);
  EXPECT_EQ(r.entries[2].source, "Alice Smith");
  EXPECT_EQ(utc(r.entries[2]), "2024-01-15T23:09:00Z");
  EXPECT_EQ(r.entries[2].text, "found the cause");
  EXPECT_EQ(r.entries[2].kind, EventKind::RootCauseIdentified);
}

TEST(PasteParser, JsonLogStampLeavesWithItsKey) {
  const auto e = only(parse_paste(
      R"({"ts":"2024-01-15T14:23:22Z","level":"warn","msg":"Ошибка подключения"})", {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:22Z");
  EXPECT_EQ(e.text, R"({"level":"warn","msg":"Ошибка подключения"})");
}

// ---- Zones ---------------------------------------------------------------------------------

TEST(PasteParser, NamedZonesWithOneOffsetConvert) {
  const auto r = parse_paste(
      "2024-01-15 06:23 PST paged\n2024-01-15 07:23 PDT ack\n2024-01-15 09:23 EST x\n"
      "2024-01-15 10:23 EDT x\n2024-01-15 15:23 CET x\n2024-01-15 16:23 CEST x\n"
      "2024-01-15 15:23 BST x\n2024-01-15 14:23 GMT x\n2024-01-15 16:23 UTC+2 x",
      {});
  ASSERT_EQ(r.entries.size(), 9u);
  for (const auto& e : r.entries) {
    EXPECT_EQ(utc(e), "2024-01-15T14:23:00Z") << e.line_text;
    EXPECT_FALSE(e.zone_assumed) << e.line_text;
  }
  EXPECT_EQ(r.entries[0].zone, "PST");
  EXPECT_EQ(r.entries[8].zone, "UTC+2");
}

TEST(PasteParser, AmbiguousZoneIsReadAsUtcAndFlagged) {
  const auto e = only(parse_paste("2024-01-15 14:23 IST failover started", {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:00Z");
  EXPECT_TRUE(e.zone_assumed);
  EXPECT_EQ(e.zone, "IST");
  EXPECT_EQ(e.text, "failover started");
}

TEST(PasteParser, AssumedOffsetAppliesOnlyToTimesWithoutZone) {
  PasteContext context = on("2024-01-15");
  context.assumed_utc_offset_minutes = -480;
  const auto r = parse_paste("06:23 paged\n2024-01-15T14:23:00Z alert", context);
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(utc(r.entries[0]), "2024-01-15T14:23:00Z");
  EXPECT_TRUE(r.entries[0].zone_assumed);
  EXPECT_EQ(utc(r.entries[1]), "2024-01-15T14:23:00Z");
  EXPECT_FALSE(r.entries[1].zone_assumed);
}

TEST(PasteParser, OffsetCanMoveTheUtcDay) {
  const auto e = only(parse_paste("2024-01-15T23:30:00-02:00 failover", {}));
  EXPECT_EQ(utc(e), "2024-01-16T01:30:00Z");
}

// ---- Midnight rollover ---------------------------------------------------------------------

TEST(PasteParser, ChatClockGoingBackManyHoursMovesToTheNextDay) {
  const auto r = parse_paste(
      "Alice Smith  11:50 PM\nstill seeing errors\nBob Jones  11:58 PM\nrolling back\n"
      "Alice Smith  12:07 AM\nrecovered\nBob Jones  12:05 AM\nconfirmed",
      on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 8u);
  EXPECT_EQ(utc(r.entries[0]), "2024-01-15T23:50:00Z");
  EXPECT_EQ(r.entries[0].days_rolled, 0);
  EXPECT_EQ(utc(r.entries[4]), "2024-01-16T00:07:00Z");
  EXPECT_EQ(r.entries[4].days_rolled, 1);
  // Two minutes back is messages out of order, not another day.
  EXPECT_EQ(utc(r.entries[6]), "2024-01-16T00:05:00Z");
  EXPECT_EQ(r.entries[6].days_rolled, 1);
}

TEST(PasteParser, RolloverIsCountedEvenWhenTheDateIsMissing) {
  const auto r = parse_paste("[11:55 PM] Ana: paged\n[12:01 AM] Ana: ack", {});
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_TRUE(r.entries[1].date_missing);
  EXPECT_EQ(r.entries[1].days_rolled, 1);
}

TEST(PasteParser, DateLineResetsTheRollover) {
  const auto r = parse_paste(
      "[11:55 PM] Ana: paged\n[12:01 AM] Ana: ack\nJanuary 17, 2024\n"
      "[9:00 AM] Ana: all clear",
      on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 4u);
  EXPECT_EQ(utc(r.entries[1]), "2024-01-16T00:01:00Z");
  EXPECT_EQ(utc(r.entries[3]), "2024-01-17T09:00:00Z");
  EXPECT_EQ(r.entries[3].days_rolled, 0);
}

// ---- Lines kept, noise not read as times ---------------------------------------------------

TEST(PasteParser, EveryNonBlankLineIsKeptInOrderWithItsNumber) {
  const std::string text =
      "\r\nfirst note\r\n\r\n2024-01-15T14:23:01Z alert\r\n  at com.shop.Pool.get(Pool.java:88)\r\n"
      "\r\n   \r\nlast\r\n";
  const auto r = parse_paste(text, {});
  ASSERT_EQ(r.entries.size(), 4u);
  EXPECT_EQ(r.entries[0].line, 2);
  EXPECT_EQ(r.entries[0].role, PasteRole::Untimed);
  EXPECT_EQ(r.entries[1].line, 4);
  EXPECT_EQ(r.entries[2].line, 5);
  EXPECT_EQ(r.entries[2].role, PasteRole::Continuation);
  EXPECT_EQ(r.entries[2].line_text, "  at com.shop.Pool.get(Pool.java:88)");
  EXPECT_EQ(r.entries[3].line, 8);
  EXPECT_EQ(r.entries[3].role, PasteRole::Continuation);
  EXPECT_EQ(r.entries[1].text, "alert\nat com.shop.Pool.get(Pool.java:88)\nlast");
  EXPECT_EQ(r.entries[1].lines, (std::vector<int>{4, 5, 8}));
}

TEST(PasteParser, NumbersThatAreNotTimesStayText) {
  const auto r = parse_paste(
      "1.2.3 released\n10.0.0.12:8080 refused\n00:1a:2b:3c:4d:5e link down\n"
      "14:23 minutes of downtime\nfe80::1 unreachable\n2001:db8::1 unreachable\n99:99 nonsense",
      on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 7u);
  for (const auto& e : r.entries) {
    EXPECT_EQ(e.role, PasteRole::Untimed) << e.line_text;
    EXPECT_FALSE(e.at.has_value()) << e.line_text;
  }
}

TEST(PasteParser, ByteOrderMarkIsIgnored) {
  const auto e =
      only(parse_paste("\xEF\xBB\xBF"
                       "2024-01-15T14:23:01Z ok",
                       {}));
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
}

TEST(PasteParser, SentenceEndingInATimeIsNotASpeaker) {
  const auto r = parse_paste("Deploy finished at 14:23\nrestart done 14:30", on("2024-01-15"));
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(r.entries[0].role, PasteRole::Untimed);
  EXPECT_EQ(r.entries[1].role, PasteRole::Untimed);
}

TEST(PasteParser, ChosenEventsSkipContinuationsAndUntickedEntries) {
  const auto r = parse_paste("2024-01-15T14:23:01Z alert fired\ntrace line\nloose note\n", {});
  ASSERT_EQ(r.entries.size(), 3u);
  const auto events = chosen_events(r, {true, true, true});
  ASSERT_EQ(events.size(), 1u);  // both lines continue the alert
  EXPECT_EQ(events[0].text, "alert fired\ntrace line\nloose note");
  EXPECT_EQ(events[0].kind, EventKind::Detected);
  EXPECT_TRUE(chosen_events(r, {false, true, true}).empty());
}

TEST(PasteParser, UntimedLinesBeforeAnyEventAreOfferedOnTheirOwn) {
  const auto r = parse_paste("checkout slow\nDB CPU 100%\n", {});
  ASSERT_EQ(r.entries.size(), 2u);
  const auto events = chosen_events(r, {true, true});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_FALSE(events[0].at.has_value());
  EXPECT_EQ(events[1].text, "DB CPU 100%");
}

TEST(PasteParser, PiecesOfEveryLayoutInAnyOrderKeepEveryLine) {
  // Seeded mixtures of stamp fragments, table headers, markers and bytes that are not UTF-8:
  // one entry per non-blank line, continuations pointing back, never a crash (also run under
  // AddressSanitizer).
  const std::string_view pieces[] = {"2024-01-15T14:23:01",
                                     ".123",
                                     "Z",
                                     "+02:00",
                                     "+0000",
                                     " UTC",
                                     " PST",
                                     " IST",
                                     "Jan 15 ",
                                     "14:23",
                                     ":05",
                                     " PM",
                                     "[",
                                     "]",
                                     " - ",
                                     ": ",
                                     "\n",
                                     "\r\n",
                                     "  ",
                                     "LAST SEEN   TYPE   REASON   MESSAGE\n",
                                     "Events:\n",
                                     "-- Boot x --\n",
                                     "Alice Smith  ",
                                     "Today\n",
                                     "15/Jan/2024:",
                                     "1/15/2024 ",
                                     "E0115 ",
                                     "\"ts\":\"",
                                     "ts=",
                                     "\xC3\xA9",
                                     "\xF0\x9F\x94\xA5",
                                     "\xFF",
                                     "9",
                                     ":",
                                     "/",
                                     "Warning  ",
                                     "5m   ",
                                     "host prog[1]: ",
                                     "2024/01/15 ",
                                     " [error] 1#1: *5 "};
  std::uint32_t state = 7;
  auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (std::uint32_t i = 0, n = next() % 40; i < n; ++i)
      text += pieces[(next() >> 8) % std::size(pieces)];
    PasteContext context;
    if (next() % 2) context.incident_date = "2024-01-15";
    const auto result = parse_paste(text, context);
    std::size_t non_blank = 0;
    for (std::string_view line : split_lines(text))
      if (!trim(line).empty()) ++non_blank;
    ASSERT_EQ(result.entries.size(), non_blank) << text;
    for (std::size_t i = 0; i < result.entries.size(); ++i)
      if (result.entries[i].role == PasteRole::Continuation)
        ASSERT_LT(result.entries[i].event, i) << text;
  }
}

// ---- Kinds ---------------------------------------------------------------------------------

TEST(PasteEventCues, WordsMapToKinds) {
  EXPECT_EQ(guess_event_kind("PagerDuty alert fired"), EventKind::Detected);
  EXPECT_EQ(guess_event_kind("Alerting on 5xx"), EventKind::Detected);
  EXPECT_EQ(guess_event_kind("acked"), EventKind::Acknowledged);
  EXPECT_EQ(guess_event_kind("I'm on it"), EventKind::Acknowledged);
  EXPECT_EQ(guess_event_kind("Investigating elevated latency"), EventKind::InvestigationStarted);
  EXPECT_EQ(guess_event_kind("found the cause: pool size 10"), EventKind::RootCauseIdentified);
  EXPECT_EQ(guess_event_kind("Root-cause is the config push"), EventKind::RootCauseIdentified);
  EXPECT_EQ(guess_event_kind("Rolled back release 412"), EventKind::Mitigated);
  EXPECT_EQ(guess_event_kind("DB failover complete"), EventKind::Mitigated);
  EXPECT_EQ(guess_event_kind("hotfix 1.2.4 out"), EventKind::FixApplied);
  EXPECT_EQ(guess_event_kind("Deployed fix to prod"), EventKind::FixApplied);
  EXPECT_EQ(guess_event_kind("All clear"), EventKind::Resolved);
  EXPECT_EQ(guess_event_kind("Status page updated"), EventKind::Communication);
  EXPECT_EQ(guess_event_kind("Customers notified"), EventKind::Communication);
}

TEST(PasteEventCues, LaterStageWinsAndCommunicationWinsOverAll) {
  EXPECT_EQ(guess_event_kind("alert resolved"), EventKind::Resolved);
  EXPECT_EQ(guess_event_kind("ack, investigating"), EventKind::InvestigationStarted);
  EXPECT_EQ(guess_event_kind("status page: resolved"), EventKind::Communication);
}

TEST(PasteEventCues, CuesMatchWholeWordsOnly) {
  EXPECT_EQ(guess_event_kind("default config loaded"), EventKind::Note);
  EXPECT_EQ(guess_event_kind("package installed"), EventKind::Note);    // not "ack"
  EXPECT_EQ(guess_event_kind("backfill running"), EventKind::Note);     // not "ack"
  EXPECT_EQ(guess_event_kind("unresolved question"), EventKind::Note);  // not "resolved"
  EXPECT_EQ(guess_event_kind("on its way"), EventKind::Note);           // not "on it"
  EXPECT_EQ(guess_event_kind("alertmanager config"), EventKind::Note);  // another word
  EXPECT_EQ(guess_event_kind("Σφάλμα: alert ενεργό"), EventKind::Detected);
  EXPECT_EQ(guess_event_kind("ήalert"), EventKind::Note);  // letters around the cue
}

// ---- Fixtures ------------------------------------------------------------------------------

std::string read_fixture(const std::string& name) {
  return hindsight::testing::read_fixture("paste/" + name);
}

std::string_view format_key(PasteFormat format) {
  switch (format) {
    case PasteFormat::Plain:
      return "plain";
    case PasteFormat::Iso8601:
      return "iso8601";
    case PasteFormat::Syslog:
      return "syslog";
    case PasteFormat::Klog:
      return "klog";
    case PasteFormat::AccessLog:
      return "access-log";
    case PasteFormat::NginxError:
      return "nginx-error";
    case PasteFormat::KubectlEvent:
      return "kubectl-event";
    case PasteFormat::Chat:
      return "chat";
    case PasteFormat::BareTime:
      return "bare-time";
    case PasteFormat::EmbeddedTime:
      return "embedded-time";
    case PasteFormat::JournalMarker:
      return "journal-marker";
    case PasteFormat::DateLine:
      return "date-line";
    case PasteFormat::TableHeader:
      return "table-header";
  }
  return "?";
}

// One row per entry: line | role | format | UTC time | flags | kind | source | text.
std::string listing(const PasteResult& result) {
  std::string out;
  for (const auto& e : result.entries) {
    std::string role = e.role == PasteRole::EventStart ? "event"
                       : e.role == PasteRole::Untimed
                           ? "untimed"
                           : "cont " + std::to_string(result.entries[e.event].line);
    std::string flags;
    auto flag = [&](std::string f) { flags += (flags.empty() ? "" : ",") + f; };
    if (e.zone_assumed && e.role == PasteRole::EventStart) flag("zone-assumed");
    if (!e.zone.empty()) flag("zone=" + e.zone);
    if (e.date_missing) {
      char clock[16];
      std::snprintf(clock, sizeof clock, "%02d:%02d:%02d", e.seconds_of_day / 3600,
                    e.seconds_of_day / 60 % 60, e.seconds_of_day % 60);
      flag(std::string("no-date@") + clock);
    }
    if (e.days_rolled != 0) flag("rolled+" + std::to_string(e.days_rolled));
    if (!e.suggested && e.role != PasteRole::Continuation) flag("unticked");
    std::string text = e.role == PasteRole::Continuation ? std::string(trim(e.line_text)) : e.text;
    std::string escaped;
    for (char c : text) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
    out += std::to_string(e.line) + " | " + role + " | " + std::string(format_key(e.format)) +
           " | " + utc(e) + " | " + (flags.empty() ? "-" : flags) + " | " +
           std::string(key_of(e.kind)) + " | " + (e.source.empty() ? "-" : e.source) + " | " +
           escaped + "\n";
  }
  return out;
}

// The expected file: "# context: incident_date=... year=..." then one row per entry; other
// lines starting with '#' are comments.
void expect_fixture(const std::string& name) {
  const std::string expected_file = read_fixture(name + ".expected");
  PasteContext context;
  std::string expected;
  for (std::string_view line : split_lines(expected_file)) {
    if (line.substr(0, 11) == "# context: ") {
      std::istringstream words{std::string(line.substr(11))};
      for (std::string word; words >> word;) {
        if (word.rfind("incident_date=", 0) == 0) context.incident_date = word.substr(14);
        if (word.rfind("year=", 0) == 0) context.year = std::stoi(word.substr(5));
      }
    } else if (!line.empty() && line[0] != '#') {
      expected.append(line).append("\n");
    }
  }
  const PasteResult result = parse_paste(read_fixture(name + ".txt"), context);
  EXPECT_EQ(listing(result), expected) << "actual listing of " << name << ":\n" << listing(result);
}

TEST(PasteFixtures, MixedLogsFromOneIncident) { expect_fixture("mixed"); }
TEST(PasteFixtures, SlackCopyAcrossMidnight) { expect_fixture("slack"); }
TEST(PasteFixtures, TeamsCopy) { expect_fixture("teams"); }
TEST(PasteFixtures, HandWrittenNotesUnderDateLines) { expect_fixture("notes"); }

TEST(PasteFixtures, EveryFixtureLineIsOneEntry) {
  for (std::string name : {"mixed", "slack", "teams", "notes"}) {
    const std::string text = read_fixture(name + ".txt");
    std::size_t non_blank = 0;
    for (std::string_view line : split_lines(text))
      if (!trim(line).empty()) ++non_blank;
    const auto result = parse_paste(text, on("2024-01-15"));
    EXPECT_EQ(result.entries.size(), non_blank) << name;
    int previous = 0;
    for (const auto& e : result.entries) {
      EXPECT_GT(e.line, previous) << name;
      previous = e.line;
    }
  }
}

// ---- Size ----------------------------------------------------------------------------------

TEST(PasteParser, TenThousandLinePasteKeepsEveryLine) {
  std::string text;
  const std::string_view kinds[] = {
      "Jan 15 14:%02d:%02d web-%d nginx[812]: upstream timed out (110) while reading",
      "2024-01-15T14:%02d:%02d.%03dZ checkout-api ERROR pool exhausted",
      "    at com.shop.db.Pool.acquire(Pool.java:%d)",
      "10.0.%d.%d - - [15/Jan/2024:14:%02d:00 +0000] \"GET /api HTTP/1.1\" 502 0"};
  char line[256];
  for (int i = 0; i < 10000; ++i) {
    const int a = i % 60, b = (i / 60) % 60;
    switch (i % 4) {
      case 0:
        std::snprintf(line, sizeof line, kinds[0].data(), a, b, i % 9);
        break;
      case 1:
        std::snprintf(line, sizeof line, kinds[1].data(), a, b, i % 1000);
        break;
      case 2:
        std::snprintf(line, sizeof line, kinds[2].data(), i);
        break;
      default:
        std::snprintf(line, sizeof line, kinds[3].data(), i % 250, i % 200, a);
        break;
    }
    text.append(line).append("\n");
  }
  const auto started = std::chrono::steady_clock::now();
  const auto result = parse_paste(text, on("2024-01-15"));
  const auto elapsed = std::chrono::steady_clock::now() - started;
  ASSERT_EQ(result.entries.size(), 10000u);
  std::size_t events = 0, continuations = 0;
  for (const auto& e : result.entries) {
    events += e.role == PasteRole::EventStart;
    continuations += e.role == PasteRole::Continuation;
  }
  EXPECT_EQ(events, 7500u);
  EXPECT_EQ(continuations, 2500u);
  std::printf("[ timing ] 10,000 pasted lines (%zu bytes) parsed in %.2f ms\n", text.size(),
              std::chrono::duration<double, std::milli>(elapsed).count());
}

TEST(PasteParser, VeryLongLineIsKeptWhole) {
  std::string line = "2024-01-15T14:23:01Z";
  for (int i = 0; i < 20000; ++i) line += " Ωμέγα Привет 🔥";
  const auto e = only(parse_paste(line, {}));
  EXPECT_EQ(e.text.size(), line.size() - 21);  // all but the stamp and the space after it
  EXPECT_EQ(utc(e), "2024-01-15T14:23:01Z");
}

}  // namespace
}  // namespace hindsight::core
