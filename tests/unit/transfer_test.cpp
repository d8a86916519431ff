// Files in and out of the library: import plans (what each file holds, what it would create or
// replace, what is refused and why), applying and undoing them, and "Export all", whose archive
// must import back with nothing lost.
#include <gtest/gtest.h>

#include "core/json/json_codec.hpp"
#include "core/markdown/markdown_export.hpp"
#include "core/model/seed_templates.hpp"
#include "core/model/time_format.hpp"
#include "support/postmortem_generator.hpp"
#include "transfer/export_all.hpp"
#include "transfer/field_changes.hpp"
#include "transfer/import_plan.hpp"
#include "transfer/library_backup.hpp"
#include "unit/sample_asset.hpp"

namespace hindsight::transfer {

void PrintTo(const FileProblem& p, std::ostream* os) {
  *os << "{\"" << p.source << "\", \"" << p.reason << "\"}";
}
void PrintTo(const FieldChange& c, std::ostream* os) {
  *os << "{\"" << c.field << "\", \"" << c.before << "\", \"" << c.after << "\"}";
}

namespace {

using core::Library;
using core::PostMortem;

core::UtcSeconds at(const char* iso) { return *core::parse_iso8601(iso); }

const core::UtcSeconds kImportedAt = at("2026-12-01T09:30:00Z");

PostMortem postmortem(const char* id, const char* title, const char* date) {
  PostMortem p = core::new_postmortem(id, title, at("2024-01-16T08:30:00Z"));
  p.incident.date = date;
  return p;
}

ImportPlan plan_one(const std::string& name, const std::string& bytes,
                    const Library& library = {}) {
  return plan_import({{name, bytes}}, library);
}

// --- What each file holds --------------------------------------------------------------------

TEST(TransferImport, MarkdownFileIsCreatedWithTheImportersWarningsAsSentences) {
  const std::string markdown = "---\nid: \"pm-1\"\n---\n# Outage\n\n**Severity:** Critical\n";
  const ImportPlan plan = plan_one("notes/outage.md", markdown);
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_TRUE(plan.problems.empty());
  const ImportCandidate& c = plan.candidates[0];
  EXPECT_EQ(c.postmortem.id, "pm-1");
  EXPECT_EQ(c.postmortem.incident.title, "Outage");
  EXPECT_EQ(c.source, "notes/outage.md");
  EXPECT_EQ(c.action, ImportAction::create);
  EXPECT_EQ(c.warnings, (std::vector<std::string>{"Line 6: Severity \"Critical\" is not in the "
                                                  "severity scale; it was added."}));
}

TEST(TransferImport, AMarkdownFileNamedAfterItsDayIsDatedByItWhenItsTextNamesNone) {
  const std::string markdown =
      "# Galaxy downtime on 18th March\n\n## Timeline\n\n| Date | Time | State |\n|---|---|---|\n"
      "| March 18 | 16:00 | The upgrade begins |\n";
  const ImportPlan named = plan_one("_posts/2019-03-18-galaxy-downtime.md", markdown);
  ASSERT_EQ(named.candidates.size(), 1u);
  const PostMortem& p = named.candidates[0].postmortem;
  EXPECT_EQ(p.incident.date, "2019-03-18");
  ASSERT_EQ(p.timeline.size(), 1u);
  EXPECT_EQ(p.timeline[0].at, at("2019-03-18T16:00:00Z"));
  // The same text under a name without a day has no year to read its times in.
  const ImportPlan plain = plan_one("galaxy-downtime.md", markdown);
  ASSERT_EQ(plain.candidates.size(), 1u);
  EXPECT_EQ(plain.candidates[0].postmortem.incident.date, "");
  EXPECT_FALSE(plain.candidates[0].postmortem.timeline[0].at.has_value());
}

TEST(TransferImport, MarkdownAndTxtAndMarkdownExtensionsInAnyCaseAreReadAsMarkdown) {
  const ImportPlan plan = plan_import({{"a.MD", "---\nid: \"pm-a\"\n---\n# A\n"},
                                       {"b.markdown", "---\nid: \"pm-b\"\n---\n# B\n"},
                                       {"c.txt", "---\nid: \"pm-c\"\n---\n# C\n"}},
                                      {});
  ASSERT_EQ(plan.candidates.size(), 3u);
  EXPECT_EQ(plan.candidates[0].postmortem.incident.title, "A");
  EXPECT_EQ(plan.candidates[1].postmortem.incident.title, "B");
  EXPECT_EQ(plan.candidates[2].postmortem.incident.title, "C");
  EXPECT_TRUE(plan.problems.empty());
}

TEST(TransferImport,
     HandWrittenMarkdownWithoutIdGetsTheIdOfItsBytesSoOpeningItAgainChangesNothing) {
  const std::string markdown = "# Cache stampede\n\nThe cache expired at once.\n";
  Library library;
  const ImportPlan first = plan_one("stampede.md", markdown, library);
  ASSERT_EQ(first.candidates.size(), 1u);
  EXPECT_EQ(first.candidates[0].postmortem.id, core::content_postmortem_id(markdown));
  apply_import(library, first, kImportedAt);

  const ImportPlan again = plan_one("stampede.md", markdown, library);
  ASSERT_EQ(again.candidates.size(), 1u);
  EXPECT_EQ(again.candidates[0].action, ImportAction::unchanged);
  EXPECT_TRUE(again.candidates[0].changes.empty());
}

TEST(TransferImport, JsonPostMortemImportsWithEveryFieldIncludingUnknownOnes) {
  PostMortem p = postmortem("pm-7", "Queue backlog", "2024-02-01");
  p.unknown["reviewed_by_bot"] = true;
  const ImportPlan plan = plan_one("queue.json", core::save_json(p));
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_EQ(plan.candidates[0].postmortem, p);
  EXPECT_TRUE(plan.candidates[0].warnings.empty());
  EXPECT_TRUE(plan.problems.empty());
}

TEST(TransferImport, OlderSchemaJsonImportsWithANoteThatItIsMigrated) {
  const ImportPlan plan = plan_one(
      "queue.json",
      R"({"schema": 1, "id": "pm-7", "title": "Queue backlog", "created_at": "2024-01-15T14:23:00Z"})");
  ASSERT_EQ(plan.candidates.size(), 1u) << (plan.problems.empty() ? "" : plan.problems[0].reason);
  EXPECT_EQ(plan.candidates[0].postmortem.incident.title, "Queue backlog");
  EXPECT_EQ(plan.candidates[0].warnings,
            (std::vector<std::string>{
                "Written in an older format (schema 1); it is kept in schema 2 from now on."}));
}

TEST(TransferImport, LibraryBackupImportsEveryPostMortemItHolds) {
  Library source;
  source.postmortems = {postmortem("pm-b", "B", "2024-01-02"),
                        postmortem("pm-a", "A", "2024-01-01")};
  const ImportPlan plan =
      plan_one("library.json", save_library_backup(source, at("2024-03-01T00:00:00Z")));
  ASSERT_EQ(plan.candidates.size(), 2u);
  EXPECT_TRUE(plan.problems.empty());
  EXPECT_EQ(plan.candidates[0].postmortem, source.postmortems[1]);  // sorted by id
  EXPECT_EQ(plan.candidates[0].source, "library.json \xE2\x80\xBA post-mortem 1");
  EXPECT_EQ(plan.candidates[1].postmortem, source.postmortems[0]);
}

TEST(TransferImport, BackupWithOneBadPostMortemReportsThatOneAndImportsTheRest) {
  Library source;
  source.postmortems = {postmortem("pm-a", "A", "2024-01-01"),
                        postmortem("pm-b", "B", "2024-01-02"),
                        postmortem("pm-c", "C", "2024-01-03")};
  core::Json backup = core::Json::parse(save_library_backup(source, at("2024-03-01T00:00:00Z")));
  backup["postmortems"][1]["created_at"] = "yesterday";
  const ImportPlan plan = plan_one("library.json", backup.dump());
  ASSERT_EQ(plan.candidates.size(), 2u);
  EXPECT_EQ(plan.candidates[0].postmortem.id, "pm-a");
  EXPECT_EQ(plan.candidates[1].postmortem.id, "pm-c");
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"library.json \xE2\x80\xBA post-mortem 2",
                 "\"B\" cannot be read: /created_at: expected an ISO-8601 UTC time such as "
                 "2024-01-15T14:23:00Z."}}));
}

