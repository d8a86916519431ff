#include "core/model/library.hpp"

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <unordered_set>

#include "core/model/seed_templates.hpp"

namespace hindsight::core {

std::string make_postmortem_id(std::uint64_t random_bits) {
  char buffer[20];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(random_bits));
  return "pm-" + std::string(buffer);
}

std::string content_postmortem_id(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return make_postmortem_id(hash);
}

namespace {

std::string next_untitled_title(const Library& library) {
  auto taken = [&](const std::string& title) {
    return std::any_of(library.postmortems.begin(), library.postmortems.end(),
                       [&](const PostMortem& p) { return p.incident.title == title; });
  };
  std::string title(kUntitledTitle);
  for (int n = 2; taken(title); ++n) title = std::string(kUntitledTitle) + " " + std::to_string(n);
  return title;
}

}  // namespace

const PostMortem& create_postmortem(Library& library, std::string id, UtcSeconds now) {
  if (const PostMortem* existing = find_postmortem(library, id)) return *existing;
  PostMortem created = new_postmortem(std::move(id), next_untitled_title(library), now);
  return library.postmortems.emplace_back(std::move(created));
}

const PostMortem& add_postmortem(Library& library, PostMortem postmortem) {
  if (const PostMortem* existing = find_postmortem(library, postmortem.id)) return *existing;
  return library.postmortems.emplace_back(std::move(postmortem));
}

void add_postmortems(Library& library, std::vector<PostMortem> postmortems) {
  std::unordered_set<std::string> taken;
  for (const PostMortem& held : library.postmortems) taken.insert(held.id);
  library.postmortems.reserve(library.postmortems.size() + postmortems.size());
  for (PostMortem& postmortem : postmortems)
    if (taken.insert(postmortem.id).second) library.postmortems.push_back(std::move(postmortem));
}

const PostMortem* duplicate_postmortem(Library& library, std::string_view id, std::string new_id,
                                       UtcSeconds now) {
  const PostMortem* original = find_postmortem(library, id);
  if (!original || find_postmortem(library, new_id)) return nullptr;
  PostMortem copy = *original;
  copy.id = std::move(new_id);
  copy.created_at = now;
  copy.incident.title = "Copy of " + copy.incident.title;
  return &library.postmortems.emplace_back(std::move(copy));
}

namespace {

std::optional<PostMortem> take(Library& library, std::string_view id) {
  auto& all = library.postmortems;
  auto it = std::find_if(all.begin(), all.end(), [&](const PostMortem& p) { return p.id == id; });
  if (it == all.end()) return std::nullopt;
  PostMortem taken = std::move(*it);
  all.erase(it);
  return taken;
}

}  // namespace

bool delete_postmortem(Library& library, std::string_view id) {
  std::optional<PostMortem> doomed = take(library, id);
  if (!doomed) return false;
  library.deleted.push_back(std::move(*doomed));
  return true;
}

std::optional<std::string> restore_deleted(Library& library) {
  if (library.deleted.empty() || find_postmortem(library, library.deleted.back().id))
    return std::nullopt;
  std::string title = library.deleted.back().incident.title;
  library.postmortems.push_back(std::move(library.deleted.back()));
  library.deleted.pop_back();
  return title;
}

std::optional<OpenDocument> check_out(Library& library, std::string_view id) {
  std::optional<PostMortem> taken = take(library, id);
  if (!taken) return std::nullopt;
  return OpenDocument(std::move(*taken));
}

void check_in(Library& library, OpenDocument document) {
  PostMortem edited = document.history.document();
  take(library, edited.id);
  library.postmortems.push_back(std::move(edited));
}

const PostMortem* find_postmortem(const Library& library, std::string_view id) {
  for (const PostMortem& p : library.postmortems)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<const PostMortem*> newest_first(const Library& library) {
  std::vector<const PostMortem*> ordered;
  ordered.reserve(library.postmortems.size());
  for (const PostMortem& p : library.postmortems) ordered.push_back(&p);
  std::sort(ordered.begin(), ordered.end(), [](const PostMortem* a, const PostMortem* b) {
    return listed_before(a->created_at, a->incident.title, a->id, b->created_at,
                         b->incident.title, b->id);
  });
  return ordered;
}

bool listed_before(UtcSeconds a_created, std::string_view a_title, std::string_view a_id,
                   UtcSeconds b_created, std::string_view b_title, std::string_view b_id) {
  return std::tie(b_created, a_title, a_id) < std::tie(a_created, b_title, b_id);
}

}  // namespace hindsight::core
