#include "core/model/enum_names.hpp"

namespace hindsight::core {

std::string fold_label(std::string_view text) {
  std::string folded;
  // The word being read, and whether it is an "and" waiting for a word after it to be dropped.
  std::string word;
  bool pending_and = false;
  auto end_word = [&] {
    if (word.empty()) return;
    if (pending_and) pending_and = false;  // "and" between words: dropped
    if (word == "and" && !folded.empty()) {
      pending_and = true;
    } else {
      folded += word;
    }
    word.clear();
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      word += c;
    else
      end_word();  // spaces, "&", punctuation and non-ASCII bytes separate words
  }
  end_word();
  if (pending_and) folded += "and";  // "Detection and": no word after it, so it stays
  return folded;
}

}  // namespace hindsight::core
