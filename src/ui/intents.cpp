#include "ui/intents.hpp"

namespace hindsight::ui {

std::string apply_intents(core::Library& library, const Intents& intents, core::UtcSeconds now,
                          std::uint64_t random_bits) {
  std::string status;
  if (!intents.delete_postmortem_id.empty()) {
    const core::PostMortem* doomed = core::find_postmortem(library, intents.delete_postmortem_id);
    if (doomed) {
      status = "Deleted " + doomed->incident.title;
      core::delete_postmortem(library, intents.delete_postmortem_id);
    }
  }
  if (intents.create_postmortem) {
    const core::PostMortem& created =
        core::create_postmortem(library, core::make_postmortem_id(random_bits), now);
    status = "Created " + created.incident.title;
  }
  return status;
}

}  // namespace hindsight::ui
