#include "core/model/enum_names.hpp"

namespace hindsight::core {

std::string fold_label(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  // Where the word being read starts in `folded` (npos between words), and whether an "and" was
  // taken out, to be dropped if a word follows it.
  std::size_t word = std::string::npos;
  bool pending_and = false;
  auto end_word = [&] {
    if (word == std::string::npos) return;
    pending_and = false;  // "and" between words: dropped
    if (word > 0 && std::string_view(folded).substr(word) == "and") {
      folded.resize(word);
      pending_and = true;
    }
    word = std::string::npos;
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (word == std::string::npos) word = folded.size();
      folded += c;
    } else {
      end_word();  // spaces, "&", punctuation and non-ASCII bytes separate words
    }
  }
  end_word();
  if (pending_and) folded += "and";  // "Detection and": no word after it, so it stays
  return folded;
}

}  // namespace hindsight::core
