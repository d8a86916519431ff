// The JSON storage format: every field round trips, unknown fields survive, schema 1 migrates,
// invalid files report every error with its path, and saving is deterministic.
#include "core/json/json_codec.hpp"

#include <gtest/gtest.h>

#include <ostream>

#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {

void PrintTo(const ValidationError& error, std::ostream* out) {
  *out << "{\"" << error.path << "\", \"" << error.reason << "\"}";
}

namespace {

using Errors = std::vector<ValidationError>;

UtcSeconds at(const char* iso) { return *parse_iso8601(iso); }

// A post-mortem with every field set, non-ASCII text and unknown fields in every struct.
PostMortem full_postmortem() {
  PostMortem p;
  p.id = "pm-3f9c0a1b2d4e5f60";
  p.created_at = at("2024-01-15T16:00:00Z");
  p.incident = {.title = "Base de données saturée — 接続プール枯渇 🔥",
                .date = "2024-01-15",
                .severity = "SEV-2",
                .status = Status::InReview,
                .impact = "Orders were **delayed**.\n\nRefunds | none",
                .users_affected = "~500",
                .stated_duration = "52 minutes",
                .author = "Zoë",
                .facilitator = "Ingrid",
                .reviewers = {"Ana", "李雷"},
                .attendees = {"Ana", "Ingrid", "Zoë"},
                .tags = {"database", "pool"},
                .services = {"api-server"},
                .unknown = {{"region", "eu-west-1"}}};
  p.severity_scale = {{"SEV-1", "Critical Outage"},
                      {"SEV-2", "Service Degradation", {{"color", "orange"}}}};
  p.timeline = {{.at = at("2024-01-15T14:23:00Z"),
                 .kind = EventKind::Detected,
                 .text = "Alert fired for high error rate",
                 .source = "PagerDuty",
                 .unknown = {{"severity_hint", 2}}},
                {.at = std::nullopt,
                 .kind = EventKind::Communication,
                 .text = "Status page updated",
                 .source = "https://status.example.com"}};
  p.meeting = {.held_at = at("2024-01-16T10:00:00Z"),
               .agenda = {{"Set the tone", 5, std::nullopt, 290, {{"owner", "Ingrid"}}},
                          {"Review the timeline", 30, at("2024-01-16T10:05:00Z"), 65}},
               .opening_statement = "Thank you all for joining.",
               .key_questions = {{"Detection",
                                  "How did we discover the issue?",
                                  "An alert.",
                                  {{"asked_by", {{"name", "Ana"}}}}}},
               .went_well = {"Fast rollback"},
               .could_improve = {"Runbook was stale"},
               .got_lucky = {"Low traffic hour"},
               .confusion = {"Which dashboard?"},
               .parking_lot = {"Pool sizing policy"},
               .current_item = 1,
               .ground_rules_restated = {at("2024-01-16T10:01:00Z"), at("2024-01-16T10:31:30Z")},
               .unknown = {{"room", "Salle B"}}};
  p.analysis = {.summary = "The pool was too small for the N+1 pattern.",
                .five_whys = {{"API requests failed",
                               {"Pool exhausted", "Long-running queries"},
                               "No performance tests",
                               {{"depth", 2}}}},
                .root_causes = {{"Missing performance testing",
                                 CauseCategory::Process,
                                 Confidence::Likely,
                                 "R2",
                                 {{"evidence", {"trace-1", "trace-2"}}}}},
                .follow_up_investigations = {"Why did the alert take 5 minutes?"},
                .unknown = {{"method", "5 whys"}}};
  p.actions = {{.id = "A1",
                .action = "Add query-time alerting",
                .category = ActionCategory::DetectionMonitoring,
                .type = ActionType::Mitigate,
                .priority = Priority::High,
                .owner = "Ana",
                .due = "2024-02-01",
                .effort = "2 hours",
                .status = ActionStatus::InProgress,
                .ticket = "OPS-12",
                .addresses = "R2",
                .triage = Triage::MustDo,
                .merged = {"A3: Add more alerts", "A4: Page the DBA"},
                .unknown = {{"votes", 3}}},
               {.id = "A2",
                .action = "Review checklist",
                .category = ActionCategory::Documentation,
                .type = ActionType::Process,
                .priority = Priority::Low,
                .owner = "Zoë",
                .due = "next sprint",
                .effort = "1 day",
                .status = ActionStatus::WontDo,
                .ticket = "",
                .triage = Triage::NiceToHave}};
  p.ideas = {{ActionCategory::Prevention, "Load test every release", {{"votes", 2}}},
             {ActionCategory::Documentation, "Runbook for pool exhaustion"}};
  p.executive_summary = "A 52-minute degradation.";
  p.what_happened = "A deploy introduced an N+1 query.";
  p.lessons_learned = "Test query counts.";
  p.extra_sections = {{"Glossary", "*Pool*: the set of connections.", {{"collapsed", true}}}};
  p.unknown = {{"workspace", {{"team", "payments"}}}};
  p.next_action_number = 5;  // A3 and A4 were merged into A1
  return p;
}

Json minimal_document() {
  return {{"schema", 2},
          {"id", "pm-1"},
          {"created_at", "2024-01-15T14:23:00Z"},
          {"incident", {{"title", "Outage"}}}};
}

Errors errors_of(const Json& document) { return from_json(document).errors; }

// --- Round trips -------------------------------------------------------------------------------

TEST(JsonCodec, MeetingClockRootCauseIdsActionLinksAndIdeasAreWrittenUnderTheirKeys) {
  const Json saved = to_json(full_postmortem());
  EXPECT_EQ(saved["meeting"]["agenda"][0]["running_since"], nullptr);
  EXPECT_EQ(saved["meeting"]["agenda"][0]["used_seconds"], 290);
  EXPECT_EQ(saved["meeting"]["agenda"][1]["running_since"], "2024-01-16T10:05:00Z");
  EXPECT_EQ(saved["meeting"]["current_item"], 1);
  EXPECT_EQ(saved["meeting"]["ground_rules_restated"],
            Json({"2024-01-16T10:01:00Z", "2024-01-16T10:31:30Z"}));
  EXPECT_EQ(saved["analysis"]["root_causes"][0]["id"], "R2");
  EXPECT_EQ(saved["actions"][0]["addresses"], "R2");
  EXPECT_EQ(saved["actions"][0]["triage"], "must_do");
  EXPECT_EQ(saved["actions"][0]["merged"], Json({"A3: Add more alerts", "A4: Page the DBA"}));
  EXPECT_EQ(saved["actions"][1]["triage"], "nice_to_have");
  EXPECT_EQ(saved["ideas"],
            Json::parse(R"([{"category":"prevention","text":"Load test every release","votes":2},
                                            {"category":"documentation","text":"Runbook for pool exhaustion"}])"));
}

TEST(JsonCodec, DocumentWithoutTheNewKeysLoadsWithTheirDefaults) {
  Json document = minimal_document();
  document["meeting"] = {{"agenda", {{{"phase", "Wrap-up"}, {"minutes", 5}}}}};
  document["actions"] = {{{"id", "A1"}, {"action", "Add alert"}}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  const PostMortem& p = *loaded.postmortem;
  EXPECT_EQ(p.meeting.agenda[0].running_since, std::nullopt);
  EXPECT_EQ(p.meeting.agenda[0].used_seconds, 0);
  EXPECT_EQ(p.meeting.current_item, -1);
  EXPECT_TRUE(p.meeting.ground_rules_restated.empty());
  EXPECT_EQ(p.actions[0].addresses, "");
  EXPECT_EQ(p.actions[0].triage, Triage::Unsorted);
  EXPECT_TRUE(p.actions[0].merged.empty());
  EXPECT_TRUE(p.ideas.empty());
  EXPECT_EQ(p.next_action_number, 2u);
}

TEST(JsonCodec, ActionCounterIsWrittenAndSurvivesSaveAndLoad) {
  PostMortem p = full_postmortem();
  EXPECT_EQ(to_json(p)["next_action_number"], 5);
  const LoadResult loaded = load_json(save_json(p));
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->next_action_number, 5u);
  p.next_action_number = 0;  // built in code: saved as what it stands for
  EXPECT_EQ(to_json(p)["next_action_number"], 3);
}

TEST(JsonCodec, FileWithoutTheActionCounterTakesOneMoreThanTheHighestActionNumber) {
  Json document = minimal_document();
  document["actions"] = {{{"id", "A4"}}, {{"id", "OPS-9"}}, {{"id", "A2"}}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->next_action_number, 5u);
  const LoadResult empty = from_json(minimal_document());
  ASSERT_TRUE(empty.postmortem.has_value());
  EXPECT_EQ(empty.postmortem->next_action_number, 1u);
}

TEST(JsonCodec, ActionCounterBelowTheHighestActionNumberLoadsRaised) {
  Json document = minimal_document();
  document["actions"] = {{{"id", "A7"}}};
  document["next_action_number"] = 3;  // an older Hindsight kept it while adding A7
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->next_action_number, 8u);
  document["next_action_number"] = 12;
  EXPECT_EQ(from_json(document).postmortem->next_action_number, 12u);
}

