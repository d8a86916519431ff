// The Markdown import of post-mortems written by hand: sections in any order and under common
// names, metadata as bold lines, list items or YAML front matter, timelines and action items as
// tables or lists, line ends and encodings, source lines, and the promise that no text is lost.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/markdown/markdown_tree.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "support/fixtures.hpp"

namespace hindsight::core {

// Readable failure messages for the model's parts.
void PrintTo(const ExtraSection& s, std::ostream* os) {
  *os << "{\"" << s.title << "\", \"" << s.body << "\"}";
}
void PrintTo(const ImportWarning& w, std::ostream* os) {
  *os << "{" << w.line << ", \"" << w.message << "\"}";
}

namespace {

ImportResult read(std::string_view markdown) {
  ImportResult result = import_markdown(markdown);
  EXPECT_TRUE(result.postmortem) << result.error;
  EXPECT_EQ(result.error, "");
  return result;
}

PostMortem read_postmortem(std::string_view markdown) {
  return read(markdown).postmortem.value_or(PostMortem{});
}

std::string fixture(const std::string& name) {
  return hindsight::testing::read_fixture("import/" + name);
}

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

std::vector<std::string> action_texts(const PostMortem& p) {
  std::vector<std::string> texts;
  for (const ActionItem& a : p.actions) texts.push_back(a.action);
  return texts;
}

std::vector<std::string> event_texts(const PostMortem& p) {
  std::vector<std::string> texts;
  for (const TimelineEvent& e : p.timeline) texts.push_back(e.text);
  return texts;
}

std::vector<std::optional<UtcSeconds>> event_times(const PostMortem& p) {
  std::vector<std::optional<UtcSeconds>> times;
  for (const TimelineEvent& e : p.timeline) times.push_back(e.at);
  return times;
}

// Every string value in the post-mortem's JSON form, so a test can ask where a text went.
void collect_strings(const Json& value, std::vector<std::string>& out) {
  if (value.is_string()) out.push_back(value.get<std::string>());
  if (value.is_structured())
    for (const Json& child : value) collect_strings(child, out);
}

bool model_holds(const PostMortem& p, std::string_view sentence) {
  std::vector<std::string> strings;
  collect_strings(to_json(p), strings);
  return std::any_of(strings.begin(), strings.end(),
                     [&](const std::string& s) { return s.find(sentence) != std::string::npos; });
}

// ---- sections ------------------------------------------------------------------------------

TEST(MarkdownImport, SectionsInAnyOrderFillTheirFields) {
  const ImportResult r = read(R"(# Cache stampede

## Lessons Learned

Warm caches before deploys.

## Action Items

| Action | Owner |
|---|---|
| Add a cache warm-up step | Dana |

## Executive Summary

The cache emptied during a deploy.

## What Happened

A deploy flushed every cache node at once.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.title, "Cache stampede");
  EXPECT_EQ(p.lessons_learned, "Warm caches before deploys.");
  EXPECT_EQ(p.executive_summary, "The cache emptied during a deploy.");
  EXPECT_EQ(p.what_happened, "A deploy flushed every cache node at once.");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "Add a cache warm-up step");
  EXPECT_EQ(p.actions[0].owner, "Dana");
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, CommonSectionNamesFillTheirFields) {
  const ImportResult r = read(R"(# Checkout outage

**Date:** 2024-01-15

## TL;DR

Checkout failed for 40 minutes.

## Timeline (UTC)

- 14:23 - Alert fired

## Root Causes

- A config push skipped the canary stage
- Probably a stale feature flag

## Corrective Actions

- Restore the canary stage (Owner: Priya)

## Lessons

Canaries catch config errors too.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.executive_summary, "Checkout failed for 40 minutes.");
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_EQ(p.timeline[0].at, at("2024-01-15T14:23:00Z"));
  EXPECT_EQ(p.timeline[0].text, "Alert fired");
  ASSERT_EQ(p.analysis.root_causes.size(), 2u);
  EXPECT_EQ(p.analysis.root_causes[0].text, "A config push skipped the canary stage");
  EXPECT_EQ(p.analysis.root_causes[0].confidence, Confidence::Confirmed);
  EXPECT_EQ(p.analysis.root_causes[1].text, "Probably a stale feature flag");
  EXPECT_EQ(p.analysis.root_causes[1].confidence, Confidence::Likely);
  EXPECT_EQ(p.analysis.summary, "");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "Restore the canary stage");
  EXPECT_EQ(p.actions[0].owner, "Priya");
  EXPECT_EQ(p.lessons_learned, "Canaries catch config errors too.");
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_EQ(r.warnings,
            (std::vector<ImportWarning>{
                {11, "the time has no date; the incident date 2024-01-15 was assumed"}}));
}

TEST(MarkdownImport, OverviewIsTheExecutiveSummary) {
  const PostMortem p = read_postmortem("# Outage\n\n## Overview\n\nThe API was down.\n");
  EXPECT_EQ(p.executive_summary, "The API was down.");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImport, H1SectionsWithNoTitleAreReadAsSections) {
  const ImportResult r = read(R"(# Summary

The API was down.

# Timeline

- 2024-01-15 14:23 UTC - Alert fired

# Lessons Learned

Deploy checks matter.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.title, "");
  EXPECT_EQ(p.executive_summary, "The API was down.");
  EXPECT_EQ(event_texts(p), std::vector<std::string>{"Alert fired"});
  EXPECT_EQ(p.lessons_learned, "Deploy checks matter.");
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, H3SectionsUnderAnH1TitleAreReadAsSections) {
  const ImportResult r = read(R"(# Outage

### Summary

The API was down.

### Timeline

- 2024-01-15 14:23 UTC - Alert fired

#### Notes from the call

Nobody was paged.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.title, "Outage");
  EXPECT_EQ(p.executive_summary, "The API was down.");
  EXPECT_EQ(event_texts(p),
            (std::vector<std::string>{"Alert fired", "Notes from the call", "Nobody was paged."}));
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, SetextTitleAndSectionsAreRead) {
  const ImportResult r = read(R"(Database Outage
===============

**Severity:** SEV-2

Summary
-------

The database ran out of connections.

What Happened
-------------

A new query leaked connections.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.title, "Database Outage");
  EXPECT_EQ(p.incident.severity, "SEV-2");
  EXPECT_EQ(p.executive_summary, "The database ran out of connections.");
  EXPECT_EQ(p.what_happened, "A new query leaked connections.");
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_EQ(r.source_lines.line_of("/incident/title"), 1);
  EXPECT_EQ(r.source_lines.line_of("/executive_summary"), 9);
  EXPECT_TRUE(r.warnings.empty());
}

// ---- metadata ------------------------------------------------------------------------------

TEST(MarkdownImport, BoldMetadataLinesFillTheIncident) {
  const ImportResult r = read(R"(# Post-Mortem: Database Connection Pool Exhaustion

**Date:** January 15, 2024
**Incident Duration:** 52 minutes
**Severity:** SEV-2 (Service Degradation)
**Status:** In Review
**Impact:** ~500 users, order processing delayed
**Users Affected:** ~500
**Author:** Sarah Chen
**Reviewers:** Mike Ross, Alex Kim
**Facilitator:** Dana Lee
**Attendees:** Sarah Chen; Mike Ross
)");
  const Incident& in = r.postmortem->incident;
  EXPECT_EQ(in.title, "Database Connection Pool Exhaustion");
  EXPECT_EQ(in.date, "2024-01-15");
  EXPECT_EQ(in.stated_duration, "52 minutes");
  EXPECT_EQ(in.severity, "SEV-2");
  EXPECT_EQ(in.status, Status::InReview);
  EXPECT_EQ(in.impact, "~500 users, order processing delayed");
  EXPECT_EQ(in.users_affected, "~500");
  EXPECT_EQ(in.author, "Sarah Chen");
  EXPECT_EQ(in.reviewers, (std::vector<std::string>{"Mike Ross", "Alex Kim"}));
  EXPECT_EQ(in.facilitator, "Dana Lee");
  EXPECT_EQ(in.attendees, (std::vector<std::string>{"Sarah Chen", "Mike Ross"}));
  EXPECT_TRUE(r.postmortem->extra_sections.empty());
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_EQ(r.source_lines.line_of("/incident/date"), 3);
  EXPECT_EQ(r.source_lines.line_of("/incident/attendees"), 12);
}

TEST(MarkdownImport, MetadataListItemsFillTheIncident) {
  const ImportResult r = read(R"(# Checkout outage

- Severity: SEV-1
- **Owner:** Priya Patel
- Date: 2024-03-02
- **Services:** checkout, payments
- Reviewed by: Sam
)");
  const Incident& in = r.postmortem->incident;
  EXPECT_EQ(in.severity, "SEV-1");
  EXPECT_EQ(in.author, "Priya Patel");
  EXPECT_EQ(in.date, "2024-03-02");
  EXPECT_EQ(in.services, (std::vector<std::string>{"checkout", "payments"}));
  EXPECT_EQ(in.reviewers, std::vector<std::string>{"Sam"});
  EXPECT_TRUE(r.postmortem->extra_sections.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, PlainMetadataLinesUnderTheTitleFillTheIncident) {
  const ImportResult r = read(R"(# Outage

Severity: SEV-1
Date: 2024-03-02
Note: the provider was degraded too.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.severity, "SEV-1");
  EXPECT_EQ(p.incident.date, "2024-03-02");
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_EQ(p.extra_sections[0], (ExtraSection{"Notes", "Note: the provider was degraded too."}));
  EXPECT_EQ(r.source_lines.line_of("/extra_sections/0/body"), 5);
}

TEST(MarkdownImport, TextBeforeTheTitleIsKeptInTheNotesAndLeadProseIsTheSummary) {
  const PostMortem p = read_postmortem(R"(Draft, do not share.

# Outage

> Customers saw errors.
)");
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_EQ(p.extra_sections[0], (ExtraSection{"Notes", "Draft, do not share."}));
  // With no summary section, the prose under the title is the summary.
  EXPECT_EQ(p.executive_summary, "> Customers saw errors.");
}

TEST(MarkdownImport, UnknownSeverityIsAddedToTheScaleWithAWarning) {
  const ImportResult r = read("# Outage\n\n**Severity:** Critical\n");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.severity, "Critical");
  EXPECT_EQ(p.severity_scale.back(), (SeverityLevel{"Critical", ""}));
  EXPECT_EQ(r.warnings,
            (std::vector<ImportWarning>{
                {3, "severity \"Critical\" is not in the severity scale; it was added"}}));
}

