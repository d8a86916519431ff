// The lints' parts, one module each, for lint() to run and order (internal to the lints):
//   lint_fields       every field a finding can name, in the model's order
//   lint_blameless    blameless language in every prose, list and text field (lint.hpp)
//   lint_root_causes  the Phase 3 "Avoid" list: human error, a single cause, no process cause,
//                     shallow 5 Whys, no causes, uncertainty with no follow-up
//   lint_actions      Phase 4: vague actions, too many actions, no high-priority prevention
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

// Every path a finding may name, the document ("") first, then in the order of postmortem.hpp.
std::vector<LintField> lint_fields(const PostMortem& postmortem);

void lint_root_causes(const PostMortem& postmortem, std::vector<Finding>& findings);
void lint_actions(const PostMortem& postmortem, std::vector<Finding>& findings);
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
