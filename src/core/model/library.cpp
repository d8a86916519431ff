#include "core/model/library.hpp"

#include "core/model/seed_templates.hpp"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace hindsight::core {

std::string make_postmortem_id(std::uint64_t random_bits) {
  char buffer[20];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(random_bits));
  return "pm-" + std::string(buffer);
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

bool delete_postmortem(Library& library, std::string_view id) {
  auto& all = library.postmortems;
  auto it = std::find_if(all.begin(), all.end(), [&](const PostMortem& p) { return p.id == id; });
  if (it == all.end()) return false;
  all.erase(it);
  return true;
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
    return std::tie(b->created_at, a->incident.title, a->id) <
           std::tie(a->created_at, b->incident.title, b->id);
  });
  return ordered;
}

}  // namespace hindsight::core
