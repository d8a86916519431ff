#include "core/json/root_cause_ids.hpp"

#include <set>
#include <string>

namespace hindsight::core {

void assign_root_cause_ids(std::vector<RootCause>& causes) {
  std::set<std::string> used;
  for (const RootCause& cause : causes)
    if (!cause.id.empty()) used.insert(cause.id);
  // Why compare whole ids rather than parse numbers: "R01" or "rc-1" written by hand are other
  // ids, and "R1" must still be free for a cause that has none.
  std::size_t next = 1;
  for (RootCause& cause : causes) {
    if (!cause.id.empty()) continue;
    while (used.count("R" + std::to_string(next)) > 0) ++next;
    cause.id = "R" + std::to_string(next++);
  }
}

}  // namespace hindsight::core
