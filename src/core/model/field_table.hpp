// The field table: one entry for every text field and text list of the post-mortem itself, its
// incident, its meeting and its root cause analysis, with everything the codecs, the lints and
// the commands need to name it: its path, its JSON key, its kind, the Markdown section it is
// written under and where it lives in a PostMortem. Plus field_path(), the one way paths into
// the model are built ("/actions/2/owner").
// Owns: the names of these fields. Every part of the core reads them from here instead of
// spelling them again, so a field is named once.
// Contract: the entries are in the order of postmortem.hpp (readers and lints rely on it to keep
// the model's field order); an accessor only locates its field and never changes it. Fields
// inside list items (an action's owner, an event's text) have no entry: their paths are built
// with field_path() from the list's path.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

// In the order of postmortem.hpp, which is the table's order.
enum class FieldId {
  Title,
  Date,
  Severity,
  Impact,
  UsersAffected,
  StatedDuration,
  Author,
  Facilitator,
  Reviewers,
  Attendees,
  Tags,
  Services,
  OpeningStatement,
  WentWell,
  CouldImprove,
  GotLucky,
  Confusion,
  ParkingLot,
  RootCauseSummary,
  FollowUpInvestigations,
  ActionsNotes,
  ExecutiveSummary,
  WhatHappened,
  LessonsLearned,
};

enum class FieldKind {
  Line,     // one line people write ("Users affected: ~500")
  Date,     // "YYYY-MM-DD" or empty
  Prose,    // Markdown as the team wrote it
  Entries,  // a list of one-paragraph entries
  Names,    // a set of names: adding one already listed changes nothing
};

struct ModelField {
  FieldId id;
  std::string_view path;    // "/meeting/went_well": JSON pointer, lint path and merge key
  std::string_view parent;  // "/meeting": the object that holds it ("" for the post-mortem)
  std::string_view key;     // "went_well": its key in that object, as JSON writes it
  FieldKind kind;
  // The Markdown heading it is written under when it has a section of its own ("What Went
  // Well"), and the section that heading sits in when it is a subsection ("Meeting Notes").
  std::string_view markdown_section;
  std::string_view markdown_parent;
  bool required_in_json = false;  // the storage format refuses a document without it
  // Exactly one of these is set: `text` for Line, Date and Prose, `list` for Entries and Names.
  std::string* (*text)(PostMortem&) = nullptr;
  std::vector<std::string>* (*list)(PostMortem&) = nullptr;
};

inline constexpr std::string_view kMarkdownMeeting = "Meeting Notes";
inline constexpr std::string_view kMarkdownAnalysis = "Root Cause Analysis";