TEST(JsonCodec, ActionCounterMustBeANonNegativeInteger) {
  Json document = minimal_document();
  document["next_action_number"] = -1;
  EXPECT_EQ(errors_of(document), (Errors{{"/next_action_number", "must not be negative"}}));
  document["next_action_number"] = "4";
  EXPECT_EQ(errors_of(document),
            (Errors{{"/next_action_number", "expected an integer, found string"}}));
}

TEST(JsonCodec, RootCausesWithoutIdsGetTheFirstUnusedNumbersInOrder) {
  Json document = minimal_document();
  document["analysis"] = {{"root_causes",
                           {{{"text", "No load test"}},
                            {{"id", "R1"}, {"text", "Pool too small"}},
                            {{"id", ""}, {"text", "No alert"}},
                            {{"id", "R3"}, {"text", "Stale runbook"}},
                            {{"text", "Slow rollback"}}}}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  std::vector<std::string> ids;
  for (const RootCause& cause : loaded.postmortem->analysis.root_causes) ids.push_back(cause.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"R2", "R1", "R4", "R3", "R5"}));
}

TEST(JsonCodec, DuplicateRootCauseIdsNameTheFirstUse) {
  Json document = minimal_document();
  document["analysis"] = {{"root_causes", {{{"id", "R1"}}, {{"id", "R1"}}}}};
  EXPECT_EQ(errors_of(document),
            (Errors{{"/analysis/root_causes/1/id",
                     "duplicate root cause id \"R1\", first used at /analysis/root_causes/0/id"}}));
}

