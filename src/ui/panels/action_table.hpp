// Actions, part 2: the action items as an editable table. Each row: priority (its colour, the
// selection criteria on hover), action, owner, due date, effort, status, ticket, triage and the
// root cause it addresses. Any column sorts the view (the list's own order is untouched; with no
// sort column the list order shows and rows can be moved). Enter in the last action's text adds
// the next. A due date is a day (YYYY-MM-DD) or words kept as written and flagged; digits that
// are not a day stay in the cell with a message, out of the post-mortem. The lints about a
// field (no owner, no due date, vague wording...) show as a marker in its cell, found by the
// finding's path, with the workflow's BAD to GOOD examples on hover.
// Widget labels carry the action's id ("##action A3", "##due A3", "...##row A3") so they stay
// the same when the view is sorted; lint markers are "Lint##/actions/<index>/<field>".
// Contract: draws and reports intents; never changes the model.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ui/panels/panel.hpp"

namespace hindsight::ui {

class ActionTable : public Panel {
 public:
  // Gives the text of action `id` keyboard focus on the next frame (an action just added).
  void focus_action(std::string id) { focus_action_ = std::move(id); }
  bool sorted() const { return sort_column_ >= 0; }

 protected:
  const char* name() const override { return "Action items"; }
  void draw_content(const FrameInput& input, UiState& state, FrameOutput& output) override;

 private:
  struct DueDraft {
    std::string text;  // as typed, while it is not a day
  };
  void read_sort();
  std::vector<std::size_t> view_order(const core::PostMortem& pm) const;
  void draw_row(const FrameInput& input, std::size_t row, UiState& state, FrameOutput& output);
  void draw_due(const FrameInput& input, std::size_t row, UiState& state, FrameOutput& output);

  int sort_column_ = -1;  // none: the list's order
  bool sort_descending_ = false;
  std::map<std::string, DueDraft> due_drafts_;  // by action id
  std::optional<std::string> focus_action_;
  std::string shown_id_;  // the post-mortem the drafts belong to
};

}  // namespace hindsight::ui
