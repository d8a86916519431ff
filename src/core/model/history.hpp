// History: the post-mortem being edited, with undo and redo of every change made through it.
// Owns the current PostMortem; every change goes through apply(), so nothing changes it behind
// the history's back.
// Contract: undo and redo restore the post-mortem exactly, field for field; an apply that leaves
// the post-mortem equal to what it was records nothing and keeps redo. History never saves,
// draws or reads the clock.
//
// Each undo step keeps a whole copy of the post-mortem as it was before the step (a snapshot),
// and each redo step the copy as it was after. Snapshots are simple and always exact, whatever
// a command touched; the cost is memory (depth times the post-mortem's size), which the depth
// limit bounds. A typical post-mortem is tens of kilobytes of text, so the default depth of 200
// stays within a few megabytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

using Command = std::function<void(PostMortem&)>;

// Names one continuous edit of one text field, so that typing a word is one undo step.
struct MergeKey {
  std::string field;          // the field typed into: "/incident/title", "/actions/A3/action"
  std::uint64_t session = 0;  // one edit of it, e.g. one focus of its text box
  friend bool operator==(const MergeKey&, const MergeKey&) = default;
};

class History {
 public:
  static constexpr std::size_t kDefaultDepth = 200;

  // `depth` is how many steps can be undone; older steps are forgotten.
  explicit History(PostMortem document, std::size_t depth = kDefaultDepth);

  const PostMortem& document() const { return current_; }

  // Runs `command` on the post-mortem and records it as one undo step named `label` ("Add
  // event"). Returns whether the post-mortem changed; a change clears redo. The change joins the
  // newest undo step instead of making a new one when both carry the same label and merge key
  // and nothing was undone, redone or saved since that step; such a change takes no snapshot, so
  // it is not compared either: it counts as a change (a new revision) even when it changed
  // nothing. If `command` throws, the post-mortem is restored and the exception passed on; a
  // joining change restores the state before the step it joined, and that step is dropped.
  bool apply(std::string label, const Command& command,
             std::optional<MergeKey> merge = std::nullopt);

  bool undo();  // false when there is nothing to undo
  bool redo();  // false when there is nothing to redo
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  std::string undo_label() const;  // "Undo Add event", or "" when there is nothing to undo
  std::string redo_label() const;  // "Redo Add event", or "" when there is nothing to redo
  std::size_t undo_count() const { return undo_.size(); }
  std::size_t redo_count() const { return redo_.size(); }

  // Names the post-mortem's current state: every change made by apply gets a number never used
  // before; undo and redo bring back the number the restored state had. It changes on every
  // apply, undo and redo that changes the post-mortem, so autosave can watch it. A new history
  // starts at 0.
  std::uint64_t revision() const { return revision_; }

  void mark_saved();  // the current state is what storage holds
  bool is_dirty() const { return revision_ != saved_revision_; }

 private:
  struct Step {
    std::string label;
    PostMortem state;  // the post-mortem on the other side of the step
    std::uint64_t revision = 0;
  };

  void forget_oldest_steps();

  PostMortem current_;
  std::size_t depth_;
  std::deque<Step> undo_;               // oldest first; each holds the state before its change
  std::vector<Step> redo_;              // next redo last; each holds the state after its change
  std::optional<MergeKey> open_merge_;  // the newest undo step's key while it can still grow
  std::uint64_t revision_ = 0;
  std::uint64_t last_revision_ = 0;
  std::uint64_t saved_revision_ = 0;
};

}  // namespace hindsight::core
