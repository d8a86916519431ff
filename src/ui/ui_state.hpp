// Transient UI state that is truly global: the theme, the open dialog, the fonts, and the counter
// that tells one edit of a text field from the next. Panels keep their own state as members.
// Nothing here is part of a post-mortem; losing it loses no work.
#pragma once

#include <cstdint>

#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace hindsight::ui {

struct UiState {
  Theme theme = Theme::dark;
  Theme applied_theme = Theme::light;  // differs from theme until the first frame applies it
  bool show_about = false;
  Fonts fonts;
  // Grows each time a text field gains focus: the merge key's session, so that typing into one
  // field is one undo step and focusing it again starts the next.
  std::uint64_t edit_session = 0;
};

}  // namespace hindsight::ui
