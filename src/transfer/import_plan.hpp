// Importing files into the library: what the user dropped or picked (Markdown, a post-mortem's
// JSON, the library backup, or the entries of an archive) becomes a plan the user reviews, then
// one change to the library that can be undone.
// Owns: deciding, for every incoming file, what it holds and whether it can be imported; which
// post-mortem each one creates or replaces, and what a replacement changes; applying and undoing.
// Never: reads files, unzips archives, reads the clock or makes random ids (the platform hands in
// the bytes, archive entries as ordinary files), and never changes the library while planning.
//
// What a user can expect:
//   - A file is imported whole or not at all. Refused, each as a FileProblem with a sentence:
//     other extensions than .md/.markdown/.txt/.json, files over kMaxImportBytes (checked before
//     anything is parsed), empty files, binary files (NUL bytes), UTF-16 and other non-UTF-8 text,
//     JSON that does not parse or is not a valid post-mortem (the reason names the JSON path).
//     Directory entries and macOS's "__MACOSX/" resource copies inside an archive are ignored.
//   - Markdown always imports what it can; the importer's warnings travel with the candidate.
//     Markdown that names no id gets core::content_postmortem_id of its bytes, so opening the
//     same hand-written file twice finds the post-mortem it made instead of adding a copy.
//   - A library backup imports post-mortem by post-mortem: one that cannot be read is a problem
//     of its own and the others still import.
//   - One post-mortem, several files (same id): JSON keeps every field and Markdown does not, so
//     a JSON copy wins over Markdown ones wherever it comes in the batch. A Markdown copy that
//     says the same as the JSON one (an "Export all" archive holds both) is dropped with one
//     note for all of them; one that differs is reported, so no edit is lost unseen. Otherwise
//     the first file wins and each later one is reported as the same post-mortem as the first.
//   - An id already in the library is a replacement, listed field by field; an identical one is
//     unchanged and applying skips it. Post-mortems checked out for editing are not in the
//     library: check them in before planning.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/library.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::transfer {

struct IncomingFile {
  std::string name;   // as the user knows it; an archive entry as "backup.zip/2024-01-15-db.md"
  std::string bytes;  // the file's content, unchanged
};

inline constexpr std::size_t kMaxImportBytes = 50u * 1024 * 1024;

// One difference between the post-mortem in the library and the one replacing it.
struct FieldChange {
  std::string field;   // for people: "incident › title", "timeline 3 › text"
  std::string before;  // shortened for display; empty when the field is new
  std::string after;   // shortened for display; empty when the field is gone
  friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

enum class ImportAction { create, replace, unchanged };

struct ImportCandidate {
  core::PostMortem postmortem;
  std::string source;                 // the file, or "backup.json › post-mortem 3"
  std::vector<std::string> warnings;  // sentences: what the importer had to guess
  ImportAction action = ImportAction::create;
  std::vector<FieldChange> changes;  // for replace: what differs from the library's copy
};

struct FileProblem {
  std::string source;
  std::string reason;  // a sentence for people: why nothing was imported from it
  friend bool operator==(const FileProblem&, const FileProblem&) = default;
};

struct ImportPlan {
  std::vector<ImportCandidate> candidates;  // in the order the files came
  std::vector<FileProblem> problems;
  std::vector<std::string> notes;  // sentences about what was left out on purpose
};

ImportPlan plan_import(const std::vector<IncomingFile>& files, const core::Library& library);

// Enough to undo an import.
struct ImportOutcome {
  std::vector<std::string> created;        // ids added
  std::vector<core::PostMortem> replaced;  // the library's copies as they were before
};

// Applies every candidate that still differs from the library as it is now (a plan may be a
// moment old): an id already there is replaced in place, a new one is added; unchanged ones are
// skipped. A post-mortem whose file says nothing of when it was written (no created_at, no
// incident date, no dated event; or a created_at of exactly 1970-01-01T00:00:00Z, which is how
// such a file read before was saved) is dated `imported_at` when new, and keeps the library's
// date when it replaces one.
ImportOutcome apply_import(core::Library& library, const ImportPlan& plan,
                           core::UtcSeconds imported_at);

// Removes what the import created and puts back what it replaced, in place, so the library is
// as it was before apply_import when nothing else changed it since.
void undo_import(core::Library& library, const ImportOutcome& outcome);

}  // namespace hindsight::transfer
