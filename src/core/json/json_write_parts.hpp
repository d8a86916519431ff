// The pieces json_write.cpp writes a post-mortem from, for a writer that assembles the same text
// piece by piece (json_save_cache.cpp).
// Contract: to_json(p) is postmortem_json_without_lists(p) with "timeline" holding
// timeline_event_json of each event and "actions" action_json of each action, in order.
#pragma once

#include "core/model/postmortem.hpp"

namespace hindsight::core::json_detail {

Json timeline_event_json(const TimelineEvent& event);
Json action_json(const ActionItem& action);
// Everything but the two long lists, which hold empty arrays.
Json postmortem_json_without_lists(const PostMortem& postmortem);

}  // namespace hindsight::core::json_detail
