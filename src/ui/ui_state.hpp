// Transient UI state that lives beside the library: the theme, open dialogs, fonts.
// Nothing here is part of a post-mortem; losing it loses no work.
#pragma once

#include <string>

#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace hindsight::ui {

struct UiState {
  Theme theme = Theme::dark;
  Theme applied_theme = Theme::light;  // differs from theme until the first frame applies it
  bool show_about = false;
  std::string confirm_delete_id;  // non-empty while the delete confirmation is open
  Fonts fonts;
};

}  // namespace hindsight::ui