TEST(TransferImport, BackupFromANewerHindsightIsRefusedAsAWhole) {
  const ImportPlan plan =
      plan_one("library.json", R"({"hindsight_library": 2, "postmortems": []})");
  EXPECT_TRUE(plan.candidates.empty());
  EXPECT_EQ(
      plan.problems,
      (std::vector<FileProblem>{{"library.json",
                                 "This library backup was written by a newer Hindsight (version "
                                 "2); this version reads version 1."}}));
}

// --- What is refused, and why ----------------------------------------------------------------

TEST(TransferImport, UnknownExtensionIsRefusedAsNotMarkdownOrJson) {
  const ImportPlan plan = plan_one("diagram.png", "# Looks like Markdown\n");
  EXPECT_TRUE(plan.candidates.empty());
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{{"diagram.png",
                                       "This is not a Markdown or JSON file; Hindsight opens .md, "
                                       ".markdown, .txt and .json files."}}));
}

TEST(TransferImport, FileOverFiftyMegabytesIsRefusedBeforeParsing) {
  // Valid Markdown throughout: only the size can refuse it.
  const std::string huge(kMaxImportBytes + 1, '#');
  const ImportPlan plan = plan_one("huge.md", huge);
  EXPECT_TRUE(plan.candidates.empty());
  EXPECT_EQ(
      plan.problems,
      (std::vector<FileProblem>{
          {"huge.md", "This file is larger than 50 MB; Hindsight opens files up to 50 MB."}}));
}

