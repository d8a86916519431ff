#include "core/model/history.hpp"

#include <utility>

namespace hindsight::core {

History::History(PostMortem document, std::size_t depth)
    : current_(std::move(document)), depth_(depth) {}

bool History::apply(std::string label, const Command& command, std::optional<MergeKey> merge) {
  const bool joins = merge && open_merge_ == merge && !undo_.empty() && undo_.back().label == label;
  if (joins) {
    // The newest step already holds the state before this run of typing: no snapshot, which for
    // a long post-mortem would copy and compare megabytes on every keystroke.
    try {
      command(current_);
    } catch (...) {
      Step step = std::move(undo_.back());
      undo_.pop_back();
      current_ = std::move(step.state);
      revision_ = step.revision;
      open_merge_.reset();
      throw;
    }
    revision_ = ++last_revision_;
    return true;
  }
  PostMortem before = current_;
  try {
    command(current_);
  } catch (...) {
    current_ = std::move(before);
    throw;
  }
  if (current_ == before) return false;
  undo_.push_back({std::move(label), std::move(before), revision_});
  redo_.clear();
  open_merge_ = std::move(merge);
  revision_ = ++last_revision_;
  forget_oldest_steps();
  return true;
}

bool History::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  redo_.push_back(
      {std::move(step.label), std::exchange(current_, std::move(step.state)), revision_});
  revision_ = step.revision;
  open_merge_.reset();
  return true;
}

bool History::redo() {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  undo_.push_back(
      {std::move(step.label), std::exchange(current_, std::move(step.state)), revision_});
  revision_ = step.revision;
  open_merge_.reset();
  return true;
}

std::string History::undo_label() const {
  return undo_.empty() ? std::string() : "Undo " + undo_.back().label;
}

std::string History::redo_label() const {
  return redo_.empty() ? std::string() : "Redo " + redo_.back().label;
}

void History::mark_saved() {
  saved_revision_ = revision_;
  open_merge_.reset();
}

void History::forget_oldest_steps() {
  while (undo_.size() > depth_) undo_.pop_front();
}

}  // namespace hindsight::core
