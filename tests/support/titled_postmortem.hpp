// The smallest post-mortem the storage and library tests list: an id, a title and the default
// severity scale, nothing else.
#pragma once

#include <string>

#include "core/model/postmortem.hpp"
#include "core/model/seed_templates.hpp"

namespace hindsight::testing {

inline core::PostMortem titled_postmortem(const std::string& id, const std::string& title) {
  core::PostMortem pm;
  pm.id = id;
  pm.incident.title = title;
  pm.severity_scale = core::default_severity_scale();
  return pm;
}

}  // namespace hindsight::testing
