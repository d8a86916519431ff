// The meeting's clock (docs/postmortem-workflow.md, Phase 2, 60-90 minutes): the agenda's time
// boxes, a timer per item that the facilitator starts, pauses and advances, and the time used
// against the plan.
// Contract: a timer is stored as times (AgendaItem::running_since and used_seconds), never as a
// ticking counter, so any reader with the same `now` computes the same clock; at most one item
// runs at a time, and it is always Meeting::current_item. The commands follow commands.hpp's
// contract: false means nothing changed.
#pragma once

#include <chrono>
#include <cstddef>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

// Time used by one item at `now` (its earlier runs plus the current run, if it runs).
std::chrono::seconds agenda_item_used(const AgendaItem& item, UtcSeconds now);
// Time used by the whole agenda at `now`, and the sum of its time boxes.
std::chrono::seconds agenda_used(const Meeting& meeting, UtcSeconds now);
std::chrono::minutes agenda_planned(const Meeting& meeting);
// Whether an item's timer runs, and whether the meeting is past its last item.
bool agenda_running(const Meeting& meeting);
bool agenda_finished(const Meeting& meeting);

// Starts (or resumes) the current item's timer; before the meeting starts, the first item's.
// The first start also records when the meeting was held, unless the team already set it.
bool start_agenda(PostMortem& pm, UtcSeconds now);
// Stops the running timer, keeping the time used.
bool pause_agenda(PostMortem& pm, UtcSeconds now);
// The current item is done and the next becomes current; its timer runs if the last one ran.
// After the last item the meeting is finished (current_item == agenda.size()).
bool advance_agenda(PostMortem& pm, UtcSeconds now);
// Makes `index` the current item (the running timer moves with it).
bool go_to_agenda_item(PostMortem& pm, std::size_t index, UtcSeconds now);
// Every timer back to zero and the meeting not started.
bool reset_agenda(PostMortem& pm);

// The facilitator restated the ground rules at `now` ("People Are Defensive During Meeting").
void record_ground_rules(PostMortem& pm, UtcSeconds now);

}  // namespace hindsight::core