TEST(TransferImport, FileOfExactlyFiftyMegabytesPassesTheSizeCheck) {
  const std::string blank(kMaxImportBytes, ' ');
  EXPECT_EQ(plan_one("blank.md", blank).problems,
            (std::vector<FileProblem>{{"blank.md", "The file is empty."}}));
}

TEST(TransferImport, EmptyFileIsRefused) {
  EXPECT_EQ(plan_one("empty.json", "").problems,
            (std::vector<FileProblem>{{"empty.json", "The file is empty."}}));
  EXPECT_EQ(plan_one("blank.md", "\n  \r\n\t").problems,
            (std::vector<FileProblem>{{"blank.md", "The file is empty."}}));
}

TEST(TransferImport, TextThatIsNotUtf8IsRefusedWithTheOffsetOfTheFirstBadByte) {
  const ImportPlan plan = plan_one("latin1.md", "# Caf\xE9 outage\n");
  EXPECT_TRUE(plan.candidates.empty());
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"latin1.md",
                 "This is not UTF-8 text (the first byte that is not is at offset 5); save it as "
                 "UTF-8 and open it again."}}));
}

TEST(TransferImport, FileWithNulBytesIsRefusedAsBinary) {
  const ImportPlan plan = plan_one("outage.md", std::string("# Outage\0\x01\x02", 11));
  EXPECT_TRUE(plan.candidates.empty());
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"outage.md", "This looks like a binary file, not Markdown or JSON text."}}));
}

TEST(TransferImport, Utf16TextIsRefusedSayingHowToSaveItAsUtf8) {
  const ImportPlan plan = plan_one("outage.md", std::string("\xFF\xFE#\0 \0O\0", 8));
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"outage.md", "This text is UTF-16; save it as UTF-8 and open it again."}}));
}

