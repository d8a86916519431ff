#include "core/json/json_read.hpp"

#include <algorithm>
#include <map>

#include "core/json/root_cause_ids.hpp"
#include "core/model/commands.hpp"
#include "core/model/seed_templates.hpp"

namespace hindsight::core::json_detail {
namespace {

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

void require_not_empty(Fields& fields, std::string_view key) {
  const Json* present = fields.find(key);
  if (present != nullptr && present->is_string() && present->get_ref<const std::string&>().empty())
    fields.error(key, "must not be empty");
}

SeverityLevel read_severity_level(const Json& value, const std::string& path, Errors& errors) {
  SeverityLevel level;
  Fields fields(value, path, errors);
  fields.text("name", level.name, Presence::Required);
  fields.text("description", level.description);
  level.unknown = fields.unknown();
  return level;
}

// The incident, meeting and analysis are read in place: their text fields are located in the
// post-mortem by the field table.
void read_incident(const Json& value, const std::string& path, Errors& errors, PostMortem& pm) {
  Fields fields(value, path, errors);
  fields.read_fields(model_fields(FieldId::Title, FieldId::Severity), pm);
  fields.enumeration("status", pm.incident.status);
  fields.read_fields(model_fields(FieldId::Impact, FieldId::Services), pm);
  pm.incident.unknown = fields.unknown();
}

TimelineEvent read_timeline_event(const Json& value, const std::string& path, Errors& errors) {
  TimelineEvent event;
  Fields fields(value, path, errors);
  fields.optional_time("at", event.at);
  fields.enumeration("kind", event.kind);
  fields.text("text", event.text);
  fields.text("source", event.source);
  event.unknown = fields.unknown();
  return event;
}

AgendaItem read_agenda_item(const Json& value, const std::string& path, Errors& errors) {
  AgendaItem item;
  Fields fields(value, path, errors);
  fields.text("phase", item.phase);
  fields.integer("minutes", item.minutes);
  if (item.minutes < 0) fields.error("minutes", "must not be negative");
  fields.optional_time("running_since", item.running_since);
  fields.integer("used_seconds", item.used_seconds);
  if (item.used_seconds < 0) fields.error("used_seconds", "must not be negative");
  item.unknown = fields.unknown();
  return item;
}

KeyQuestion read_key_question(const Json& value, const std::string& path, Errors& errors) {
  KeyQuestion question;
  Fields fields(value, path, errors);
  fields.text("topic", question.topic);
  fields.text("question", question.question);
  fields.text("notes", question.notes);
  question.unknown = fields.unknown();
  return question;
}

void read_meeting(const Json& value, const std::string& path, Errors& errors, PostMortem& pm) {
  Meeting& meeting = pm.meeting;
  Fields fields(value, path, errors);
  fields.optional_time("held_at", meeting.held_at);
  fields.list("agenda", meeting.agenda, read_agenda_item);
  fields.read_field(model_field(FieldId::OpeningStatement), pm);
  fields.list("key_questions", meeting.key_questions, read_key_question);
  fields.read_fields(model_fields(FieldId::WentWell, FieldId::ParkingLot), pm);
  fields.integer("current_item", meeting.current_item);
  // Past the end is settled rather than refused: an older Hindsight keeps "current_item" as an
  // unknown key while it removes agenda items, and the meeting is then simply finished.
  if (meeting.current_item < -1)
    fields.error("current_item", "expected -1 (not started) or an agenda item's index");
  meeting.current_item = std::min(meeting.current_item, static_cast<int>(meeting.agenda.size()));
  fields.list("ground_rules_restated", meeting.ground_rules_restated,
              [](const Json& time, const std::string& at, Errors& errs) {
                return read_time(time, at, errs).value_or(UtcSeconds{});
              });
  meeting.unknown = fields.unknown();
}

FiveWhys read_five_whys(const Json& value, const std::string& path, Errors& errors) {
  FiveWhys whys;
  Fields fields(value, path, errors);
  fields.text("problem", whys.problem);
  fields.texts("whys", whys.whys);
  fields.text("conclusion", whys.conclusion);
  whys.unknown = fields.unknown();
  return whys;
}

RootCause read_root_cause(const Json& value, const std::string& path, Errors& errors) {
  RootCause cause;
  Fields fields(value, path, errors);
  fields.text("id", cause.id);
  fields.text("text", cause.text);
  fields.enumeration("category", cause.category);
  fields.enumeration("confidence", cause.confidence);
  cause.unknown = fields.unknown();
  return cause;
}

void read_analysis(const Json& value, const std::string& path, Errors& errors, PostMortem& pm) {
  RootCauseAnalysis& analysis = pm.analysis;
  Fields fields(value, path, errors);
  fields.read_field(model_field(FieldId::RootCauseSummary), pm);
  fields.list("five_whys", analysis.five_whys, read_five_whys);
  fields.list("root_causes", analysis.root_causes, read_root_cause);
  fields.read_field(model_field(FieldId::FollowUpInvestigations), pm);
  analysis.unknown = fields.unknown();
}

ActionItem read_action(const Json& value, const std::string& path, Errors& errors) {
  ActionItem action;
  Fields fields(value, path, errors);
  fields.text("id", action.id, Presence::Required);
  require_not_empty(fields, "id");
  fields.text("action", action.action);
  fields.enumeration("category", action.category);
  fields.enumeration("type", action.type);
  fields.enumeration("priority", action.priority);
  fields.text("owner", action.owner);
  fields.text("due", action.due);
  fields.text("effort", action.effort);
  fields.enumeration("status", action.status);
  fields.text("ticket", action.ticket);
  fields.text("addresses", action.addresses);
  fields.enumeration("triage", action.triage);
  fields.texts("merged", action.merged);
  action.unknown = fields.unknown();
  return action;
}

Idea read_idea(const Json& value, const std::string& path, Errors& errors) {
  Idea idea;
  Fields fields(value, path, errors);
  fields.enumeration("category", idea.category);
  fields.text("text", idea.text);
  idea.unknown = fields.unknown();
  return idea;
}

ExtraSection read_extra_section(const Json& value, const std::string& path, Errors& errors) {
  ExtraSection section;
  Fields fields(value, path, errors);
  fields.text("title", section.title);
  fields.text("body", section.body);
  section.unknown = fields.unknown();
  return section;
}

void check_severity_scale(Fields& fields, const PostMortem& postmortem, Errors& errors) {
  const Json* scale = fields.find("severity_scale");
  if (scale != nullptr && scale->is_array() && scale->empty())
    fields.error("severity_scale", "must list at least one severity level");
  const std::string& severity = postmortem.incident.severity;
  if (severity.empty() || postmortem.severity_scale.empty()) return;
  std::string names;
  for (const SeverityLevel& level : postmortem.severity_scale) {
    if (level.name == severity) return;
    names += level.name + ", ";
  }
  errors.push_back({std::string(model_field(FieldId::Severity).path),
                    in_quotes(severity) +
                        " is not on the severity scale; expected one of: " + names + "or empty"});
}

void check_action_ids(const std::vector<ActionItem>& actions, Errors& errors) {
  std::map<std::string, std::size_t> first_at;
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const std::string& id = actions[i].id;
    if (id.empty()) continue;
    const auto [first, inserted] = first_at.emplace(id, i);
    if (inserted) continue;
    errors.push_back({field_path("/actions", i, "id"),
                      "duplicate action id " + in_quotes(id) + ", first used at " +
                          field_path("/actions", first->second, "id")});
  }
}

// Root cause ids are what actions link to, so they must be unique; a cause with none (a file
// written before ids existed) gets one by assign_root_cause_ids' rule.
void check_root_cause_ids(std::vector<RootCause>& causes, Errors& errors) {
  std::map<std::string, std::size_t> first_at;
  for (std::size_t i = 0; i < causes.size(); ++i) {
    const std::string& id = causes[i].id;
    if (id.empty()) continue;
    const auto [first, inserted] = first_at.emplace(id, i);
    if (inserted) continue;
    errors.push_back({field_path("/analysis/root_causes", i, "id"),
                      "duplicate root cause id " + in_quotes(id) + ", first used at " +
                          field_path("/analysis/root_causes", first->second, "id")});
  }
  assign_root_cause_ids(causes);
}

// An action's `addresses` names a root cause of this post-mortem, or nothing. A link to a cause
// that is gone is dropped rather than refused: an older Hindsight keeps "addresses" as an
// unknown key while it removes the cause, and such a file must still open.
void settle_addresses(PostMortem& postmortem) {
  const auto& causes = postmortem.analysis.root_causes;
  for (ActionItem& action : postmortem.actions) {
    const std::string& id = action.addresses;
    if (std::none_of(causes.begin(), causes.end(), [&](const RootCause& c) { return c.id == id; }))
      action.addresses.clear();
  }
}

// The action counter (postmortem.hpp's value rule): a file that does not state it, or states
// less, reads as one more than the highest action number in use. An older Hindsight keeps the key
// as an unknown one while it adds actions, so a value below that is settled, not refused.
void read_next_action_number(Fields& fields, PostMortem& postmortem) {
  postmortem.next_action_number = least_next_action_number(postmortem);
  const Json* value = fields.find("next_action_number");
  if (value == nullptr) return;
  if (!value->is_number_integer()) {
    fields.error("next_action_number", type_reason("an integer", *value));
  } else if (!value->is_number_unsigned() && value->get<std::int64_t>() < 0) {
    fields.error("next_action_number", "must not be negative");
  } else {
    postmortem.next_action_number =
        std::max(postmortem.next_action_number, value->get<std::uint64_t>());
  }
}

}  // namespace

