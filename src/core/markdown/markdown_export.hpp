// Markdown export: the post-mortem as the workflow's Phase 5 document, in GitHub-flavoured
// Markdown with YAML front matter, ready for `docs/postmortems/` in git.
// Contract: the output is a pure function of the post-mortem (no clock, no locale), uses LF line
// ends, has no trailing spaces, and keeps a stable order, so a one-field edit is a one-line diff.
// import_markdown(export_markdown(p)) == p for every post-mortem that follows the value rules in
// postmortem.hpp, except the JSON-only `unknown` fields.
#pragma once

#include <string>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

std::string export_markdown(const PostMortem& postmortem);

// "YYYY-MM-DD-slug.md": the incident date (else the creation date) and the title in lowercase
// ASCII words joined by '-' (at most 60 characters; "postmortem" when nothing is left).
std::string markdown_file_name(const PostMortem& postmortem);

}  // namespace hindsight::core