TEST(TransferImport, MalformedJsonIsRefusedNamingWhereItBroke) {
  const ImportPlan plan = plan_one("broken.json", "{\"schema\": 2,\n \"id\": }");
  EXPECT_TRUE(plan.candidates.empty());
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"broken.json",
                 "Not valid JSON at byte 22, line 2, column 8: syntax error while parsing value "
                 "- unexpected '}'; expected '[', '{', or a literal."}}));
}

TEST(TransferImport, JsonThatIsNotAValidPostMortemNamesEachErrorPath) {
  const ImportPlan plan = plan_one(
      "partial.json",
      R"({"schema": 2, "id": "pm-1", "created_at": "2024-01-15T00:00:00Z", "incident": {}})");
  EXPECT_TRUE(plan.candidates.empty());
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"partial.json",
                 "This is not a post-mortem Hindsight can read: /incident/title: missing required "
                 "key."}}));
}

TEST(TransferImport, JsonThatIsNotAnObjectIsRefusedSayingWhatItFound) {
  EXPECT_EQ(plan_one("list.json", "[1, 2]").problems,
            (std::vector<FileProblem>{
                {"list.json",
                 "This is not a post-mortem Hindsight can read: expected an object, found "
                 "array."}}));
}

TEST(TransferImport, OneRefusedFileDoesNotStopTheOthers) {
  const ImportPlan plan =
      plan_import({{"bad.json", "{"}, {"good.md", "---\nid: \"pm-1\"\n---\n# Good\n"}}, {});
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_EQ(plan.candidates[0].source, "good.md");
  ASSERT_EQ(plan.problems.size(), 1u);
  EXPECT_EQ(plan.problems[0].source, "bad.json");
}

TEST(TransferImport, FoldersAndMacOsResourceCopiesInAnArchiveAreIgnored) {
  const ImportPlan plan =
      plan_import({{"x.zip/notes/", ""},
                   {"x.zip/__MACOSX/notes/._a.md", std::string("\0\x05\x16\x07", 4)},
                   {"x.zip/notes/a.md", "---\nid: \"pm-1\"\n---\n# A\n"}},
                  {});
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_EQ(plan.candidates[0].source, "x.zip/notes/a.md");
  EXPECT_TRUE(plan.problems.empty());
}

// --- One post-mortem, several files ------------------------------------------------------------

TEST(TransferImport, JsonCopyWinsOverTheSameMarkdownWhichIsDroppedWithOneNote) {
  PostMortem p = postmortem("pm-1", "Outage", "2024-01-15");
  p.unknown["kept_only_in_json"] = 1;
  PostMortem q = postmortem("pm-2", "Other", "2024-01-16");
  Library source;
  source.postmortems = {p, q};
  const ImportPlan plan = plan_import(
      {{"a.zip/2024-01-15-outage.md", core::export_markdown(p)},
       {"a.zip/2024-01-16-other.md", core::export_markdown(q)},
       {"a.zip/hindsight-library.json", save_library_backup(source, at("2024-03-01T00:00:00Z"))}},
      {});
  ASSERT_EQ(plan.candidates.size(), 2u);
  EXPECT_EQ(plan.candidates[0].postmortem, p);  // the JSON copy, unknown field and all
  EXPECT_EQ(plan.candidates[0].source, "a.zip/hindsight-library.json \xE2\x80\xBA post-mortem 1");
  EXPECT_EQ(plan.candidates[1].postmortem, q);
  EXPECT_TRUE(plan.problems.empty());
  EXPECT_EQ(plan.notes, (std::vector<std::string>{
                            "2 Markdown files were skipped: they repeat post-mortems that "
                            "a.zip/hindsight-library.json holds in full."}));
}

