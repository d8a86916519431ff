// When each post-mortem is written, and what the user is told about it.
// Owns: per post-mortem, the revision last confirmed stored, the write in flight, whether it has
// changes not yet stored, and whether it is stuck (a conflict with another tab, a failed write).
// Contract: platform-free and clock-free (times come in as arguments). A change is written within
// a second: after kQuietSeconds without another change, and at the latest kLongestWait after the
// first unsaved change while typing goes on. At most one write per post-mortem is in flight, except
// when flushing (the page is going away), where a second write follows the first in the same
// queue. A post-mortem in conflict is never written until the user chooses which version to keep.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_save_cache.hpp"
#include "core/model/postmortem.hpp"
#include "storage/storage_types.hpp"

namespace hindsight::storage {

enum class SaveState { off, saved, saving, failed, conflict };

struct SaveStatus {
  SaveState state = SaveState::saved;
  std::string message;  // one line for the status bar and screen readers
};

class SaveTracker {
 public:
  static constexpr double kQuietSeconds = 0.4;
  static constexpr double kLongestWait = 0.9;
  static constexpr double kRetrySeconds = 10.0;  // after a failed write, unless changed again

  // Finds a post-mortem by id wherever it is (the library or the open document); null when gone.
  using Lookup = std::function<const core::PostMortem*(std::string_view id)>;

  // Storage is off for this page: nothing is ever written and the status says why.
  void turn_off(std::string reason);
  bool is_off() const { return off_; }
  // A record found stored at start-up, or adopted from another tab.
  void know_stored(const std::string& id, std::uint64_t revision);
  // The post-mortem `id` changed (or was created, or deleted) at `now`.
  void touched(const std::string& id, double now);

  // The writes due at `now`; `flush` writes every unsaved change at once.
  std::vector<Write> due_writes(double now, bool flush, const Lookup& lookup);
  // The write `id` will need, without issuing it: what the page journals synchronously at every
  // change, so a page closed before the write is made still keeps the change. Nothing when
  // storage is off, `id` is in conflict, or it is gone.
  std::optional<Write> pending_write(const std::string& id, const Lookup& lookup) const;
  // The earliest moment a write falls due, if any is waiting.
  std::optional<double> next_due() const;

  void written(const std::string& id, std::uint64_t revision);
  void failed(const std::string& id, std::string reason, bool quota, double now);
  // Another tab holds `stored_revision` (0: it removed the record); nothing more is written for
  // `id` until keep_mine() or take_stored().
  void conflict(const std::string& id, std::uint64_t stored_revision);
  // The user keeps this tab's version: it is written over the stored one.
  void keep_mine(const std::string& id, double now);
  // This tab now shows exactly what is stored at `revision` (0: nothing is stored).
  void take_stored(const std::string& id, std::uint64_t revision);

  std::uint64_t stored_revision(std::string_view id) const;
  bool has_unsaved(std::string_view id) const;
  bool has_unsaved() const;
  // Whether a write has been issued that storage has not yet confirmed or refused.
  bool writing() const;
  // Whether a change waits for its write to be issued (it stays so in a conflict, with storage
  // off, and until the retry after a failed write).
  bool unwritten() const;
  bool in_conflict(std::string_view id) const;
  // Revision 0 means nothing is stored for `id`; the first put happens after a write confirmed.
  bool any_written() const { return any_written_; }
  SaveStatus status() const;

 private:
  struct Entry {
    std::uint64_t stored = 0;  // confirmed stored (0: nothing stored)
    std::uint64_t issued = 0;  // the revision the last write in flight will store
    int in_flight = 0;
    std::optional<double> first_change, last_change;  // unsaved changes since
    std::optional<double> retry_at;
    bool conflict = false;
    std::uint64_t conflict_revision = 0;
    std::string failure;  // the last write's failure, until a write succeeds
    bool quota = false;
  };
  std::optional<double> due_at(const Entry& entry) const;
  // record_text(postmortem), where what was written for it before is reused where unchanged
  // (a long post-mortem is saved every second while someone types, and journaled more often).
  std::string text_of(const core::PostMortem& postmortem) const;

  std::map<std::string, Entry, std::less<>> entries_;
  // Why mutable: a cache of text already written, which pending_write() may fill.
  mutable std::map<std::string, core::JsonSaveCache, std::less<>> texts_;
  bool off_ = false;
  std::string off_reason_;
  bool any_written_ = false;
};

}  // namespace hindsight::storage
