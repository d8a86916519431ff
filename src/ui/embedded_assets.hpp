// Documents the app carries inside the program, compiled in by scripts/embed_bytes.py (see
// cmake/Assets.cmake), so opening one needs no file, no network and no core: the bytes are the
// file in assets/, exactly.
#pragma once

#include <string_view>

namespace hindsight::assets {

// assets/sample-postmortem.md: the workflow's own example incident, complete through all five
// phases, in the Markdown Hindsight exports. The app reads it with core::import_markdown.
std::string_view sample_postmortem_markdown();

}  // namespace hindsight::assets
