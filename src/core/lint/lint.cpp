// lint(): runs every rule and orders the findings by the model's field order, then by offset and
// rule id, so the same post-mortem always gives the same list.
#include "core/lint/lint.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/lint/lint_checks.hpp"

namespace hindsight::core {
namespace {

void lint_blameless(const std::vector<LintField>& fields, LintMemo& memo,
                    std::vector<Finding>& findings) {
  for (const LintField& field : fields) {
    if (!field.is_text) continue;
    for (const Finding& finding : memo.blameless(field.text)) {
      findings.push_back(finding);
      findings.back().path = field.path;
    }
  }
}

void order_by_field(const std::vector<LintField>& fields, std::vector<Finding>& findings) {
  // Each finding's rank: its path's first place among the fields. Ranks are looked up only for
  // the paths findings name (a long post-mortem has thousands of fields and usually a few
  // findings), and all of them before the sort moves a finding, whose path the keys view.
  std::vector<std::pair<std::size_t, Finding>> ranked;
  ranked.reserve(findings.size());
  {
    std::unordered_map<std::string_view, std::size_t> rank;
    for (const Finding& f : findings) rank.emplace(f.path, fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (auto named = rank.find(fields[i].path); named != rank.end() && named->second > i)
        named->second = i;
    for (const Finding& f : findings) ranked.emplace_back(rank.at(f.path), Finding{});
  }
  for (std::size_t k = 0; k < findings.size(); ++k) ranked[k].second = std::move(findings[k]);
  using Key = std::tuple<std::size_t, const std::string&, std::size_t, const std::string&>;
  auto key = [](const std::pair<std::size_t, Finding>& r) {
    return Key(r.first, r.second.path, r.second.offset, r.second.rule);
  };
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const auto& a, const auto& b) { return key(a) < key(b); });
  for (std::size_t k = 0; k < findings.size(); ++k) findings[k] = std::move(ranked[k].second);
}

}  // namespace

const std::vector<Finding>& LintMemo::blameless(std::string_view text) {
  if (const auto now = current_.find(text); now != current_.end()) return now->second;
  // A text seen in the last run moves over whole, its key included.
  if (auto before = previous_.find(text); before != previous_.end())
    return current_.insert(previous_.extract(before)).position->second;
  return current_.emplace(std::string(text), lint_blameless_text(text)).first->second;
}

void LintMemo::end_run() {
  previous_ = std::move(current_);
  current_.clear();
}

std::vector<Finding> lint(const PostMortem& postmortem) {
  LintMemo memo;  // a text written twice is checked once
  return lint(postmortem, memo);
}

std::vector<Finding> lint(const PostMortem& postmortem, LintMemo& memo) {
  const std::vector<LintField> fields = lint_fields(postmortem);
  std::vector<Finding> findings;
  lint_blameless(fields, memo, findings);
  lint_root_causes(postmortem, findings);
  lint_actions(postmortem, findings);
  lint_practice(postmortem, findings);
  order_by_field(fields, findings);
  memo.end_run();
  return findings;
}

}  // namespace hindsight::core