PostMortem read_postmortem(const Json& document, Errors& errors) {
  PostMortem postmortem;
  Fields fields(document, "", errors);
  fields.find("schema");  // checked by the loader before migration; known, not kept
  fields.text("id", postmortem.id, Presence::Required);
  require_not_empty(fields, "id");
  fields.time("created_at", postmortem.created_at, Presence::Required);
  if (const Json* incident = fields.find("incident", Presence::Required))
    read_incident(*incident, fields.path_of("incident"), errors, postmortem);
  postmortem.severity_scale = default_severity_scale();
  fields.list("severity_scale", postmortem.severity_scale, read_severity_level);
  check_severity_scale(fields, postmortem, errors);
  fields.list("timeline", postmortem.timeline, read_timeline_event);
  if (const Json* meeting = fields.find("meeting"))
    read_meeting(*meeting, fields.path_of("meeting"), errors, postmortem);
  if (const Json* analysis = fields.find("analysis"))
    read_analysis(*analysis, fields.path_of("analysis"), errors, postmortem);
  check_root_cause_ids(postmortem.analysis.root_causes, errors);
  fields.list("ideas", postmortem.ideas, read_idea);
  fields.list("actions", postmortem.actions, read_action);
  check_action_ids(postmortem.actions, errors);
  read_next_action_number(fields, postmortem);
  settle_addresses(postmortem);
  fields.read_fields(model_fields(FieldId::ActionsNotes, FieldId::LessonsLearned), postmortem);
  fields.list("extra_sections", postmortem.extra_sections, read_extra_section);
  postmortem.unknown = fields.unknown();
  return postmortem;
}

}  // namespace hindsight::core::json_detail