TEST(JsonCodec, BadTriageAndUsedSecondsAndCurrentItemAreErrorsAtTheirPaths) {
  Json document = minimal_document();
  document["meeting"] = {
      {"agenda",
       {{{"phase", "Wrap-up"}, {"used_seconds", "x"}}, {{"phase", "Close"}, {"used_seconds", -3}}}},
      {"current_item", -2},
      {"ground_rules_restated", {"10:00"}}};
  document["actions"] = {{{"id", "A1"}, {"triage", "maybe"}, {"merged", "A2"}}};
  document["ideas"] = {{{"category", "luck"}, {"text", 3}}};
  EXPECT_EQ(
      errors_of(document),
      (Errors{{"/meeting/agenda/0/used_seconds", "expected an integer, found string"},
              {"/meeting/agenda/1/used_seconds", "must not be negative"},
              {"/meeting/current_item", "expected -1 (not started) or an agenda item's index"},
              {"/meeting/ground_rules_restated/0",
               "expected an ISO-8601 UTC time such as 2024-01-15T14:23:00Z"},
              {"/ideas/0/category",
               "unknown value \"luck\"; expected one of: detection_monitoring, prevention, "
               "response_tools, communication, documentation"},
              {"/ideas/0/text", "expected a string, found number"},
              {"/actions/0/triage",
               "unknown value \"maybe\"; expected one of: unsorted, must_do, nice_to_have"},
              {"/actions/0/merged", "expected an array, found string"}}));
}

TEST(JsonCodec, CurrentItemPastTheAgendaLoadsAsFinished) {
  Json document = minimal_document();
  document["meeting"] = {{"agenda", {{{"phase", "Wrap-up"}}}}, {"current_item", 4}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->meeting.current_item, 1);
}

TEST(JsonCodec, ActionAddressingAMissingRootCauseLoadsUnlinked) {
  Json document = minimal_document();
  document["analysis"] = {{"root_causes", {{{"id", "R1"}, {"text", "Pool too small"}}}}};
  document["actions"] = {{{"id", "A1"}, {"addresses", "R1"}}, {{"id", "A2"}, {"addresses", "R7"}}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->actions[0].addresses, "R1");
  EXPECT_EQ(loaded.postmortem->actions[1].addresses, "");
}

TEST(JsonCodec, IdeaKeepsItsUnknownKeys) {
  Json document = minimal_document();
  document["ideas"] = {{{"category", "prevention"}, {"text", "Load test"}, {"votes", 4}}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->ideas[0].unknown, Json({{"votes", 4}}));
  EXPECT_EQ(to_json(*loaded.postmortem)["ideas"][0]["votes"], 4);
}

TEST(JsonCodec, EveryFieldRoundTripsThroughSaveAndLoad) {
  const PostMortem original = full_postmortem();
  const LoadResult loaded = load_json(save_json(original));
  EXPECT_EQ(loaded.errors, Errors{});
  EXPECT_EQ(loaded.loaded_schema, 2);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(*loaded.postmortem, original);
}

TEST(JsonCodec, NewPostmortemRoundTrips) {
  const PostMortem original = new_postmortem("pm-1", "", at("2024-01-15T14:23:00Z"));
  const LoadResult loaded = load_json(save_json(original));
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(*loaded.postmortem, original);
}

TEST(JsonCodec, SaveWritesEveryKeyEvenWhenEmptyWithMissingTimesAsNull) {
  PostMortem p;
  p.id = "pm-1";
  p.created_at = at("2024-01-15T14:23:00Z");
  p.severity_scale = {{"SEV-1", "Critical Outage"}};
  p.timeline = {TimelineEvent{}};
  p.meeting.agenda = {{"Set the tone", 5}};
  p.meeting.key_questions = {{"Detection", "How?", ""}};
  p.analysis.five_whys = {FiveWhys{}};
  p.analysis.root_causes = {RootCause{}};
  p.actions = {ActionItem{.id = "A1"}};
  p.extra_sections = {ExtraSection{}};
  EXPECT_EQ(save_json(p), R"({
  "actions": [
    {
      "action": "",
      "addresses": "",
      "category": "prevention",
      "due": "",
      "effort": "",
      "id": "A1",
      "merged": [],
      "owner": "",
      "priority": "medium",
      "status": "open",
      "ticket": "",
      "triage": "unsorted",
      "type": "prevent"
    }
  ],
  "actions_notes": "",
  "analysis": {
    "five_whys": [
      {
        "conclusion": "",
        "problem": "",
        "whys": []
      }
    ],
    "follow_up_investigations": [],
    "root_causes": [
      {
        "category": "technical",
        "confidence": "confirmed",
        "id": "",
        "text": ""
      }
    ],
    "summary": ""
  },
  "created_at": "2024-01-15T14:23:00Z",
  "executive_summary": "",
  "extra_sections": [
    {
      "body": "",
      "title": ""
    }
  ],
  "id": "pm-1",
  "ideas": [],
  "incident": {
    "attendees": [],
    "author": "",
    "date": "",
    "facilitator": "",
    "impact": "",
    "reviewers": [],
    "services": [],
    "severity": "",
    "stated_duration": "",
    "status": "draft",
    "tags": [],
    "title": "",
    "users_affected": ""
  },
  "lessons_learned": "",
  "meeting": {
    "agenda": [
      {
        "minutes": 5,
        "phase": "Set the tone",
        "running_since": null,
        "used_seconds": 0
      }
    ],
    "confusion": [],
    "could_improve": [],
    "current_item": -1,
    "got_lucky": [],
    "ground_rules_restated": [],
    "held_at": null,
    "key_questions": [
      {
        "notes": "",
        "question": "How?",
        "topic": "Detection"
      }
    ],
    "opening_statement": "",
    "parking_lot": [],
    "went_well": []
  },
  "next_action_number": 2,
  "schema": 2,
  "severity_scale": [
    {
      "description": "Critical Outage",
      "name": "SEV-1"
    }
  ],
  "timeline": [
    {
      "at": null,
      "kind": "note",
      "source": "",
      "text": ""
    }
  ],
  "what_happened": ""
}
)");
}

