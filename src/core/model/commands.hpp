// Commands: the verbs that change one post-mortem, from the incident's fields to the action
// items. The UI reports intent; the app runs these, usually through History::apply so that each
// change can be undone.
// Contract: a command changes only what its name says. When it returns false (an index or id
// that names nothing, a value the model's value rules reject, a name already listed) the
// post-mortem is left exactly as it was. Commands never record history, save, or draw.
// Text is stored with LF line ends whatever the caller passed; list entries and whys are kept to
// one paragraph (blank lines inside them are dropped). Moves put the entry at `from` at index
// `to`, shifting the entries between.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/field_table.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::core {

// --- The incident ---------------------------------------------------------------------------

enum class IncidentText { Title, Impact, UsersAffected, StatedDuration, Author, Facilitator };

void set_incident_text(PostMortem& pm, IncidentText field, std::string_view text);
bool set_incident_date(PostMortem& pm, std::string_view date);      // "YYYY-MM-DD" or empty
bool set_incident_severity(PostMortem& pm, std::string_view name);  // from severity_scale or ""
void set_incident_status(PostMortem& pm, Status status);

// --- Lists of one-paragraph entries -----------------------------------------------------------

// People, tags and services are sets of names: adding a name already listed returns false.
enum class TextList {
  Reviewers,
  Attendees,
  Tags,
  Services,
  WentWell,
  CouldImprove,
  GotLucky,
  Confusion,
  ParkingLot,
  FollowUpInvestigations,
};

const std::vector<std::string>& list_entries(const PostMortem& pm, TextList list);
bool add_list_entry(PostMortem& pm, TextList list, std::string_view entry);
bool update_list_entry(PostMortem& pm, TextList list, std::size_t index, std::string_view entry);
bool remove_list_entry(PostMortem& pm, TextList list, std::size_t index);
bool move_list_entry(PostMortem& pm, TextList list, std::size_t from, std::size_t to);

// --- Prose --------------------------------------------------------------------------------------

enum class Prose {
  ExecutiveSummary,
  WhatHappened,
  LessonsLearned,
  RootCauseSummary,
  Opening,
  ActionsNotes,
};

void set_prose(PostMortem& pm, Prose field, std::string_view text);

// The field table's entry of each field these enumerations name (field_table.hpp): its path is
// the field's merge key (history.hpp) and the path lints report it under.
FieldId field_of(IncidentText field);
FieldId field_of(TextList list);
FieldId field_of(Prose field);

// --- The timeline -------------------------------------------------------------------------------

std::size_t add_event(PostMortem& pm, TimelineEvent event);  // appends; returns its index
bool update_event(PostMortem& pm, std::size_t index, TimelineEvent event);
bool remove_event(PostMortem& pm, std::size_t index);
bool move_event(PostMortem& pm, std::size_t from, std::size_t to);

// Orders timed events by time, keeping the list order of events with the same time. An event
// without a time stays right after the event listed before it (leading ones stay first).
void sort_timeline_by_time(PostMortem& pm);

// --- The meeting --------------------------------------------------------------------------------

void set_meeting_time(PostMortem& pm, std::optional<UtcSeconds> held_at);

std::size_t add_agenda_item(PostMortem& pm, AgendaItem item);  // returns its index
bool update_agenda_item(PostMortem& pm, std::size_t index, AgendaItem item);
bool remove_agenda_item(PostMortem& pm, std::size_t index);
bool move_agenda_item(PostMortem& pm, std::size_t from, std::size_t to);

std::size_t add_key_question(PostMortem& pm, KeyQuestion question);  // returns its index
bool update_key_question(PostMortem& pm, std::size_t index, KeyQuestion question);
bool set_key_question_notes(PostMortem& pm, std::size_t index, std::string_view notes);
bool remove_key_question(PostMortem& pm, std::size_t index);

// --- Root cause analysis ------------------------------------------------------------------------

