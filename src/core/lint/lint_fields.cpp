// The fields lints name, walked in the order of postmortem.hpp. Paths use the model's member
// names ("/meeting/key_questions/1/notes"), as the JSON codec does; the text fields of the field
// table are walked from the table.
#include "core/lint/lint_checks.hpp"

namespace hindsight::core {
namespace {

class FieldWalk {
 public:
  void node(std::string path) { fields_.push_back({std::move(path), {}, false}); }
  void text(std::string path, std::string_view value) {
    fields_.push_back({std::move(path), value, true});
  }
  void list(const std::string& path, const std::vector<std::string>& entries) {
    node(path);
    for (std::size_t i = 0; i < entries.size(); ++i) text(field_path(path, i), entries[i]);
  }
  // Prose and lists of entries, which people write sentences in; lines and names are not read.
  void table(std::span<const ModelField> run, const PostMortem& postmortem) {
    for (const ModelField& field : run) {
      if (field.kind == FieldKind::Prose)
        text(std::string(field.path), text_of(field, postmortem));
      else if (field.kind == FieldKind::Entries)
        list(std::string(field.path), list_of(field, postmortem));
    }
  }
  std::vector<LintField> take() { return std::move(fields_); }

 private:
  std::vector<LintField> fields_;
};

void walk_meeting(const PostMortem& postmortem, FieldWalk& walk) {
  const Meeting& meeting = postmortem.meeting;
  walk.node("/meeting/held_at");
  walk.table(model_fields(FieldId::OpeningStatement, FieldId::OpeningStatement), postmortem);
  for (std::size_t i = 0; i < meeting.key_questions.size(); ++i)
    walk.text(field_path("/meeting/key_questions", i, "notes"), meeting.key_questions[i].notes);
  walk.table(model_fields(FieldId::WentWell, FieldId::ParkingLot), postmortem);
}

void walk_analysis(const PostMortem& postmortem, FieldWalk& walk) {
  const RootCauseAnalysis& analysis = postmortem.analysis;
  walk.table(model_fields(FieldId::RootCauseSummary, FieldId::RootCauseSummary), postmortem);
  for (std::size_t i = 0; i < analysis.five_whys.size(); ++i) {
    const FiveWhys& chain = analysis.five_whys[i];
    const std::string path = field_path("/analysis/five_whys", i);
    walk.text(field_path(path, "problem"), chain.problem);
    walk.list(field_path(path, "whys"), chain.whys);
    walk.text(field_path(path, "conclusion"), chain.conclusion);
  }
  walk.node("/analysis/root_causes");
  for (std::size_t i = 0; i < analysis.root_causes.size(); ++i)
    walk.text(field_path("/analysis/root_causes", i, "text"), analysis.root_causes[i].text);
  walk.table(model_fields(FieldId::FollowUpInvestigations, FieldId::FollowUpInvestigations),
             postmortem);
}

void walk_actions(const std::vector<ActionItem>& actions, FieldWalk& walk) {
  walk.node("/actions");
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const std::string path = field_path("/actions", i);
    walk.text(field_path(path, "action"), actions[i].action);
    walk.node(field_path(path, "owner"));
    walk.node(field_path(path, "due"));
  }
}

}  // namespace

std::vector<LintField> lint_fields(const PostMortem& postmortem) {
  FieldWalk walk;
  walk.node("");
  walk.table(model_fields(FieldId::Title, FieldId::Services), postmortem);
  walk.node("/timeline");
  for (std::size_t i = 0; i < postmortem.timeline.size(); ++i)
    walk.text(field_path("/timeline", i, "text"), postmortem.timeline[i].text);
  walk_meeting(postmortem, walk);
  walk_analysis(postmortem, walk);
  for (std::size_t i = 0; i < postmortem.ideas.size(); ++i)
    walk.text(field_path("/ideas", i, "text"), postmortem.ideas[i].text);
  walk_actions(postmortem.actions, walk);
  walk.table(model_fields(FieldId::ExecutiveSummary, FieldId::LessonsLearned), postmortem);
  for (std::size_t i = 0; i < postmortem.extra_sections.size(); ++i)
    walk.text(field_path("/extra_sections", i, "body"), postmortem.extra_sections[i].body);
  return walk.take();
}

}  // namespace hindsight::core
