// The library: every post-mortem this user keeps, and the commands that change it.
// Contract: the library never holds two post-mortems with the same id, and every change goes
// through one of the command functions below (the UI only reports intent; the app calls these).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

inline constexpr std::string_view kUntitledTitle = "Untitled post-mortem";

struct Library {
  std::vector<PostMortem> postmortems;  // in creation order
};

// A post-mortem id from 64 random bits: "pm-" and 16 lowercase hex digits.
std::string make_postmortem_id(std::uint64_t random_bits);

// Adds a new, untitled post-mortem created at `now` and returns it. Untitled post-mortems are
// numbered ("Untitled post-mortem 2") so that a list of them stays tellable apart.
// `id` must not be in the library yet; if it is, nothing changes and the existing one is returned.
const PostMortem& create_postmortem(Library& library, std::string id, UtcSeconds now);

// Removes the post-mortem with this id; returns false when there is none.
bool delete_postmortem(Library& library, std::string_view id);

const PostMortem* find_postmortem(const Library& library, std::string_view id);

// The post-mortems ordered for the library screen: newest first, ties broken by title then id.
std::vector<const PostMortem*> newest_first(const Library& library);

}  // namespace hindsight::core