std::size_t add_five_whys(PostMortem& pm, FiveWhys chain);  // returns its index
bool set_five_whys_problem(PostMortem& pm, std::size_t chain, std::string_view problem);
bool set_five_whys_conclusion(PostMortem& pm, std::size_t chain, std::string_view conclusion);
bool remove_five_whys(PostMortem& pm, std::size_t chain);
bool add_why(PostMortem& pm, std::size_t chain, std::string_view why);
bool update_why(PostMortem& pm, std::size_t chain, std::size_t index, std::string_view why);
bool remove_why(PostMortem& pm, std::size_t chain, std::size_t index);
bool move_why(PostMortem& pm, std::size_t chain, std::size_t from, std::size_t to);
bool insert_why(PostMortem& pm, std::size_t chain, std::size_t index, std::string_view why);
// A new chain for another contributing factor, appended: the same problem and the whys up to and
// including `step`, from which the new factor's whys continue. Returns the new chain's index.
std::optional<std::size_t> branch_five_whys(PostMortem& pm, std::size_t chain, std::size_t step);
// Concludes a why as a root cause: a new root cause with the step's text and `confidence` (the
// chain's conclusion becomes that text when it has none). Returns the root cause's id.
std::optional<std::string> conclude_why(PostMortem& pm, std::size_t chain, std::size_t step,
                                        Confidence confidence);

// Root causes get ids "R1", "R2", ... as actions get "A<n>" (next_action_id's rule).
std::string next_root_cause_id(const PostMortem& pm);
std::size_t add_root_cause(PostMortem& pm, RootCause cause);  // assigns an id; returns its index
bool update_root_cause(PostMortem& pm, std::size_t index, RootCause cause);  // keeps the id
// Removing a root cause also clears the `addresses` of the actions that named it.
bool remove_root_cause(PostMortem& pm, std::size_t index);
bool move_root_cause(PostMortem& pm, std::size_t from, std::size_t to);

// --- Action items -------------------------------------------------------------------------------

// The id the next added action gets: "A<n>", where n is pm.next_action_number, or one more than
// the highest number among the ids present that are "A" followed by 1 to 18 decimal digits when
// that is larger ("A1" when there is none). Other ids are left alone and never collide. Numbers
// are never given twice: removing the highest-numbered action does not free its number.
std::string next_action_id(const PostMortem& pm);
// One more than the highest action number in use (1 when there is none): the least value
// PostMortem::next_action_number may hold, and what a file that does not state it reads as.
std::uint64_t least_next_action_number(const PostMortem& pm);
// The number of an id of the form "A" and 1-18 digits ("A12" -> 12); nothing for other ids.
std::optional<std::uint64_t> action_number(std::string_view id);

// Assigns next_action_id and moves next_action_number past it; returns the id. Every command
// that creates an action (promote_idea, investigate_follow_up) goes through it.
std::string add_action(PostMortem& pm, ActionItem action);
bool update_action(PostMortem& pm, std::string_view id, ActionItem action);  // keeps the id
bool remove_action(PostMortem& pm, std::string_view id);
bool move_action(PostMortem& pm, std::size_t from, std::size_t to);
bool set_action_status(PostMortem& pm, std::string_view id, ActionStatus status);
bool set_action_priority(PostMortem& pm, std::string_view id, Priority priority);
bool set_action_triage(PostMortem& pm, std::string_view id, Triage triage);
// Links an action to the root cause it addresses ("" unlinks); false for an unknown id.
bool link_action(PostMortem& pm, std::string_view id, std::string_view root_cause_id);
// Merges action `other` into `keep` (grouping similar items): keep's text becomes both texts
// joined by "; ", other's text is kept in keep.merged as "A3: ...", an empty owner, due date,
// effort, ticket or link is taken from other, the higher priority wins, and other is removed.
bool merge_actions(PostMortem& pm, std::string_view keep, std::string_view other);
// Turns a follow-up investigation into an action item ("Conduct deeper investigation into X",
// type Process); the investigation stays listed. Returns the action's id.
std::optional<std::string> investigate_follow_up(PostMortem& pm, std::size_t index);

// --- Brainstormed ideas -------------------------------------------------------------------------

std::size_t add_idea(PostMortem& pm, Idea idea);  // returns its index
bool update_idea(PostMortem& pm, std::size_t index, Idea idea);
bool remove_idea(PostMortem& pm, std::size_t index);
// The idea becomes an action item of its category (and leaves the ideas). Returns its id.
std::optional<std::string> promote_idea(PostMortem& pm, std::size_t index);

// --- Extra sections -----------------------------------------------------------------------------

std::size_t add_section(PostMortem& pm, ExtraSection section);  // returns its index
bool set_section_title(PostMortem& pm, std::size_t index, std::string_view title);
bool set_section_body(PostMortem& pm, std::size_t index, std::string_view body);
bool remove_section(PostMortem& pm, std::size_t index);
bool move_section(PostMortem& pm, std::size_t from, std::size_t to);

}  // namespace hindsight::core
