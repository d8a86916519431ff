// The fields lints name, walked in the order of postmortem.hpp. Paths use the model's member
// names ("/meeting/key_questions/1/notes"), as the JSON codec does; the text fields of the field
// table are walked from the table.
// Why a window: a lint run done a slice at a time (LintRun) asks for a few hundred fields per
// slice. The walk counts every field but builds the paths of the window's only, and steps over
// a list's items outside the window by arithmetic, so a window costs what it holds, not the
// whole document.
#include <concepts>

#include "core/lint/lint_checks.hpp"

namespace hindsight::core {
namespace {

class FieldWalk {
 public:
  FieldWalk(std::size_t first, std::size_t count) : first_(first), count_(count) {}

  template <std::invocable MakePath>
  void node(MakePath make_path) {
    if (inside()) fields_.push_back({make_path(), {}, false});
    ++ordinal_;
  }
  template <std::invocable MakePath>
  void text(MakePath make_path, std::string_view value) {
    if (inside()) fields_.push_back({make_path(), value, true});
    ++ordinal_;
  }
  void node(std::string_view path) {
    node([&] { return std::string(path); });
  }
  // `count` items of `fields_per_item` fields each, `walk_item(i)` walking item i: only the items
  // the window reaches are walked.
  template <class WalkItem>
  void items(std::size_t count, std::size_t fields_per_item, WalkItem walk_item) {
    const std::size_t start = ordinal_, end = ordinal_ + count * fields_per_item;
    std::size_t i = first_ > start ? (first_ - start) / fields_per_item : 0;
    ordinal_ = start + i * fields_per_item;
    for (; i < count && !past(); ++i) walk_item(i);
    ordinal_ = end;
  }
  void list(std::string_view path, const std::vector<std::string>& entries) {
    node(path);
    items(entries.size(), 1, [&](std::size_t i) {
      text([&] { return field_path(path, i); }, entries[i]);
    });
  }
  // Prose and lists of entries, which people write sentences in; lines and names are not read.
  void table(std::span<const ModelField> run, const PostMortem& postmortem) {
    for (const ModelField& field : run) {
      if (field.kind == FieldKind::Prose)
        text([&] { return std::string(field.path); }, text_of(field, postmortem));
      else if (field.kind == FieldKind::Entries)
        list(field.path, list_of(field, postmortem));
    }
  }
  std::vector<LintField> take() { return std::move(fields_); }

 private:
  bool inside() const { return ordinal_ >= first_ && ordinal_ - first_ < count_; }
  bool past() const { return ordinal_ >= first_ && ordinal_ - first_ >= count_; }

  std::size_t first_, count_;
  std::size_t ordinal_ = 0;  // the next field's place in the whole walk
  std::vector<LintField> fields_;
};

void walk_meeting(const PostMortem& postmortem, FieldWalk& walk) {
  const Meeting& meeting = postmortem.meeting;
  walk.node("/meeting/held_at");
  walk.table(model_fields(FieldId::OpeningStatement, FieldId::OpeningStatement), postmortem);
  walk.items(meeting.key_questions.size(), 1, [&](std::size_t i) {
    walk.text([&] { return field_path("/meeting/key_questions", i, "notes"); },
              meeting.key_questions[i].notes);
  });
  walk.table(model_fields(FieldId::WentWell, FieldId::ParkingLot), postmortem);
}

void walk_analysis(const PostMortem& postmortem, FieldWalk& walk) {
  const RootCauseAnalysis& analysis = postmortem.analysis;
  walk.table(model_fields(FieldId::RootCauseSummary, FieldId::RootCauseSummary), postmortem);
  // A chain's fields depend on its number of whys: chains are few, so each is walked.
  for (std::size_t i = 0; i < analysis.five_whys.size(); ++i) {
    const FiveWhys& chain = analysis.five_whys[i];
    const std::string path = field_path("/analysis/five_whys", i);
    walk.text([&] { return field_path(path, "problem"); }, chain.problem);
    walk.list(field_path(path, "whys"), chain.whys);
    walk.text([&] { return field_path(path, "conclusion"); }, chain.conclusion);
  }
  walk.node("/analysis/root_causes");
  walk.items(analysis.root_causes.size(), 1, [&](std::size_t i) {
    walk.text([&] { return field_path("/analysis/root_causes", i, "text"); },
              analysis.root_causes[i].text);
  });
  walk.table(model_fields(FieldId::FollowUpInvestigations, FieldId::FollowUpInvestigations),
             postmortem);
}

void walk_actions(const std::vector<ActionItem>& actions, FieldWalk& walk) {
  walk.node("/actions");
  walk.items(actions.size(), 3, [&](std::size_t i) {
    walk.text([&] { return field_path("/actions", i, "action"); }, actions[i].action);
    walk.node([&] { return field_path("/actions", i, "owner"); });
    walk.node([&] { return field_path("/actions", i, "due"); });
  });
}

}  // namespace

std::vector<LintField> lint_fields(const PostMortem& postmortem, std::size_t first,
                                   std::size_t count) {
  FieldWalk walk(first, count);
  walk.node("");
  walk.table(model_fields(FieldId::Title, FieldId::Services), postmortem);
  walk.node("/timeline");
  walk.items(postmortem.timeline.size(), 1, [&](std::size_t i) {
    walk.text([&] { return field_path("/timeline", i, "text"); }, postmortem.timeline[i].text);
  });
  walk_meeting(postmortem, walk);
  walk_analysis(postmortem, walk);
  walk.items(postmortem.ideas.size(), 1, [&](std::size_t i) {
    walk.text([&] { return field_path("/ideas", i, "text"); }, postmortem.ideas[i].text);
  });
  walk_actions(postmortem.actions, walk);
  walk.table(model_fields(FieldId::ActionsNotes, FieldId::LessonsLearned), postmortem);
  walk.items(postmortem.extra_sections.size(), 1, [&](std::size_t i) {
    walk.text([&] { return field_path("/extra_sections", i, "body"); },
              postmortem.extra_sections[i].body);
  });
  return walk.take();
}

}  // namespace hindsight::core