namespace field_table_detail {

// Why captureless lambdas: they convert to constexpr function pointers, so the table stays a
// compile-time constant that the Markdown vocabulary can take its section titles from.
#define HINDSIGHT_TEXT(member) +[](PostMortem& p) -> std::string* { return &p.member; }, nullptr
#define HINDSIGHT_LIST(member) \
  nullptr, +[](PostMortem& p) -> std::vector<std::string>* { return &p.member; }

inline constexpr std::array<ModelField, 24> kFields{{
    {FieldId::Title, "/incident/title", "/incident", "title", FieldKind::Line, "", "", true,
     HINDSIGHT_TEXT(incident.title)},
    {FieldId::Date, "/incident/date", "/incident", "date", FieldKind::Date, "", "", false,
     HINDSIGHT_TEXT(incident.date)},
    {FieldId::Severity, "/incident/severity", "/incident", "severity", FieldKind::Line, "", "",
     false, HINDSIGHT_TEXT(incident.severity)},
    {FieldId::Impact, "/incident/impact", "/incident", "impact", FieldKind::Prose, "Impact", "",
     false, HINDSIGHT_TEXT(incident.impact)},
    {FieldId::UsersAffected, "/incident/users_affected", "/incident", "users_affected",
     FieldKind::Line, "", "", false, HINDSIGHT_TEXT(incident.users_affected)},
    {FieldId::StatedDuration, "/incident/stated_duration", "/incident", "stated_duration",
     FieldKind::Line, "", "", false, HINDSIGHT_TEXT(incident.stated_duration)},
    {FieldId::Author, "/incident/author", "/incident", "author", FieldKind::Line, "", "", false,
     HINDSIGHT_TEXT(incident.author)},
    {FieldId::Facilitator, "/incident/facilitator", "/incident", "facilitator", FieldKind::Line, "",
     "", false, HINDSIGHT_TEXT(incident.facilitator)},
    {FieldId::Reviewers, "/incident/reviewers", "/incident", "reviewers", FieldKind::Names, "", "",
     false, HINDSIGHT_LIST(incident.reviewers)},
    {FieldId::Attendees, "/incident/attendees", "/incident", "attendees", FieldKind::Names, "", "",
     false, HINDSIGHT_LIST(incident.attendees)},
    {FieldId::Tags, "/incident/tags", "/incident", "tags", FieldKind::Names, "", "", false,
     HINDSIGHT_LIST(incident.tags)},
    {FieldId::Services, "/incident/services", "/incident", "services", FieldKind::Names, "", "",
     false, HINDSIGHT_LIST(incident.services)},
    {FieldId::OpeningStatement, "/meeting/opening_statement", "/meeting", "opening_statement",
     FieldKind::Prose, "Opening Statement", kMarkdownMeeting, false,
     HINDSIGHT_TEXT(meeting.opening_statement)},
    {FieldId::WentWell, "/meeting/went_well", "/meeting", "went_well", FieldKind::Entries,
     "What Went Well", "", false, HINDSIGHT_LIST(meeting.went_well)},
    {FieldId::CouldImprove, "/meeting/could_improve", "/meeting", "could_improve",
     FieldKind::Entries, "What Could Be Improved", "", false,
     HINDSIGHT_LIST(meeting.could_improve)},
    {FieldId::GotLucky, "/meeting/got_lucky", "/meeting", "got_lucky", FieldKind::Entries,
     "Where We Got Lucky", "", false, HINDSIGHT_LIST(meeting.got_lucky)},
    {FieldId::Confusion, "/meeting/confusion", "/meeting", "confusion", FieldKind::Entries,
     "Moments of Confusion", kMarkdownMeeting, false, HINDSIGHT_LIST(meeting.confusion)},
    {FieldId::ParkingLot, "/meeting/parking_lot", "/meeting", "parking_lot", FieldKind::Entries,
     "Parking Lot", kMarkdownMeeting, false, HINDSIGHT_LIST(meeting.parking_lot)},
    {FieldId::RootCauseSummary, "/analysis/summary", "/analysis", "summary", FieldKind::Prose,
     kMarkdownAnalysis, "", false, HINDSIGHT_TEXT(analysis.summary)},
    {FieldId::FollowUpInvestigations, "/analysis/follow_up_investigations", "/analysis",
     "follow_up_investigations", FieldKind::Entries, "Follow-up Investigations", kMarkdownAnalysis,
     false, HINDSIGHT_LIST(analysis.follow_up_investigations)},
    // Written in the action items' section, before their table: no section of its own.
    {FieldId::ActionsNotes, "/actions_notes", "", "actions_notes", FieldKind::Prose, "", "", false,
     HINDSIGHT_TEXT(actions_notes)},
    {FieldId::ExecutiveSummary, "/executive_summary", "", "executive_summary", FieldKind::Prose,
     "Executive Summary", "", false, HINDSIGHT_TEXT(executive_summary)},
    {FieldId::WhatHappened, "/what_happened", "", "what_happened", FieldKind::Prose,
     "What Happened", "", false, HINDSIGHT_TEXT(what_happened)},
    {FieldId::LessonsLearned, "/lessons_learned", "", "lessons_learned", FieldKind::Prose,
     "Lessons Learned", "", false, HINDSIGHT_TEXT(lessons_learned)},
}};

#undef HINDSIGHT_TEXT
#undef HINDSIGHT_LIST

}  // namespace field_table_detail

// Every entry, in the order of postmortem.hpp.
constexpr std::span<const ModelField> model_fields() { return field_table_detail::kFields; }

constexpr const ModelField& model_field(FieldId id) {
  return field_table_detail::kFields[static_cast<std::size_t>(id)];
}

// The entries from `first` to `last`, both included, in table order: a run of fields that sit
// next to each other in their struct.
constexpr std::span<const ModelField> model_fields(FieldId first, FieldId last) {
  const auto from = static_cast<std::size_t>(first);
  return model_fields().subspan(from, static_cast<std::size_t>(last) - from + 1);
}

bool is_list(const ModelField& field);  // Entries or Names

// The field's value in `pm`; text_of for Line, Date and Prose, list_of for Entries and Names.
const std::string& text_of(const ModelField& field, const PostMortem& pm);
const std::vector<std::string>& list_of(const ModelField& field, const PostMortem& pm);

// Paths into the model, as JSON pointers: field_path("/actions", 2) is "/actions/2",
// field_path("/actions", 2, "owner") is "/actions/2/owner". A key is escaped as JSON pointers
// require ('~' as "~0", '/' as "~1"), so any key found in a file names one place.
std::string field_path(FieldId id);  // the entry's path: "/meeting/went_well"
std::string field_path(std::string_view parent, std::string_view key);
std::string field_path(std::string_view parent, std::size_t index);
std::string field_path(std::string_view parent, std::size_t index, std::string_view key);

}  // namespace hindsight::core
