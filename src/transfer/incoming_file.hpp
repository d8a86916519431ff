// Reading one incoming file: is it something Hindsight can import, and which post-mortems does it
// hold? The first half of plan_import (import_plan.hpp states what users can expect).
// Owns: the checks every file passes before any parser sees it (extension, size, emptiness,
// binary, UTF-8), the choice of reader (Markdown importer, JSON codec, library backup), and the
// sentences that tell people why a file was refused.
// Never: compares with the library or with other files in the batch (import_plan.cpp does).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "transfer/import_plan.hpp"

namespace hindsight::transfer {

struct ReadPostMortem {
  core::PostMortem postmortem;
  std::string source;  // the file, or "backup.json › post-mortem 3"
  std::string file;    // the file alone
  std::vector<std::string> warnings;
  bool lossless = false;  // read from JSON, which keeps every field; Markdown does not
  std::string markdown;   // the text it was read from, when it was Markdown
};

struct ReadFile {
  std::vector<ReadPostMortem> postmortems;
  std::vector<FileProblem> problems;
};

ReadFile read_incoming_file(const IncomingFile& file);

// Why a file of `size` bytes is refused before it is read, as a sentence, or "" when its size is
// allowed. The platform asks before reading a file, so a huge one never reaches memory.
std::string size_refusal(std::uint64_t size);

}  // namespace hindsight::transfer
