#include "support/large_postmortem.hpp"

#include <string>

#include "core/model/commands.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"

namespace hindsight::testing {

core::PostMortem large_postmortem(std::size_t events, std::size_t actions) {
  const core::UtcSeconds start = *core::parse_iso8601("2024-03-04T09:00:00Z");
  core::PostMortem pm = core::new_postmortem("pm-large", "Regional storage outage", start);
  pm.incident.date = "2024-03-04";
  constexpr core::EventKind kinds[] = {core::EventKind::Detected,   core::EventKind::Acknowledged,
                                       core::EventKind::Note,       core::EventKind::Communication,
                                       core::EventKind::Mitigated,  core::EventKind::Note,
                                       core::EventKind::FixApplied, core::EventKind::Resolved};
  for (std::size_t i = 0; i < events; ++i) {
    core::TimelineEvent event;
    if (i % 97 != 13) event.at = start + std::chrono::seconds(25 * i);  // three days of events
    event.kind = kinds[i % std::size(kinds)];
    event.text = "Replica " + std::to_string(i % 40) + " reported lag of " +
                 std::to_string(i % 900) + " ms while the rebalancer moved shard " +
                 std::to_string(i);
    event.source = i % 3 ? "storage-monitor" : "#inc-storage";
    pm.timeline.push_back(std::move(event));
  }
  for (std::size_t i = 0; i < actions; ++i) {
    core::ActionItem action;
    action.action = "Alert when replica lag on shard group " + std::to_string(i) +
                    " exceeds 500 ms for 5 minutes";
    action.owner = "storage-team";
    action.due = "2024-04-01";
    core::add_action(pm, std::move(action));
  }
  return pm;
}

}  // namespace hindsight::testing
