// lists_from_html(): reads a list written in HTML ("<ul><li>2017-01-24 16:00 - We notice ...
// </li>...</ul>", as blog posts converted from HTML keep them) as the Markdown list it shows, an
// item an <li>, so that its items are read as timeline entries or actions as a Markdown list's
// would be. A list stays HTML when it holds a list inside an item, words before its first item,
// an item with no text, paragraphs or line breaks, or markup other than text tags
// (html_paragraphs).
#pragma once

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::core {

void lists_from_html(MdBlock& root);

}  // namespace hindsight::core