TEST(TransferImport, MarkdownThatDiffersFromTheJsonCopyIsReportedNotDroppedUnseen) {
  const PostMortem p = postmortem("pm-1", "Outage", "2024-01-15");
  PostMortem edited = p;
  edited.lessons_learned = "Alert on pool saturation.";
  const ImportPlan plan = plan_import(
      {{"edited.md", core::export_markdown(edited)}, {"outage.json", core::save_json(p)}}, {});
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_EQ(plan.candidates[0].source, "outage.json");
  EXPECT_TRUE(plan.notes.empty());
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"edited.md",
                 "Same post-mortem as outage.json, which is imported instead since JSON keeps "
                 "every field; this Markdown differs from it and was not imported."}}));
}

TEST(TransferImport, TwoFilesOfTheSameKindWithOneIdKeepTheFirst) {
  const ImportPlan plan = plan_import({{"first.md", "---\nid: \"pm-1\"\n---\n# First\n"},
                                       {"second.md", "---\nid: \"pm-1\"\n---\n# Second\n"}},
                                      {});
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_EQ(plan.candidates[0].postmortem.incident.title, "First");
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{{"second.md",
                                       "Same post-mortem as first.md; only that one is "
                                       "imported."}}));
}

TEST(TransferImport, RepeatedPostMortemsAreReportedInTheOrderTheFilesCame) {
  const ImportPlan plan = plan_import({{"z1.md", "---\nid: \"pm-z\"\n---\n# Z\n"},
                                       {"a1.md", "---\nid: \"pm-a\"\n---\n# A\n"},
                                       {"z2.md", "---\nid: \"pm-z\"\n---\n# Z again\n"},
                                       {"a2.md", "---\nid: \"pm-a\"\n---\n# A again\n"}},
                                      {});
  ASSERT_EQ(plan.candidates.size(), 2u);
  EXPECT_EQ(plan.candidates[0].source, "z1.md");
  EXPECT_EQ(plan.candidates[1].source, "a1.md");
  EXPECT_EQ(plan.problems,
            (std::vector<FileProblem>{
                {"z2.md", "Same post-mortem as z1.md; only that one is imported."},
                {"a2.md", "Same post-mortem as a1.md; only that one is imported."}}));
}

// --- Against the library ---------------------------------------------------------------------

TEST(TransferImport, ExistingIdIsAReplacementListingWhatChangesFieldByField) {
  Library library;
  PostMortem before = postmortem("pm-1", "Pool exhausted", "2024-01-15");
  before.timeline = {{at("2024-01-15T14:00:00Z"), core::EventKind::Detected, "Alert fired", ""}};
  before.incident.tags = {"db", "orders"};
  library.postmortems = {before};
  PostMortem after = before;
  after.incident.title = "Connection pool exhausted";
  after.timeline[0].text = "Latency alert fired";
  after.timeline.push_back({std::nullopt, core::EventKind::Resolved, "Pool raised", ""});
  after.incident.tags = {"db"};

  const ImportPlan plan = plan_one("pool.json", core::save_json(after), library);
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_EQ(plan.candidates[0].action, ImportAction::replace);
  EXPECT_EQ(plan.candidates[0].changes,
            (std::vector<FieldChange>{
                {"incident \xE2\x80\xBA tags 2", "orders", ""},
                {"incident \xE2\x80\xBA title", "Pool exhausted", "Connection pool exhausted"},
                {"timeline 1 \xE2\x80\xBA text", "Alert fired", "Latency alert fired"},
                {"timeline 2 \xE2\x80\xBA at", "", ""},
                {"timeline 2 \xE2\x80\xBA kind", "", "resolved"},
                {"timeline 2 \xE2\x80\xBA source", "", ""},
                {"timeline 2 \xE2\x80\xBA text", "", "Pool raised"}}));
}

