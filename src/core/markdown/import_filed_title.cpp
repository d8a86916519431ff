#include "core/markdown/import_filed_title.hpp"

#include <string>
#include <string_view>

#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/text.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {
namespace {

// "Postmortems", "Acme incident reports", "Outages": a title naming many post-mortems.
bool names_a_collection(std::string_view title) {
  std::string text = lowercase_ascii(trim(title));
  while (!text.empty() && (text.back() == ':' || text.back() == '.' || text.back() == ' '))
    text.pop_back();
  for (const std::string_view name :
       {"postmortems", "post-mortems", "post mortems", "incidents", "incident reports",
        "outage reports", "outages", "retrospectives", "incident log", "postmortem log"})
    if (text == name || (text.ends_with(name) && text[text.size() - name.size() - 1] == ' '))
      return true;
  return false;
}

// The only heading at its level or above from `at` to the end.
bool alone_to_the_end(const std::vector<MdBlock>& blocks, std::size_t at) {
  for (std::size_t i = at + 1; i < blocks.size(); ++i)
    if (blocks[i].kind == BlockKind::Heading && blocks[i].level <= blocks[at].level) return false;
  return true;
}

}  // namespace

bool is_a_day_alone(std::string_view heading) {
  const std::string_view text = trim(heading);
  const auto day = read_date(text);
  return day && day->year != 0 && day->length == text.size();
}

std::optional<FiledTitle> filed_title(const std::vector<MdBlock>& blocks, std::size_t title) {
  if (title >= blocks.size() || !names_a_collection(plain_text(blocks[title].text)))
    return std::nullopt;
  FiledTitle filed;
  filed.filed_in.push_back(title);
  for (std::size_t at = title;;) {
    std::size_t next = at + 1;
    while (next < blocks.size() && blocks[next].kind == BlockKind::Rule) ++next;
    if (next >= blocks.size() || blocks[next].kind != BlockKind::Heading ||
        blocks[next].level <= blocks[at].level || !alone_to_the_end(blocks, next))
      return std::nullopt;
    const std::string text = plain_text(blocks[next].text);
    if (is_a_day_alone(text) || names_a_collection(text)) {
      filed.filed_in.push_back(next);
      at = next;
      continue;
    }
    if (trim(text).empty() || section_role(text) != SectionRole::Unknown ||
        meta_field(text) != MetaField::Unknown)
      return std::nullopt;
    filed.title = next;
    return filed;
  }
}

}  // namespace hindsight::core
