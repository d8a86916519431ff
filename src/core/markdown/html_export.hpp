// HTML export: the post-mortem as one standalone HTML page (for printing and for wikis that take
// HTML), rendered by md4c-html from the same Markdown document export_markdown() writes.
// Contract: a pure function of the post-mortem, like the Markdown export. The page never carries
// markup from the post-mortem's text: raw HTML in any field is rendered as escaped text, so a
// title or note holding "<script>" shows those characters and runs nothing, and a link to a
// "javascript:" (or "vbscript:", "data:") target keeps its text but loses the target.
#pragma once

#include <string>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

// A complete HTML5 document: doctype, UTF-8 charset, the incident title as <title>, a small inline
// style sheet, and the Markdown export (without its front matter) rendered as the body.
std::string export_html(const PostMortem& postmortem);

// markdown_file_name() with ".html" in place of ".md": "YYYY-MM-DD-slug.html".
std::string html_file_name(const PostMortem& postmortem);

}  // namespace hindsight::core
