#include "transfer/import_plan.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/markdown/markdown_export.hpp"
#include "transfer/field_changes.hpp"
#include "transfer/incoming_file.hpp"

namespace hindsight::transfer {
namespace {

// The one copy of a post-mortem that a batch imports, and what happens to the others.
struct Resolution {
  std::vector<std::size_t> winners;  // indices into the read post-mortems, in batch order
  std::vector<std::pair<std::size_t, FileProblem>> problems;  // by index of the copy left out
  std::size_t repeated_markdown = 0;  // Markdown copies saying what a JSON copy says
  std::set<std::string> repeated_in;  // the JSON files holding those post-mortems
};

Resolution resolve_duplicates(const std::vector<ReadPostMortem>& read) {
  std::map<std::string, std::vector<std::size_t>> by_id;
  for (std::size_t i = 0; i < read.size(); ++i) by_id[read[i].postmortem.id].push_back(i);
  Resolution resolution;
  for (const auto& entry : by_id) {
    const std::vector<std::size_t>& copies = entry.second;
    const auto lossless =
        std::find_if(copies.begin(), copies.end(), [&](std::size_t i) { return read[i].lossless; });
    const std::size_t winner = lossless != copies.end() ? *lossless : copies.front();
    resolution.winners.push_back(winner);
    const ReadPostMortem& kept = read[winner];
    // What Hindsight writes for the kept copy: a Markdown copy is the same post-mortem when it
    // is that very file ("Export all" wrote both; compared as text, because prose holding
    // Markdown headings does not read back field for field) or reads as the same Markdown.
    const std::string kept_markdown =
        kept.lossless && copies.size() > 1 ? core::export_markdown(kept.postmortem) : std::string();
    for (const std::size_t i : copies) {
      if (i == winner) continue;
      const ReadPostMortem& other = read[i];
      if (kept.lossless && !other.lossless) {
        if (other.markdown == kept_markdown ||
            core::export_markdown(other.postmortem) == kept_markdown) {
          ++resolution.repeated_markdown;
          resolution.repeated_in.insert(kept.file);
        } else {
          resolution.problems.push_back(
              {i,
               {other.source, "Same post-mortem as " + kept.source +
                                  ", which is imported instead since JSON keeps every field; this "
                                  "Markdown differs from it and was not imported."}});
        }
      } else {
        resolution.problems.push_back({i,
                                       {other.source, "Same post-mortem as " + kept.source +
                                                          "; only that one is imported."}});
      }
    }
  }
  std::sort(resolution.winners.begin(), resolution.winners.end());
  std::sort(resolution.problems.begin(), resolution.problems.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return resolution;
}

std::string repeated_note(const Resolution& resolution) {
  std::string files;
  for (const std::string& file : resolution.repeated_in)
    files += (files.empty() ? "" : ", ") + file;
  const std::size_t n = resolution.repeated_markdown;
  if (n == 1)
    return "1 Markdown file was skipped: it repeats a post-mortem that " + files +
           " holds in full.";
  return std::to_string(n) + " Markdown files were skipped: they repeat post-mortems that " +
         files + " holds in full.";
}

std::vector<core::PostMortem>::iterator find_in(core::Library& library, const std::string& id) {
  return std::find_if(library.postmortems.begin(), library.postmortems.end(),
                      [&](const core::PostMortem& p) { return p.id == id; });
}

}  // namespace

ImportPlan plan_import(const std::vector<IncomingFile>& files, const core::Library& library) {
  ImportPlan plan;
  std::vector<ReadPostMortem> read;
  for (const IncomingFile& file : files) {
    ReadFile one = read_incoming_file(file);
    for (ReadPostMortem& p : one.postmortems) read.push_back(std::move(p));
    for (FileProblem& problem : one.problems) plan.problems.push_back(std::move(problem));
  }
  Resolution resolution = resolve_duplicates(read);
  for (auto& problem : resolution.problems) plan.problems.push_back(std::move(problem.second));
  if (resolution.repeated_markdown > 0) plan.notes.push_back(repeated_note(resolution));

  for (const std::size_t i : resolution.winners) {
    ReadPostMortem& p = read[i];
    ImportCandidate candidate{std::move(p.postmortem),
                              std::move(p.source),
                              std::move(p.warnings),
                              ImportAction::create,
                              {}};
    if (const core::PostMortem* existing =
            core::find_postmortem(library, candidate.postmortem.id)) {
      // A file that says nothing of when it was written keeps the date the library gave it.
      if (candidate.postmortem.created_at == core::UtcSeconds{})
        candidate.postmortem.created_at = existing->created_at;
      candidate.changes = field_changes(*existing, candidate.postmortem);
      candidate.action =
          candidate.changes.empty() ? ImportAction::unchanged : ImportAction::replace;
    }
    plan.candidates.push_back(std::move(candidate));
  }
  return plan;
}

ImportOutcome apply_import(core::Library& library, const ImportPlan& plan,
                           core::UtcSeconds imported_at) {
  ImportOutcome outcome;
  std::set<std::string> applied;  // a hand-made plan may name an id twice: the first one counts
  for (const ImportCandidate& candidate : plan.candidates) {
    if (candidate.action == ImportAction::unchanged) continue;
    const std::string& id = candidate.postmortem.id;
    if (!applied.insert(id).second) continue;
    const auto existing = find_in(library, id);
    if (existing == library.postmortems.end()) {
      library.postmortems.push_back(candidate.postmortem);
      if (library.postmortems.back().created_at == core::UtcSeconds{})
        library.postmortems.back().created_at = imported_at;
      outcome.created.push_back(id);
    } else if (!(*existing == candidate.postmortem)) {
      // In place, so that undo can put the old copy back where it was. A file that says nothing
      // of when it was written keeps the date the library gave it (the plan may be a moment old).
      const core::UtcSeconds created_at = existing->created_at;
      outcome.replaced.push_back(std::move(*existing));
      *existing = candidate.postmortem;
      if (existing->created_at == core::UtcSeconds{}) existing->created_at = created_at;
    }
  }
  return outcome;
}

void undo_import(core::Library& library, const ImportOutcome& outcome) {
  for (const std::string& id : outcome.created) {
    const auto created = find_in(library, id);
    if (created != library.postmortems.end()) library.postmortems.erase(created);
  }
  for (const core::PostMortem& old : outcome.replaced) {
    const auto current = find_in(library, old.id);
    if (current != library.postmortems.end()) {
      *current = old;
    } else {
      library.postmortems.push_back(old);
    }
  }
}

}  // namespace hindsight::transfer