// A hand-written file that names no day (no front matter, no incident date, no dated event) is
// dated by its import, not 1970; opened again later, it keeps that date and changes nothing.
TEST(TransferImport, AFileThatNamesNoDayIsDatedByItsImportAndKeepsThatDate) {
  const std::string markdown = "# Cache stampede\n\nThe cache expired at once.\n";
  Library library;
  apply_import(library, plan_one("stampede.md", markdown, library), kImportedAt);
  ASSERT_EQ(library.postmortems.size(), 1u);
  EXPECT_EQ(library.postmortems[0].created_at, kImportedAt);
  const ImportPlan again = plan_one("stampede.md", markdown, library);
  ASSERT_EQ(again.candidates.size(), 1u);
  EXPECT_EQ(again.candidates[0].action, ImportAction::unchanged);
  EXPECT_EQ(again.candidates[0].postmortem.created_at, kImportedAt);
}

// The plan said "create", but the post-mortem reached the library before the import was confirmed
// (another tab saved it): the file, which names no day, keeps the date the library holds.
TEST(TransferImport, AFileThatNamesNoDayKeepsTheLibrarysDateWhenItReplacesOneThatArrivedMeanwhile) {
  const std::string markdown = "# Cache stampede\n\nThe cache expired at once.\n";
  Library library;
  const ImportPlan plan = plan_one("stampede.md", markdown, library);
  ASSERT_EQ(plan.candidates.size(), 1u);
  ASSERT_EQ(plan.candidates[0].action, ImportAction::create);
  PostMortem meanwhile = plan.candidates[0].postmortem;
  meanwhile.created_at = at("2024-01-16T08:30:00Z");
  meanwhile.what_happened = "Written in another tab.";
  library.postmortems = {meanwhile};
  const ImportOutcome outcome = apply_import(library, plan, kImportedAt);
  ASSERT_EQ(outcome.replaced.size(), 1u);
  EXPECT_EQ(library.postmortems[0].what_happened, plan.candidates[0].postmortem.what_happened);
  EXPECT_EQ(library.postmortems[0].created_at, at("2024-01-16T08:30:00Z"));
}

TEST(TransferImport, IdenticalPostMortemIsUnchangedAndApplyingSkipsIt) {
  Library library;
  library.postmortems = {postmortem("pm-1", "Outage", "2024-01-15")};
  const ImportPlan plan = plan_one("same.json", core::save_json(library.postmortems[0]), library);
  ASSERT_EQ(plan.candidates.size(), 1u);
  EXPECT_EQ(plan.candidates[0].action, ImportAction::unchanged);
  const ImportOutcome outcome = apply_import(library, plan, kImportedAt);
  EXPECT_TRUE(outcome.created.empty());
  EXPECT_TRUE(outcome.replaced.empty());
  EXPECT_EQ(library.postmortems.size(), 1u);
}

TEST(TransferImport, ApplyCreatesAndReplacesInPlaceAndUndoRestoresTheLibraryExactly) {
  Library library;
  library.postmortems = {postmortem("pm-1", "One", "2024-01-01"),
                         postmortem("pm-2", "Two", "2024-01-02"),
                         postmortem("pm-3", "Three", "2024-01-03")};
  library.deleted = {postmortem("pm-0", "Zero", "2023-12-31")};
  const Library original = library;
  PostMortem two = library.postmortems[1];
  two.what_happened = "The pool ran dry.";
  const PostMortem three = library.postmortems[2];
  const PostMortem four = postmortem("pm-4", "Four", "2024-01-04");

  const ImportPlan plan = plan_import({{"two.json", core::save_json(two)},
                                       {"three.json", core::save_json(three)},
                                       {"four.json", core::save_json(four)}},
                                      library);
  const ImportOutcome outcome = apply_import(library, plan, kImportedAt);
  EXPECT_EQ(outcome.created, (std::vector<std::string>{"pm-4"}));
  EXPECT_EQ(outcome.replaced, (std::vector<PostMortem>{original.postmortems[1]}));
  EXPECT_EQ(library.postmortems,
            (std::vector<PostMortem>{original.postmortems[0], two, three, four}));

  undo_import(library, outcome);
  EXPECT_EQ(library.postmortems, original.postmortems);
  EXPECT_EQ(library.deleted, original.deleted);
}

