#include "storage/save_tracker.hpp"

#include <algorithm>

#include "storage/stored_record.hpp"

namespace hindsight::storage {

void SaveTracker::turn_off(std::string reason) {
  off_ = true;
  off_reason_ = std::move(reason);
}

void SaveTracker::know_stored(const std::string& id, std::uint64_t revision) {
  Entry& entry = entries_[id];
  entry.stored = entry.issued = revision;
}

void SaveTracker::touched(const std::string& id, double now) {
  Entry& entry = entries_[id];
  if (!entry.first_change) entry.first_change = now;
  entry.last_change = now;
  entry.retry_at.reset();
}

std::optional<double> SaveTracker::due_at(const Entry& entry) const {
  if (off_ || entry.conflict || !entry.last_change || entry.in_flight > 0) return std::nullopt;
  const double due =
      std::min(*entry.last_change + kQuietSeconds, *entry.first_change + kLongestWait);
  return entry.retry_at ? std::max(due, *entry.retry_at) : due;
}

std::string SaveTracker::text_of(const core::PostMortem& postmortem) const {
  return texts_[postmortem.id].save(postmortem);
}

std::vector<Write> SaveTracker::due_writes(double now, bool flush, const Lookup& lookup) {
  std::vector<Write> writes;
  if (off_) return writes;
  for (auto& [id, entry] : entries_) {
    if (!entry.last_change || entry.conflict) continue;
    if (!flush) {
      const std::optional<double> due = due_at(entry);
      if (!due || *due > now) continue;
    }
    Write write;
    write.id = id;
    write.base_revision = entry.issued;
    if (const core::PostMortem* postmortem = lookup(id)) {
      write.kind = Write::Kind::put;
      write.revision = entry.issued + 1;
      write.text = text_of(*postmortem);
      write.summary = record_summary(*postmortem, write.revision);
    } else if (entry.issued == 0) {
      entry.first_change.reset();  // created and deleted before it was ever stored
      entry.last_change.reset();
      continue;
    } else {
      write.kind = Write::Kind::remove;
      texts_.erase(id);
    }
    entry.issued = write.revision;
    ++entry.in_flight;
    entry.first_change.reset();
    entry.last_change.reset();
    writes.push_back(std::move(write));
  }
  return writes;
}

std::optional<Write> SaveTracker::pending_write(const std::string& id, const Lookup& lookup) const {
  const auto found = entries_.find(id);
  if (off_ || found == entries_.end() || found->second.conflict) return std::nullopt;
  const core::PostMortem* postmortem = lookup(id);
  if (!postmortem) return std::nullopt;
  const Entry& entry = found->second;
  Write write;
  write.id = id;
  write.base_revision = entry.issued;
  write.revision = entry.issued + 1;
  write.text = text_of(*postmortem);
  write.summary = record_summary(*postmortem, write.revision);
  return write;
}

std::optional<double> SaveTracker::next_due() const {
  std::optional<double> next;
  for (const auto& [id, entry] : entries_)
    if (const std::optional<double> due = due_at(entry); due && (!next || *due < *next)) next = due;
  return next;
}

void SaveTracker::written(const std::string& id, std::uint64_t revision) {
  Entry& entry = entries_[id];
  entry.stored = revision;
  entry.in_flight = std::max(0, entry.in_flight - 1);
  if (entry.in_flight == 0) entry.issued = revision;
  entry.failure.clear();
  entry.quota = false;
  any_written_ = true;
}

void SaveTracker::failed(const std::string& id, std::string reason, bool quota, double now) {
  Entry& entry = entries_[id];
  entry.in_flight = std::max(0, entry.in_flight - 1);
  entry.issued = entry.stored;
  entry.failure = std::move(reason);
  entry.quota = quota;
  // The change is still unsaved: it is tried again on the next change, on a flush, or later.
  if (!entry.last_change) entry.first_change = entry.last_change = now;
  entry.retry_at = now + kRetrySeconds;
}

void SaveTracker::conflict(const std::string& id, std::uint64_t stored_revision) {
  Entry& entry = entries_[id];
  entry.in_flight = std::max(0, entry.in_flight - 1);
  entry.conflict = true;
  entry.conflict_revision = stored_revision;
  entry.issued = entry.stored;
}

void SaveTracker::keep_mine(const std::string& id, double now) {
  Entry& entry = entries_[id];
  entry.conflict = false;
  entry.stored = entry.issued = entry.conflict_revision;
  entry.first_change = entry.last_change = now;
  entry.retry_at.reset();
}

void SaveTracker::take_stored(const std::string& id, std::uint64_t revision) {
  Entry& entry = entries_[id];
  entry.conflict = false;
  entry.stored = entry.issued = revision;
  entry.first_change.reset();
  entry.last_change.reset();
  entry.retry_at.reset();
  entry.failure.clear();
  entry.quota = false;
  // Another version came in: its elements are written afresh. (The cache reuses an element's
  // text when it compares equal, and JSON numbers compare equal across forms: 1 and 1.0.)
  texts_.erase(id);
}

std::uint64_t SaveTracker::stored_revision(std::string_view id) const {
  const auto found = entries_.find(id);
  return found == entries_.end() ? 0 : found->second.stored;
}

bool SaveTracker::has_unsaved(std::string_view id) const {
  const auto found = entries_.find(id);
  if (found == entries_.end()) return false;
  const Entry& entry = found->second;
  return entry.last_change || entry.in_flight > 0 || entry.conflict;
}

bool SaveTracker::has_unsaved() const {
  return std::any_of(entries_.begin(), entries_.end(),
                     [this](const auto& item) { return has_unsaved(item.first); });
}

bool SaveTracker::writing() const {
  return std::any_of(entries_.begin(), entries_.end(),
                     [](const auto& item) { return item.second.in_flight > 0; });
}

bool SaveTracker::unwritten() const {
  return std::any_of(entries_.begin(), entries_.end(),
                     [](const auto& item) { return item.second.last_change.has_value(); });
}

bool SaveTracker::in_conflict(std::string_view id) const {
  const auto found = entries_.find(id);
  return found != entries_.end() && found->second.conflict;
}

SaveStatus SaveTracker::status() const {
  if (off_)
    return {SaveState::off, "Saving is off: " + off_reason_ +
                                " Your work stays in this tab; Export all keeps a copy."};
  bool saving = false;
  const Entry* failure = nullptr;
  for (const auto& [id, entry] : entries_) {
    if (entry.conflict)
      return {SaveState::conflict,
              "Not saved: another tab changed this post-mortem. Choose which version to keep."};
    if (!entry.failure.empty() && (!failure || entry.quota)) failure = &entry;
    saving = saving || entry.last_change || entry.in_flight > 0;
  }
  if (failure && failure->quota)
    return {SaveState::failed,
            "Not saved: this browser's storage for Hindsight is full. Download the Markdown or "
            "Export all to keep your work."};
  if (failure) return {SaveState::failed, "Not saved: " + failure->failure};
  if (saving) return {SaveState::saving, "Saving…"};
  return {SaveState::saved, "All changes saved"};
}

}  // namespace hindsight::storage
