// libFuzzer target: arbitrary bytes into load_json, which must never crash, throw or hang.
// Whenever the bytes load, saving and loading again must give an equal post-mortem, and saving
// that must give the same text: load(save(p)) == p and save(load(save(p))) == save(p). A broken
// property aborts, and libFuzzer keeps the input as a reproducer.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/json/json_codec.hpp"

namespace {

[[noreturn]] void fail(const char* what, std::string_view saved) {
  std::fprintf(stderr, "fuzz_json_load: %s\n--- the saved text ---\n%.*s\n--- end ---\n", what,
               static_cast<int>(saved.size()), saved.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const hindsight::core::LoadResult loaded = hindsight::core::load_json(input);
  if (!loaded.postmortem) return 0;

  const std::string saved = hindsight::core::save_json(*loaded.postmortem);
  const hindsight::core::LoadResult reloaded = hindsight::core::load_json(saved);
  if (!reloaded.postmortem) {
    std::string why = "the saved text of a loaded post-mortem does not load";
    for (const auto& error : reloaded.errors) why += "\n  " + error.path + ": " + error.reason;
    fail(why.c_str(), saved);
  }
  if (!(*reloaded.postmortem == *loaded.postmortem)) {
    fail("load(save(p)) != p", saved);
  }
  if (hindsight::core::save_json(*reloaded.postmortem) != saved) {
    fail("save(load(save(p))) != save(p)", saved);
  }
  return 0;
}
