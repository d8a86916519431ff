// libFuzzer target: arbitrary bytes into import_markdown, which must never crash, throw or hang.
// Whenever the bytes import, the exported form must import again and be a fixed point,
// export(import(export(p))) == export(p); a broken property aborts with the first lines that
// differ. Every input that once broke it is replayed with both checks by FuzzRegressions.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/markdown/markdown_export.hpp"
#include "core/markdown/markdown_import.hpp"

namespace {

// The first line where `a` and `b` differ, 1-based, with both versions of it.
std::string first_difference(std::string_view a, std::string_view b) {
  int line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i < a.size() && i < b.size() && a[i] == b[i]; ++i) {
    if (a[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  auto line_at = [start](std::string_view text) {
    if (start >= text.size()) return std::string("<end of text>");
    const std::size_t end = text.find('\n', start);
    return std::string(text.substr(start, end == std::string_view::npos ? end : end - start));
  };
  return "line " + std::to_string(line) + "\n  first export:  " + line_at(a) +
         "\n  second export: " + line_at(b);
}

[[noreturn]] void fail(const std::string& what, std::string_view exported) {
  std::fprintf(stderr, "fuzz_markdown_import: %s\n--- the first export ---\n%.*s\n--- end ---\n",
               what.c_str(), static_cast<int>(exported.size()), exported.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const hindsight::core::ImportResult imported = hindsight::core::import_markdown(input);
  if (!imported.postmortem) return 0;

  const std::string exported = hindsight::core::export_markdown(*imported.postmortem);
  const hindsight::core::ImportResult reimported = hindsight::core::import_markdown(exported);
  if (!reimported.postmortem) {
    fail("the export of an imported post-mortem does not import: " + reimported.error, exported);
  }
  const std::string reexported = hindsight::core::export_markdown(*reimported.postmortem);
  if (reexported != exported) {
    fail("export(import(export(p))) != export(p) at " + first_difference(exported, reexported),
         exported);
  }
  return 0;
}
