// The lints' parts, one module each, for lint() to run and order (internal to the lints):
//   lint_fields       every field a finding can name, in the model's order
//   lint_blameless    blameless language in every prose, list and text field (lint.hpp)
//   lint_root_causes  the Phase 3 "Avoid" list: human error, a single cause, no process cause,
//                     shallow 5 Whys, no causes, uncertainty with no follow-up
//   lint_action       Phase 4: one action's wording, owner and due date
//   lint_action_list  Phase 4: too many actions, no high-priority prevention
//   lint_practice     Best practices: review within 48 hours, what went well recorded
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lint/lint.hpp"
#include "core/model/field_table.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::core {

struct LintField {
  std::string path;
  std::string_view text;  // the field's text; empty for lists and non-text fields
  bool is_text = false;   // prose, a list entry or a line of text that people write
};

// Every path a finding may name, the document ("") first, then in the order of postmortem.hpp;
// each path once. `first` and `count` give a window of that list: its fields from the first-th.
std::vector<LintField> lint_fields(const PostMortem& postmortem, std::size_t first = 0,
                                   std::size_t count = ~std::size_t{0});

void lint_root_causes(const PostMortem& postmortem, std::vector<Finding>& findings);
// The action at `index`, if it is open. Actions are checked one at a time so that a LintRun can
// stop between two of a thousand.
void lint_action(const PostMortem& postmortem, std::size_t index, std::vector<Finding>& findings);
void lint_action_list(const PostMortem& postmortem, std::vector<Finding>& findings);
void lint_practice(const PostMortem& postmortem, std::vector<Finding>& findings);

// The byte offset of "human error", "operator error" or "mistake" in a cause, if it names one.
std::optional<std::size_t> find_human_error(std::string_view text);

// Appends one finding: the shared shape of every rule's report.
inline void add(std::vector<Finding>& findings, std::string_view rule, std::string path,
                std::size_t offset, std::string message, std::string suggestion) {
  findings.push_back(
      {std::string(rule), std::move(path), offset, std::move(message), std::move(suggestion)});
}

inline bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\n") == std::string_view::npos;
}

}  // namespace hindsight::core