TEST(JsonCodec, CanonicalOutputIsStableAndEndsWithNewlineWithoutTrailingSpaces) {
  const std::string saved = save_json(full_postmortem());
  const LoadResult loaded = load_json(saved);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(save_json(*loaded.postmortem), saved);
  ASSERT_FALSE(saved.empty());
  EXPECT_EQ(saved.back(), '\n');
  EXPECT_EQ(saved.find(" \n"), std::string::npos);
  EXPECT_EQ(saved.find('\r'), std::string::npos);
  EXPECT_EQ(saved.find('\t'), std::string::npos);
}

TEST(JsonCodec, SaveWritesInvalidUtf8AsReplacementCharacterInsteadOfThrowing) {
  PostMortem p = new_postmortem("pm-1", "Caf\xc3", at("2024-01-15T14:23:00Z"));
  std::string saved;
  EXPECT_NO_THROW(saved = save_json(p));
  EXPECT_NE(saved.find("\"title\": \"Caf\xef\xbf\xbd\""), std::string::npos);
}

TEST(JsonCodec, NonAsciiTextIsWrittenAsUtf8NotEscaped) {
  PostMortem p = new_postmortem("pm-1", "Zoë — 接続 🔥", at("2024-01-15T14:23:00Z"));
  EXPECT_NE(save_json(p).find("\"title\": \"Zoë — 接続 🔥\""), std::string::npos);
}

TEST(JsonCodec, TimeWithOffsetIsStoredInUtc) {
  Json document = minimal_document();
  document["created_at"] = "2024-01-15T16:23:00+02:00";
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(to_json(*loaded.postmortem)["created_at"], "2024-01-15T14:23:00Z");
}

TEST(JsonCodec, AbsentOptionalKeysTakeTheModelDefaults) {
  const LoadResult loaded = from_json(minimal_document());
  ASSERT_TRUE(loaded.postmortem.has_value());
  PostMortem expected;
  expected.id = "pm-1";
  expected.created_at = at("2024-01-15T14:23:00Z");
  expected.incident.title = "Outage";
  expected.severity_scale = default_severity_scale();
  EXPECT_EQ(*loaded.postmortem, expected);
}

TEST(JsonCodec, NullTimesLoadAsNoTime) {
  Json document = minimal_document();
  document["timeline"] = {{{"at", nullptr}, {"kind", "note"}, {"text", "x"}, {"source", ""}}};
  document["meeting"] = {{"held_at", nullptr}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  ASSERT_EQ(loaded.postmortem->timeline.size(), 1u);
  EXPECT_EQ(loaded.postmortem->timeline[0].at, std::nullopt);
  EXPECT_EQ(loaded.postmortem->meeting.held_at, std::nullopt);
}

// --- Unknown fields ----------------------------------------------------------------------------

constexpr std::string_view kFileWithUnknownFields = R"({
  "actions": [
    {
      "action": "Add alerting",
      "addresses": "",
      "category": "detection_monitoring",
      "due": "next sprint",
      "effort": "",
      "id": "A1",
      "merged": [],
      "owner": "Ana",
      "priority": "high",
      "status": "open",
      "ticket": "",
      "triage": "unsorted",
      "type": "prevent",
      "votes": 3
    }
  ],
  "actions_notes": "",
  "analysis": {
    "five_whys": [],
    "follow_up_investigations": [],
    "method": "5 whys",
    "root_causes": [],
    "summary": ""
  },
  "created_at": "2024-01-15T14:23:00Z",
  "executive_summary": "",
  "extra_sections": [],
  "id": "pm-1",
  "ideas": [],
  "incident": {
    "attendees": [],
    "author": "",
    "date": "2024-01-15",
    "facilitator": "",
    "impact": "",
    "region": {
      "primary": "eu-west-1",
      "zones": [
        "a",
        "b"
      ]
    },
    "reviewers": [],
    "services": [],
    "severity": "SEV-2",
    "stated_duration": "",
    "status": "published",
    "tags": [],
    "title": "Pool exhausted",
    "users_affected": ""
  },
  "lessons_learned": "",
  "meeting": {
    "agenda": [],
    "confusion": [],
    "could_improve": [],
    "current_item": -1,
    "got_lucky": [],
    "ground_rules_restated": [],
    "held_at": null,
    "key_questions": [],
    "opening_statement": "",
    "parking_lot": [],
    "recording": "https://video.example.com/1",
    "went_well": []
  },
  "next_action_number": 2,
  "reviewed_by_legal": true,
  "schema": 2,
  "severity_scale": [
    {
      "description": "Critical Outage",
      "name": "SEV-1"
    },
    {
      "description": "Service Degradation",
      "name": "SEV-2"
    }
  ],
  "timeline": [
    {
      "at": "2024-01-15T14:23:00Z",
      "confidence": 0.5,
      "kind": "detected",
      "source": "PagerDuty",
      "text": "Alert fired"
    }
  ],
  "what_happened": "",
  "zz_plugin": {
    "notes": [
      1,
      null,
      "two"
    ]
  }
}
)";