// --- Showing changes ---------------------------------------------------------------------------

TEST(TransferChanges, ShortValuesAreShownOnOneLine) {
  EXPECT_EQ(shorten_for_display("Pool\n\n  exhausted\t"), "Pool exhausted");
}

TEST(TransferChanges, LongValueIsCutToTheLimitWithAnEllipsisOnCodePoints) {
  const std::string long_text = std::string(10, 'a') + "\xC3\xA9\xC3\xA9" + std::string(10, 'b');
  EXPECT_EQ(shorten_for_display(long_text, {}, 12), "aaaaaaaaaa\xC3\xA9\xE2\x80\xA6");
}

TEST(TransferChanges, TwoLongValuesShowTheWordsAroundTheirFirstDifference) {
  const std::string common(100, 'x');
  const std::string before = common + " the pool ran dry " + std::string(100, 'y');
  const std::string after = common + " the pool overflowed " + std::string(100, 'y');
  const std::string shown = shorten_for_display(before, after, 40);
  EXPECT_EQ(shown, "\xE2\x80\xA6xxxxxxxxxx the pool ran dry yyyyyyyyyy\xE2\x80\xA6");
}

TEST(TransferChanges, ChangesAreShownShortened) {
  PostMortem before = postmortem("pm-1", "Outage", "2024-01-15");
  PostMortem after = before;
  after.what_happened = std::string(200, 'w');
  const std::vector<FieldChange> changes = field_changes(before, after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].field, "what happened");
  EXPECT_EQ(changes[0].before, "");
  EXPECT_EQ(changes[0].after, std::string(79, 'w') + "\xE2\x80\xA6");
}

// --- Export all --------------------------------------------------------------------------------

TEST(TransferExport, ArchiveIsNamedForTheDay) {
  EXPECT_EQ(export_all_file_name(at("2026-11-30T23:59:59Z")), "hindsight-2026-11-30.zip");
}

TEST(TransferExport, EachPostMortemIsAMarkdownFileNamedByDateAndTitleThenTheBackup) {
  Library library;
  library.postmortems = {postmortem("pm-c", "Outage", "2024-01-15"),
                         postmortem("pm-a", "Outage", "2024-01-15"),
                         postmortem("pm-b", "Outage 2", "2024-01-15")};
  const core::UtcSeconds now = at("2026-11-30T10:00:00Z");
  const std::vector<ArchiveEntry> entries = export_all_entries(library, now);
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].name, "2024-01-15-outage.md");
  EXPECT_EQ(entries[0].bytes, core::export_markdown(library.postmortems[1]));
  EXPECT_EQ(entries[1].name, "2024-01-15-outage-2.md");  // "Outage 2" took its own name first
  EXPECT_EQ(entries[1].bytes, core::export_markdown(library.postmortems[2]));
  EXPECT_EQ(entries[2].name, "2024-01-15-outage-3.md");
  EXPECT_EQ(entries[2].bytes, core::export_markdown(library.postmortems[0]));
  EXPECT_EQ(entries[3].name, "hindsight-library.json");
  EXPECT_EQ(entries[3].bytes, save_library_backup(library, now));
}

