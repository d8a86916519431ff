#include "ui/widgets/markdown_blocks.hpp"

#include <md4c.h>

#include <algorithm>
#include <array>
#include <string>

#include "core/markdown/markdown_tree.hpp"

namespace hindsight::ui::markdown {
namespace {

struct DotEmoji {
  std::string_view utf8;
  Dot dot;
};
// U+1F534 🔴, U+1F7E0 🟠, U+1F7E1 🟡, U+1F7E2 🟢, U+1F535 🔵, U+1F7E3 🟣, U+1F7E4 🟤,
// U+26AB ⚫, U+26AA ⚪. Why: the UI font has no emoji, and the workflow marks priorities with these.
constexpr std::array<DotEmoji, 9> kDots = {{
    {"\xF0\x9F\x94\xB4", Dot::red},
    {"\xF0\x9F\x9F\xA0", Dot::orange},
    {"\xF0\x9F\x9F\xA1", Dot::yellow},
    {"\xF0\x9F\x9F\xA2", Dot::green},
    {"\xF0\x9F\x94\xB5", Dot::blue},
    {"\xF0\x9F\x9F\xA3", Dot::purple},
    {"\xF0\x9F\x9F\xA4", Dot::brown},
    {"\xE2\x9A\xAB", Dot::black},
    {"\xE2\x9A\xAA", Dot::white},
}};

struct List {
  bool ordered = false;
  bool tight = false;
  unsigned next = 1;
  char delimiter = '.';
};

class Builder {
 public:
  Document doc;

  void enter(MD_BLOCKTYPE type, void* detail) {
    // Text of a tight list item arrives with no paragraph around it; any block that opens
    // inside the item ends that implicit paragraph.
    target_ = nullptr;
    switch (type) {
      case MD_BLOCK_QUOTE:
        ++quote_;
        break;
      case MD_BLOCK_UL: {
        const auto* d = static_cast<const MD_BLOCK_UL_DETAIL*>(detail);
        lists_.push_back(List{false, d->is_tight != 0, 1, '.'});
        break;
      }
      case MD_BLOCK_OL: {
        const auto* d = static_cast<const MD_BLOCK_OL_DETAIL*>(detail);
        lists_.push_back(List{true, d->is_tight != 0, d->start, d->mark_delimiter});
        break;
      }
      case MD_BLOCK_LI:
        enter_item(static_cast<const MD_BLOCK_LI_DETAIL*>(detail));
        break;
      case MD_BLOCK_HR:
        open_block(BlockKind::rule);
        break;
      case MD_BLOCK_H:
        open_block(BlockKind::heading).level =
            static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
        target_ = &doc.blocks.back().spans;
        break;
      case MD_BLOCK_CODE:
        open_block(BlockKind::code);
        target_ = &doc.blocks.back().spans;
        break;
      case MD_BLOCK_HTML:  // shown as the text it is, lines kept
        html_block_ = true;
        open_block(BlockKind::paragraph);
        target_ = &doc.blocks.back().spans;
        break;
      case MD_BLOCK_P:
        open_block(BlockKind::paragraph);
        target_ = &doc.blocks.back().spans;
        break;
      case MD_BLOCK_TABLE:
        open_block(BlockKind::table).table = static_cast<int>(doc.tables.size());
        doc.tables.emplace_back();
        break;
      case MD_BLOCK_TR:
        doc.tables.back().rows.emplace_back();
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        enter_cell(static_cast<const MD_BLOCK_TD_DETAIL*>(detail));
        break;
      default:
        break;
    }
  }

  void leave(MD_BLOCKTYPE type) {
    target_ = nullptr;
    html_block_ = false;
    switch (type) {
      case MD_BLOCK_QUOTE:
        --quote_;
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        lists_.pop_back();
        break;
      case MD_BLOCK_LI:
        pending_marker_.clear();
        pending_task_ = Task::none;
        break;
      default:
        break;
    }
  }