TEST(JsonCodec, UnknownFieldsAtTopLevelAndNestedSurviveLoadAndSaveByteForByte) {
  const LoadResult loaded = load_json(kFileWithUnknownFields);
  EXPECT_EQ(loaded.errors, Errors{});
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(save_json(*loaded.postmortem), kFileWithUnknownFields);
}

TEST(JsonCodec, UnknownFieldsAreKeptInTheStructThatHoldsThem) {
  const LoadResult loaded = load_json(kFileWithUnknownFields);
  ASSERT_TRUE(loaded.postmortem.has_value());
  const PostMortem& p = *loaded.postmortem;
  EXPECT_EQ(p.unknown,
            Json({{"reviewed_by_legal", true}, {"zz_plugin", {{"notes", {1, nullptr, "two"}}}}}));
  EXPECT_EQ(p.incident.unknown,
            Json({{"region", {{"primary", "eu-west-1"}, {"zones", {"a", "b"}}}}}));
  EXPECT_EQ(p.timeline[0].unknown, Json({{"confidence", 0.5}}));
  EXPECT_EQ(p.meeting.unknown, Json({{"recording", "https://video.example.com/1"}}));
  EXPECT_EQ(p.analysis.unknown, Json({{"method", "5 whys"}}));
  EXPECT_EQ(p.actions[0].unknown, Json({{"votes", 3}}));
}

TEST(JsonCodec, KnownKeysWinOverUnknownOnSave) {
  PostMortem p = new_postmortem("pm-1", "Real title", at("2024-01-15T14:23:00Z"));
  p.unknown = {{"id", "pm-stale"}, {"schema", 1}};
  p.incident.unknown = {{"title", "Stale title"}};
  p.meeting.agenda[0].unknown = {{"minutes", 99}};
  const Json saved = to_json(p);
  EXPECT_EQ(saved["id"], "pm-1");
  EXPECT_EQ(saved["schema"], 2);
  EXPECT_EQ(saved["incident"]["title"], "Real title");
  EXPECT_EQ(saved["meeting"]["agenda"][0]["minutes"], p.meeting.agenda[0].minutes);
}

// One object of each struct that is an element of a list, as a newer or another tool may write
// it: with a key this version does not know holding a scalar and one holding a nested object.
struct UnknownInListCase {
  const char* pointer;  // where the object is in the document
  const Json& (*unknown)(const PostMortem&);
};

const UnknownInListCase kUnknownInListCases[] = {
    {"/severity_scale/0",
     [](const PostMortem& p) -> const Json& { return p.severity_scale[0].unknown; }},
    {"/meeting/agenda/0",
     [](const PostMortem& p) -> const Json& { return p.meeting.agenda[0].unknown; }},
    {"/meeting/key_questions/0",
     [](const PostMortem& p) -> const Json& { return p.meeting.key_questions[0].unknown; }},
    {"/analysis/five_whys/0",
     [](const PostMortem& p) -> const Json& { return p.analysis.five_whys[0].unknown; }},
    {"/analysis/root_causes/0",
     [](const PostMortem& p) -> const Json& { return p.analysis.root_causes[0].unknown; }},
    {"/extra_sections/0",
     [](const PostMortem& p) -> const Json& { return p.extra_sections[0].unknown; }},
};

Json document_with_every_listed_struct() {
  Json document = minimal_document();
  document["severity_scale"] = {{{"name", "SEV-1"}, {"description", "Critical Outage"}}};
  document["meeting"] = {{"agenda", {{{"phase", "Wrap-up"}, {"minutes", 5}}}},
                         {"key_questions", {{{"topic", "Detection"}, {"question", "How?"}}}}};
  document["analysis"] = {
      {"five_whys", {{{"problem", "Requests failed"}, {"whys", {"Pool exhausted"}}}}},
      {"root_causes", {{{"text", "No load test"}, {"category", "process"}}}}};
  document["extra_sections"] = {{{"title", "Glossary"}, {"body", "Pool: connections."}}};
  return document;
}

const Json kUnknownScalarAndObject = {
    {"reviewed", true}, {"zz_plugin", {{"notes", {1, nullptr, "two"}}, {"owner", {{"id", 7}}}}}};

TEST(JsonCodec, EveryListedStructKeepsUnknownScalarAndNestedKeysInItsUnknown) {
  for (const UnknownInListCase& c : kUnknownInListCases) {
    SCOPED_TRACE(c.pointer);
    Json document = document_with_every_listed_struct();
    document[Json::json_pointer(c.pointer)].update(kUnknownScalarAndObject);
    const LoadResult loaded = from_json(document);
    EXPECT_EQ(loaded.errors, Errors{});
    ASSERT_TRUE(loaded.postmortem.has_value());
    EXPECT_EQ(c.unknown(*loaded.postmortem), kUnknownScalarAndObject);
  }
}

