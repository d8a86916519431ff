// The library: every post-mortem this user keeps, and the commands that change it.
// Contract: the library never holds two post-mortems with the same id, and every change goes
// through one of the command functions below (the UI only reports intent; the app calls these).
// A post-mortem being edited is checked out: it leaves the library as an OpenDocument (the
// post-mortem inside its undo history) and comes back with check_in, so there is only ever one
// copy of it and nothing can drift between two.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/history.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::core {

inline constexpr std::string_view kUntitledTitle = "Untitled post-mortem";

struct Library {
  std::vector<PostMortem> postmortems;  // unordered; newest_first() orders them for people
  std::vector<PostMortem> deleted;      // deleted this session, most recent last, for undo
};

// The post-mortem being edited: its only copy while it is out of the library.
struct OpenDocument {
  explicit OpenDocument(PostMortem postmortem) : history(std::move(postmortem)) {}
  const PostMortem& postmortem() const { return history.document(); }
  History history;
};

// A post-mortem id from 64 random bits: "pm-" and 16 lowercase hex digits.
std::string make_postmortem_id(std::uint64_t random_bits);
// A post-mortem id from a document's bytes (FNV-1a, 64 bits), for a document that names no id
// (hand-written Markdown): the same file gets the same id wherever it is read, so reading it again
// finds the post-mortem it made instead of adding a copy.
std::string content_postmortem_id(std::string_view bytes);

// Adds a new, untitled post-mortem created at `now` and returns it. Untitled post-mortems are
// numbered ("Untitled post-mortem 2") so that a list of them stays tellable apart.
// `id` must not be in the library yet; if it is, nothing changes and the existing one is returned.
const PostMortem& create_postmortem(Library& library, std::string id, UtcSeconds now);

// Adds a post-mortem made elsewhere (the sample, an import). If its id is taken, nothing changes
// and the one already there is returned.
const PostMortem& add_postmortem(Library& library, PostMortem postmortem);
// Adds many at once (a library read from storage), in time linear in their number; any whose id
// is taken, in the library or earlier in `postmortems`, is left out.
void add_postmortems(Library& library, std::vector<PostMortem> postmortems);

// Adds a copy of the post-mortem `id` under `new_id`, created at `now`, titled "Copy of ..."; its
// action ids and everything else are kept. Returns null when `id` names nothing or `new_id` is
// taken.
const PostMortem* duplicate_postmortem(Library& library, std::string_view id, std::string new_id,
                                       UtcSeconds now);

// Removes the post-mortem with this id into `deleted`; returns false when there is none.
bool delete_postmortem(Library& library, std::string_view id);
// Puts the most recently deleted post-mortem back; returns its title, or nothing when none was
// deleted or its id has been taken since.
std::optional<std::string> restore_deleted(Library& library);

// Takes the post-mortem `id` out of the library for editing; nothing when there is none.
std::optional<OpenDocument> check_out(Library& library, std::string_view id);
// Puts an edited post-mortem back (replacing any post-mortem with the same id).
void check_in(Library& library, OpenDocument document);

const PostMortem* find_postmortem(const Library& library, std::string_view id);

// The post-mortems ordered for the library screen: newest first, ties broken by title then id.
std::vector<const PostMortem*> newest_first(const Library& library);
// That order for two post-mortems known by their creation time, title and id: true when `a`
// comes first.
bool listed_before(UtcSeconds a_created, std::string_view a_title, std::string_view a_id,
                   UtcSeconds b_created, std::string_view b_title, std::string_view b_id);

}  // namespace hindsight::core
