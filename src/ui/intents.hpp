// What the user asked for during one frame. Views fill this in; apply_intents turns it into core
// commands, so every change to the library passes through one place.
#pragma once

#include <cstdint>
#include <string>

#include "core/model/library.hpp"

namespace hindsight::ui {

struct Intents {
  bool create_postmortem = false;
  std::string delete_postmortem_id;
};

// Runs the commands the intents ask for. Returns a one-line status for the user (empty if nothing
// happened), e.g. "Created Untitled post-mortem 2".
std::string apply_intents(core::Library& library, const Intents& intents, core::UtcSeconds now,
                          std::uint64_t random_bits);

}  // namespace hindsight::ui