TEST(JsonCodec, EveryListedStructWritesItsUnknownKeysBackAsALoadSaveLoadCycleDoes) {
  for (const UnknownInListCase& c : kUnknownInListCases) {
    SCOPED_TRACE(c.pointer);
    Json document = document_with_every_listed_struct();
    document[Json::json_pointer(c.pointer)].update(kUnknownScalarAndObject);
    const LoadResult loaded = from_json(document);
    ASSERT_TRUE(loaded.postmortem.has_value());
    const std::string saved = save_json(*loaded.postmortem);
    const Json written = Json::parse(saved);
    EXPECT_EQ(written[Json::json_pointer(c.pointer) / "reviewed"], true);
    EXPECT_EQ(written[Json::json_pointer(c.pointer) / "zz_plugin"],
              kUnknownScalarAndObject["zz_plugin"]);
    const LoadResult reloaded = load_json(saved);
    ASSERT_TRUE(reloaded.postmortem.has_value());
    EXPECT_EQ(*reloaded.postmortem, *loaded.postmortem);
    EXPECT_EQ(save_json(*reloaded.postmortem), saved);
  }
}

TEST(JsonCodec, UnknownKeyOfAListedStructThatIsNotUtf8IsAnErrorAtItsPath) {
  Json document = minimal_document();
  document["meeting"] = {{"agenda", {{{"phase", "Wrap-up"}, {"owner", {"Ana", "\xc3"}}}}}};
  EXPECT_EQ(errors_of(document),
            (Errors{{"/meeting/agenda/0/owner/1", "text is not valid UTF-8"}}));
}

// --- Schema versions and migrations ------------------------------------------------------------

TEST(JsonCodec, Schema1MigratesToANewPostmortemWithTheTitleInTheIncident) {
  const LoadResult loaded = load_json(
      R"({"schema":1,"id":"pm-00000000000000ab","title":"Checkout down","created_at":"2024-01-15T14:23:00Z"})");
  EXPECT_EQ(loaded.errors, Errors{});
  EXPECT_EQ(loaded.loaded_schema, 1);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(*loaded.postmortem,
            new_postmortem("pm-00000000000000ab", "Checkout down", at("2024-01-15T14:23:00Z")));
}

TEST(JsonCodec, Schema1IsSavedAsTheCurrentSchema) {
  const LoadResult loaded =
      load_json(R"({"schema":1,"id":"pm-1","title":"T","created_at":"2024-01-15T14:23:00Z"})");
  ASSERT_TRUE(loaded.postmortem.has_value());
  const Json saved = Json::parse(save_json(*loaded.postmortem));
  EXPECT_EQ(saved["schema"], 2);
  EXPECT_FALSE(saved.contains("title"));
  EXPECT_EQ(saved["incident"]["title"], "T");
  EXPECT_EQ(saved["meeting"]["agenda"].size(), 6u);
}

TEST(JsonCodec, Schema1KeepsItsUnknownFields) {
  const LoadResult loaded = load_json(
      R"({"schema":1,"id":"pm-1","title":"T","created_at":"2024-01-15T14:23:00Z","color":"red"})");
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->unknown, Json({{"color", "red"}}));
}

TEST(JsonCodec, Schema1WithoutTitleReportsTheSchema1Path) {
  const LoadResult loaded =
      load_json(R"({"schema":1,"id":"pm-1","created_at":"2024-01-15T14:23:00Z"})");
  EXPECT_EQ(loaded.errors, (Errors{{"/title", "missing required key"}}));
  EXPECT_EQ(loaded.loaded_schema, 1);
  EXPECT_FALSE(loaded.postmortem.has_value());
}

TEST(JsonCodec, NewerSchemaIsRefusedNamingANewerHindsight) {
  const LoadResult loaded = load_json(R"({"schema":3,"id":"pm-1","anything":[1,2]})");
  EXPECT_EQ(loaded.errors, (Errors{{"/schema",
                                    "written by a newer Hindsight (schema 3); this version reads "
                                    "schemas 1 to 2"}}));
  EXPECT_EQ(loaded.loaded_schema, 3);
  EXPECT_FALSE(loaded.postmortem.has_value());
}

TEST(JsonCodec, MissingSchemaIsAnError) {
  Json document = minimal_document();
  document.erase("schema");
  const LoadResult loaded = from_json(document);
  EXPECT_EQ(loaded.errors, (Errors{{"/schema", "missing required key"}}));
  EXPECT_EQ(loaded.loaded_schema, 0);
}

TEST(JsonCodec, SchemaMustBeAKnownPositiveInteger) {
  Json document = minimal_document();
  document["schema"] = "2";
  EXPECT_EQ(errors_of(document), (Errors{{"/schema", "expected an integer, found string"}}));
  document["schema"] = 0;
  EXPECT_EQ(errors_of(document),
            (Errors{{"/schema", "unknown schema version 0; this version reads schemas 1 to 2"}}));
}

// --- Malformed text ----------------------------------------------------------------------------

TEST(JsonCodec, TextThatIsNotJsonGivesOneErrorWithTheByteOffset) {
  const LoadResult loaded = load_json("{\"schema\": 2,\n \"id\": \"pm-1\",}");
  EXPECT_EQ(loaded.errors, (Errors{{"",
                                    "not valid JSON at byte 29, line 2, column 15: syntax error "
                                    "while parsing object key - unexpected '}'; expected "
                                    "string literal"}}));
  EXPECT_FALSE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.loaded_schema, 0);
}

