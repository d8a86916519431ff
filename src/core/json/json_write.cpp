// Writing the storage format: the model as schema-2 JSON.
// Owns: the key of every member the field table (field_table.hpp) does not name, and how each
// value is written (enums by key, times as ISO-8601 UTC, a missing time as null). Every field is
// written even when empty, so a file describes itself; fields kept in `unknown` are written back,
// and a known key always wins over them.
// Contract: pure and never throws; it validates nothing (json_read.cpp does, on load).
#include <algorithm>

#include "core/json/json_codec.hpp"
#include "core/json/json_write_parts.hpp"
#include "core/model/commands.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/field_table.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::core {
namespace {

// The unknown fields to start an object from; a known key written afterwards replaces them.
Json start_from(const Json& unknown) { return unknown.is_object() ? unknown : Json::object(); }

template <class E>
Json enum_json(E value) {
  return std::string(key_of(value));
}

Json time_json(const std::optional<UtcSeconds>& time) {
  return time ? Json(format_iso8601(*time)) : Json(nullptr);
}

template <class T, class Write>
Json list_json(const std::vector<T>& items, Write write) {
  Json list = Json::array();
  for (const T& item : items) list.push_back(write(item));
  return list;
}

Json texts_json(const std::vector<std::string>& texts) { return Json(texts); }

Json severity_level_json(const SeverityLevel& level) {
  Json j = start_from(level.unknown);
  j["name"] = level.name;
  j["description"] = level.description;
  return j;
}

Json incident_json(const Incident& incident) {
  Json j = start_from(incident.unknown);
  j["status"] = enum_json(incident.status);
  return j;
}

}  // namespace

namespace json_detail {

Json timeline_event_json(const TimelineEvent& event) {
  Json j = start_from(event.unknown);
  j["at"] = time_json(event.at);
  j["kind"] = enum_json(event.kind);
  j["text"] = event.text;
  j["source"] = event.source;
  return j;
}

}  // namespace json_detail

namespace {

Json agenda_item_json(const AgendaItem& item) {
  Json j = start_from(item.unknown);
  j["phase"] = item.phase;
  j["minutes"] = item.minutes;
  j["running_since"] = time_json(item.running_since);
  j["used_seconds"] = item.used_seconds;
  return j;
}

Json key_question_json(const KeyQuestion& question) {
  Json j = start_from(question.unknown);
  j["topic"] = question.topic;
  j["question"] = question.question;
  j["notes"] = question.notes;
  return j;
}

Json meeting_json(const Meeting& meeting) {
  Json j = start_from(meeting.unknown);
  j["held_at"] = time_json(meeting.held_at);
  j["agenda"] = list_json(meeting.agenda, agenda_item_json);
  j["key_questions"] = list_json(meeting.key_questions, key_question_json);
  j["current_item"] = meeting.current_item;
  Json restated = Json::array();
  for (const UtcSeconds& at : meeting.ground_rules_restated) restated.push_back(format_iso8601(at));
  j["ground_rules_restated"] = restated;
  return j;
}

Json five_whys_json(const FiveWhys& whys) {
  Json j = start_from(whys.unknown);
  j["problem"] = whys.problem;
  j["whys"] = texts_json(whys.whys);
  j["conclusion"] = whys.conclusion;
  return j;
}

Json root_cause_json(const RootCause& cause) {
  Json j = start_from(cause.unknown);
  j["id"] = cause.id;
  j["text"] = cause.text;
  j["category"] = enum_json(cause.category);
  j["confidence"] = enum_json(cause.confidence);
  return j;
}

Json analysis_json(const RootCauseAnalysis& analysis) {
  Json j = start_from(analysis.unknown);
  j["five_whys"] = list_json(analysis.five_whys, five_whys_json);
  j["root_causes"] = list_json(analysis.root_causes, root_cause_json);
  return j;
}

}  // namespace

namespace json_detail {

Json action_json(const ActionItem& action) {
  Json j = start_from(action.unknown);
  j["id"] = action.id;
  j["action"] = action.action;
  j["category"] = enum_json(action.category);
  j["type"] = enum_json(action.type);
  j["priority"] = enum_json(action.priority);
  j["owner"] = action.owner;
  j["due"] = action.due;
  j["effort"] = action.effort;
  j["status"] = enum_json(action.status);
  j["ticket"] = action.ticket;
  j["addresses"] = action.addresses;
  j["triage"] = enum_json(action.triage);
  j["merged"] = texts_json(action.merged);
  return j;
}

}  // namespace json_detail

namespace {

Json idea_json(const Idea& idea) {
  Json j = start_from(idea.unknown);
  j["category"] = enum_json(idea.category);
  j["text"] = idea.text;
  return j;
}

Json extra_section_json(const ExtraSection& section) {
  Json j = start_from(section.unknown);
  j["title"] = section.title;
  j["body"] = section.body;
  return j;
}

// The text fields of the field table, each into the object its parent path names.
void write_model_fields(const PostMortem& postmortem, Json& document) {
  for (const ModelField& field : model_fields()) {
    Json& parent = document[Json::json_pointer(std::string(field.parent))];
    Json& value = parent[std::string(field.key)];
    value =
        is_list(field) ? texts_json(list_of(field, postmortem)) : Json(text_of(field, postmortem));
  }
}

}  // namespace

namespace json_detail {

Json postmortem_json_without_lists(const PostMortem& postmortem) {
  Json j = start_from(postmortem.unknown);
  j["schema"] = kSchemaVersion;
  j["id"] = postmortem.id;
  j["created_at"] = format_iso8601(postmortem.created_at);
  j["incident"] = incident_json(postmortem.incident);
  j["severity_scale"] = list_json(postmortem.severity_scale, severity_level_json);
  j["timeline"] = Json::array();
  j["meeting"] = meeting_json(postmortem.meeting);
  j["analysis"] = analysis_json(postmortem.analysis);
  j["ideas"] = list_json(postmortem.ideas, idea_json);
  j["actions"] = Json::array();
  // The value the counter stands for, so a post-mortem built in code (0) saves a valid file.
  j["next_action_number"] =
      std::max(postmortem.next_action_number, least_next_action_number(postmortem));
  j["extra_sections"] = list_json(postmortem.extra_sections, extra_section_json);
  write_model_fields(postmortem, j);
  return j;
}

}  // namespace json_detail

Json to_json(const PostMortem& postmortem) {
  Json j = json_detail::postmortem_json_without_lists(postmortem);
  j["timeline"] = list_json(postmortem.timeline, json_detail::timeline_event_json);
  j["actions"] = list_json(postmortem.actions, json_detail::action_json);
  return j;
}

// Why `replace`: the model promises UTF-8, but a save must never throw; a stray invalid byte is
// written as U+FFFD rather than losing the whole file.
std::string save_json(const PostMortem& postmortem) {
  return json_text(to_json(postmortem), 2) + "\n";
}

}  // namespace hindsight::core
