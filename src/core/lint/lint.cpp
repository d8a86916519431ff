// lint(): runs every rule and orders the findings by the model's field order, then by offset and
// rule id, so the same post-mortem always gives the same list. LintRun is lint() in slices: the
// action rules one action at a time, the other rules at once (they read a handful of fields),
// then the blameless-language rules and the fields' places a window of fields at a time, then
// the ordering. lint() is a LintRun stepped to its end.
#include "core/lint/lint.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/lint/lint_checks.hpp"

namespace hindsight::core {
namespace {

// Work units (about a byte of text compared each): what a step counts against its budget,
// measured natively over a post-mortem of 10,000 events and 1,000 actions (about 750 units a
// microsecond). A field costs its path and its place; checking a text for blameless language
// runs a few dozen rules over it; an action is split into words.
constexpr std::size_t kFieldUnits = 32;
constexpr std::size_t kCheckUnitsPerByte = 40;
constexpr std::size_t kCheckUnits = 400;
constexpr std::size_t kActionUnitsPerByte = 6;
constexpr std::size_t kActionUnits = 450;
constexpr std::size_t kRuleUnits = 2000;  // root causes and practice: a few short lists
// Fields materialised per window: enough to amortise the walk to the window, few enough that a
// window's paths cost well under a step.
constexpr std::size_t kWindow = 128;

// Orders findings by field place (the rank paired with each), then by path, offset and rule id;
// findings alike in all four keep the order they were found in.
void order_by_field(std::vector<std::pair<std::size_t, Finding>>& ranked) {
  using Key = std::tuple<std::size_t, const std::string&, std::size_t, const std::string&>;
  auto key = [](const std::pair<std::size_t, Finding>& r) {
    return Key(r.first, r.second.path, r.second.offset, r.second.rule);
  };
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const auto& a, const auto& b) { return key(a) < key(b); });
}

}  // namespace

// ---- LintMemo ------------------------------------------------------------------------------

void LintMemo::begin_run() {
  // A run left unfinished: each entry goes back where it came from in the last run (or after
  // the last run's, when it is new), so this run finds it again, at its place if nothing moved.
  for (std::unique_ptr<Entry>& entry : current_) {
    if (entry->place < previous_.size() && !previous_[entry->place]) {
      const std::size_t place = entry->place;
      previous_[place] = std::move(entry);
    } else {
      entry->place = previous_.size();
      previous_.push_back(std::move(entry));
    }
  }
  current_.clear();
  index_.clear();
  indexed_ = false;
  shift_ = 0;
  misses_ = 0;
}

LintMemo::Entry* LintMemo::near(std::size_t place, std::string_view text) {
  // At its place in the last run, or one later (a text was removed before it) or one earlier (a
  // text was added before it): the shift then applies to every later place.
  for (const std::ptrdiff_t step : {0, 1, -1}) {
    const std::ptrdiff_t at = static_cast<std::ptrdiff_t>(place) + shift_ + step;
    if (at < 0 || at >= std::ssize(previous_)) continue;
    std::unique_ptr<Entry>& candidate = previous_[static_cast<std::size_t>(at)];
    if (!candidate || candidate->text != text) continue;
    shift_ += step;
    current_.push_back(std::move(candidate));
    return current_.back().get();
  }
  ++misses_;
  return nullptr;
}

void LintMemo::build_index() {
  index_.reserve(previous_.size() + current_.size());
  for (const auto* run : {&previous_, &current_})
    for (const std::unique_ptr<Entry>& entry : *run)
      if (entry) index_.emplace(entry->text, entry.get());
  indexed_ = true;
}

LintMemo::Entry* LintMemo::elsewhere(std::size_t place, std::string_view text) {
  // An edited text misses once; texts sorted or moved miss one after another, and only then is
  // hashing every text cheaper than checking the moved ones again.
  constexpr std::size_t kMissesBeforeIndex = 8;
  if (!indexed_) {
    if (misses_ <= kMissesBeforeIndex) return nullptr;
    build_index();
  }
  const auto found = index_.find(text);
  if (found == index_.end()) return nullptr;
  Entry* entry = found->second;
  if (entry->place < previous_.size() && previous_[entry->place].get() == entry) {
    shift_ = static_cast<std::ptrdiff_t>(entry->place) - static_cast<std::ptrdiff_t>(place);
    current_.push_back(std::move(previous_[entry->place]));
  } else {  // this run's already, at another field: the same text written twice
    current_.push_back(std::make_unique<Entry>(Entry{entry->text, entry->findings, kNowhere}));
  }
  return current_.back().get();
}

const std::vector<Finding>& LintMemo::blameless(std::string_view text) {
  const std::size_t place = current_.size();
  if (place == 0) current_.reserve(previous_.size());
  if (Entry* entry = near(place, text)) return entry->findings;
  if (Entry* entry = elsewhere(place, text)) return entry->findings;
  current_.push_back(
      std::make_unique<Entry>(Entry{std::string(text), lint_blameless_text(text), kNowhere}));
  ++texts_linted_;
  Entry* entry = current_.back().get();
  if (indexed_) index_.emplace(entry->text, entry);
  return entry->findings;
}

