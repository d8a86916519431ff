#include "core/model/commands.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "core/model/time_format.hpp"

namespace hindsight::core {

namespace {

// --- Text as the value rules want it ---

std::string with_lf(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 == text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// One paragraph: LF line ends, no blank lines inside, none at either end.
std::string one_paragraph(std::string_view text) {
  const std::string lf = with_lf(text);
  std::string out;
  std::size_t begin = 0;
  while (begin <= lf.size()) {
    std::size_t end = lf.find('\n', begin);
    if (end == std::string::npos) end = lf.size();
    const std::string_view line(lf.data() + begin, end - begin);
    if (!is_blank(line)) out += (out.empty() ? "" : "\n") + std::string(line);
    begin = end + 1;
  }
  return out;
}

void normalize(std::string& text) { text = with_lf(text); }

void normalize(TimelineEvent& e) {
  normalize(e.text);
  normalize(e.source);
}

void normalize(AgendaItem& item) { normalize(item.phase); }

void normalize(KeyQuestion& q) {
  normalize(q.topic);
  normalize(q.question);
  normalize(q.notes);
}

void normalize(FiveWhys& chain) {
  normalize(chain.problem);
  for (std::string& why : chain.whys) why = one_paragraph(why);
  normalize(chain.conclusion);
}

void normalize(RootCause& cause) { normalize(cause.text); }

void normalize(ActionItem& a) {
  for (std::string* text : {&a.action, &a.owner, &a.due, &a.effort, &a.ticket}) normalize(*text);
  for (std::string& merged : a.merged) merged = one_paragraph(merged);
}

void normalize(Idea& idea) { idea.text = one_paragraph(idea.text); }

void normalize(ExtraSection& s) {
  normalize(s.title);
  normalize(s.body);
}

// --- Vectors addressed by index ---

template <class T>
std::size_t append(std::vector<T>& items, T item) {
  normalize(item);
  items.push_back(std::move(item));
  return items.size() - 1;
}

template <class T>
bool replace_at(std::vector<T>& items, std::size_t index, T item) {
  if (index >= items.size()) return false;
  normalize(item);
  items[index] = std::move(item);
  return true;
}

template <class T>
bool erase_at(std::vector<T>& items, std::size_t index) {
  if (index >= items.size()) return false;
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

template <class T>
bool move_within(std::vector<T>& items, std::size_t from, std::size_t to) {
  if (from >= items.size() || to >= items.size()) return false;
  const auto at = [&](std::size_t i) { return items.begin() + static_cast<std::ptrdiff_t>(i); };
  if (from < to) std::rotate(at(from), at(from + 1), at(to + 1));
  if (to < from) std::rotate(at(to), at(from), at(from + 1));
  return true;
}

// The number of an id of the form `prefix` and 1-18 digits ("A12" -> 12).
std::optional<std::uint64_t> numbered_id(char prefix, std::string_view id) {
  if (id.size() < 2 || id.size() > 19 || id[0] != prefix) return std::nullopt;
  std::uint64_t n = 0;
  for (char c : id.substr(1)) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

// --- Fields chosen by enumeration ---

std::vector<std::string>& entries(PostMortem& pm, TextList list) {
  return *model_field(field_of(list)).list(pm);
}


ActionItem* find_action(PostMortem& pm, std::string_view id) {
  for (ActionItem& a : pm.actions)
    if (a.id == id) return &a;
  return nullptr;
}

// The number in an id of the form "A" and 1 to 18 decimal digits.
}  // namespace

// --- The field table's entries ---

// Indexed by the enumeration's value: each array lists the fields in the enumeration's order.
FieldId field_of(IncidentText field) {
  static constexpr std::array kFields{FieldId::Title,         FieldId::Impact,
                                      FieldId::UsersAffected, FieldId::StatedDuration,
                                      FieldId::Author,        FieldId::Facilitator};
  return kFields[static_cast<std::size_t>(field)];
}

FieldId field_of(TextList list) {
  static constexpr std::array kFields{FieldId::Reviewers,  FieldId::Attendees,
                                      FieldId::Tags,       FieldId::Services,
                                      FieldId::WentWell,   FieldId::CouldImprove,
                                      FieldId::GotLucky,   FieldId::Confusion,
                                      FieldId::ParkingLot, FieldId::FollowUpInvestigations};
  return kFields[static_cast<std::size_t>(list)];
}

FieldId field_of(Prose field) {
  static constexpr std::array kFields{FieldId::ExecutiveSummary, FieldId::WhatHappened,
                                      FieldId::LessonsLearned,   FieldId::RootCauseSummary,
                                      FieldId::OpeningStatement, FieldId::ActionsNotes};
  return kFields[static_cast<std::size_t>(field)];
}

// --- The incident ---

void set_incident_text(PostMortem& pm, IncidentText field, std::string_view text) {
  *model_field(field_of(field)).text(pm) = with_lf(text);
}

bool set_incident_date(PostMortem& pm, std::string_view date) {
  if (!date.empty() && !is_iso_date(date)) return false;
  pm.incident.date = std::string(date);
  return true;
}

bool set_incident_severity(PostMortem& pm, std::string_view name) {
  const bool known = std::any_of(pm.severity_scale.begin(), pm.severity_scale.end(),
                                 [&](const SeverityLevel& level) { return level.name == name; });
  if (!name.empty() && !known) return false;
  pm.incident.severity = std::string(name);
  return true;
}

void set_incident_status(PostMortem& pm, Status status) { pm.incident.status = status; }

// --- Lists ---

const std::vector<std::string>& list_entries(const PostMortem& pm, TextList list) {
  return list_of(model_field(field_of(list)), pm);
}

bool add_list_entry(PostMortem& pm, TextList list, std::string_view entry) {
  std::vector<std::string>& items = entries(pm, list);
  std::string text = one_paragraph(entry);
  if (model_field(field_of(list)).kind == FieldKind::Names &&
      std::find(items.begin(), items.end(), text) != items.end())
    return false;
  items.push_back(std::move(text));
  return true;
}

bool update_list_entry(PostMortem& pm, TextList list, std::size_t index, std::string_view entry) {
  std::vector<std::string>& items = entries(pm, list);
  if (index >= items.size()) return false;
  items[index] = one_paragraph(entry);
  return true;
}

bool remove_list_entry(PostMortem& pm, TextList list, std::size_t index) {
  return erase_at(entries(pm, list), index);
}

bool move_list_entry(PostMortem& pm, TextList list, std::size_t from, std::size_t to) {
  return move_within(entries(pm, list), from, to);
}

// --- Prose ---

void set_prose(PostMortem& pm, Prose field, std::string_view text) {
  *model_field(field_of(field)).text(pm) = with_lf(text);
}

// --- The timeline ---

std::size_t add_event(PostMortem& pm, TimelineEvent event) {
  return append(pm.timeline, std::move(event));
}

bool update_event(PostMortem& pm, std::size_t index, TimelineEvent event) {
  return replace_at(pm.timeline, index, std::move(event));
}

bool remove_event(PostMortem& pm, std::size_t index) { return erase_at(pm.timeline, index); }

bool move_event(PostMortem& pm, std::size_t from, std::size_t to) {
  return move_within(pm.timeline, from, to);
}

void sort_timeline_by_time(PostMortem& pm) {
  // Each group is a timed event and the untimed events listed after it; a leading group of
  // untimed events has no time and sorts first.
  std::vector<std::vector<TimelineEvent>> groups;
  for (TimelineEvent& event : pm.timeline) {
    if (event.at || groups.empty()) groups.emplace_back();
    groups.back().push_back(std::move(event));
  }
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.front().at < b.front().at;  // an empty optional sorts before every time
  });
  pm.timeline.clear();
  for (auto& group : groups) std::move(group.begin(), group.end(), std::back_inserter(pm.timeline));
}

// --- The meeting ---

void set_meeting_time(PostMortem& pm, std::optional<UtcSeconds> held_at) {
  pm.meeting.held_at = held_at;
}

std::size_t add_agenda_item(PostMortem& pm, AgendaItem item) {
  return append(pm.meeting.agenda, std::move(item));
}

bool update_agenda_item(PostMortem& pm, std::size_t index, AgendaItem item) {
  return replace_at(pm.meeting.agenda, index, std::move(item));
}

bool remove_agenda_item(PostMortem& pm, std::size_t index) {
  return erase_at(pm.meeting.agenda, index);
}

bool move_agenda_item(PostMortem& pm, std::size_t from, std::size_t to) {
  return move_within(pm.meeting.agenda, from, to);
}

std::size_t add_key_question(PostMortem& pm, KeyQuestion question) {
  return append(pm.meeting.key_questions, std::move(question));
}

bool update_key_question(PostMortem& pm, std::size_t index, KeyQuestion question) {
  return replace_at(pm.meeting.key_questions, index, std::move(question));
}

bool set_key_question_notes(PostMortem& pm, std::size_t index, std::string_view notes) {
  if (index >= pm.meeting.key_questions.size()) return false;
  pm.meeting.key_questions[index].notes = with_lf(notes);
  return true;
}

bool remove_key_question(PostMortem& pm, std::size_t index) {
  return erase_at(pm.meeting.key_questions, index);
}

// --- Root cause analysis ---

std::size_t add_five_whys(PostMortem& pm, FiveWhys chain) {
  return append(pm.analysis.five_whys, std::move(chain));
}

bool set_five_whys_problem(PostMortem& pm, std::size_t chain, std::string_view problem) {
  if (chain >= pm.analysis.five_whys.size()) return false;
  pm.analysis.five_whys[chain].problem = with_lf(problem);
  return true;
}

bool set_five_whys_conclusion(PostMortem& pm, std::size_t chain, std::string_view conclusion) {
  if (chain >= pm.analysis.five_whys.size()) return false;
  pm.analysis.five_whys[chain].conclusion = with_lf(conclusion);
  return true;
}

bool remove_five_whys(PostMortem& pm, std::size_t chain) {
  return erase_at(pm.analysis.five_whys, chain);
}

bool add_why(PostMortem& pm, std::size_t chain, std::string_view why) {
  if (chain >= pm.analysis.five_whys.size()) return false;
  pm.analysis.five_whys[chain].whys.push_back(one_paragraph(why));
  return true;
}

bool update_why(PostMortem& pm, std::size_t chain, std::size_t index, std::string_view why) {
  if (chain >= pm.analysis.five_whys.size()) return false;
  std::vector<std::string>& whys = pm.analysis.five_whys[chain].whys;
  if (index >= whys.size()) return false;
  whys[index] = one_paragraph(why);
  return true;
}

bool remove_why(PostMortem& pm, std::size_t chain, std::size_t index) {
  return chain < pm.analysis.five_whys.size() && erase_at(pm.analysis.five_whys[chain].whys, index);
}

bool move_why(PostMortem& pm, std::size_t chain, std::size_t from, std::size_t to) {
  return chain < pm.analysis.five_whys.size() &&
         move_within(pm.analysis.five_whys[chain].whys, from, to);
}

bool insert_why(PostMortem& pm, std::size_t chain, std::size_t index, std::string_view why) {
  if (chain >= pm.analysis.five_whys.size()) return false;
  std::vector<std::string>& whys = pm.analysis.five_whys[chain].whys;
  if (index > whys.size()) return false;
  whys.insert(whys.begin() + static_cast<std::ptrdiff_t>(index), one_paragraph(why));
  return true;
}

std::optional<std::size_t> branch_five_whys(PostMortem& pm, std::size_t chain, std::size_t step) {
  if (chain >= pm.analysis.five_whys.size()) return std::nullopt;
  const FiveWhys& from = pm.analysis.five_whys[chain];
  if (step >= from.whys.size()) return std::nullopt;
  FiveWhys branch;
  branch.problem = from.problem;
  branch.whys.assign(from.whys.begin(), from.whys.begin() + static_cast<std::ptrdiff_t>(step) + 1);
  return append(pm.analysis.five_whys, std::move(branch));
}

std::optional<std::string> conclude_why(PostMortem& pm, std::size_t chain, std::size_t step,
                                        Confidence confidence) {
  if (chain >= pm.analysis.five_whys.size()) return std::nullopt;
  FiveWhys& from = pm.analysis.five_whys[chain];
  if (step >= from.whys.size() || is_blank(from.whys[step])) return std::nullopt;
  if (from.conclusion.empty()) from.conclusion = from.whys[step];
  RootCause cause;
  cause.text = from.whys[step];
  cause.confidence = confidence;
  const std::size_t index = add_root_cause(pm, std::move(cause));
  return pm.analysis.root_causes[index].id;
}

std::string next_root_cause_id(const PostMortem& pm) {
  std::uint64_t highest = 0;
  for (const RootCause& c : pm.analysis.root_causes)
    if (auto n = numbered_id('R', c.id)) highest = std::max(highest, *n);
  return "R" + std::to_string(highest + 1);
}

std::size_t add_root_cause(PostMortem& pm, RootCause cause) {
  cause.id = next_root_cause_id(pm);
  return append(pm.analysis.root_causes, std::move(cause));
}

bool update_root_cause(PostMortem& pm, std::size_t index, RootCause cause) {
  if (index >= pm.analysis.root_causes.size()) return false;
  cause.id = pm.analysis.root_causes[index].id;
  return replace_at(pm.analysis.root_causes, index, std::move(cause));
}

bool remove_root_cause(PostMortem& pm, std::size_t index) {
  if (index >= pm.analysis.root_causes.size()) return false;
  const std::string id = pm.analysis.root_causes[index].id;
  for (ActionItem& action : pm.actions)
    if (!id.empty() && action.addresses == id) action.addresses.clear();
  return erase_at(pm.analysis.root_causes, index);
}

bool move_root_cause(PostMortem& pm, std::size_t from, std::size_t to) {
  return move_within(pm.analysis.root_causes, from, to);
}

// --- Action items ---

std::optional<std::uint64_t> action_number(std::string_view id) { return numbered_id('A', id); }

std::uint64_t least_next_action_number(const PostMortem& pm) {
  std::uint64_t highest = 0;
  for (const ActionItem& a : pm.actions)
    if (auto n = action_number(a.id)) highest = std::max(highest, *n);
  return highest + 1;
}

namespace {
std::uint64_t next_number(const PostMortem& pm) {
  return std::max(pm.next_action_number, least_next_action_number(pm));
}
}  // namespace

std::string next_action_id(const PostMortem& pm) { return "A" + std::to_string(next_number(pm)); }

std::string add_action(PostMortem& pm, ActionItem action) {
  const std::uint64_t number = next_number(pm);
  action.id = "A" + std::to_string(number);
  pm.next_action_number = number + 1;
  append(pm.actions, std::move(action));
  return pm.actions.back().id;
}

bool update_action(PostMortem& pm, std::string_view id, ActionItem action) {
  ActionItem* existing = find_action(pm, id);
  if (!existing) return false;
  action.id = existing->id;
  normalize(action);
  *existing = std::move(action);
  return true;
}

bool remove_action(PostMortem& pm, std::string_view id) {
  const ActionItem* existing = find_action(pm, id);
  if (!existing) return false;
  return erase_at(pm.actions, static_cast<std::size_t>(existing - pm.actions.data()));
}

bool move_action(PostMortem& pm, std::size_t from, std::size_t to) {
  return move_within(pm.actions, from, to);
}

bool set_action_status(PostMortem& pm, std::string_view id, ActionStatus status) {
  ActionItem* existing = find_action(pm, id);
  if (existing) existing->status = status;
  return existing != nullptr;
}

bool set_action_priority(PostMortem& pm, std::string_view id, Priority priority) {
  ActionItem* existing = find_action(pm, id);
  if (existing) existing->priority = priority;
  return existing != nullptr;
}

bool set_action_triage(PostMortem& pm, std::string_view id, Triage triage) {
  ActionItem* existing = find_action(pm, id);
  if (existing) existing->triage = triage;
  return existing != nullptr;
}

bool link_action(PostMortem& pm, std::string_view id, std::string_view root_cause_id) {
  ActionItem* existing = find_action(pm, id);
  if (!existing) return false;
  const auto& causes = pm.analysis.root_causes;
  const bool known = root_cause_id.empty() ||
                     std::any_of(causes.begin(), causes.end(),
                                 [&](const RootCause& c) { return c.id == root_cause_id; });
  if (!known) return false;
  existing->addresses = std::string(root_cause_id);
  return true;
}

bool merge_actions(PostMortem& pm, std::string_view keep, std::string_view other) {
  ActionItem* kept = find_action(pm, keep);
  const ActionItem* gone = find_action(pm, other);
  if (!kept || !gone || kept == gone) return false;
  if (kept->action.empty())
    kept->action = gone->action;
  else if (!gone->action.empty())
    kept->action += "; " + gone->action;
  kept->merged.push_back(gone->id + ": " + gone->action);
  kept->merged.insert(kept->merged.end(), gone->merged.begin(), gone->merged.end());
  for (auto field : {&ActionItem::owner, &ActionItem::due, &ActionItem::effort, &ActionItem::ticket,
                     &ActionItem::addresses})
    if ((kept->*field).empty()) kept->*field = gone->*field;
  // Priority::High is the first enumerator: the smaller value is the higher priority.
  kept->priority = std::min(kept->priority, gone->priority);
  return erase_at(pm.actions, static_cast<std::size_t>(gone - pm.actions.data()));
}

std::optional<std::string> investigate_follow_up(PostMortem& pm, std::size_t index) {
  const std::vector<std::string>& questions = pm.analysis.follow_up_investigations;
  if (index >= questions.size()) return std::nullopt;
  ActionItem action;
  action.action = "Conduct deeper investigation into " + questions[index];
  action.type = ActionType::Process;
  action.category = ActionCategory::Prevention;
  return add_action(pm, std::move(action));
}

// --- Brainstormed ideas ---

std::size_t add_idea(PostMortem& pm, Idea idea) { return append(pm.ideas, std::move(idea)); }

bool update_idea(PostMortem& pm, std::size_t index, Idea idea) {
  return replace_at(pm.ideas, index, std::move(idea));
}

bool remove_idea(PostMortem& pm, std::size_t index) { return erase_at(pm.ideas, index); }

std::optional<std::string> promote_idea(PostMortem& pm, std::size_t index) {
  if (index >= pm.ideas.size() || is_blank(pm.ideas[index].text)) return std::nullopt;
  ActionItem action;
  action.action = pm.ideas[index].text;
  action.category = pm.ideas[index].category;
  erase_at(pm.ideas, index);
  return add_action(pm, std::move(action));
}

// --- Extra sections ---

std::size_t add_section(PostMortem& pm, ExtraSection section) {
  return append(pm.extra_sections, std::move(section));
}

bool set_section_title(PostMortem& pm, std::size_t index, std::string_view title) {
  if (index >= pm.extra_sections.size()) return false;
  pm.extra_sections[index].title = with_lf(title);
  return true;
}

bool set_section_body(PostMortem& pm, std::size_t index, std::string_view body) {
  if (index >= pm.extra_sections.size()) return false;
  pm.extra_sections[index].body = with_lf(body);
  return true;
}

bool remove_section(PostMortem& pm, std::size_t index) {
  return erase_at(pm.extra_sections, index);
}

bool move_section(PostMortem& pm, std::size_t from, std::size_t to) {
  return move_within(pm.extra_sections, from, to);
}

}  // namespace hindsight::core
