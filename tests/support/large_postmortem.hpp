// A post-mortem as long as the biggest a team keeps: `events` timeline events over three days
// (every kind, some without a time) and `actions` action items, with seeded text. The UI tests
// and the frame benchmark open it to prove that long lists stay cheap.
#pragma once

#include <cstddef>

#include "core/model/postmortem.hpp"

namespace hindsight::testing {

core::PostMortem large_postmortem(std::size_t events, std::size_t actions);

}  // namespace hindsight::testing