TEST(MarkdownImport, FrontMatterTagsAsAFlowListOfWords) {
  const PostMortem p = read_postmortem("---\ntags: [database, outage]\n---\n# Outage\n");
  EXPECT_EQ(p.incident.tags, (std::vector<std::string>{"database", "outage"}));
  EXPECT_EQ(p.incident.title, "Outage");
  EXPECT_TRUE(p.unknown.empty());
}

TEST(MarkdownImport, FrontMatterTagsAsAQuotedFlowList) {
  const PostMortem p =
      read_postmortem("---\ntags: [\"database\", 'on-call, paging']\n---\n# Outage\n");
  EXPECT_EQ(p.incident.tags, (std::vector<std::string>{"database", "on-call, paging"}));
}

TEST(MarkdownImport, FrontMatterTagsAsABlockList) {
  const PostMortem p = read_postmortem(R"(---
tags:
  - database
  - outage
services:
- api
---
# Outage
)");
  EXPECT_EQ(p.incident.tags, (std::vector<std::string>{"database", "outage"}));
  EXPECT_EQ(p.incident.services, std::vector<std::string>{"api"});
}

TEST(MarkdownImport, FrontMatterMetadataFillsTheIncident) {
  const ImportResult r = read(R"(---
title: "Checkout outage"
date: 2024-03-02
severity: SEV-1
author: Priya Patel
reviewers: [Sam, Lee]
---

## Summary

Checkout failed.
)");
  const Incident& in = r.postmortem->incident;
  EXPECT_EQ(in.title, "Checkout outage");
  EXPECT_EQ(in.date, "2024-03-02");
  EXPECT_EQ(in.severity, "SEV-1");
  EXPECT_EQ(in.author, "Priya Patel");
  EXPECT_EQ(in.reviewers, (std::vector<std::string>{"Sam", "Lee"}));
  EXPECT_TRUE(r.postmortem->unknown.empty());
  EXPECT_EQ(r.source_lines.line_of("/incident/title"), 2);
  EXPECT_EQ(r.source_lines.line_of("/incident/date"), 3);
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, TitleHeadingWinsOverFrontMatterTitle) {
  const PostMortem p = read_postmortem("---\ntitle: Old name\n---\n# New name\n");
  EXPECT_EQ(p.incident.title, "New name");
}

TEST(MarkdownImport, UnknownFrontMatterKeysSurviveExportAndImport) {
  const PostMortem first = read_postmortem(R"(---
layout: post
permalink: /postmortems/checkout/
draft: true
tags: [checkout]
---
# Checkout outage
)");
  EXPECT_EQ(
      first.unknown,
      (Json{{"front_matter",
             {{"layout", "post"}, {"permalink", "/postmortems/checkout/"}, {"draft", true}}}}));
  const std::string exported = export_markdown(first);
  EXPECT_NE(exported.find("\nlayout: \"post\"\n"), std::string::npos) << exported;
  const PostMortem second = read_postmortem(exported);
  EXPECT_EQ(second, first);
  EXPECT_EQ(export_markdown(second), exported);
}

// ---- timeline ------------------------------------------------------------------------------

