#include "transfer/incoming_file.hpp"

#include <cstdint>
#include <string_view>
#include <utility>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_import.hpp"
#include "core/model/text.hpp"
#include "core/model/utf8.hpp"
#include "transfer/library_backup.hpp"

namespace hindsight::transfer {
namespace {

enum class Kind { markdown, json, other };

std::string_view base_name(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

Kind kind_of(std::string_view name) {
  const std::string base = core::lowercase_ascii(base_name(name));
  const std::size_t dot = base.rfind('.');
  if (dot == std::string::npos) return Kind::other;
  const std::string_view extension = std::string_view(base).substr(dot);
  if (extension == ".md" || extension == ".markdown" || extension == ".txt") return Kind::markdown;
  if (extension == ".json") return Kind::json;
  return Kind::other;
}

// Archive entries no one means to import: folders, and the "__MACOSX/._name" copies of resource
// forks that the macOS Finder adds to every zip it makes (binary, and named like the real files).
bool is_archive_noise(std::string_view name) {
  if (!name.empty() && (name.back() == '/' || name.back() == '\\')) return true;
  return name.find("__MACOSX/") != std::string_view::npos;
}

// "12.3 MB", rounded to a tenth, without the C locale's say in the decimal point.
std::string megabytes(std::uint64_t bytes) {
  constexpr std::uint64_t kMegabyte = 1024 * 1024;
  // 64 bits: size_t is 32 bits in WebAssembly, and ten times a 500 MB file would not fit.
  const std::uint64_t tenths = (bytes * 10 + kMegabyte / 2) / kMegabyte;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

// Ends `text` with a full stop unless it already ends a sentence.
std::string full_stop(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
  return text;
}

// The message as a sentence: a capital first letter and a full stop.
std::string sentence(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return full_stop(std::move(text));
}

// Why a file is not text Hindsight can read, or empty when it is. Checked before any parser runs.
std::string refusal(std::string_view bytes) {
  if (std::string refused = size_refusal(bytes.size()); !refused.empty()) return refused;
  if (core::trim(bytes).empty()) return "The file is empty.";
  // Why before the NUL check: UTF-16 text is full of NUL bytes, and Windows editors still save
  // it; telling people what to do beats calling their document binary.
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return "This text is UTF-16; save it as UTF-8 and open it again.";
  }
  if (bytes.find('\0') != std::string_view::npos) {
    return "This looks like a binary file, not Markdown or JSON text.";
  }
  if (const std::size_t bad = core::invalid_utf8_offset(bytes); bad != std::string_view::npos) {
    return "This is not UTF-8 text (the first byte that is not is at offset " +
           std::to_string(bad) + "); save it as UTF-8 and open it again.";
  }
  return {};
}

constexpr std::size_t kErrorsShown = 3;

// The codec's errors as one sentence: "/created_at: missing required key; ... (and 4 more)".
std::string describe(const std::vector<core::ValidationError>& errors) {
  std::string text;
  for (std::size_t i = 0; i < errors.size() && i < kErrorsShown; ++i) {
    if (!text.empty()) text += "; ";
    if (!errors[i].path.empty()) text += errors[i].path + ": ";
    text += errors[i].reason;
  }
  if (errors.size() > kErrorsShown) {
    text += " (and " + std::to_string(errors.size() - kErrorsShown) + " more)";
  }
  return text;
}

std::vector<std::string> schema_warnings(const core::LoadResult& loaded) {
  if (loaded.loaded_schema >= core::kSchemaVersion) return {};
  return {"Written in an older format (schema " + std::to_string(loaded.loaded_schema) +
          "); it is kept in schema " + std::to_string(core::kSchemaVersion) + " from now on."};
}

void read_markdown(const IncomingFile& file, ReadFile& read) {
  core::ImportResult imported = core::import_markdown(file.bytes, file.name);
  if (!imported.postmortem) {
    read.problems.push_back(
        {file.name,
         sentence(imported.error.empty() ? "nothing in it could be imported" : imported.error)});
    return;
  }
  ReadPostMortem result{
      std::move(*imported.postmortem), file.name, file.name, {}, false, file.bytes};
  if (result.postmortem.id.empty()) result.postmortem.id = core::content_postmortem_id(file.bytes);
  for (const core::ImportWarning& warning : imported.warnings) {
    result.warnings.push_back(
        (warning.line > 0 ? "Line " + std::to_string(warning.line) + ": " : std::string()) +
        sentence(warning.message));
  }
  read.postmortems.push_back(std::move(result));
}

void read_backup(const IncomingFile& file, const core::Json& document, ReadFile& read) {
  BackupContents contents = read_library_backup(document);
  if (!contents.error.empty()) {
    read.problems.push_back({file.name, contents.error});
    return;
  }
  if (contents.items.empty()) {
    read.problems.push_back({file.name, "This library backup holds no post-mortems."});
    return;
  }
  for (BackupItem& item : contents.items) {
    const std::string source =
        file.name + " \xE2\x80\xBA post-mortem " + std::to_string(item.number);
    if (!item.loaded.postmortem) {
      const std::string what = item.title.empty() ? "It" : "\"" + item.title + "\"";
      read.problems.push_back(
          {source, what + " cannot be read: " + full_stop(describe(item.loaded.errors))});
      continue;
    }
    read.postmortems.push_back({std::move(*item.loaded.postmortem),
                                source,
                                file.name,
                                schema_warnings(item.loaded),
                                true,
                                {}});
  }
}

void read_json(const IncomingFile& file, ReadFile& read) {
  const core::Json document = core::Json::parse(file.bytes, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) {
    // The codec words parse errors (byte, line and column); ask it rather than say it twice.
    read.problems.push_back({file.name, sentence(describe(core::load_json(file.bytes).errors))});
    return;
  }
  if (is_library_backup(document)) {
    read_backup(file, document, read);
    return;
  }
  core::LoadResult loaded = core::from_json(document);
  if (!loaded.postmortem) {
    read.problems.push_back({file.name, "This is not a post-mortem Hindsight can read: " +
                                            full_stop(describe(loaded.errors))});
    return;
  }
  read.postmortems.push_back(
      {std::move(*loaded.postmortem), file.name, file.name, schema_warnings(loaded), true, {}});
}

}  // namespace

std::string size_refusal(std::uint64_t size) {
  if (size <= kMaxImportBytes) return {};
  const std::string limit = std::to_string(kMaxImportBytes / (1024 * 1024)) + " MB";
  // Just over the limit rounds to "50.0 MB", which would read as allowed.
  const bool rounds_to_limit = size < kMaxImportBytes + 1024 * 1024 / 20;
  return "This file is " + (rounds_to_limit ? "larger than " + limit : megabytes(size)) +
         "; Hindsight opens files up to " + limit + ".";
}

ReadFile read_incoming_file(const IncomingFile& file) {
  ReadFile read;
  if (is_archive_noise(file.name)) return read;
  const Kind kind = kind_of(file.name);
  if (kind == Kind::other) {
    read.problems.push_back(
        {file.name,
         "This is not a Markdown or JSON file; Hindsight opens .md, .markdown, .txt "
         "and .json files."});
    return read;
  }
  if (std::string reason = refusal(file.bytes); !reason.empty()) {
    read.problems.push_back({file.name, std::move(reason)});
    return read;
  }
  if (kind == Kind::markdown) {
    read_markdown(file, read);
  } else {
    read_json(file, read);
  }
  return read;
}

}  // namespace hindsight::transfer