TEST(TransferExport, BackupIsDeterministicAndSortedById) {
  Library library;
  library.postmortems = {postmortem("pm-b", "B", "2024-01-02"),
                         postmortem("pm-a", "A", "2024-01-01")};
  Library reversed;
  reversed.postmortems = {library.postmortems[1], library.postmortems[0]};
  const core::UtcSeconds now = at("2026-11-30T10:00:00Z");
  const std::string backup = save_library_backup(library, now);
  EXPECT_EQ(backup, save_library_backup(reversed, now));
  const core::Json document = core::Json::parse(backup);
  EXPECT_EQ(document["hindsight_library"], 1);
  EXPECT_EQ(document["exported_at"], "2026-11-30T10:00:00Z");
  ASSERT_EQ(document["postmortems"].size(), 2u);
  EXPECT_EQ(document["postmortems"][0], core::to_json(library.postmortems[1]));
  EXPECT_EQ(document["postmortems"][1], core::to_json(library.postmortems[0]));
}

TEST(TransferExport, ExportAllImportsBackIntoAnEmptyLibraryWithNothingLost) {
  Library library;
  library.postmortems.push_back(core::sample_postmortem());
  PostMortem tricky = postmortem("pm-tricky", "Outage", "2024-01-15");
  tricky.what_happened =
      "# Not a heading\n\n---\nid: \"pm-other\"\n---\n\n| a | b |\n|---|---|\n\n```\n## code\n```";
  tricky.lessons_learned = "* **Owner:** nobody\n\n> quoted ## hash";
  tricky.unknown["from_a_newer_hindsight"] = core::Json{{"nested", {1, 2, 3}}};
  library.postmortems.push_back(tricky);
  library.postmortems.push_back(postmortem("pm-same-name", "Outage", "2024-01-15"));
  for (std::uint64_t seed = 1; seed <= 5; ++seed)
    library.postmortems.push_back(testing::generate_postmortem(seed));

  const std::vector<ArchiveEntry> entries = export_all_entries(library, at("2026-11-30T10:00:00Z"));
  ASSERT_EQ(entries.size(), library.postmortems.size() + 1);
  std::vector<IncomingFile> files;
  for (const ArchiveEntry& entry : entries)
    files.push_back({"hindsight-2026-11-30.zip/" + entry.name, entry.bytes});

  Library restored;
  const ImportPlan plan = plan_import(files, restored);
  EXPECT_TRUE(plan.problems.empty()) << plan.problems[0].source << ": " << plan.problems[0].reason;
  EXPECT_EQ(plan.notes, (std::vector<std::string>{
                            "8 Markdown files were skipped: they repeat post-mortems that "
                            "hindsight-2026-11-30.zip/hindsight-library.json holds in full."}));
  const ImportOutcome outcome = apply_import(restored, plan, kImportedAt);
  EXPECT_EQ(outcome.created.size(), library.postmortems.size());
  ASSERT_EQ(restored.postmortems.size(), library.postmortems.size());
  for (const PostMortem& original : library.postmortems) {
    const PostMortem* back = core::find_postmortem(restored, original.id);
    ASSERT_NE(back, nullptr) << original.id;
    EXPECT_EQ(core::save_json(*back), core::save_json(original));
    EXPECT_EQ(*back, original);
  }
}

TEST(TransferExport, EveryExportedMarkdownFileAloneImportsToItsPostMortem) {
  Library library;
  library.postmortems.push_back(core::sample_postmortem());
  for (std::uint64_t seed = 11; seed <= 13; ++seed)
    library.postmortems.push_back(testing::generate_postmortem(seed));
  std::vector<ArchiveEntry> entries = export_all_entries(library, at("2026-11-30T10:00:00Z"));
  entries.pop_back();  // without the backup
  std::vector<IncomingFile> files;
  for (const ArchiveEntry& entry : entries) files.push_back({entry.name, entry.bytes});
  const ImportPlan plan = plan_import(files, {});
  ASSERT_EQ(plan.candidates.size(), library.postmortems.size());
  EXPECT_TRUE(plan.problems.empty());
  for (const ImportCandidate& c : plan.candidates)
    EXPECT_EQ(c.postmortem, *core::find_postmortem(library, c.postmortem.id)) << c.source;
}

}  // namespace
}  // namespace hindsight::transfer
