#include "ui/panels/workflow_guides.hpp"

namespace hindsight::ui {

std::array<std::string_view, 2> brainstorm_questions(core::ActionCategory category) {
  switch (category) {
    case core::ActionCategory::DetectionMonitoring:
      return {"What would have helped us find this sooner?", "What alerts were missing?"};
    case core::ActionCategory::Prevention:
      return {"What guardrails could prevent this?", "What automated checks would help?"};
    case core::ActionCategory::ResponseTools:
      return {"What slowed us down during response?", "What tools or runbooks would have helped?"};
    case core::ActionCategory::Communication:
      return {"How can we improve information flow?", "Who should have been notified differently?"};
    case core::ActionCategory::Documentation:
      return {"What knowledge was missing?", "What should we document for next time?"};
  }
  return {};
}

std::string_view priority_criterion(core::Priority priority) {
  switch (priority) {
    case core::Priority::High:
      return "High: Prevents recurrence of this exact issue";
    case core::Priority::Medium:
      return "Medium: Improves detection or response";
    case core::Priority::Low:
      return "Low: General improvements or nice-to-haves";
  }
  return {};
}

}  // namespace hindsight::ui