void LintMemo::end_run() {
  index_.clear();  // first: its keys view texts about to be freed
  indexed_ = false;
  previous_ = std::move(current_);
  current_.clear();
  for (std::size_t place = 0; place < previous_.size(); ++place) previous_[place]->place = place;
  shift_ = 0;
  misses_ = 0;
}

// ---- LintRun -------------------------------------------------------------------------------

struct LintRun::State {
  State(const PostMortem& p, LintMemo& m) : postmortem(p), memo(m) {}

  enum class Stage { Actions, Rules, Fields, Done };
  static constexpr std::size_t kUnranked = std::numeric_limits<std::size_t>::max();

  std::size_t advance();
  std::size_t check_action();
  std::size_t check_rules();
  std::size_t check_field();
  std::size_t finish();

  const PostMortem& postmortem;
  LintMemo& memo;
  Stage stage = Stage::Actions;
  std::size_t action = 0;  // the next action to check
  // Each part's findings, kept apart to be joined in lint()'s order of parts: findings alike in
  // every sort key keep that order.
  std::vector<std::pair<std::size_t, Finding>> blameless;  // with their field's place
  std::vector<Finding> root_causes, actions, practice;
  // The first field place of each path the rules' findings name, learnt as the fields go by.
  std::unordered_map<std::string, std::size_t> rank;
  std::vector<LintField> window;  // the fields being checked
  std::size_t window_first = 0;   // the place of window[0] among all fields
  std::size_t window_next = 0;    // the next field of the window to check
  std::vector<Finding> findings;  // once done
};

std::size_t LintRun::State::advance() {
  switch (stage) {
    case Stage::Actions:
      return check_action();
    case Stage::Rules:
      return check_rules();
    case Stage::Fields:
      return check_field();
    case Stage::Done:
      break;
  }
  return 0;
}

std::size_t LintRun::State::check_action() {
  if (action == postmortem.actions.size()) {
    lint_action_list(postmortem, actions);
    stage = Stage::Rules;
    return kRuleUnits;
  }
  const std::size_t units =
      kActionUnits + kActionUnitsPerByte * postmortem.actions[action].action.size();
  lint_action(postmortem, action++, actions);
  return units;
}

std::size_t LintRun::State::check_rules() {
  lint_root_causes(postmortem, root_causes);
  lint_practice(postmortem, practice);
  for (const auto* part : {&root_causes, &actions, &practice})
    for (const Finding& finding : *part) rank.emplace(finding.path, kUnranked);
  stage = Stage::Fields;
  return kRuleUnits;
}

std::size_t LintRun::State::check_field() {
  if (window_next == window.size()) {
    window_first += window.size();
    window = lint_fields(postmortem, window_first, kWindow);
    window_next = 0;
    if (window.empty()) return finish();
  }
  const std::size_t place = window_first + window_next;
  const LintField& field = window[window_next++];
  if (!rank.empty())
    if (const auto named = rank.find(field.path); named != rank.end() && named->second > place)
      named->second = place;
  std::size_t units = kFieldUnits;
  if (!field.is_text) return units;
  const std::size_t linted = memo.texts_linted();
  for (const Finding& finding : memo.blameless(field.text)) {
    blameless.emplace_back(place, finding);
    blameless.back().second.path = field.path;
  }
  units += field.text.size();
  if (memo.texts_linted() != linted) units += kCheckUnits + kCheckUnitsPerByte * field.text.size();
  return units;
}

std::size_t LintRun::State::finish() {
  memo.end_run();
  const std::size_t field_count = window_first;  // a path no field has sorts after them all
  std::vector<std::pair<std::size_t, Finding>> ranked = std::move(blameless);
  for (auto* part : {&root_causes, &actions, &practice})
    for (Finding& finding : *part) {
      const std::size_t place = rank.at(finding.path);
      ranked.emplace_back(place == kUnranked ? field_count : place, std::move(finding));
    }
  order_by_field(ranked);
  findings.reserve(ranked.size());
  for (auto& [place, finding] : ranked) findings.push_back(std::move(finding));
  stage = Stage::Done;
  return kFieldUnits * ranked.size();
}

LintRun::LintRun(const PostMortem& postmortem, LintMemo& memo)
    : state_(std::make_unique<State>(postmortem, memo)) {
  memo.begin_run();
}

LintRun::~LintRun() = default;
LintRun::LintRun(LintRun&&) noexcept = default;
LintRun& LintRun::operator=(LintRun&&) noexcept = default;

bool LintRun::step(std::size_t budget) {
  std::size_t spent = 0;
  do {
    spent += state_->advance();
  } while (spent < budget && !done());
  return done();
}

bool LintRun::done() const { return state_->stage == State::Stage::Done; }

std::vector<Finding> LintRun::take() { return std::move(state_->findings); }

// ---- lint ----------------------------------------------------------------------------------

std::vector<Finding> lint(const PostMortem& postmortem) {
  LintMemo memo;  // a text written twice is checked once
  return lint(postmortem, memo);
}

std::vector<Finding> lint(const PostMortem& postmortem, LintMemo& memo) {
  LintRun run(postmortem, memo);
  while (!run.step(std::numeric_limits<std::size_t>::max())) {
  }
  return run.take();
}

}  // namespace hindsight::core