  void enter_span(MD_SPANTYPE type, void* detail) {
    switch (type) {
      case MD_SPAN_EM:
        ++emphasis_;
        break;
      case MD_SPAN_STRONG:
        ++strong_;
        break;
      case MD_SPAN_DEL:
        ++strike_;
        break;
      case MD_SPAN_CODE:
        ++code_;
        break;
      case MD_SPAN_A:
        push_link(static_cast<const MD_SPAN_A_DETAIL*>(detail)->href);
        break;
      // An image shows its alt text as a link to its source: the preview loads nothing.
      case MD_SPAN_IMG:
        push_link(static_cast<const MD_SPAN_IMG_DETAIL*>(detail)->src);
        break;
      default:
        break;
    }
  }

  void leave_span(MD_SPANTYPE type) {
    switch (type) {
      case MD_SPAN_EM:
        --emphasis_;
        break;
      case MD_SPAN_STRONG:
        --strong_;
        break;
      case MD_SPAN_DEL:
        --strike_;
        break;
      case MD_SPAN_CODE:
        --code_;
        break;
      case MD_SPAN_A:
      case MD_SPAN_IMG:
        links_.pop_back();
        break;
      default:
        break;
    }
  }

  void text(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_BR:
        append("\n");
        break;
      case MD_TEXT_SOFTBR:
        append(" ");
        break;
      case MD_TEXT_NULLCHAR:
        append("\xEF\xBF\xBD");
        break;
      case MD_TEXT_ENTITY: {
        std::string decoded;
        core::append_entity(decoded, text);
        append(decoded);
        break;
      }
      case MD_TEXT_HTML:
        append(!html_block_ && (text == "<br>" || text == "<br/>" || text == "<br />") ? "\n"
                                                                                       : text);
        break;
      case MD_TEXT_CODE:
        // Code blocks keep their text whole; in code spans md4c reports line ends as text.
        if (!doc.blocks.empty() && target_ == &doc.blocks.back().spans &&
            doc.blocks.back().kind == BlockKind::code)
          append_plain(text, 0, Dot::red);
        else
          append(text == "\n" ? " " : text);
        break;
      default:
        append(text);
        break;
    }
  }

 private:
  Block& open_block(BlockKind kind) {
    Block& block = doc.blocks.emplace_back();
    block.kind = kind;
    block.depth = static_cast<int>(lists_.size());
    block.quote = quote_;
    block.tight = !lists_.empty() && lists_.back().tight;
    block.marker = std::move(pending_marker_);
    block.task = pending_task_;
    pending_marker_.clear();
    pending_task_ = Task::none;
    return block;
  }

  void enter_item(const MD_BLOCK_LI_DETAIL* detail) {
    if (lists_.empty()) return;
    List& list = lists_.back();
    pending_marker_ =
        list.ordered ? std::to_string(list.next++) + std::string(1, list.delimiter) : kBullet;
    pending_task_ = detail->is_task == 0       ? Task::none
                    : detail->task_mark == ' ' ? Task::open
                                               : Task::done;
  }

  void enter_cell(const MD_BLOCK_TD_DETAIL* detail) {
    Table& table = doc.tables.back();
    auto& row = table.rows.back();
    if (table.rows.size() == 1) {
      table.align.push_back(detail->align == MD_ALIGN_CENTER  ? Align::center
                            : detail->align == MD_ALIGN_RIGHT ? Align::right
                                                              : Align::left);
    }
    target_ = &row.emplace_back();
  }