TEST(MarkdownImport, TimelineTableWithTimeAndEventColumnsOnly) {
  const ImportResult r = read(R"(# Outage

**Date:** 2024-01-15

## Timeline

| Time | Event |
|------|-------|
| 14:23 | Alert fired for high error rate |
| 15:15 | Error rates returned to normal |
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(event_texts(p), (std::vector<std::string>{"Alert fired for high error rate",
                                                      "Error rates returned to normal"}));
  EXPECT_EQ(event_times(p), (std::vector<std::optional<UtcSeconds>>{at("2024-01-15T14:23:00Z"),
                                                                    at("2024-01-15T15:15:00Z")}));
  EXPECT_EQ(p.timeline[0].kind, EventKind::Note);
  EXPECT_EQ(r.warnings,
            (std::vector<ImportWarning>{
                {9,
                 "the time has no date; the incident date 2024-01-15 was assumed (also on line "
                 "10)"},
                {9, "the timeline states no time zone; its times were read as UTC"}}));
}

TEST(MarkdownImport, TimelineTableKeepsUnknownColumnsInTheText) {
  const ImportResult r = read(R"(# Outage

## Timeline

| Time | Event | Source | Channel |
|------|-------|--------|---------|
| 2024-01-15 14:23 UTC | Alert fired | PagerDuty | #incidents |
| 2024-01-15 14:25 UTC | Investigation began | | #db |
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[0].text, "Alert fired (Channel: #incidents)");
  EXPECT_EQ(p.timeline[0].source, "PagerDuty");
  EXPECT_EQ(p.timeline[0].at, at("2024-01-15T14:23:00Z"));
  EXPECT_EQ(p.timeline[1].text, "Investigation began (Channel: #db)");
  EXPECT_EQ(p.timeline[1].source, "");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, TimelineListWithFullDates) {
  const ImportResult r = read(R"(# Outage

## Timeline

- 2024-01-15 14:23 UTC - Alert fired for high error rate
- 2024-01-15 14:25 UTC — On-call engineer began investigation
- January 15, 2024 15:10 UTC: Increased connection pool size
- 2024-01-15T15:15:00Z Error rates returned to normal
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(event_texts(p),
            (std::vector<std::string>{
                "Alert fired for high error rate", "On-call engineer began investigation",
                "Increased connection pool size", "Error rates returned to normal"}));
  EXPECT_EQ(event_times(p), (std::vector<std::optional<UtcSeconds>>{
                                at("2024-01-15T14:23:00Z"), at("2024-01-15T14:25:00Z"),
                                at("2024-01-15T15:10:00Z"), at("2024-01-15T15:15:00Z")}));
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, TimesUnderABoldDateLineFallOnThatDay) {
  const ImportResult r = read(R"(# Outage

## Timeline

**January 15, 2024**

- 23:50 - Alert fired
- 23:58 - Rollback started

**January 16, 2024**

- 00:10 - Error rates returned to normal
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(event_texts(p), (std::vector<std::string>{"Alert fired", "Rollback started",
                                                      "Error rates returned to normal"}));
  EXPECT_EQ(event_times(p), (std::vector<std::optional<UtcSeconds>>{at("2024-01-15T23:50:00Z"),
                                                                    at("2024-01-15T23:58:00Z"),
                                                                    at("2024-01-16T00:10:00Z")}));
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_EQ(r.warnings, (std::vector<ImportWarning>{
                            {7, "the timeline states no time zone; its times were read as UTC"}}));
}

TEST(MarkdownImport, TimesUnderADateHeadingFallOnThatDay) {
  const ImportResult r = read(R"(# Outage

## Timeline

### 2024-01-15

- 23:50 UTC - Alert fired

### 2024-01-16

- 00:10 UTC - Error rates returned to normal
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(event_times(p), (std::vector<std::optional<UtcSeconds>>{at("2024-01-15T23:50:00Z"),
                                                                    at("2024-01-16T00:10:00Z")}));
  EXPECT_EQ(event_texts(p),
            (std::vector<std::string>{"Alert fired", "Error rates returned to normal"}));
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, ZonesAndOffsetsAreConvertedToUtc) {
  const ImportResult r = read(R"(# Outage

## Timeline

- 2024-01-15 14:20 UTC - Deploy finished
- 2024-01-15 14:23Z - Alert fired
- 2024-01-15 16:25 +02:00 - Berlin on-call acknowledged
- 2024-01-15T09:45:00-05:00 - Root cause identified in New York
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(event_times(p), (std::vector<std::optional<UtcSeconds>>{
                                at("2024-01-15T14:20:00Z"), at("2024-01-15T14:23:00Z"),
                                at("2024-01-15T14:25:00Z"), at("2024-01-15T14:45:00Z")}));
  EXPECT_EQ(p.timeline[2].text, "Berlin on-call acknowledged");
  EXPECT_EQ(p.timeline[3].text, "Root cause identified in New York");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, TwelveHourTimesAreRead) {
  const PostMortem p = read_postmortem(R"(# Outage

## Timeline

**January 15, 2024**

- 12:05 AM - Batch job started
- 12:30 pm - Lunch-time traffic peak
- 2:23 PM - Alert fired
)");
  EXPECT_EQ(event_times(p), (std::vector<std::optional<UtcSeconds>>{at("2024-01-15T00:05:00Z"),
                                                                    at("2024-01-15T12:30:00Z"),
                                                                    at("2024-01-15T14:23:00Z")}));
  EXPECT_EQ(event_texts(p), (std::vector<std::string>{"Batch job started",
                                                      "Lunch-time traffic peak", "Alert fired"}));
}

TEST(MarkdownImport, ZoneAfterATimeIsConvertedToUtc) {
  const ImportResult r = read(R"(# Outage

## Timeline

- 2024-01-15 14:23 UTC - Alert fired
- 2024-01-15 06:40 PST - Rollback finished
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[1].at, at("2024-01-15T14:40:00Z"));
  EXPECT_EQ(p.timeline[1].text, "Rollback finished");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, IstIsReadAsIndiaStandardTimeWithAWarningNamingTheLine) {
  const ImportResult r = read(R"(# Outage

## Timeline

- 2024-01-15 14:23 UTC - Alert fired
- 2024-01-15 06:40 IST - Rollback finished
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[1].at, at("2024-01-15T01:10:00Z"));  // India Standard Time, UTC+05:30
  EXPECT_EQ(p.timeline[1].text, "Rollback finished");
  EXPECT_EQ(r.warnings, (std::vector<ImportWarning>{
                            {6,
                             "IST, which names more than one zone; the time was read as India "
                             "Standard Time (UTC+05:30)"}}));
}

TEST(MarkdownImport, TimeWithNoKnownDateKeepsTheEventWithoutATime) {
  const ImportResult r = read(R"(# Outage

## Timeline

- 14:23 - Alert fired
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_EQ(p.timeline[0].at, std::nullopt);
  EXPECT_EQ(p.timeline[0].text, "14:23 - Alert fired");  // the time is kept, as written
  EXPECT_EQ(r.warnings, (std::vector<ImportWarning>{
                            {5,
                             "the time has no date and no incident date is known; it was kept "
                             "without a time"}}));
}

TEST(MarkdownImport, LabelledMilestonesSetTheEventKind) {
  const PostMortem p = read_postmortem(R"(# Outage

## Timeline

- **Detection:** 2024-01-15 14:23 UTC - Alert fired
- 2024-01-15 15:10 UTC - **Mitigated:** Traffic shifted to the standby
)");
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[0].kind, EventKind::Detected);
  EXPECT_EQ(p.timeline[0].text, "Alert fired");
  EXPECT_EQ(p.timeline[1].kind, EventKind::Mitigated);
  EXPECT_EQ(p.timeline[1].text, "Traffic shifted to the standby");
}

TEST(MarkdownImport, TimelineHeadingsThatNameNoDayStayInPlaceAsNotes) {
  const ImportResult r = read(R"(# Outage

## Timeline

### Detection Phase (0-30 min)

- 2024-01-15 14:23 UTC - Alert fired

### Resolution Phase

- 2024-01-15 15:10 UTC - Fix applied
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(event_texts(p), (std::vector<std::string>{"Detection Phase (0-30 min)", "Alert fired",
                                                      "Resolution Phase", "Fix applied"}));
  EXPECT_EQ(p.timeline[0].at, std::nullopt);
  EXPECT_EQ(p.timeline[0].kind, EventKind::Note);
  EXPECT_EQ(r.source_lines.line_of("/timeline/2"), 9);
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, TimelineTableWithSeparateDateAndTimeColumns) {
  const ImportResult r = read(R"(# Outage

## Timeline

| Date | Time (UTC) | Event |
|---|---|---|
| 2024-01-15 | 23:50 | Alert fired |
| Jan 16, 2024 | 00:10 | Error rates recovered |
| | 00:20 | All clear given |
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(event_times(p), (std::vector<std::optional<UtcSeconds>>{at("2024-01-15T23:50:00Z"),
                                                                    at("2024-01-16T00:10:00Z"),
                                                                    at("2024-01-16T00:20:00Z")}));
  EXPECT_EQ(event_texts(p),
            (std::vector<std::string>{"Alert fired", "Error rates recovered", "All clear given"}));
  EXPECT_TRUE(r.warnings.empty());
}

// ---- action items --------------------------------------------------------------------------

TEST(MarkdownImport, ActionTableWithPriorityMarkers) {
  const ImportResult r = read(R"(# Outage

**Date:** 2024-01-15

## Action Items

| Priority | Action | Owner | Due Date | Effort |
|----------|--------|-------|----------|--------|
| 🔴 High | Add connection pool monitoring alert | Sarah | 2024-01-20 | 2 hours |
| 🟡 Medium | Update code review checklist | Team | 2024-01-22 | 1 hour |
| 🟢 Low | Document connection pool tuning guide | Alex | 2024-02-01 | 4 hours |
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.actions.size(), 3u);
  EXPECT_EQ(p.actions[0].id, "A1");
  EXPECT_EQ(p.actions[0].priority, Priority::High);
  EXPECT_EQ(p.actions[0].action, "Add connection pool monitoring alert");
  EXPECT_EQ(p.actions[0].owner, "Sarah");
  EXPECT_EQ(p.actions[0].due, "2024-01-20");
  EXPECT_EQ(p.actions[0].effort, "2 hours");
  EXPECT_EQ(p.actions[1].priority, Priority::Medium);
  EXPECT_EQ(p.actions[2].id, "A3");
  EXPECT_EQ(p.actions[2].priority, Priority::Low);
  EXPECT_EQ(p.actions[2].due, "2024-02-01");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, ActionTableWithPlainAndNumberedPriorities) {
  const ImportResult r = read(R"(# Outage

## Action Items

| Priority | Action | Owner |
|---|---|---|
| P1 | Add pool alert | Sarah |
| P2 | Update checklist | Team |
| P3 | Write tuning guide | Alex |
| high | Load test the pool | Mike |
| Low | Rename the dashboard | Alex |
)");
  const PostMortem& p = *r.postmortem;
  std::vector<Priority> priorities;
  for (const ActionItem& a : p.actions) priorities.push_back(a.priority);
  EXPECT_EQ(priorities, (std::vector<Priority>{Priority::High, Priority::Medium, Priority::Low,
                                               Priority::High, Priority::Low}));
  EXPECT_EQ(action_texts(p),
            (std::vector<std::string>{"Add pool alert", "Update checklist", "Write tuning guide",
                                      "Load test the pool", "Rename the dashboard"}));
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, ActionStatusWordsAreRead) {
  const ImportResult r = read(R"(# Outage

## Action Items

| Action | Owner | Status |
|---|---|---|
| Add pool alert | Sarah | DONE |
| Query performance test | Mike | TODO |
| Review checklist | Team | WIP |
| Rewrite the ORM | Alex | Won't do |
| Pool tuning guide | Alex | ✅ |
| Load test | Mike | ✅ Done |
| Dashboard | Dana | In progress |
)");
  std::vector<ActionStatus> statuses;
  for (const ActionItem& a : r.postmortem->actions) statuses.push_back(a.status);
  EXPECT_EQ(statuses, (std::vector<ActionStatus>{ActionStatus::Done, ActionStatus::Open,
                                                 ActionStatus::InProgress, ActionStatus::WontDo,
                                                 ActionStatus::Done, ActionStatus::Done,
                                                 ActionStatus::InProgress}));
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, TaskListItemsAreActionsDoneWhenTicked) {
  const ImportResult r = read(R"(# Outage

## Action Items

- [x] Add connection pool alert (Owner: Sarah, Due: 2024-01-20)
- [ ] Write the pool runbook (Owner: Mike)
- [X] Update the review checklist
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.actions.size(), 3u);
  EXPECT_EQ(action_texts(p),
            (std::vector<std::string>{"Add connection pool alert", "Write the pool runbook",
                                      "Update the review checklist"}));
  EXPECT_EQ(p.actions[0].status, ActionStatus::Done);
  EXPECT_EQ(p.actions[0].owner, "Sarah");
  EXPECT_EQ(p.actions[0].due, "2024-01-20");
  EXPECT_EQ(p.actions[1].status, ActionStatus::Open);
  EXPECT_EQ(p.actions[1].owner, "Mike");
  EXPECT_EQ(p.actions[2].status, ActionStatus::Done);
  EXPECT_EQ(p.actions[2].owner, "");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, StatusAndPriorityWordsLeadActionLines) {
  const ImportResult r = read(R"(# Outage

**Date:** 2024-01-15

## Action Items

- TODO: Add alert for connection pool utilization > 80% (Owner: Sarah, Due: Jan 20)
- DONE: Add performance checklist item to PR template (Owner: Team, Due: Jan 22)
- WIP: Create runbook for database connection issues (Owner: Mike, Due: next sprint)
- P1 - Load test the connection pool
- 🔴 High: Page the database on-call on pool saturation
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.actions.size(), 5u);
  EXPECT_EQ(p.actions[0].action, "Add alert for connection pool utilization > 80%");
  EXPECT_EQ(p.actions[0].status, ActionStatus::Open);
  EXPECT_EQ(p.actions[0].owner, "Sarah");
  EXPECT_EQ(p.actions[0].due, "2024-01-20");
  EXPECT_EQ(p.actions[1].action, "Add performance checklist item to PR template");
  EXPECT_EQ(p.actions[1].status, ActionStatus::Done);
  EXPECT_EQ(p.actions[1].due, "2024-01-22");
  EXPECT_EQ(p.actions[2].status, ActionStatus::InProgress);
  EXPECT_EQ(p.actions[2].due, "next sprint");
  EXPECT_EQ(p.actions[3].action, "Load test the connection pool");
  EXPECT_EQ(p.actions[3].priority, Priority::High);
  EXPECT_EQ(p.actions[4].action, "Page the database on-call on pool saturation");
  EXPECT_EQ(p.actions[4].priority, Priority::High);
  EXPECT_EQ(r.warnings, (std::vector<ImportWarning>{
                            {7, "due date \"Jan 20\" has no year; read as 2024-01-20"},
                            {8, "due date \"Jan 22\" has no year; read as 2024-01-22"}}));
}

TEST(MarkdownImport, DueDateWithoutAYearFallsAfterTheIncident) {
  const ImportResult r = read(R"(# Outage

**Date:** December 28, 2023

## Action Items

| Action | Owner | Due |
|---|---|---|
| Add pool alert | Sarah | Jan 5 |
| Review checklist | Team | Dec 30 |
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[0].due, "2024-01-05");
  EXPECT_EQ(p.actions[1].due, "2023-12-30");
  EXPECT_EQ(r.warnings, (std::vector<ImportWarning>{
                            {9, "due date \"Jan 5\" has no year; read as 2024-01-05"},
                            {10, "due date \"Dec 30\" has no year; read as 2023-12-30"}}));
}

TEST(MarkdownImport, ParagraphBeforeAnActionListIntroducesIt) {
  const ImportResult r = read(R"(# Outage

## Action Items

We agreed on these in the review:

- Add pool alert (Owner: Sarah)
- Write the runbook (Owner: Mike)
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(action_texts(p), (std::vector<std::string>{"Add pool alert", "Write the runbook"}));
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_EQ(p.actions_notes, "We agreed on these in the review:");
}

// The action items' section of a file Hindsight wrote, up to its table of actions: what the
// tests below add to it by hand.
constexpr std::string_view kWrittenActionItems = R"(---
schema: 2
---

# Post-Mortem: Disk full

## Action Items

| ID | Priority | Action | Category | Type | Owner | Due Date | Effort | Status | Ticket |
|---|---|---|---|---|---|---|---|---|---|
| A1 | 🟡 Medium | Add disk alerting | Prevention | Prevent | Alice | | | Open | |
)";

// A file Hindsight wrote, edited by hand: a remark under the actions' table and a legend table
// after it stay notes, and the table with an action's columns is still read as the actions.
TEST(MarkdownImport, AWrittenFilesActionsTableIsFoundAmongNotesAddedByHand) {
  const ImportResult r = read(std::string(kWrittenActionItems) + R"(
Reviewed again on 2024-04-01.

| Marker | Meaning |
|---|---|
| 🟡 | this quarter |
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(action_texts(p), (std::vector<std::string>{"Add disk alerting"}));
  EXPECT_EQ(
      p.actions_notes,
      "Reviewed again on 2024-04-01.\n\n| Marker | Meaning |\n|---|---|\n| 🟡 | this quarter |");
  EXPECT_TRUE(p.extra_sections.empty());
}

// A table of actions added by hand under the one Hindsight wrote holds actions too.
TEST(MarkdownImport, AWrittenFilesSecondActionsTableAddedByHandIsReadToo) {
  const ImportResult r = read(std::string(kWrittenActionItems) + R"(
Added after the review:

| Action | Owner |
|---|---|
| Add a canary stage | Carol |
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(action_texts(p), (std::vector<std::string>{"Add disk alerting", "Add a canary stage"}));
  EXPECT_EQ(p.actions_notes, "Added after the review:");
}

TEST(MarkdownImport, ParenthesesThatAreNotAllFieldsStayInTheActionText) {
  const ImportResult r = read(R"(# Outage

## Action Items

- Add pool alert (Owner: Sarah, Note: flaky in staging)
- Read the runbook (see https://example.com/runbook)
- Fix the retry loop (Owner: Mike, Due: January 30, 2024)
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(action_texts(p),
            (std::vector<std::string>{"Add pool alert (Owner: Sarah, Note: flaky in staging)",
                                      "Read the runbook (see https://example.com/runbook)",
                                      "Fix the retry loop"}));
  EXPECT_EQ(p.actions[0].owner, "");
  EXPECT_EQ(p.actions[2].owner, "Mike");
  EXPECT_EQ(p.actions[2].due, "2024-01-30");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, ActionFieldsAfterADashOrOnTheirOwnLines) {
  const ImportResult r = read(R"(# Outage

**Date:** 2024-01-15

## Action Items

- Write the pool runbook — Owner: Mike, Due: 2024-02-01
- Add pool alert
  Owner: Sarah
  Due: Jan 20, Effort: 2 hours
- Conduct deeper investigation into the driver
  Owner: Mike, Due: Next week, Time: 4 hours
- Raise the pool size - then measure again
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.actions.size(), 4u);
  EXPECT_EQ(p.actions[0].action, "Write the pool runbook");
  EXPECT_EQ(p.actions[0].owner, "Mike");
  EXPECT_EQ(p.actions[0].due, "2024-02-01");
  EXPECT_EQ(p.actions[1].action, "Add pool alert");
  EXPECT_EQ(p.actions[1].owner, "Sarah");
  EXPECT_EQ(p.actions[1].due, "2024-01-20");
  EXPECT_EQ(p.actions[1].effort, "2 hours");
  EXPECT_EQ(p.actions[2].action, "Conduct deeper investigation into the driver");
  EXPECT_EQ(p.actions[2].due, "Next week");
  EXPECT_EQ(p.actions[2].effort, "4 hours");
  EXPECT_EQ(p.actions[3].action, "Raise the pool size - then measure again");
  EXPECT_EQ(
      r.warnings,
      (std::vector<ImportWarning>{{10, "due date \"Jan 20\" has no year; read as 2024-01-20"}}));
  EXPECT_EQ(r.source_lines.line_of("/actions/1"), 8);
}

// ---- line ends and encodings ---------------------------------------------------------------

constexpr std::string_view kSmallDocument =
    "---\n"
    "layout: post\n"
    "tags: [db, api]\n"
    "---\n"
    "# Outage\n"
    "\n"
    "**Date:** 2024-01-15\n"
    "**Severity:** SEV-2\n"
    "\n"
    "## Summary\n"
    "\n"
    "The API was down.\n"
    "Twice.\n"
    "\n"
    "## Timeline\n"
    "\n"
    "- 14:23 - Alert fired\n"
    "\n"
    "## Action Items\n"
    "\n"
    "| Action | Owner | Due |\n"
    "|---|---|---|\n"
    "| Add alert | Sarah | Jan 20 |\n";

std::string with_crlf(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

TEST(MarkdownImport, CrlfLineEndsAndAByteOrderMarkReadLikeLf) {
  const ImportResult lf = read(kSmallDocument);
  const ImportResult crlf = read(with_crlf(kSmallDocument));
  const ImportResult bom = read("\xEF\xBB\xBF" + std::string(kSmallDocument));
  const ImportResult both = read("\xEF\xBB\xBF" + with_crlf(kSmallDocument));
  EXPECT_EQ(lf.postmortem->executive_summary, "The API was down.\nTwice.");
  EXPECT_EQ(lf.postmortem->incident.tags, (std::vector<std::string>{"db", "api"}));
  EXPECT_EQ(lf.postmortem->actions.at(0).due, "2024-01-20");
  EXPECT_EQ(lf.source_lines.line_of("/actions/0"), 23);
  for (const ImportResult* other : {&crlf, &bom, &both}) {
    EXPECT_EQ(other->postmortem, lf.postmortem);
    EXPECT_EQ(other->warnings, lf.warnings);
    EXPECT_EQ(other->source_lines, lf.source_lines);
  }
}

TEST(MarkdownImport, NonAsciiTextIsKept) {
  const ImportResult r = read(R"(# Panne de la base de données ☕

**Author:** José Müller

## Summary

数据库连接池耗尽。Les requêtes ont échoué 😱.

## Timeline

- 2024-01-15 14:23 UTC - Alerte déclenchée 🚨

## Action Items

| Action | Owner |
|---|---|
| Ajouter une alerte 📈 | Zoë |

## Leçons apprises

Ça arrive.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.incident.title, "Panne de la base de données ☕");
  EXPECT_EQ(p.incident.author, "José Müller");
  EXPECT_EQ(p.executive_summary, "数据库连接池耗尽。Les requêtes ont échoué 😱.");
  EXPECT_EQ(event_texts(p), std::vector<std::string>{"Alerte déclenchée 🚨"});
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "Ajouter une alerte 📈");
  EXPECT_EQ(p.actions[0].owner, "Zoë");
  // "Leçons apprises" is French for "Lessons learned".
  EXPECT_EQ(p.lessons_learned, "Ça arrive.");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImport, SectionsNamedInOtherLanguagesAreRead) {
  const ImportResult r = read(R"(# Caída del servicio

## Resumen

La base de datos se quedó sin conexiones.

## Cronología

- 2024-01-15 14:23 UTC - Alerta disparada

## Acciones correctivas

- Añadir una alerta

## Maßnahmen

- Limit the pool
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.executive_summary, "La base de datos se quedó sin conexiones.");
  EXPECT_EQ(event_texts(p), std::vector<std::string>{"Alerta disparada"});
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[0].action, "Añadir una alerta");
  EXPECT_EQ(p.actions[1].action, "Limit the pool");
}

TEST(MarkdownImport, SectionNamesAreMatchedWhateverTheCaseOfTheirScript) {
  // Capitals of Latin Extended A (Polish "Ś", Turkish "İ"), Cyrillic ("Ё", "Х") and Latin
  // Extended Additional (Vietnamese "Ả") are lowered before the names are looked up.
  const ImportResult r = read(R"(# Awaria

## PODSUMOWANIE

Baza danych odrzucała połączenia.

## ХРОНОЛОГИЯ

- 2024-01-15 14:23 UTC - Alert

## ẢNH HƯỞNG

Thanh toán chậm.

## Działania Naprawcze

- Dodać alert
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(p.executive_summary, "Baza danych odrzucała połączenia.");
  EXPECT_EQ(event_texts(p), std::vector<std::string>{"Alert"});
  EXPECT_EQ(p.incident.impact, "Thanh toán chậm.");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "Dodać alert");
  EXPECT_TRUE(p.extra_sections.empty());
}

TEST(MarkdownImport, JapaneseReportIsReadByItsSectionsDatesAndDays) {
  // A report as Japanese teams write one: "when it began" as a heading over the day, the
  // timeline ("timeline from onset to recovery") as days "11/25" over their times, and the
  // measures against a recurrence.
  const ImportResult r = read(R"(# v1.4.0の障害について

## 障害の内容

### 発生日時
2021年11月25日午後3時

## 発生から復旧までのタイムライン
 * 11/25
     * 15:00 - v1.4.0リリース
     * 23:16 - テスト完了
 * 11/26
     * 10:10 - v1.4.1リリース

## 今後の対応
 * ユニットテストを整備する
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.timeline.size(), 3u);
  EXPECT_EQ(p.timeline[0].text, "v1.4.0リリース");
  EXPECT_EQ(p.timeline[0].at, at("2021-11-25T15:00:00Z"));
  EXPECT_EQ(p.timeline[1].at, at("2021-11-25T23:16:00Z"));
  EXPECT_EQ(p.timeline[2].at, at("2021-11-26T10:10:00Z"));
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "ユニットテストを整備する");
}

TEST(MarkdownImport, InvalidUtf8IsAnErrorWithNoPostmortem) {
  const ImportResult r = import_markdown("# Title\n\nCaf\xE9 au lait\n");
  EXPECT_FALSE(r.postmortem.has_value());
  EXPECT_EQ(r.error, "the file is not UTF-8 text (invalid byte at offset 12)");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImport, OverlongAndSurrogateEncodingsAreErrors) {
  EXPECT_FALSE(import_markdown("# A \xC0\xAF\n").postmortem.has_value());
  EXPECT_FALSE(import_markdown("# A \xED\xA0\x80\n").postmortem.has_value());
  EXPECT_FALSE(import_markdown("# A \xE2\x82").postmortem.has_value());
}

// ---- source lines --------------------------------------------------------------------------

TEST(MarkdownImport, SourceLinesPointAtTitleActionEventAndProse) {
  const ImportResult r = read(R"(Draft, do not share.

# Outage

## What Happened

A deploy flushed every cache node.

## Timeline

- 2024-01-15 14:23 UTC - Alert fired
- 2024-01-15 14:30 UTC - Rollback started

## Action Items

| Action | Owner |
|---|---|
| Add a warm-up step | Dana |
| Stagger cache flushes | Lee |
)");
  const auto& lines = r.source_lines;
  EXPECT_EQ(lines.line_of("/incident/title"), 3);
  EXPECT_EQ(lines.line_of("/what_happened"), 7);
  EXPECT_EQ(lines.line_of("/timeline/1"), 12);
  EXPECT_EQ(lines.line_of("/timeline/1/text"), 12);
  EXPECT_EQ(lines.line_of("/actions/1"), 19);
  EXPECT_EQ(lines.line_of("/actions/1/action"), 19);
  EXPECT_EQ(lines.line_of("/extra_sections/0/body"), 1);
}

TEST(MarkdownImport, AnEmptySectionClosingTheFileNamesNoLinePastItsEnd) {
  // The body of "## Supporting information" would start on line 4, which the file does not have.
  const ImportResult r = read("# Outage\n\n## Supporting information\n");
  ASSERT_EQ(r.postmortem->extra_sections.size(), 1u);
  EXPECT_EQ(r.postmortem->extra_sections[0].body, "");
  EXPECT_EQ(r.source_lines.line_of("/extra_sections/0/title"), 3);
  EXPECT_EQ(r.source_lines.line_of("/extra_sections/0/body"), std::nullopt);
}

// ---- no text is lost -----------------------------------------------------------------------

TEST(MarkdownImport, MessyDocumentKeepsEverySentence) {
  const ImportResult r = read(fixture("messy.md"));
  const PostMortem& p = *r.postmortem;
  for (const char* sentence : {
           "Draft - please review before Friday.",
           "Checkout outage",
           "the payment provider was also degraded that day.",
           "Incident commander was Priya.",
           "Customers saw a spinner at checkout for about forty minutes.",
           "Checkout failed for 40 minutes after a config push.",
           "Why it matters",
           "Checkout is our main revenue path.",
           "All times are approximate.",
           "Config push started",
           "Deploy bot",
           "Error rate alert fired",
           "not sure",
           "Support noticed tickets piling up",
           "Rollback finished",
           "Someone restarted the workers at some point.",
           "ERROR payment gateway timeout",
           "The config change skipped canary.",
           "Nobody noticed the skipped stage.",
           "Alert thresholds were too loose.",
           "We agreed on these in the review.",
           "Restore canary stage for config pushes",
           "Tighten checkout alert thresholds",
           "Document the rollback command",
           "Budget for this work is tracked separately.",
           "Maybe we should move to blue-green deploys.",
           "reviewer comment: check numbers",
           "A second summary that someone pasted by mistake.",
       }) {
    EXPECT_TRUE(model_holds(p, sentence)) << sentence;
  }
  EXPECT_EQ(p.incident.title, "Checkout outage (2024-03-02)");
  EXPECT_EQ(p.incident.date, "2024-03-02");
  EXPECT_EQ(p.incident.severity, "SEV-1");
  EXPECT_EQ(p.executive_summary,
            "Checkout failed for 40 minutes after a config push.\n\n### Why it matters\n\n"
            "Checkout is our main revenue path.");
  ASSERT_EQ(action_texts(p), (std::vector<std::string>{"Restore canary stage for config pushes",
                                                       "Tighten checkout alert thresholds",
                                                       "Document the rollback command"}));
  EXPECT_EQ(p.actions[0].due, "2024-03-09");
  std::vector<std::string> titles;
  for (const ExtraSection& e : p.extra_sections) titles.push_back(e.title);
  EXPECT_EQ(titles,
            (std::vector<std::string>{"Notes", "Timeline (UTC)", "Random thoughts", "Summary"}));
  EXPECT_EQ(p.actions_notes,
            "We agreed on these in the review.\n\nBudget for this work is tracked separately.");
  EXPECT_EQ(p.extra_sections[0].body,
            "Draft - please review before Friday.\n\n"
            "**Note:** the payment provider was also degraded that day.\n"
            "Incident commander was Priya.\n\n"
            "> Customers saw a spinner at checkout for about forty minutes.");
  std::vector<int> warned_lines;
  for (const ImportWarning& w : r.warnings) warned_lines.push_back(w.line);
  // Lines 27 and 30 repeat a warning given above them, named in it (a test of its own below).
  EXPECT_EQ(warned_lines, (std::vector<int>{26, 28, 47, 59}));
  EXPECT_EQ(p.meeting.could_improve,
            (std::vector<std::string>{"The config change skipped canary.",
                                      "Nobody noticed the skipped stage.",
                                      "Alert thresholds were too loose."}));
}

TEST(MarkdownImport, ExportedImportOfAHandWrittenDocumentIsStable) {
  const PostMortem first = read_postmortem(fixture("messy.md"));
  const std::string once = export_markdown(first);
  const PostMortem second = read_postmortem(once);
  EXPECT_EQ(export_markdown(second), once);
}

TEST(MarkdownImport, DeeplyNestedListsDoNotExhaustTheStack) {
  std::string markdown = "# T\n\n## What Went Well\n\n";
  for (int i = 0; i < 20000; ++i) markdown += "- ";
  markdown += "x\n";
  const ImportResult r = read(markdown);
  ASSERT_TRUE(r.postmortem);
  EXPECT_EQ(r.postmortem->incident.title, "T");
}

TEST(MarkdownImport, CapitalWordsAfterATimeStayInTheText) {
  const ImportResult r =
      read("# T\n\n**Date:** 2024-01-15\n\n## Timeline\n\n- 14:40 CPU at 100%\n");
  ASSERT_EQ(r.postmortem->timeline.size(), 1u);
  EXPECT_EQ(r.postmortem->timeline[0].text, "CPU at 100%");
  // The assumed day and zone, and no "unknown time zone CPU".
  EXPECT_EQ(r.warnings, (std::vector<ImportWarning>{
                            {7, "the time has no date; the incident date 2024-01-15 was assumed"},
                            {7, "the timeline states no time zone; its times were read as UTC"}}));
}

TEST(MarkdownImport, ActionsStartingWithAPriorityOrStatusWordKeepIt) {
  const PostMortem p = read_postmortem(
      "# T\n\n## Action Items\n\n- New alert for disk usage\n- High availability for the DB\n"
      "- Done criteria for rollbacks\n- DONE: Add a runbook\n- High: Add an alert\n");
  ASSERT_EQ(p.actions.size(), 5u);
  EXPECT_EQ(p.actions[0].action, "New alert for disk usage");
  EXPECT_EQ(p.actions[1].action, "High availability for the DB");
  EXPECT_EQ(p.actions[1].priority, Priority::Medium);
  EXPECT_EQ(p.actions[2].action, "Done criteria for rollbacks");
  EXPECT_EQ(p.actions[2].status, ActionStatus::Open);
  EXPECT_EQ(p.actions[3].action, "Add a runbook");
  EXPECT_EQ(p.actions[3].status, ActionStatus::Done);
  EXPECT_EQ(p.actions[4].action, "Add an alert");
  EXPECT_EQ(p.actions[4].priority, Priority::High);
}

TEST(MarkdownImport, MalformedSeverityScaleInFrontMatterIsKeptAsUnknown) {
  const ImportResult r = read("---\nseverity_scale: [\"SEV-1\"]\n---\n# T\n");
  ASSERT_TRUE(r.postmortem);
  EXPECT_EQ(r.postmortem->severity_scale, default_severity_scale());
  EXPECT_EQ(r.postmortem->unknown["front_matter"]["severity_scale"], Json::array({"SEV-1"}));
}

TEST(MarkdownImport, SectionsBeforeTheTitleAreReadOnce) {
  const PostMortem p = read_postmortem("## Summary\n\nalpha text\n\n# Real Title\n\nbeta text\n");
  EXPECT_EQ(p.incident.title, "Real Title");
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_EQ(p.executive_summary.find("alpha text"), 0u);
}

TEST(MarkdownImport, DuplicateActionIdsAreRenumberedAfterTheHighest) {
  const PostMortem p = read_postmortem(
      "# T\n\n## Action Items\n\n| ID | Action |\n|---|---|\n| A7 | one |\n| A7 | two |\n"
      "|  | three |\n| A99999999999999999999 | four |\n");
  ASSERT_EQ(p.actions.size(), 4u);
  EXPECT_EQ(p.actions[0].id, "A7");
  EXPECT_EQ(p.actions[1].id, "A8");
  EXPECT_EQ(p.actions[2].id, "A9");
  EXPECT_EQ(p.actions[3].id, "A99999999999999999999");  // not a numbered id: kept as written
}

// ---- layouts of published post-mortems --------------------------------------------------------

std::vector<std::optional<UtcSeconds>> times_of(const PostMortem& p) {
  std::vector<std::optional<UtcSeconds>> times;
  for (const TimelineEvent& e : p.timeline) times.push_back(e.at);
  return times;
}

bool warned(const ImportResult& r, std::string_view words) {
  return std::any_of(r.warnings.begin(), r.warnings.end(), [&](const ImportWarning& w) {
    return w.message.find(words) != std::string::npos;
  });
}

TEST(MarkdownImportLayouts, BracketedMonthDayTakesItsYearFromTheTitle) {
  const ImportResult r = read(R"(# Outage on 2023-03-26

## Timeline (all times UTC)

- [03-26 17:40] Alert fired
- [03-27 09:05] Fix deployed
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(times_of(p), (std::vector<std::optional<UtcSeconds>>{at("2023-03-26T17:40:00Z"),
                                                                 at("2023-03-27T09:05:00Z")}));
  EXPECT_EQ(event_texts(p), (std::vector<std::string>{"Alert fired", "Fix deployed"}));
}

TEST(MarkdownImportLayouts, TimeHeadingsOpenOneEntryEachOnTheDayOfTheFirstDatedOne) {
  const PostMortem p = read_postmortem(R"(# Outage

## Timeline (UTC)

### 2024-01-15 5:00 PM

Alerts fired for checkout.

### 5:30 PM

Rollback started.
It took a while.

### 9:14

Resolved.
)");
  EXPECT_EQ(times_of(p), (std::vector<std::optional<UtcSeconds>>{at("2024-01-15T17:00:00Z"),
                                                                 at("2024-01-15T17:30:00Z"),
                                                                 at("2024-01-15T21:14:00Z")}));
  EXPECT_EQ(event_texts(p),
            (std::vector<std::string>{"Alerts fired for checkout.",
                                      "Rollback started. It took a while.", "Resolved."}));
}

TEST(MarkdownImportLayouts, BoldTimeWithItsZoneStartsAnEntry) {
  const ImportResult r = read(R"(# Outage

**Date:** 2024-01-15

## Timeline

**21:45 (UTC):** Error rate rose above 5%.

**22:10 (UTC):** Rolled back.
)");
  const PostMortem& p = *r.postmortem;
  EXPECT_EQ(times_of(p), (std::vector<std::optional<UtcSeconds>>{at("2024-01-15T21:45:00Z"),
                                                                 at("2024-01-15T22:10:00Z")}));
  EXPECT_EQ(event_texts(p),
            (std::vector<std::string>{"Error rate rose above 5%.", "Rolled back."}));
  EXPECT_FALSE(warned(r, "time zone"));
}

TEST(MarkdownImportLayouts, DayFirstAndIsoDateHeadingsDateTheBulletsUnderThem) {
  const PostMortem p = read_postmortem(R"(# Outage

## Timeline (UTC)

### 14-03-2024

- 09:00 - Deploy started

### 2024-03-15

- 10:00 - Fix shipped
)");
  EXPECT_EQ(times_of(p), (std::vector<std::optional<UtcSeconds>>{at("2024-03-14T09:00:00Z"),
                                                                 at("2024-03-15T10:00:00Z")}));
}

TEST(MarkdownImportLayouts, RangeStartsAtItsFirstTimeAndStaysInTheText) {
  const PostMortem p = read_postmortem(R"(# Outage

**Date:** 2024-01-15

## Timeline (UTC)

- 8:20 - 8:24 Errors spiked on every node
)");
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_EQ(p.timeline[0].at, at("2024-01-15T08:20:00Z"));
  EXPECT_EQ(p.timeline[0].text, "8:20 - 8:24 Errors spiked on every node");
}

TEST(MarkdownImportLayouts, StatedOffsetConvertsEveryTimeToUtcAndStaysAsANote) {
  const ImportResult r = read(R"(# Outage

## Timeline

All times in PDT (UTC-7)

- 2024-06-01 10:00 - Alert fired
- 2024-06-01 23:30 - Resolved
)");
  const PostMortem& p = *r.postmortem;
  ASSERT_EQ(p.timeline.size(), 3u);
  EXPECT_EQ(p.timeline[0].text, "All times in PDT (UTC-7)");
  EXPECT_EQ(p.timeline[1].at, at("2024-06-01T17:00:00Z"));
  EXPECT_EQ(p.timeline[2].at, at("2024-06-02T06:30:00Z"));
  EXPECT_TRUE(r.warnings.empty());
}

TEST(MarkdownImportLayouts, RegionZoneFollowsItsDaylightSavingRule) {
  const PostMortem p = read_postmortem(R"(# Outage

## Timeline (All times US Eastern)

- 2024-01-15 10:00 - Winter entry
- 2024-07-15 10:00 - Summer entry
)");
  ASSERT_EQ(p.timeline.size(), 3u);
  EXPECT_EQ(p.timeline[0].text, "(All times US Eastern)");
  EXPECT_EQ(p.timeline[1].at, at("2024-01-15T15:00:00Z"));
  EXPECT_EQ(p.timeline[2].at, at("2024-07-15T14:00:00Z"));
}

TEST(MarkdownImportLayouts, ZoneAbbreviationsInNotesAreConverted) {
  const PostMortem cest = read_postmortem(R"(# Outage

## Timeline (All times CEST)

- 2024-06-01 10:00 - Entry
)");
  ASSERT_EQ(cest.timeline.size(), 2u);
  EXPECT_EQ(cest.timeline[1].at, at("2024-06-01T08:00:00Z"));
  const PostMortem bst = read_postmortem(R"(# Outage

## Timeline

All times in BST.

- 2024-06-01 10:00 - Entry
)");
  ASSERT_EQ(bst.timeline.size(), 2u);
  EXPECT_EQ(bst.timeline[1].at, at("2024-06-01T09:00:00Z"));
  const PostMortem pacific = read_postmortem(R"(# Outage

## Timeline (all times in PST/PDT)

- 2024-01-15 10:00 - Winter
- 2024-08-15 10:00 - Summer
)");
  ASSERT_EQ(pacific.timeline.size(), 3u);
  EXPECT_EQ(pacific.timeline[1].at, at("2024-01-15T18:00:00Z"));
  EXPECT_EQ(pacific.timeline[2].at, at("2024-08-15T17:00:00Z"));
}

TEST(MarkdownImportLayouts, TableHeaderZoneHoldsForItsRows) {
  const PostMortem p = read_postmortem(R"(# Outage

## Timeline

| Date and Time in CET | Event |
|:--|--|
| 2019-11-29 12:00 | Scaled up the cluster |
)");
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[0].text, "Date and Time in CET");  // converted, and kept as a note
  EXPECT_FALSE(p.timeline[0].at.has_value());
  EXPECT_EQ(p.timeline[1].at, at("2019-11-29T11:00:00Z"));
  EXPECT_EQ(p.timeline[1].text, "Scaled up the cluster");
}

TEST(MarkdownImportLayouts, NoStatedZoneKeepsTimesAsWrittenAndWarnsOnce) {
  const ImportResult r = read(R"(# Outage

## Timeline

- 2024-01-15 14:00 - Alert fired
- 2024-01-15 14:10 - Paged
)");
  EXPECT_EQ(times_of(*r.postmortem), (std::vector<std::optional<UtcSeconds>>{
                                         at("2024-01-15T14:00:00Z"), at("2024-01-15T14:10:00Z")}));
  EXPECT_EQ(r.warnings, (std::vector<ImportWarning>{
                            {5, "the timeline states no time zone; its times were read as UTC"}}));
}

TEST(MarkdownImportLayouts, NumberedActionHeadingsAreActionsWithTheirOwner) {
  const PostMortem p = read_postmortem(R"(# Outage

## Action Items

#### 1) Cron cleanup scheduled @dana

Runs nightly.

#### 2) Disk alert added (Owner: Sam)
)");
  ASSERT_EQ(p.actions.size(), 2u);
  EXPECT_EQ(p.actions[0].action, "Cron cleanup scheduled: Runs nightly.");
  EXPECT_EQ(p.actions[0].owner, "dana");
  EXPECT_EQ(p.actions[1].action, "Disk alert added");
  EXPECT_EQ(p.actions[1].owner, "Sam");
}

TEST(MarkdownImportLayouts, InlineActionPointsAnywhereAreActionsAndStayInPlace) {
  const PostMortem p = read_postmortem(R"(# Outage

## What Happened

The disk filled up.

Action point: add a disk usage alert (Owner: Sam)

## Lessons Learned

**TODO:** document the cleanup job
)");
  EXPECT_EQ(action_texts(p),
            (std::vector<std::string>{"add a disk usage alert", "document the cleanup job"}));
  EXPECT_EQ(p.actions[0].owner, "Sam");
  EXPECT_NE(p.what_happened.find("Action point: add a disk usage alert"), std::string::npos);
}

TEST(MarkdownImportLayouts, InlineActionsSurviveExportThenImport) {
  const PostMortem first = read_postmortem(R"(# Outage

## What Happened

Action item: add a disk usage alert @sam
)");
  ASSERT_EQ(first.actions.size(), 1u);
  const PostMortem second = read_postmortem(export_markdown(first));
  EXPECT_EQ(second, first);
}

TEST(MarkdownImportLayouts, AListAnnouncedAsPreventionIsActionsAndStaysInPlace) {
  const std::string source = R"(# Certificate outage

Between 21:27 and 07:27 the site ran with expired certificates.

To prevent similar issues in the future, we've made a few changes:

1. A periodic job renews the certificates (Owner: Ana).
2. A daily check verifies every domain.

## Lessons Learned

Going forward we will:

- Page a second person
)";
  const PostMortem first = read_postmortem(source);
  EXPECT_EQ(action_texts(first),
            (std::vector<std::string>{"A periodic job renews the certificates.",
                                      "A daily check verifies every domain.",
                                      "Page a second person"}));
  EXPECT_EQ(first.actions[0].owner, "Ana");
  EXPECT_NE(first.executive_summary.find("2. A daily check verifies every domain."),
            std::string::npos);
  EXPECT_NE(first.lessons_learned.find("- Page a second person"), std::string::npos);
  EXPECT_EQ(read_postmortem(export_markdown(first)), first);
}

TEST(MarkdownImportLayouts, AListAfterAnAccountOrAdviceToTheReaderIsNoActions) {
  const PostMortem p = read_postmortem(R"(# Outage

## What Happened

We made the following changes to the load balancer:

- Drained node 3
- Raised the timeout

Some things you can do to help prevent this kind of attack in the future:

- Turn on two-factor authentication
)");
  EXPECT_TRUE(p.actions.empty());
}

TEST(MarkdownImportLayouts, ActionLabelsInProseGiveActionsWithTheirStatus) {
  const PostMortem p = read_postmortem(R"(# Outage

## Lessons Learned

### Reporting

**Actions taken:**

1. We extended the bounty's scope.

**Actions planned:**

- We will alert on new reports, which will:
  1. page the security lead
  1. open a ticket

**Action taken:**

Our response guide now names a private channel.

**DONE**: added the blog to monitoring

**DOING** the import checks the disk first

**TODO** alert on ZFS usage

**IMPORTANT** this is no action
)");
  EXPECT_EQ(action_texts(p),
            (std::vector<std::string>{
                "We extended the bounty's scope.",
                "We will alert on new reports, which will: page the security lead; open a ticket",
                "Our response guide now names a private channel.", "added the blog to monitoring",
                "the import checks the disk first", "alert on ZFS usage"}));
  std::vector<ActionStatus> statuses;
  for (const ActionItem& a : p.actions) statuses.push_back(a.status);
  EXPECT_EQ(statuses, (std::vector<ActionStatus>{ActionStatus::Done, ActionStatus::Open,
                                                 ActionStatus::Done, ActionStatus::Done,
                                                 ActionStatus::InProgress, ActionStatus::Open}));
  EXPECT_NE(p.lessons_learned.find("**IMPORTANT** this is no action"), std::string::npos);
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

TEST(MarkdownImportLayouts, AnActionItemTableUnderAnotherHeadingGivesActions) {
  const PostMortem p = read_postmortem(R"(# Slow builds

## Resolution

We created follow up action items:

| Action Item | Owner |
|---|---|
| Review request concurrency | Backend team |

| What | When |
|---|---|
| Scaled the workers | noon |
)");
  ASSERT_EQ(p.actions.size(), 1u);
  EXPECT_EQ(p.actions[0].action, "Review request concurrency");
  EXPECT_EQ(p.actions[0].owner, "Backend team");
  EXPECT_NE(p.what_happened.find("| Review request concurrency | Backend team |"),
            std::string::npos);
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

TEST(MarkdownImportLayouts, AListItemLabelledAsActionsHoldsThem) {
  const PostMortem p = read_postmortem(R"(# Pipeline incident

- **Impact**: deploys were blocked
- **Review actions**:
  - Review the pause process
  - Isolate plan and apply tasks
)");
  EXPECT_EQ(action_texts(p), (std::vector<std::string>{"Review the pause process",
                                                       "Isolate plan and apply tasks"}));
}

TEST(MarkdownImportLayouts, ASubsectionWithoutTimesAfterTheTimelineIsASectionOfItsOwn) {
  const PostMortem p = read_postmortem(R"(# Ingress upgrade

## Timeline

| Time | Event |
| --- | --- |
| 2026-03-30 08:56 | Blocked requests noticed |

### Resolution

- 09:43 Rollback completed

### Root Cause

A new firewall rule blocked a cookie.
)");
  std::vector<std::string> texts;
  for (const TimelineEvent& e : p.timeline) texts.push_back(e.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Blocked requests noticed", "Resolution",
                                             "Rollback completed"}));
  EXPECT_NE(p.analysis.summary.find("A new firewall rule blocked a cookie."), std::string::npos);
}

TEST(MarkdownImportLayouts, ATimelineNamedByAParagraphBeforeAnySectionIsRead) {
  const PostMortem p = read_postmortem(R"(# Database outage

On 2024-05-02 the primary database was down for 38 minutes.

**Timeline (CEST):**

- 10:02 alerts fired
- 10:40 recovered
)");
  ASSERT_EQ(p.timeline.size(), 2u);
  EXPECT_EQ(p.timeline[0].at, at("2024-05-02T08:02:00Z"));
  EXPECT_EQ(p.timeline[0].text, "alerts fired");
  EXPECT_EQ(p.timeline[1].at, at("2024-05-02T08:40:00Z"));
  EXPECT_EQ(p.executive_summary, "On 2024-05-02 the primary database was down for 38 minutes.");
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

TEST(MarkdownImportLayouts, MetadataListItemsHoldingTimedEntriesAreTheTimeline) {
  const PostMortem p = read_postmortem(R"(# Route tables destroyed

- **Impact**: services were unavailable
- **Key events**
  - First detected: 2024-09-20 11:24
  - Resolved: 2024-09-20 11:40
- **Context**:
  - 2024-09-20 11:21: pipeline unpaused
  - 2024-09-20 11:22: route tables destroyed
- **Owner**: platform team
)");
  std::vector<std::string> texts;
  for (const TimelineEvent& e : p.timeline) texts.push_back(e.text);
  // The items' names stay as notes where they stood, as headings in a timeline do.
  EXPECT_EQ(texts, (std::vector<std::string>{"Key events", "First detected", "Resolved", "Context",
                                             "pipeline unpaused", "route tables destroyed"}));
  EXPECT_EQ(p.timeline[2].kind, EventKind::Resolved);
  EXPECT_EQ(p.timeline[5].at, parse_iso8601("2024-09-20T11:22:00Z"));
  EXPECT_EQ(p.incident.impact, "services were unavailable");
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

TEST(MarkdownImportLayouts, AListOfTimesInTheLeadIsNoTimelineWhenItIsOneItem) {
  const PostMortem p = read_postmortem(R"(# Outage

- 10:02 alerts fired
)");
  EXPECT_TRUE(p.timeline.empty());
}

TEST(MarkdownImportLayouts, AMorningTimeToldOutOfOrderStaysInTheMorning) {
  const PostMortem p = read_postmortem(R"(# Outage on 2024-09-20

## Timeline

- 09:00 alert fired
- 10:30 rolled back
- 08:45 (found later) the bad config was pushed
- 11:00 resolved
)");
  ASSERT_EQ(p.timeline.size(), 4u);
  EXPECT_EQ(p.timeline[2].at, at("2024-09-20T08:45:00Z"));
  EXPECT_EQ(p.timeline[3].at, parse_iso8601("2024-09-20T11:00:00Z"));
}

TEST(MarkdownImportLayouts, MetadataLabelsWithTimesAreNoTimelineEntries) {
  const PostMortem p = read_postmortem(R"(# Outage on 2024-09-20

- Start: 10:00 UTC
- End: 11:30 UTC
- Duration: 1:30

## Timeline

| Time | Event |
|---|---|
| ~14:18 | errors began |
)");
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_EQ(p.timeline[0].text, "~ errors began");
  EXPECT_EQ(p.incident.stated_duration, "1:30");
}

TEST(MarkdownImportLayouts, AccountsOfTheIncidentAreNoActions) {
  const PostMortem p = read_postmortem(R"(# Outage

In this post-mortem we will cover:

- what happened
- what we learned

## What Happened

Several safeguards were supposed to prevent this:

- a canary
- a config check

Remediation: we rolled back the deploy.

| Step | Action | Result |
|---|---|---|
| 1 | Restarted the pod | No change |

## Background on the recent caching improvements

- a larger eviction window
)");
  EXPECT_TRUE(p.actions.empty());
}

TEST(MarkdownImportLayouts, BulletsUnderSubheadingsOfTheActionsSectionAreActions) {
  const PostMortem p = read_postmortem(R"(# Outage

## Action Items

### Process

- Review deploys on Fridays

### Training

- Run a game day

### Testing

- Add load tests
)");
  EXPECT_EQ(action_texts(p), (std::vector<std::string>{"Review deploys on Fridays",
                                                       "Run a game day", "Add load tests"}));
}

TEST(MarkdownImportLayouts, PlainBulletsUnderFollowUpRemediationAndNextStepsAreActions) {
  for (const char* title : {"Follow-up", "Remediation", "Next steps", "Action Items"}) {
    const PostMortem p = read_postmortem(std::string("# Outage\n\n## ") + title +
                                         "\n\n- Add an alert @sam\n- Fix the runbook\n");
    EXPECT_EQ(action_texts(p), (std::vector<std::string>{"Add an alert", "Fix the runbook"}))
        << title;
    ASSERT_EQ(p.actions.size(), 2u);
    EXPECT_EQ(p.actions[0].owner, "sam") << title;
  }
}

TEST(MarkdownImportLayouts, ParagraphsOfAnActionsSectionWithNoListAreActions) {
  const PostMortem p = read_postmortem(R"(# Outage

## Follow-up

We agreed on these:

The monitoring system should notify more people.

Add Dart team members to the OWNERS file.
)");
  EXPECT_EQ(action_texts(p),
            (std::vector<std::string>{"The monitoring system should notify more people.",
                                      "Add Dart team members to the OWNERS file."}));
}

TEST(MarkdownImportLayouts, MetadataAsATwoColumnTable) {
  const PostMortem p = read_postmortem(R"(# Outage

| Field | Value |
|---|---|
| **Date** | 2024-01-15 |
| Severity | SEV-2 |
| Incident ID | INC-7 |

## Summary

It broke.
)");
  EXPECT_EQ(p.incident.date, "2024-01-15");
  EXPECT_EQ(p.incident.severity, "SEV-2");
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_NE(p.extra_sections[0].body.find("INC-7"), std::string::npos);
}

TEST(MarkdownImportLayouts, ImpossibleDateIsRejectedWithAWarning) {
  const ImportResult r = read(R"(# Outage

**Date:** Feb 31, 2024

## Summary

It broke.
)");
  EXPECT_EQ(r.postmortem->incident.date, "");
  EXPECT_TRUE(warned(r, "\"Feb 31, 2024\" is not a day of the calendar"));
}

TEST(MarkdownImportLayouts, FrontMatterLinesThatAreNoKeyValueAreKept) {
  const std::string markdown = R"(---
title: Outage
# reviewed by the SRE guild
tags:
  - db
  - name: nested
    value: map
---

## Summary

It broke.
)";
  const PostMortem p = read_postmortem(markdown);
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_EQ(p.extra_sections[0].title, "Front matter");
  EXPECT_EQ(p.extra_sections[0].body, "```yaml\n# reviewed by the SRE guild\n```");
  // A list item that opens a mapping is read as one, its keys indented under it; a tag names it
  // as JSON, no word lost.
  EXPECT_EQ(p.incident.tags,
            (std::vector<std::string>{"db", R"({"name":"nested","value":"map"})"}));
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

// "incident_states:" over "- status: update", "  content: \"...\"", "  date: ...": a status
// page's updates kept in the front matter are its timeline, a quoted text over several lines
// folded into one.
TEST(MarkdownImportLayouts, StatusUpdatesInTheFrontMatterAreTheTimeline) {
  const std::string markdown = R"(---
title: Connection issues
date: 2021-03-23 06:30
incident_states:
- status: investigating
  content: "We are investigating connection issues."
- status: update
  content: "Our provider will reroute traffic tonight.
Workaround: use another ISP."
  date: 2021-03-23 14:00
- status: resolved
  content: "Traffic runs over another ISP."
  date: 2021-03-29 12:00
---
)";
  const PostMortem p = read_postmortem(markdown);
  ASSERT_EQ(p.timeline.size(), 3u);
  EXPECT_EQ(p.timeline[0].at, at("2021-03-23T06:30:00Z"));
  EXPECT_EQ(p.timeline[0].text, "Investigating: We are investigating connection issues.");
  EXPECT_EQ(p.timeline[1].at, at("2021-03-23T14:00:00Z"));
  EXPECT_EQ(p.timeline[1].text,
            "Update: Our provider will reroute traffic tonight. Workaround: use another ISP.");
  EXPECT_EQ(p.timeline[2].at, at("2021-03-29T12:00:00Z"));
  EXPECT_EQ(p.timeline[2].text, "Traffic runs over another ISP.");
  EXPECT_EQ(p.timeline[2].kind, EventKind::Resolved);
  // The updates are the timeline's, not kept again with the front matter's unknown keys.
  EXPECT_EQ(p.unknown.dump().find("incident_states"), std::string::npos);
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

// TOML has no folded lines: a line it cannot read as `key = value` (here a key holding a colon,
// which the export could not write back) is kept as written, not joined to the value before it.
TEST(MarkdownImportLayouts, TomlFrontMatterLineWithAColonInItsKeyIsKeptNotJoined) {
  const std::string markdown = R"(+++
title = "Outage"
service = "billing"
a:b = 1
+++

## Summary

It broke.
)";
  const PostMortem p = read_postmortem(markdown);
  EXPECT_EQ(p.unknown["front_matter"]["service"], "billing");
  ASSERT_EQ(p.extra_sections.size(), 1u);
  EXPECT_EQ(p.extra_sections[0].title, "Front matter");
  EXPECT_NE(p.extra_sections[0].body.find("a:b = 1"), std::string::npos);
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

// Hugo writes long arrays one item per line, and notes as TOML multi-line strings: each is read
// as one value, and the lines after it as the keys they are.
TEST(MarkdownImportLayouts, TomlArraysAndStringsOverSeveralLinesAreOneValue) {
  const std::string markdown = R"(+++
title = "Outage"
services = [
  "billing",
  "checkout",
]
notes = """
Written by the on-call.
Reviewed on Monday."""
team = "payments"
+++

## Summary

It broke.
)";
  const PostMortem p = read_postmortem(markdown);
  EXPECT_EQ(p.incident.services, (std::vector<std::string>{"billing", "checkout"}));
  EXPECT_EQ(p.unknown["front_matter"]["notes"], "Written by the on-call.\nReviewed on Monday.");
  EXPECT_EQ(p.unknown["front_matter"]["team"], "payments");
  EXPECT_TRUE(p.extra_sections.empty());
  EXPECT_EQ(read_postmortem(export_markdown(p)), p);
}

TEST(MarkdownImportLayouts, MetadataAsBoldLabelsOutsideTheColon) {
  const PostMortem p = read_postmortem(R"(# Outage

**Date**: 2024-01-15
**Severity**: SEV-2

## Summary

It broke.
)");
  EXPECT_EQ(p.incident.date, "2024-01-15");
  EXPECT_EQ(p.incident.severity, "SEV-2");
}

// The byte range of each block is that of all the text inside it, nested blocks included; a cell
// beyond the header's count, read from the row's line, widens its row but not the table, whose
// range is the text md4c reported.
TEST(MarkdownTree, EveryBlockSpansItsTextAndCellsBeyondTheHeaderWidenOnlyTheirRow) {
  const std::string md = "- a\n  - b\n\n| h1 | h2 |\n|---|---|\n| x | y | z |\n";
  const auto root = parse_markdown_tree(md);
  ASSERT_TRUE(root.has_value());
  EXPECT_EQ(root->begin, md.find('a'));
  EXPECT_EQ(root->end, md.find('y') + 1);
  ASSERT_EQ(root->children.size(), 2u);

  const MdBlock& list = root->children[0];
  ASSERT_EQ(list.kind, BlockKind::List);
  EXPECT_EQ(list.begin, md.find('a'));
  EXPECT_EQ(list.end, md.find('b') + 1);
  ASSERT_EQ(list.children.size(), 1u);
  const MdBlock& item = list.children[0];
  EXPECT_EQ(item.text, "a");
  EXPECT_EQ(item.begin, md.find('a'));
  EXPECT_EQ(item.end, md.find('b') + 1);
  ASSERT_EQ(item.children.size(), 1u);
  EXPECT_EQ(item.children[0].kind, BlockKind::List);
  EXPECT_EQ(item.children[0].begin, md.find('b'));
  EXPECT_EQ(item.children[0].end, md.find('b') + 1);

  const MdBlock& table = root->children[1];
  ASSERT_EQ(table.kind, BlockKind::Table);
  EXPECT_EQ(table.begin, md.find("h1"));
  EXPECT_EQ(table.end, md.find('y') + 1);
  ASSERT_EQ(table.children.size(), 2u);
  EXPECT_TRUE(table.children[0].header);
  EXPECT_EQ(table.children[0].begin, md.find("h1"));
  EXPECT_EQ(table.children[0].end, md.find("h2") + 2);
  const MdBlock& row = table.children[1];
  EXPECT_FALSE(row.header);
  ASSERT_EQ(row.children.size(), 3u);
  EXPECT_EQ(row.children[0].text, "x");
  EXPECT_EQ(row.children[1].text, "y");
  EXPECT_EQ(row.children[2].text, "z");
  EXPECT_EQ(row.children[2].begin, md.find('z'));
  EXPECT_EQ(row.children[2].end, md.find('z') + 1);
  EXPECT_EQ(row.begin, md.find('x'));
  EXPECT_EQ(row.end, md.find('z') + 1);
}

// A row whose line has no more pipes than its header's cells need holds no cell beyond them,
// escaped pipes included; one with an unescaped pipe more holds the cell after it, when not empty.
TEST(MarkdownTree, RowsKeepCellsBeyondTheHeaderOnlyWhenTheirLineHoldsThem) {
  const std::string md =
      "| a | b |\n|---|---|\n| 1 \\| 2 | 3 |\n| 5 | 6 |\n| 7 | 8 | 9\\| |\n| 10 | 11 | |\n";
  const auto root = parse_markdown_tree(md);
  ASSERT_TRUE(root.has_value());
  ASSERT_EQ(root->children.size(), 1u);
  const MdBlock& table = root->children[0];
  ASSERT_EQ(table.children.size(), 5u);
  ASSERT_EQ(table.children[1].children.size(), 2u);
  EXPECT_EQ(table.children[1].children[0].text, "1 | 2");
  EXPECT_EQ(table.children[1].children[1].text, "3");
  EXPECT_EQ(table.children[2].children.size(), 2u);
  ASSERT_EQ(table.children[3].children.size(), 3u);
  EXPECT_EQ(table.children[3].children[2].text, "9|");
  EXPECT_EQ(table.children[4].children.size(), 2u);  // the cell beyond is empty
}

TEST(MarkdownImport, AWarningRepeatedOnManyLinesIsGivenOnceNamingTheLines) {
  const ImportResult r = read(
      "# T\n\n**Date:** 2024-01-15\n\n## Timeline\n\n- 14:40 Alert\n- 14:41 Page\n- 14:42 "
      "Rollback\n- 14:43 Fix\n- 14:44 Watch\n");
  ASSERT_EQ(r.postmortem->timeline.size(), 5u);
  EXPECT_EQ(r.warnings,
            (std::vector<ImportWarning>{
                {7,
                 "the time has no date; the incident date 2024-01-15 was assumed (also on 4 "
                 "later lines, up to line 11)"},
                {7, "the timeline states no time zone; its times were read as UTC"}}));
}

}  // namespace
}  // namespace hindsight::core
