// The post-mortem record as the library holds it.
// Owns: the fields every post-mortem has from the moment it is created. It knows nothing of how it
// is drawn, stored or exported; those live in ui/, platform/ and the codecs.
#pragma once

#include <chrono>
#include <string>

namespace hindsight::core {

using UtcSeconds = std::chrono::sys_seconds;

struct PostMortem {
  std::string id;     // stable for the post-mortem's whole life, e.g. "pm-3f9c0a1b2d4e5f60"
  std::string title;  // what the team calls the incident
  UtcSeconds created_at{};

  friend bool operator==(const PostMortem&, const PostMortem&) = default;
};

}  // namespace hindsight::core