  void push_link(const MD_ATTRIBUTE& attribute) {
    std::string href;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
      const std::string_view part(attribute.text + attribute.substr_offsets[i],
                                  attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]);
      if (attribute.substr_types[i] == MD_TEXT_ENTITY)
        core::append_entity(href, part);
      else if (attribute.substr_types[i] == MD_TEXT_NULLCHAR)
        href += "\xEF\xBF\xBD";
      else
        href += part;
    }
    links_.push_back(static_cast<int>(doc.links.size()));
    doc.links.push_back(std::move(href));
  }

  std::uint8_t style() const {
    std::uint8_t s = 0;
    if (strong_ > 0) s |= kStrong;
    if (emphasis_ > 0) s |= kEmphasis;
    if (strike_ > 0) s |= kStrike;
    if (code_ > 0) s |= kCode;
    if (!links_.empty()) s |= kLink;
    return s;
  }

  // Text in the current style, with circle emoji split out as dots.
  void append(std::string_view text) {
    const std::uint8_t s = style();
    while (!text.empty()) {
      std::size_t cut = std::string_view::npos;
      const DotEmoji* found = nullptr;
      for (const DotEmoji& emoji : kDots) {
        const std::size_t at = text.find(emoji.utf8);
        if (at < cut) cut = at, found = &emoji;
      }
      append_plain(text.substr(0, cut), s, Dot::red);
      if (found == nullptr) return;
      append_plain(found->utf8, static_cast<std::uint8_t>(s | kDot), found->dot);
      text.remove_prefix(cut + found->utf8.size());
    }
  }

  void append_plain(std::string_view text, std::uint8_t s, Dot dot) {
    if (text.empty()) return;
    if (target_ == nullptr) {  // text straight inside a tight list item
      open_block(BlockKind::paragraph);
      target_ = &doc.blocks.back().spans;
    }
    const int link = (s & kLink) != 0 ? links_.back() : -1;
    if (!target_->empty() && (s & kDot) == 0) {
      Span& last = target_->back();
      if (last.style == s && last.link == link) {
        last.text += text;
        return;
      }
    }
    target_->push_back(Span{std::string(text), s, dot, link});
  }

  std::vector<Span>* target_ = nullptr;
  std::vector<List> lists_;
  std::vector<int> links_;  // the open links' indices, innermost last
  std::string pending_marker_;
  Task pending_task_ = Task::none;
  bool html_block_ = false;
  int quote_ = 0, strong_ = 0, emphasis_ = 0, strike_ = 0, code_ = 0;
};

Builder& builder(void* userdata) { return *static_cast<Builder*>(userdata); }

// Front matter ("---" or "+++" lines around YAML or TOML at the very start): its length, and the
// text between the fences. Why: GitHub shows it apart from the document, and md4c alone would
// read the closing "---" as the underline of a heading.
std::size_t front_matter(std::string_view text, std::string_view& inner) {
  for (std::string_view fence : {std::string_view("---"), std::string_view("+++")}) {
    if (!text.starts_with(fence)) continue;
    std::size_t line_end = text.find('\n');
    if (line_end == std::string_view::npos) return 0;
    std::string_view first = text.substr(0, line_end);
    if (first.ends_with('\r')) first.remove_suffix(1);
    if (first != fence) return 0;
    std::size_t start = line_end + 1;
    for (std::size_t pos = start; pos < text.size();) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(pos, end - pos);
      if (line.ends_with('\r')) line.remove_suffix(1);
      if (line == fence) {
        inner = text.substr(start, pos - start);
        return std::min(end + 1, text.size());
      }
      pos = end + 1;
    }
    return 0;
  }
  return 0;
}

}  // namespace

Document parse_document(std::string_view markdown) {
  Builder b;
  std::string_view meta;
  if (const std::size_t end = front_matter(markdown, meta); end > 0) {
    Block& block = b.doc.blocks.emplace_back();
    block.kind = BlockKind::code;
    block.spans.push_back(Span{std::string(meta), 0, Dot::red, -1});
    markdown.remove_prefix(end);
  }
  MD_PARSER parser{};
  parser.flags = core::markdown_parser_flags();
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* user) {
    builder(user).enter(type, detail);
    return 0;
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void*, void* user) {
    builder(user).leave(type);
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE type, void* detail, void* user) {
    builder(user).enter_span(type, detail);
    return 0;
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* user) {
    builder(user).leave_span(type);
    return 0;
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    builder(user).text(type, std::string_view(text, size));
    return 0;
  };
  if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &b) != 0) {
    // md4c fails only when out of memory: the text is shown as written rather than in part.
    Document whole;
    Block code;
    code.kind = BlockKind::code;
    code.spans.push_back(Span{std::string(markdown)});
    whole.blocks.push_back(std::move(code));
    return whole;
  }
  return std::move(b.doc);
}

std::string plain_text(const std::vector<Span>& spans) {
  std::string text;
  for (const Span& span : spans) text += span.text;
  return text;
}

}  // namespace hindsight::ui::markdown
