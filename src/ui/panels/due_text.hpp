// What a typed due date is: a calendar day (YYYY-MM-DD), nothing, a date that is not one
// ("2024-02-30", "20/01/2024": digits that fail as a day), or words that name no day ("next
// sprint", "Jan 20"). The action table stores days and words as written, and keeps a failed date
// in its cell with a message, out of the post-mortem.
// Contract: pure; no clock (a due date in the past is a matter for review, not for typing).
#pragma once

#include <string_view>

namespace hindsight::ui {

enum class DueKind { Empty, Day, NotADay, Words };

DueKind classify_due(std::string_view typed);

inline constexpr const char* kNotADayMessage = "Not a date: use YYYY-MM-DD, e.g. 2024-01-20";
inline constexpr const char* kWordsDueNote =
    "Kept as written, but it names no day: agree a date (YYYY-MM-DD) so the action can be "
    "followed up.";

}  // namespace hindsight::ui
