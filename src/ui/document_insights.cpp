#include "ui/document_insights.hpp"

namespace hindsight::ui {

std::vector<const core::Finding*> DocumentInsights::findings_for(std::string_view path) const {
  std::vector<const core::Finding*> found;
  for (const core::Finding& finding : findings) {
    const std::string_view at = finding.path;
    if (at == path ||
        (at.size() > path.size() && at.substr(0, path.size()) == path && at[path.size()] == '/'))
      found.push_back(&finding);
  }
  return found;
}

}  // namespace hindsight::ui
