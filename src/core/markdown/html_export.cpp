#include "core/markdown/html_export.hpp"

#include <md4c-html.h>
#include <md4c.h>

#include <array>
#include <string_view>

#include "core/markdown/front_matter.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_tree.hpp"
#include "core/model/text.hpp"

namespace hindsight::core {
namespace {

// Print and wiki friendly: readable measure, bordered tables, no colours that waste toner.
constexpr std::string_view kStyleSheet =
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;line-height:1.5;"
    "color:#1f2328;max-width:60rem;margin:2rem auto;padding:0 1rem}\n"
    "table{border-collapse:collapse;margin:1rem 0}\n"
    "th,td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top}\n"
    "th:not([align]){text-align:left}\n"
    "th{background:#f6f8fa}\n"
    "code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;"
    "background:#f6f8fa}\n"
    "pre{padding:.75rem;overflow-x:auto}\n"
    "blockquote{margin:0;padding-left:1rem;border-left:.25rem solid #d0d7de;color:#57606a}\n"
    "hr{border:0;border-top:1px solid #d0d7de;margin:1.5rem 0}\n"
    ".task-list-item{list-style:none}\n"
    "@media print{body{max-width:none;margin:0}a{color:inherit}h1,h2,h3,h4{break-after:avoid}"
    "tr{break-inside:avoid}}\n";

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
        break;
    }
  }
}

// The export writes a line break inside a table cell or a one-line item as "<br>" (see
// escape_inline). With raw HTML off, md4c-html prints it as the text "&lt;br&gt;"; this turns
// exactly that text back into a break. Why here and not by allowing HTML: allowing it would let
// every other tag through too. Inside <code> the characters are the point, and inside a tag (a
// link title attribute) a tag would break the markup, so both are left alone. md4c-html escapes
// '<' and '>' in all text and attributes, so every raw '<' and '>' in its output is a tag's own.
std::string restore_line_breaks(std::string_view html) {
  static constexpr std::array<std::string_view, 3> kEscapedBreaks = {"&lt;br&gt;", "&lt;br/&gt;",
                                                                     "&lt;br /&gt;"};
  std::string out;
  out.reserve(html.size());
  bool in_tag = false, in_code = false;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::string_view rest = html.substr(i);
    if (rest.starts_with("<code")) in_code = true;
    if (rest.starts_with("</code>")) in_code = false;
    if (html[i] == '<') in_tag = true;
    if (html[i] == '>') in_tag = false;
    bool replaced = false;
    if (!in_tag && !in_code && html[i] == '&') {
      for (std::string_view form : kEscapedBreaks) {
        if (rest.starts_with(form)) {
          out += "<br>";
          i += form.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

// A link or image whose target runs script when followed loses the target. md4c-html checks no
// URL schemes; browsers run "javascript:" (any case) from a clicked link. Attribute values come
// out of md4c-html quoted with '"' and text has '"' escaped, so ` href="` starts a real one.
void drop_script_targets(std::string& html) {
  static constexpr std::array<std::string_view, 3> kSchemes = {"javascript:", "vbscript:", "data:"};
  for (std::string_view attribute : {std::string_view(" href=\""), std::string_view(" src=\"")}) {
    for (std::size_t at = html.find(attribute); at != std::string::npos;
         at = html.find(attribute, at + 1)) {
      const std::size_t value = at + attribute.size();
      const std::size_t end = html.find('"', value);
      if (end == std::string::npos) break;
      const std::string_view target = std::string_view(html).substr(value, end - value);
      for (std::string_view scheme : kSchemes) {
        if (starts_with_ci(target, scheme)) {
          html.erase(value, end - value);
          break;
        }
      }
    }
  }
}

void append_output(const MD_CHAR* text, MD_SIZE size, void* userdata) {
  static_cast<std::string*>(userdata)->append(text, size);
}

std::string render_body(std::string_view markdown) {
  std::string html;
  html.reserve(markdown.size() * 2);
  // The same GitHub dialect the importer reads (tables, strikethrough, task lists, permissive
  // autolinks), with raw HTML rendered as text.
  if (md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append_output, &html,
              markdown_parser_flags() | MD_FLAG_NOHTML, 0) != 0) {
    // md4c gave up (out of memory): the document as its Markdown text, so nothing is lost.
    html = "<pre>";
    append_escaped(html, markdown);
    return html + "</pre>\n";
  }
  html = restore_line_breaks(html);
  drop_script_targets(html);
  return html;
}

}  // namespace

std::string export_html(const PostMortem& postmortem) {
  const std::string markdown = export_markdown(postmortem);
  std::string_view body = markdown;
  body.remove_prefix(read_front_matter(body).end);
  while (body.starts_with('\n')) body.remove_prefix(1);

  std::string page = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_escaped(page, postmortem.incident.title.empty() ? std::string_view("Post-mortem")
                                                         : postmortem.incident.title);
  page += "</title>\n<style>\n";
  page += kStyleSheet;
  page += "</style>\n</head>\n<body>\n";
  page += render_body(body);
  page += "</body>\n</html>\n";
  return page;
}

std::string html_file_name(const PostMortem& postmortem) {
  std::string name = markdown_file_name(postmortem);
  name.replace(name.size() - 3, 3, ".html");  // markdown_file_name always ends in ".md"
  return name;
}

}  // namespace hindsight::core
