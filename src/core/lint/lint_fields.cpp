// The fields lints name, walked in the order of postmortem.hpp. Paths use the model's member
// names ("/meeting/key_questions/1/notes"), as the JSON codec does.
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
    for (std::size_t i = 0; i < entries.size(); ++i)
      text(path + "/" + std::to_string(i), entries[i]);
  }
  std::vector<LintField> take() { return std::move(fields_); }

 private:
  std::vector<LintField> fields_;
};

std::string item(std::string_view list, std::size_t i) {
  return std::string(list) + "/" + std::to_string(i);
}

void walk_meeting(const Meeting& meeting, FieldWalk& walk) {
  walk.node("/meeting/held_at");
  walk.text("/meeting/opening_statement", meeting.opening_statement);
  for (std::size_t i = 0; i < meeting.key_questions.size(); ++i)
    walk.text(item("/meeting/key_questions", i) + "/notes", meeting.key_questions[i].notes);
  walk.list("/meeting/went_well", meeting.went_well);
  walk.list("/meeting/could_improve", meeting.could_improve);
  walk.list("/meeting/got_lucky", meeting.got_lucky);
  walk.list("/meeting/confusion", meeting.confusion);
  walk.list("/meeting/parking_lot", meeting.parking_lot);
}

void walk_analysis(const RootCauseAnalysis& analysis, FieldWalk& walk) {
  walk.text("/analysis/summary", analysis.summary);
  for (std::size_t i = 0; i < analysis.five_whys.size(); ++i) {
    const FiveWhys& chain = analysis.five_whys[i];
    const std::string path = item("/analysis/five_whys", i);
    walk.text(path + "/problem", chain.problem);
    walk.list(path + "/whys", chain.whys);
    walk.text(path + "/conclusion", chain.conclusion);
  }
  walk.node("/analysis/root_causes");
  for (std::size_t i = 0; i < analysis.root_causes.size(); ++i)
    walk.text(item("/analysis/root_causes", i) + "/text", analysis.root_causes[i].text);
  walk.list("/analysis/follow_up_investigations", analysis.follow_up_investigations);
}

void walk_actions(const std::vector<ActionItem>& actions, FieldWalk& walk) {
  walk.node("/actions");
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const std::string path = item("/actions", i);
    walk.text(path + "/action", actions[i].action);
    walk.node(path + "/owner");
    walk.node(path + "/due");
  }
}

}  // namespace

std::vector<LintField> lint_fields(const PostMortem& postmortem) {
  FieldWalk walk;
  walk.node("");
  walk.text("/incident/impact", postmortem.incident.impact);
  walk.node("/timeline");
  for (std::size_t i = 0; i < postmortem.timeline.size(); ++i)
    walk.text(item("/timeline", i) + "/text", postmortem.timeline[i].text);
  walk_meeting(postmortem.meeting, walk);
  walk_analysis(postmortem.analysis, walk);
  for (std::size_t i = 0; i < postmortem.ideas.size(); ++i)
    walk.text(item("/ideas", i) + "/text", postmortem.ideas[i].text);
  walk_actions(postmortem.actions, walk);
  walk.text("/executive_summary", postmortem.executive_summary);
  walk.text("/what_happened", postmortem.what_happened);
  walk.text("/lessons_learned", postmortem.lessons_learned);
  for (std::size_t i = 0; i < postmortem.extra_sections.size(); ++i)
    walk.text(item("/extra_sections", i) + "/body", postmortem.extra_sections[i].body);
  return walk.take();
}

}  // namespace hindsight::core
