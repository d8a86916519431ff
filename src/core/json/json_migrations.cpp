#include "core/json/json_migrations.hpp"

#include <array>
#include <cstddef>
#include <string>

#include "core/model/seed_templates.hpp"

namespace hindsight::core::json_detail {
namespace {

using Step = void (*)(Json& document, Errors& errors);

struct Migration {
  int from;
  Step step;
};

// The workflow's templates in schema 2's shape, as a new post-mortem starts with them.
Json schema2_severity_scale() {
  Json scale = Json::array();
  for (const SeverityLevel& level : default_severity_scale())
    scale.push_back({{"name", level.name}, {"description", level.description}});
  return scale;
}

Json schema2_meeting() {
  Json agenda = Json::array();
  for (const AgendaItem& item : default_agenda())
    agenda.push_back({{"phase", item.phase}, {"minutes", item.minutes}});
  Json questions = Json::array();
  for (const KeyQuestion& question : default_key_questions())
    questions.push_back(
        {{"topic", question.topic}, {"question", question.question}, {"notes", question.notes}});
  return {{"agenda", agenda},
          {"opening_statement", std::string(kOpeningStatement)},
          {"key_questions", questions}};
}

// Schema 1 held only the id, the creation time and the title, at the top level. Schema 2 moves
// the title into the incident and starts the post-mortem with the workflow's templates.
void migrate_1_to_2(Json& document, Errors& errors) {
  Json incident = Json::object();
  if (const auto title = document.find("title"); title != document.end()) {
    incident["title"] = read_text(*title, "/title", errors).value_or(std::string());
    document.erase(title);
  } else {
    errors.push_back({"/title", std::string(kMissing)});
    incident["title"] = "";
  }
  document["incident"] = incident;
  document["severity_scale"] = schema2_severity_scale();
  document["meeting"] = schema2_meeting();
}

constexpr std::array<Migration, 1> kMigrations{{
    {1, migrate_1_to_2},
}};

constexpr bool steps_are_consecutive() {
  for (std::size_t i = 0; i < kMigrations.size(); ++i)
    if (kMigrations[i].from != static_cast<int>(i) + 1) return false;
  return kMigrations.size() == static_cast<std::size_t>(kSchemaVersion - 1);
}
static_assert(steps_are_consecutive(), "every earlier schema needs exactly one step to the next");

}  // namespace

void migrate(Json& document, int from, Errors& errors) {
  for (const Migration& migration : kMigrations) {
    if (migration.from < from) continue;
    migration.step(document, errors);
    document["schema"] = migration.from + 1;
  }
}

}  // namespace hindsight::core::json_detail