TEST(JsonCodec, EmptyTextIsNotJson) {
  EXPECT_EQ(load_json("").errors,
            (Errors{{"",
                     "not valid JSON at byte 1, line 1, column 1: syntax error while parsing "
                     "value - unexpected end of input; expected '[', '{', or a literal"}}));
}

TEST(JsonCodec, InvalidUtf8TextIsRejectedWithoutEchoingTheBytes) {
  const LoadResult loaded = load_json("{\"schema\":2,\"id\":\"pm-\xff\"}");
  EXPECT_EQ(loaded.errors, (Errors{{"",
                                    "not valid JSON at byte 22, line 1, column 22: syntax "
                                    "error while parsing value - invalid string: ill-formed "
                                    "UTF-8 byte"}}));
}

TEST(JsonCodec, DocumentThatIsNotAnObjectIsAnError) {
  EXPECT_EQ(load_json("[1, 2]").errors, (Errors{{"", "expected an object, found array"}}));
}

// --- Validation --------------------------------------------------------------------------------

TEST(JsonCodec, MissingRequiredKeysAreReportedTogether) {
  const LoadResult loaded = load_json(R"({"schema": 2})");
  EXPECT_EQ(loaded.errors, (Errors{{"/id", "missing required key"},
                                   {"/created_at", "missing required key"},
                                   {"/incident", "missing required key"}}));
  EXPECT_FALSE(loaded.postmortem.has_value());
}

TEST(JsonCodec, IncidentTitleMustBePresentButMayBeEmpty) {
  Json document = minimal_document();
  document["incident"] = Json::object();
  EXPECT_EQ(errors_of(document), (Errors{{"/incident/title", "missing required key"}}));
  document["incident"]["title"] = "";
  EXPECT_EQ(errors_of(document), Errors{});
}

TEST(JsonCodec, WrongTypesNameExpectedAndFoundTypes) {
  Json document = minimal_document();
  document["incident"]["title"] = 42;
  document["incident"]["tags"] = "database";
  document["incident"]["reviewers"] = {"Ana", true};
  document["timeline"] = {"not an event"};
  document["meeting"] = {"agenda"};
  EXPECT_EQ(errors_of(document),
            (Errors{{"/incident/title", "expected a string, found number"},
                    {"/incident/reviewers/1", "expected a string, found boolean"},
                    {"/incident/tags", "expected an array, found string"},
                    {"/timeline/0", "expected an object, found string"},
                    {"/meeting", "expected an object, found array"}}));
}

TEST(JsonCodec, UnknownEnumValueListsTheAllowedKeys) {
  Json document = minimal_document();
  document["incident"]["status"] = "In Review";
  document["actions"] = {{{"id", "A1"}, {"priority", "urgent"}}};
  EXPECT_EQ(errors_of(document),
            (Errors{{"/incident/status",
                     "unknown value \"In Review\"; expected one of: draft, in_review, published"},
                    {"/actions/0/priority",
                     "unknown value \"urgent\"; expected one of: high, medium, low"}}));
}

TEST(JsonCodec, IncidentDateMustBeACalendarDayAsYyyyMmDd) {
  Json document = minimal_document();
  for (const char* bad : {"15/01/2024", "2024-1-15", "2024-02-30", "2024-01-15T00:00:00Z"}) {
    document["incident"]["date"] = bad;
    EXPECT_EQ(errors_of(document),
              (Errors{{"/incident/date", "expected a date as YYYY-MM-DD, or empty"}}))
        << bad;
  }
  document["incident"]["date"] = "2024-02-29";
  EXPECT_EQ(errors_of(document), Errors{});
}

TEST(JsonCodec, ActionDueMayBeAnyText) {
  Json document = minimal_document();
  document["actions"] = {{{"id", "A1"}, {"due", "next sprint"}}};
  const LoadResult loaded = from_json(document);
  ASSERT_TRUE(loaded.postmortem.has_value());
  EXPECT_EQ(loaded.postmortem->actions[0].due, "next sprint");
}

TEST(JsonCodec, BadTimesAreReportedWithTheExpectedForm) {
  Json document = minimal_document();
  document["created_at"] = "2024-01-15 14:23";
  document["timeline"] = {{{"at", "yesterday"}}, {{"at", 1705328580}}};
  document["meeting"] = {{"held_at", "2024-13-01T10:00:00Z"}};
  EXPECT_EQ(
      errors_of(document),
      (Errors{{"/created_at", "expected an ISO-8601 UTC time such as 2024-01-15T14:23:00Z"},
              {"/timeline/0/at", "expected an ISO-8601 UTC time such as 2024-01-15T14:23:00Z"},
              {"/timeline/1/at", "expected a string or null, found number"},
              {"/meeting/held_at", "expected an ISO-8601 UTC time such as 2024-01-15T14:23:00Z"}}));
}

TEST(JsonCodec, DuplicateActionIdsNameTheFirstUse) {
  Json document = minimal_document();
  document["actions"] = {{{"id", "A1"}}, {{"id", "A2"}}, {{"id", "A1"}}};
  EXPECT_EQ(errors_of(document),
            (Errors{{"/actions/2/id", "duplicate action id \"A1\", first used at /actions/0/id"}}));
}

TEST(JsonCodec, ActionIdIsRequiredAndNotEmpty) {
  Json document = minimal_document();
  document["actions"] = {{{"action", "Fix it"}}, {{"id", ""}}};
  EXPECT_EQ(errors_of(document), (Errors{{"/actions/0/id", "missing required key"},
                                         {"/actions/1/id", "must not be empty"}}));
}

