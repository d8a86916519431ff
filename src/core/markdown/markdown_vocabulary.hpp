// The words of the Markdown format: section titles and bold labels Hindsight writes, and the
// other names people give them, which the importer also reads. One place for both directions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/field_table.hpp"
#include "core/model/postmortem.hpp"

namespace hindsight::core {

inline constexpr std::string_view kTitlePrefix = "Post-Mortem: ";
inline constexpr std::string_view kFrontMatterKey = "front_matter";   // PostMortem::unknown slot
inline constexpr std::string_view kWhyPrefix = "Why? \xE2\x86\x92 ";  // "Why? → "

// The sections of the model's text fields take their titles from the field table.
constexpr std::string_view section_of(FieldId id) { return model_field(id).markdown_section; }

inline constexpr std::string_view kSectionSummary = section_of(FieldId::ExecutiveSummary);
inline constexpr std::string_view kSectionImpact = section_of(FieldId::Impact);
inline constexpr std::string_view kSectionWhatHappened = section_of(FieldId::WhatHappened);
inline constexpr std::string_view kSectionTimeline = "Timeline";
inline constexpr std::string_view kSectionAnalysis = kMarkdownAnalysis;
inline constexpr std::string_view kSectionWentWell = section_of(FieldId::WentWell);
inline constexpr std::string_view kSectionCouldImprove = section_of(FieldId::CouldImprove);
inline constexpr std::string_view kSectionLucky = section_of(FieldId::GotLucky);
inline constexpr std::string_view kSectionActions = "Action Items";
inline constexpr std::string_view kSectionLessons = section_of(FieldId::LessonsLearned);
inline constexpr std::string_view kSectionMeeting = kMarkdownMeeting;

inline constexpr std::string_view kSubsectionFiveWhys = "5 Whys";
inline constexpr std::string_view kSubsectionRootCauses = "Root Causes";
inline constexpr std::string_view kSubsectionFollowUps =
    section_of(FieldId::FollowUpInvestigations);
inline constexpr std::string_view kSubsectionAgenda = "Agenda";
inline constexpr std::string_view kSubsectionOpening = section_of(FieldId::OpeningStatement);
inline constexpr std::string_view kSubsectionKeyQuestions = "Key Questions";
inline constexpr std::string_view kSubsectionConfusion = section_of(FieldId::Confusion);
inline constexpr std::string_view kSubsectionParkingLot = section_of(FieldId::ParkingLot);
inline constexpr std::string_view kSubsectionBrainstorm = "Brainstorm";

inline constexpr std::string_view kLabelDate = "Date";
inline constexpr std::string_view kLabelDuration = "Incident Duration";
inline constexpr std::string_view kLabelSeverity = "Severity";
inline constexpr std::string_view kLabelStatus = "Status";
inline constexpr std::string_view kLabelImpact = "Impact";
inline constexpr std::string_view kLabelUsersAffected = "Users Affected";
inline constexpr std::string_view kLabelAuthor = "Author";
inline constexpr std::string_view kLabelReviewers = "Reviewers";
inline constexpr std::string_view kLabelFacilitator = "Facilitator";
inline constexpr std::string_view kLabelAttendees = "Attendees";
inline constexpr std::string_view kLabelHeld = "Held";
inline constexpr std::string_view kLabelProblem = "Problem";
inline constexpr std::string_view kLabelConclusion = "Conclusion";
inline constexpr std::string_view kLabelGroundRules = "Ground Rules Restated";
inline constexpr std::string_view kLabelCurrentItem = "Current Agenda Item";
// "**Current Agenda Item:** 2 of 5" names the item the meeting is on; this word, a finished one.
inline constexpr std::string_view kCurrentItemFinished = "finished";

// Column headers of the tables Hindsight writes, where the importer reads them by name.
inline constexpr std::string_view kColumnId = "ID";
inline constexpr std::string_view kColumnUsed = "Used";
inline constexpr std::string_view kColumnRunningSince = "Running Since (UTC)";
inline constexpr std::string_view kColumnAddresses = "Addresses";
inline constexpr std::string_view kColumnTriage = "Triage";
inline constexpr std::string_view kColumnMerged = "Merged";

// "🔴 High", "🟡 Medium", "🟢 Low": the workflow's priority markers.
std::string priority_marker(Priority priority);

// "Thời gian (UTC)" -> "thời gian", "3. Timeline 🕐" -> "timeline": a name lowercased in any
// script, its words one space apart, brackets, numbering and emoji dropped.
std::string name_key(std::string_view name);

// "Lead Up", "Leadup": the section of a common template that tells what led to the incident.
bool names_the_lead_up(std::string_view title);
// "Background", "1. Background", "📚 Background and context", "Context": the setting a story is
// told in.
bool names_the_background(std::string_view title);
// "Acknowledgements", "Appendix", "Update", "About us", "Conclusion", "Why the alert didn't
// fire": a part of a post that tells no chapter of its story.
bool names_an_aside(std::string_view title);
// "Postscript", "Appendix: alert log", "References", "Acknowledgements": of those asides, the
// ones that stand after or beside any account, never a phase or a chapter of it.
bool names_an_afterword(std::string_view title);
// "Updates:", "Status updates": a title over a log of updates and nothing else, never a
// document's title.
// "Resolution Summary", "Timeline summary": the summary of another part, not of the incident.
bool sums_up_another_part(std::string_view title);
bool names_only_updates(std::string_view title);
// The words, lowercase, of an update in a log of updates: an edit ("Update") or a status page's
// status ("Resolved", "Investigating").
inline constexpr std::string_view kUpdateWords[] = {
    "updated",       "update",     "edited",     "edit",      "resolved", "monitoring",
    "investigating", "identified", "recovering", "mitigated", "closed",   "completed"};
// "Update", "RESOLVED", "Update -": a label that is one of them.
bool names_an_update(std::string_view label);
// "Update", "Edited": an update word that tells of an edit, not a status ("Resolved"), so
// says nothing the kind of its entry does not.
bool names_an_edit(std::string_view label);

// Words of a schedule, padded with spaces, in lowercase text whose punctuation is spaces:
// "backups run daily at 02:00", "Our nightly jobs run on a fixed schedule:".
inline constexpr std::string_view kScheduleCues[] = {
    " every ", " daily ",  " nightly ", " each ", " hourly ",  " weekly ", " schedule ",
    " rota ",  " window ", " windows ", " cron ", " crontab ", " routine "};
// Whether `text` speaks of a schedule by one of those words.
bool tells_a_schedule(std::string_view text);

// "Update: 18:52 We have identified ...", "UPDATE - 19:12 ...", "Update and Monitoring Jan 24
// 09:00 UTC": the length of the update's words (one, or several joined by "and" or "&") and
// what sets them apart (":", "-", spaces) opening `text` before a digit or a capital (a month's
// name, perhaps); 0 when there is none. The caller checks that a moment follows.
std::size_t update_label_length(std::string_view text);

// Where a section's content goes, by its title as people write it.
enum class SectionRole {
  Unknown,
  Summary,
  Impact,
  WhatHappened,
  Timeline,
  Analysis,
  WentWell,
  CouldImprove,
  Lucky,
  Actions,
  Lessons,
  Meeting,
  Confusion,
  ParkingLot,
  FollowUps,
  FiveWhys,
  RootCauses,
  Agenda,
  Opening,
  KeyQuestions,
  Brainstorm,
};
SectionRole section_role(std::string_view title);
// A heading inside a section: the analysis' "5 Whys" or the meeting's "Agenda" first.
SectionRole subsection_role(std::string_view title);
// A section of a document written by hand: section_role, and a section named after the document
// ("Postmortem", "Retrospective") is its lessons learned. Never for a document Hindsight wrote.
SectionRole handwritten_section_role(std::string_view title);
// True when a title's last words name work to be done, whatever the words before them name:
// "Root Cause Remediations", "Database follow-ups", "Root cause action items". ("Responder
// actions" are what was done during the incident.)
bool ends_naming_actions(std::string_view title);
// True when a label over a paragraph says the paragraph explains how the failure worked: a name
// of the analysis ("Root cause", "Why it happened"), "Why ..." (not "Why we ..."), "What X
// means", "How X works", "X mechanics", "X explained".
bool labels_an_explanation(std::string_view label);
// A label inside a summary section ("User impact:", "**What happened?**:"): section_role, except
// that the labels naming the summary's own text ("Description", "Overview") are Summary.
SectionRole summary_label_role(std::string_view label);
// True for a section that tells one part of its field's story ("Resolution", "Detection",
// "Trigger"): it adds to that field rather than repeating it.
bool names_a_part(std::string_view title);
// "Short-term (Recommended)", "Long term fixes": a title that names work by when it is due ("Long-
// term impact" names none).
bool names_work_by_its_horizon(std::string_view title);
// "Improvements", "Things to improve": under a lessons section, what could be improved
// (elsewhere the word names work to be done).
bool names_improvements_alone(std::string_view title);

// True when an actions section's title tells its work as done: "Fixes applied", "Implemented
// mitigations", "What we shipped", "What we've fixed", "Changes we've made".
bool names_work_done(std::string_view title);

// True when a section's title names the review's own progress ("Status", "Checklist"): a task
// list under it may tick off the review's stages ("[x] Root cause determined") rather than list
// actions.
bool names_review_progress(std::string_view title);

// "## Post Mortem", "## Incident report": a heading over the report's own parts ("#### Summary of
// Incident", "#### Action Items"), after a status page's updates.
bool holds_the_report(std::string_view title);

// True when a title names the fixes themselves: "Fixes", "The fix", or one that tells them done
// (names_work_done).
bool names_fixes(std::string_view title);
// "Improving Recovery Procedures", "Preventing future outages": work named by what it does; a
// section of the post-mortem, but under a part of the story ("### Improving the cache hit rate"
// under "## Background") that part's account.
bool names_work_by_its_gerund(std::string_view title);
// "Timeline", "Root Cause", "What happened": a title that is a known section's name and nothing
// more ("Timeline to follow once logs are collected" is a sentence that opens with one).
bool is_a_part_name(std::string_view title);
// "Incident Overview", "Outage Overview": a summary's name that a table of the incident's facts
// may stand under too.
bool names_an_incident_overview(std::string_view title);
// "Open Questions", "Unanswered Questions": a name of the investigations still to make, which
// a page of questions answered may stand under too.
bool names_open_questions(std::string_view title);
// True when a paragraph opens by saying the team was lucky ("We were lucky that ...", "Luckily,").
bool opens_with_luck(std::string_view text);
// The field of the field table a section with this role fills (prose or a list), or null: the
// role its Markdown section title has, read as a section or, under another, as a subsection.
const ModelField* section_field(SectionRole role);

// Metadata labels ("Severity", "Sev", "Reviewed by") and the field each one fills.
enum class MetaField {
  Unknown,
  Date,
  Duration,
  Severity,
  Status,
  Impact,
  UsersAffected,
  Author,
  Reviewers,
  Facilitator,
  Attendees,
  Tags,
  Services,
  Held,
  Problem,
  Conclusion,
  RootCausesList,
  GroundRules,
  CurrentItem,
};
MetaField meta_field(std::string_view label);

// True when a lowercase word is in the past tense: "-ed", or an irregular form a present tense
// does not share ("took", "fell"; not "run", "set": "We run a nightly job", "we set alerts").
bool is_past_tense(std::string_view word);

// How `line` opens in the past tense ("Migrated the Asia node", "Re-enabled alerting"): not at
// all, with a word in the past tense ("Improved alerting" may also name the alerting wanted), or
// with one a determiner follows, surely a verb ("Migrated the Asia node").
enum class PastOpening { None, Word, Verb };
PastOpening past_tense_opening(std::string_view line);

// True when `line` opens with a capitalised verb in the imperative, the way action items are
// written ("Add a feature ...", "Hire a ...", "Develop better ..."), not a sentence of prose.
bool starts_with_imperative(std::string_view line);

// True when `paragraph` ends with a sentence that announces what will keep the incident from
// happening again and introduces a list ("To prevent similar issues in the future, we've made a
// few changes:", "Going forward we will:"). A colon after an account of the incident ("We made
// the following changes to the config:") announces no remediation, nor does advice to the reader
// ("Some things you can do to prevent this:").
bool announces_remediation(std::string_view paragraph);

// True when `paragraph` ends with a sentence that introduces a list of the steps the team took
// in response ("Our first steps included:", "We took the following actions:", "We have:", "Two
// fixes were implemented:"): work done, as a remediation section lists it.
bool announces_steps_taken(std::string_view paragraph);
// "In addition to these direct measures, we also took action to ...": after a list of steps
// taken, one more told as done.
bool adds_work_done(std::string_view paragraph);

// True when an action item's first sentence reports the work as done, in the passive past
// ("All compromised hosts were swiftly identified and rebuilt", "Access was restricted"), not as
// work to do ("Verify the hosts were rebuilt", "Backfill the data that was lost", "Alert when
// the job was skipped", "The cache was not warmed").
bool reports_completion(std::string_view action);

// True when a sentence of an account commits to work still to do ("More training will be
// conducted in the future", "Database optimization remains a priority to fix in the near
// future", "there are still some issues remaining we would like to address", "An alert will be
// added by Jay", "We are looking into solutions"): words of intent together with words of what
// is ahead or a verb of work. Advice to the reader ("you will") is no commitment.
bool commits_to_work(std::string_view sentence);
// "We have already increased the frequency of backups": work the sentence says is done.
bool reports_work_done(std::string_view sentence);
// "Going forward we should endeavour to create an identical testnet", "we should try and identify
// issues on other chains first": advice to the team itself, as a lesson gives it (not "we should
// have caught this", nor a question).
bool advises_the_team(std::string_view sentence);
// "Full snapshots should be taken before any upgrade": a change asked, in the passive, of a thing
// the sentence opens with (not "It should be noted that ...", nor a condition or a question).
bool asks_for_a_change(std::string_view sentence);
// "I've bumped the droplet's RAM to 1GB", "We also installed the uptime app": a change the writer
// or the team says it made (not what it learnt, saw or weighed), as a section of follow-up work
// tells its work done. Read only there: elsewhere the same words tell the response.
bool reports_a_change_made(std::string_view sentence);
// "As a first step we enabled eager loading in our test suite", "We added the missing index":
// the team's lasting work told as done ("we failed over" and "we discussed" are no such work).
bool reports_lasting_deed(std::string_view sentence);
// "The testnet configuration needs to more closely mirror mainnet", "Secrets and keys need
// two-way links", "ABI decoding should be more fault tolerant": a thing of two words or more
// named as the subject of work called for, before the sentence's first full stop or semicolon.
// Not a person, the team or a pronoun ("we need to" is commits_to_work's), a condition, a
// denial ("does not need to", "needs no restart") or the past ("needed").
bool calls_for_work(std::string_view sentence);

// True when a paragraph under an actions heading says what the team is doing or will do ("First,
// we are calling the factory ...", "In the future, we could add a second factory"), rather than
// commenting on the actions: the team as the subject of work under way, planned or proposed.
// Advice to the reader ("you could") is no such work.
bool states_the_teams_work(std::string_view paragraph);

// The sentences of a paragraph's plain text: a stop, then a space and a capital letter, ends one
// ("e.g. the" does not).
std::vector<std::string> sentences_of(std::string_view text);
// The same, each also cut after a Chinese or Japanese full stop ("。", "！", "？") that ends a
// sentence of those scripts: where a promise is picked out of a paragraph.
std::vector<std::string> sentences_of_any_script(std::string_view text);

// True when a paragraph of one sentence says what the incident left alone ("the majority of
// the netspace was not impacted", "EU customers were unaffected"): the scope of the impact.
bool says_what_was_spared(std::string_view paragraph);

// True when a paragraph tells, in the first person and the past, what the team did ("We
// reverted the problematic changes and released 1.270.1."): an account, not work to do.
bool tells_what_was_done(std::string_view paragraph);

// True when a sentence tells, in the first person and the past, what its writers did or met
// ("I rebooted the server", "Then we quickly rolled back", "We were paged at night"): a
// sentence of the story.
bool tells_the_writers_past(std::string_view sentence);

// The status a label gives the action it introduces, when it introduces one: "Action item",
// "Action point", "TODO", "Review actions", "Follow-up" (open); "Actions taken", "DONE" (done);
// "DOING", "WIP" (in progress). Nothing for any other label. `label` is without its colon; the
// one-word markers count only in capitals ("DONE", "DOING"), as a word in prose is no marker.
std::optional<ActionStatus> action_label_status(std::string_view label);
// The status a heading over a group of actions inside their section names when it names only
// that ("### Completed", "### In progress", "### Remaining"), or the one its label names
// ("### Actions taken"); nothing for a heading that names a topic ("### Monitoring").
std::optional<ActionStatus> status_group_title(std::string_view title);
// Whether a section's title names action items and nothing more ("Action Items", "Next Steps",
// "Remediation"), where "Completed Actions" or "Summary and next steps" say more.
bool names_action_items_alone(std::string_view title);

// A timeline milestone named by a label ("Detection", "Fix Applied", "Resolved").
std::optional<EventKind> event_kind_from_label(std::string_view label);

}  // namespace hindsight::core
