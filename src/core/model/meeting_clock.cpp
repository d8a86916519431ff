#include "core/model/meeting_clock.hpp"

#include <algorithm>

namespace hindsight::core {
namespace {

using std::chrono::seconds;

AgendaItem* current(Meeting& meeting) {
  const int index = meeting.current_item;
  if (index < 0 || static_cast<std::size_t>(index) >= meeting.agenda.size()) return nullptr;
  return &meeting.agenda[static_cast<std::size_t>(index)];
}

// Folds the running time into used_seconds and stops the timer. A clock that went backwards
// (another machine's time, a corrected clock) adds nothing rather than a negative time.
void stop(AgendaItem& item, UtcSeconds now) {
  if (!item.running_since) return;
  item.used_seconds +=
      static_cast<int>(std::max<seconds::rep>(0, (now - *item.running_since).count()));
  item.running_since.reset();
}

}  // namespace

seconds agenda_item_used(const AgendaItem& item, UtcSeconds now) {
  seconds used{item.used_seconds};
  if (item.running_since && now > *item.running_since) used += now - *item.running_since;
  return used;
}

seconds agenda_used(const Meeting& meeting, UtcSeconds now) {
  seconds used{0};
  for (const AgendaItem& item : meeting.agenda) used += agenda_item_used(item, now);
  return used;
}

std::chrono::minutes agenda_planned(const Meeting& meeting) {
  std::chrono::minutes planned{0};
  for (const AgendaItem& item : meeting.agenda) planned += std::chrono::minutes{item.minutes};
  return planned;
}

bool agenda_running(const Meeting& meeting) {
  return std::any_of(meeting.agenda.begin(), meeting.agenda.end(),
                     [](const AgendaItem& item) { return item.running_since.has_value(); });
}

bool agenda_finished(const Meeting& meeting) {
  return !meeting.agenda.empty() && meeting.current_item >= static_cast<int>(meeting.agenda.size());
}

bool start_agenda(PostMortem& pm, UtcSeconds now) {
  Meeting& meeting = pm.meeting;
  if (meeting.agenda.empty() || agenda_finished(meeting)) return false;
  AgendaItem* item = meeting.current_item < 0 ? &meeting.agenda.front() : current(meeting);
  if (item->running_since) return false;
  if (meeting.current_item < 0) meeting.current_item = 0;
  if (!meeting.held_at) meeting.held_at = now;  // the meeting is being held now
  item->running_since = now;
  return true;
}

bool pause_agenda(PostMortem& pm, UtcSeconds now) {
  AgendaItem* item = current(pm.meeting);
  if (!item || !item->running_since) return false;
  stop(*item, now);
  return true;
}

bool advance_agenda(PostMortem& pm, UtcSeconds now) {
  Meeting& meeting = pm.meeting;
  if (meeting.agenda.empty() || agenda_finished(meeting)) return false;
  AgendaItem* item = current(meeting);
  const bool was_running = item && item->running_since;
  if (item) stop(*item, now);
  meeting.current_item = std::max(meeting.current_item, -1) + 1;
  if (AgendaItem* next = current(meeting); next && was_running) next->running_since = now;
  return true;
}

bool go_to_agenda_item(PostMortem& pm, std::size_t index, UtcSeconds now) {
  Meeting& meeting = pm.meeting;
  if (index >= meeting.agenda.size() || static_cast<int>(index) == meeting.current_item)
    return false;
  AgendaItem* item = current(meeting);
  const bool was_running = item && item->running_since;
  if (item) stop(*item, now);
  meeting.current_item = static_cast<int>(index);
  if (was_running) meeting.agenda[index].running_since = now;
  return true;
}

bool reset_agenda(PostMortem& pm) {
  Meeting& meeting = pm.meeting;
  const bool untouched =
      meeting.current_item == -1 &&
      std::all_of(meeting.agenda.begin(), meeting.agenda.end(), [](const AgendaItem& item) {
        return item.used_seconds == 0 && !item.running_since;
      });
  if (untouched) return false;
  for (AgendaItem& item : meeting.agenda) {
    item.used_seconds = 0;
    item.running_since.reset();
  }
  meeting.current_item = -1;
  return true;
}

void record_ground_rules(PostMortem& pm, UtcSeconds now) {
  pm.meeting.ground_rules_restated.push_back(now);
}

}  // namespace hindsight::core
