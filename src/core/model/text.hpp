// Small string utilities every part of the core uses: trimming, splitting lines, ASCII case.
// Byte-oriented and locale-free: only ASCII letters change case, UTF-8 passes through untouched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hindsight::core {

std::string_view trim(std::string_view text);  // spaces, tabs, CR and LF at both ends
void trim_in_place(std::string& text);         // the same, in place
std::vector<std::string_view> split_lines(std::string_view text);  // on '\n'; keeps empty lines
std::string lowercase_ascii(std::string_view text);
bool starts_with_ci(std::string_view text, std::string_view prefix);
// "```", "~~~ yaml": a line that opens or closes a fenced code block.
bool is_code_fence(std::string_view line);
// `text` with its fenced code blocks (fences and all) blanked to spaces, every other byte where it
// was: the prose a check of wording reads, at the offsets of the text it reports on.
std::string without_fenced_code(std::string_view text);

}  // namespace hindsight::core