TEST(JsonCodec, PostmortemIdMustNotBeEmpty) {
  Json document = minimal_document();
  document["id"] = "";
  EXPECT_EQ(errors_of(document), (Errors{{"/id", "must not be empty"}}));
}

TEST(JsonCodec, EmptySeverityScaleIsAnError) {
  Json document = minimal_document();
  document["severity_scale"] = Json::array();
  EXPECT_EQ(errors_of(document),
            (Errors{{"/severity_scale", "must list at least one severity level"}}));
}

TEST(JsonCodec, IncidentSeverityMustBeOnTheScale) {
  Json document = minimal_document();
  document["severity_scale"] = {{{"name", "P1"}, {"description", "Page"}},
                                {{"name", "P2"}, {"description", "Ticket"}}};
  document["incident"]["severity"] = "SEV-1";
  EXPECT_EQ(
      errors_of(document),
      (Errors{{"/incident/severity",
               "\"SEV-1\" is not on the severity scale; expected one of: P1, P2, or empty"}}));
}

TEST(JsonCodec, AgendaMinutesMustBeANonNegativeInteger) {
  Json document = minimal_document();
  document["meeting"] = {{"agenda",
                          {{{"phase", "Set the tone"}, {"minutes", 5}},
                           {{"phase", "Review"}, {"minutes", -30}},
                           {{"phase", "Questions"}, {"minutes", 2.5}},
                           {{"phase", "Wrap-up"}, {"minutes", 4294967296LL}}}}};
  EXPECT_EQ(errors_of(document),
            (Errors{{"/meeting/agenda/1/minutes", "must not be negative"},
                    {"/meeting/agenda/2/minutes", "expected an integer, found number"},
                    {"/meeting/agenda/3/minutes", "integer out of range"}}));
}

TEST(JsonCodec, TextThatIsNotUtf8IsAnErrorAtItsPath) {
  Json document = minimal_document();
  document["incident"]["title"] = "Caf\xc3";
  document["what_happened"] = "\xed\xa0\x80";                 // an encoded surrogate
  document["incident"]["unknown/key~"] = {"ok", "\xc0\xaf"};  // an overlong '/'
  EXPECT_EQ(errors_of(document), (Errors{{"/incident/title", "text is not valid UTF-8"},
                                         {"/incident/unknown~1key~0/1", "text is not valid UTF-8"},
                                         {"/what_happened", "text is not valid UTF-8"}}));
}

TEST(JsonCodec, ManyDifferentErrorsAreReportedTogetherInFieldOrder) {
  Json document = minimal_document();
  document.erase("created_at");
  document["incident"]["date"] = "yesterday";
  document["incident"]["status"] = "closed";
  document["severity_scale"] = Json::array();
  document["timeline"] = {{{"at", "soon"}, {"kind", "paged"}}};
  document["meeting"] = {{"agenda", {{{"minutes", -1}}}}};
  document["actions"] = {{{"id", "A1"}}, {{"id", "A1"}, {"owner", 7}}};
  EXPECT_EQ(
      errors_of(document),
      (Errors{{"/created_at", "missing required key"},
              {"/incident/date", "expected a date as YYYY-MM-DD, or empty"},
              {"/incident/status",
               "unknown value \"closed\"; expected one of: draft, in_review, published"},
              {"/severity_scale", "must list at least one severity level"},
              {"/timeline/0/at", "expected an ISO-8601 UTC time such as 2024-01-15T14:23:00Z"},
              {"/timeline/0/kind",
               "unknown value \"paged\"; expected one of: detected, acknowledged, "
               "investigation_started, root_cause_identified, mitigated, fix_applied, resolved, "
               "communication, note"},
              {"/meeting/agenda/0/minutes", "must not be negative"},
              {"/actions/1/owner", "expected a string, found number"},
              {"/actions/1/id", "duplicate action id \"A1\", first used at /actions/0/id"}}));
}

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

TEST(JsonCodec, UnknownFieldsMayNestUpToTheDepthLimit) {
  const std::string text = R"({"schema":2,"id":"pm-1","created_at":"2024-01-15T14:23:00Z",)"
                           R"("incident":{"title":""},"deep":)" +
                           nested_arrays(63) + "}";
  EXPECT_EQ(load_json(text).errors, Errors{});
}

TEST(JsonCodec, DocumentsNestedDeeperThanTheLimitAreRefused) {
  const std::string text = R"({"schema":2,"id":"pm-1","created_at":"2024-01-15T14:23:00Z",)"
                           R"("incident":{"title":""},"deep":)" +
                           nested_arrays(64) + "}";
  EXPECT_EQ(load_json(text).errors, (Errors{{"", "nested more than 64 levels deep"}}));
  EXPECT_EQ(load_json(nested_arrays(100000)).errors,
            (Errors{{"", "nested more than 64 levels deep"}}));
}

TEST(JsonCodec, LoadingNeverThrowsOnOddDocuments) {
  EXPECT_NO_THROW(from_json(Json(Json::value_t::discarded)));
  EXPECT_NO_THROW(from_json(Json()));
  EXPECT_NO_THROW(load_json(std::string(100000, '[')));
  EXPECT_EQ(from_json(Json()).errors, (Errors{{"", "expected an object, found null"}}));
}

}  // namespace
}  // namespace hindsight::core
