#include "core/markdown/markdown_vocabulary.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <span>
#include <utility>

#include "core/markdown/markdown_text.hpp"
#include "core/model/enum_names.hpp"
#include "core/model/utf8.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {
namespace {

// A letter of the scripts post-mortems are written in, lowercased ("É" -> "é"); 0 for anything
// else (digits, punctuation, symbols, emoji). Japanese and Chinese letters count, so that
// "発生から復旧までのタイムライン" keeps its words; "・", which separates them, does not.
char32_t lowercase_letter(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  if (c >= 'a' && c <= 'z') return c;
  if (c < 0xC0) return 0;
  if (c == 0xD7 || c == 0xF7) return 0;      // × ÷
  if (c <= 0xDE) return c + 0x20;            // À-Þ
  if (c <= 0xFF) return c;                   // ß-ÿ
  if (c == 0x130 || c == 0x131) return 'i';  // Turkish İ and ı: "ALINAN", "alınan" alike
  // Latin Extended A (Polish, Czech, Turkish...): each capital just before its small letter,
  // capitals on even code points but in the two runs that start on odd ones (Ĺ-ň, Ź-ž).
  if (c == 0x138) return c;     // ĸ, small alone
  if (c == 0x178) return 0xFF;  // Ÿ
  if (c <= 0x17F) {
    const bool odd_run = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return (c % 2 == 1) == odd_run ? c + 1 : c;
  }
  if (c == 0x1A0 || c == 0x1AF) return c + 1;     // Vietnamese Ơ, Ư
  if (c <= 0x24F) return c;                       // Latin Extended B
  if (c >= 0x391 && c <= 0x3A9) return c + 0x20;  // Greek capitals
  if (c >= 0x3AA && c <= 0x3FF) return c;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;  // Cyrillic Ѐ-Џ (Ё, Є, І, Ї)
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;  // Cyrillic capitals
  // Cyrillic Ѡ-Ҁ and Ҋ-ҿ (Ukrainian Ґ): each capital just before its small letter.
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF)) return c % 2 == 0 ? c + 1 : c;
  if (c >= 0x430 && c <= 0x4FF) return c;
  // Latin Extended Additional (Vietnamese "Dòng thời gian"): capitals on even code points.
  if (c == 0x1E9E) return 0xDF;  // ẞ
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return c % 2 == 0 ? c + 1 : c;
  if (c >= 0x1E96 && c <= 0x1E9F) return c;
  if (c == 0x30FB) return 0;                                           // ・
  if ((c >= 0x3040 && c <= 0x30FF) ||                                  // kana
      (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||  // CJK ideographs
      (c >= 0xAC00 && c <= 0xD7AF))                                    // Hangul
    return c;
  return 0;
}

// Lowercase letters and digits, words separated by one space; "(UTC)", leading numbering
// ("1.", "2)") and emoji dropped, also as GitHub writes them by name: "3. Timeline (UTC) 🕐" and
// ":clock3: Timeline" -> "timeline".
bool is_emoji_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
}

// The length of a GitHub emoji name (":warning:") at `at`, 0 when there is none.
std::size_t emoji_name_at(std::string_view title, std::size_t at) {
  if (title[at] != ':') return 0;
  std::size_t end = at + 1;
  while (end < title.size() && is_emoji_name_char(title[end])) ++end;
  return end > at + 1 && end < title.size() && title[end] == ':' ? end + 1 - at : 0;
}

// "Appendix A: Detailed timeline", "Annex 2 - Actions", "Appendix IV: Actions": a title key's
// part the appendix holds, after its label (a letter, a number or a Roman numeral); the key as
// it is otherwise.
std::string without_appendix_label(std::string key) {
  for (std::string_view appendix : {"appendix ", "annex "}) {
    if (!key.starts_with(appendix)) continue;
    const std::size_t label_end = key.find(' ', appendix.size());
    if (label_end == std::string::npos) break;
    const std::string_view label =
        std::string_view(key).substr(appendix.size(), label_end - appendix.size());
    const bool numbered =
        std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool roman = std::all_of(label.begin(), label.end(),
                                   [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
    if (label.size() == 1 || numbered || roman) key.erase(0, label_end + 1);
  }
  return key;
}

std::string normalise_title(std::string_view title) {
  // "Description <a href="#description" id="description"></a>": a documentation site's anchor.
  const std::string without_anchors = without_empty_anchors(title);
  title = without_anchors;
  std::string without_emoji_names;
  if (title.find(':') != std::string_view::npos) {
    for (std::size_t at = 0; at < title.size();) {
      if (const std::size_t n = emoji_name_at(title, at)) {
        at += n;
        continue;
      }
      without_emoji_names += title[at++];
    }
    title = without_emoji_names;
    while (!title.empty() && title.front() == ' ') title.remove_prefix(1);
  }
  std::size_t digits = 0;  // "3. Timeline": the numbering goes, "5 Whys" stays
  while (digits < title.size() && title[digits] >= '0' && title[digits] <= '9') ++digits;
  if (digits > 0 && digits < title.size() && (title[digits] == '.' || title[digits] == ')'))
    title.remove_prefix(digits + 1);
  std::string words;
  bool space = false;
  int parens = 0;
  for (std::size_t at = 0; at < title.size();) {
    CodePoint c{static_cast<unsigned char>(title[at]), 1};
    if (c.value >= 0x80) c = code_point_at(title, at);
    at += std::max<std::size_t>(c.length, 1);
    // A zero-width character pasted inside a word ("P<U+FEFF>ost Mortem") parts nothing.
    if (c.value == 0xAD || (c.value >= 0x200B && c.value <= 0x200F) ||
        (c.value >= 0x2060 && c.value <= 0x2064) || c.value == 0xFEFF)
      continue;
    if (c.value == '(' || c.value == 0xFF08) ++parens;  // "（案）" as Japanese writes it
    if ((c.value == ')' || c.value == 0xFF09) && parens > 0) {
      --parens;
      continue;
    }
    if (parens > 0) continue;
    const char32_t letter = lowercase_letter(c.value);
    const bool keep =
        letter != 0 || (c.value >= '0' && c.value <= '9') || c.value == ';' || c.value == '&';
    if (!keep) {
      space = !words.empty();
      continue;
    }
    if (space) words += ' ';
    space = false;
    append_utf8(words, letter != 0 ? letter : c.value);
  }
  return without_appendix_label(std::move(words));
}

template <class T, std::size_t N>
std::optional<T> lookup(const std::pair<std::string_view, T> (&table)[N], std::string_view key) {
  for (const auto& [name, value] : table)
    if (name == key) return value;
  return std::nullopt;
}

constexpr std::pair<std::string_view, SectionRole> kSectionNames[] = {
    {"executive summary", SectionRole::Summary},
    {"summary", SectionRole::Summary},
    {"tl;dr", SectionRole::Summary},
    {"tldr", SectionRole::Summary},
    {"tl dr", SectionRole::Summary},
    {"overview", SectionRole::Summary},
    {"incident summary", SectionRole::Summary},
    // "Incident Overview", not "System Overview": the overview of what befell, not of a system.
    {"incident overview", SectionRole::Summary},
    {"outage overview", SectionRole::Summary},
    {"issue overview", SectionRole::Summary},
    {"abstract", SectionRole::Summary},
    {"impact", SectionRole::Impact},
    {"impacts", SectionRole::Impact},
    {"customer impact", SectionRole::Impact},
    {"user impact", SectionRole::Impact},
    {"business impact", SectionRole::Impact},
    // "Fallout": what the failure cost those who depend on the system.
    {"fallout", SectionRole::Impact},
    {"consequences", SectionRole::Impact},
    {"consequences of failure", SectionRole::Impact},
    {"effects", SectionRole::Impact},
    {"the effects", SectionRole::Impact},
    {"what was the impact", SectionRole::Impact},
    {"what was the impact identified", SectionRole::Impact},
    {"what is the impact", SectionRole::Impact},
    {"what happened", SectionRole::WhatHappened},
    {"what happend", SectionRole::WhatHappened},  // a spelling common enough to read as meant
    {"description", SectionRole::WhatHappened},
    {"incident description", SectionRole::WhatHappened},
    {"narrative", SectionRole::WhatHappened},
    {"background", SectionRole::WhatHappened},
    {"details", SectionRole::WhatHappened},
    {"event details", SectionRole::WhatHappened},
    {"timeline", SectionRole::Timeline},
    {"incident timeline", SectionRole::Timeline},
    {"detailed timeline", SectionRole::Timeline},
    {"sequence of events", SectionRole::Timeline},
    {"chronology", SectionRole::Timeline},
    {"play by play", SectionRole::Timeline},
    {"play-by-play", SectionRole::Timeline},
    // "Leadup: the sequence of events that led to the incident", in a template many teams copy.
    {"leadup", SectionRole::Timeline},
    {"lead up", SectionRole::Timeline},
    {"root cause analysis", SectionRole::Analysis},
    {"root cause", SectionRole::Analysis},
    {"root causes", SectionRole::Analysis},
    {"cause", SectionRole::Analysis},
    {"causes", SectionRole::Analysis},
    {"contributing factors", SectionRole::Analysis},
    {"5 whys", SectionRole::Analysis},
    {"whys", SectionRole::Analysis},
    // "## What", "## Why", "## Remediations": a template that heads the analysis with the
    // question it answers.
    {"why", SectionRole::Analysis},
    // "Fault": what failed, as an RCA heads its cause.
    {"fault", SectionRole::Analysis},
    {"five whys", SectionRole::Analysis},
    // "Five Why's", as often written: the apostrophe parts the words.
    {"5 why s", SectionRole::Analysis},
    {"five why s", SectionRole::Analysis},
    {"technical analysis", SectionRole::Analysis},
    // A security incident's cause: "The Vulnerability", "Details of vulnerability".
    {"vulnerability", SectionRole::Analysis},
    {"the vulnerability", SectionRole::Analysis},
    {"vulnerability details", SectionRole::Analysis},
    // How an attacker did it: "The exploit", "Details of exploit", "Attack vector".
    {"exploit", SectionRole::Analysis},
    {"exploit details", SectionRole::Analysis},
    {"attack details", SectionRole::Analysis},
    {"attack vector", SectionRole::Analysis},
    {"exploit analysis", SectionRole::Analysis},
    {"attack analysis", SectionRole::Analysis},
    {"exploit mechanics", SectionRole::Analysis},
    {"attack mechanics", SectionRole::Analysis},
    {"origin of the incident", SectionRole::Analysis},
    {"origin of the issue", SectionRole::Analysis},
    {"origin of the problem", SectionRole::Analysis},
    {"blameless root cause", SectionRole::Analysis},
    {"analysis", SectionRole::Analysis},
    {"how did this happen", SectionRole::Analysis},
    {"what was the root cause", SectionRole::Analysis},
    {"what is the root cause", SectionRole::Analysis},
    {"what caused it", SectionRole::Analysis},
    {"what caused this", SectionRole::Analysis},
    {"why did it happen", SectionRole::Analysis},
    {"how did it happen", SectionRole::Analysis},
    {"how it happened", SectionRole::Analysis},
    {"why it happened", SectionRole::Analysis},
    {"why did this happen", SectionRole::Analysis},
    {"what went well", SectionRole::WentWell},
    {"things that went well", SectionRole::WentWell},
    {"went well", SectionRole::WentWell},
    {"what worked", SectionRole::WentWell},
    {"what helped", SectionRole::WentWell},
    {"what worked well", SectionRole::WentWell},
    {"what went right", SectionRole::WentWell},
    {"things that worked", SectionRole::WentWell},
    // A retrospective's "Keep doing" beside its "Improvement areas": what worked, to keep.
    {"keep doing", SectionRole::WentWell},
    // One list of both: what went well is the first part it names.
    {"what went well & where we got lucky", SectionRole::WentWell},
    {"what went well and where we got lucky", SectionRole::WentWell},
    {"what went well & where did we get lucky", SectionRole::WentWell},
    {"what went well and where did we get lucky", SectionRole::WentWell},
    {"what could be improved", SectionRole::CouldImprove},
    {"what went wrong", SectionRole::CouldImprove},
    {"what could improve", SectionRole::CouldImprove},
    {"what could go better", SectionRole::CouldImprove},
    {"what could be better", SectionRole::CouldImprove},
    // What stood in the way while recovering, found on the way: what could be improved.
    {"problems during recovery", SectionRole::CouldImprove},
    {"problems during the recovery", SectionRole::CouldImprove},
    {"problems during the outage", SectionRole::CouldImprove},
    {"problems during the incident", SectionRole::CouldImprove},
    {"problems encountered", SectionRole::CouldImprove},
    {"problems we encountered", SectionRole::CouldImprove},
    {"issues encountered", SectionRole::CouldImprove},
    {"issues we encountered", SectionRole::CouldImprove},
    {"issues during recovery", SectionRole::CouldImprove},
    {"challenges during recovery", SectionRole::CouldImprove},
    {"challenges we faced", SectionRole::CouldImprove},
    {"things that went wrong", SectionRole::CouldImprove},
    {"things that went poorly", SectionRole::CouldImprove},
    {"opportunities", SectionRole::CouldImprove},
    {"opportunities for improvement", SectionRole::CouldImprove},
    {"improvement opportunities", SectionRole::CouldImprove},
    {"things that went badly", SectionRole::CouldImprove},
    {"what didn t go well", SectionRole::CouldImprove},
    {"what didn t help", SectionRole::CouldImprove},
    {"what did not help", SectionRole::CouldImprove},
    {"what did not go well", SectionRole::CouldImprove},
    {"what didn t go so well", SectionRole::CouldImprove},
    {"what did not go so well", SectionRole::CouldImprove},
    {"what went less well", SectionRole::CouldImprove},
    {"what went not so well", SectionRole::CouldImprove},
    {"areas for improvement", SectionRole::CouldImprove},
    {"improvement areas", SectionRole::CouldImprove},
    {"what needs improvement", SectionRole::CouldImprove},
    {"what needs improving", SectionRole::CouldImprove},
    {"what needs to improve", SectionRole::CouldImprove},
    {"needs improvement", SectionRole::CouldImprove},
    {"what didn t work", SectionRole::CouldImprove},
    {"what did not work", SectionRole::CouldImprove},
    {"what went poorly", SectionRole::CouldImprove},
    {"what went badly", SectionRole::CouldImprove},
    {"what could have gone better", SectionRole::CouldImprove},
    {"what could have been better", SectionRole::CouldImprove},
    {"things that didn t work", SectionRole::CouldImprove},
    {"what we could do better", SectionRole::CouldImprove},
    {"what could we do better", SectionRole::CouldImprove},
    {"what we could have done better", SectionRole::CouldImprove},
    {"what could we have done better", SectionRole::CouldImprove},
    {"what could have been done better", SectionRole::CouldImprove},
    // "## Mistakes" a writer owns up to: what could be improved.
    {"mistakes", SectionRole::CouldImprove},
    {"mistakes made", SectionRole::CouldImprove},
    {"mistakes we made", SectionRole::CouldImprove},
    {"mistakes i made", SectionRole::CouldImprove},
    {"our mistakes", SectionRole::CouldImprove},
    {"my mistakes", SectionRole::CouldImprove},
    {"where we went wrong", SectionRole::CouldImprove},
    {"what we did wrong", SectionRole::CouldImprove},
    {"where we got lucky", SectionRole::Lucky},
    {"where we were lucky", SectionRole::Lucky},
    {"action items", SectionRole::Actions},
    {"actions", SectionRole::Actions},
    {"corrective actions", SectionRole::Actions},
    // "Corrective-action register", "Action tracker": the list kept of the work and its state.
    {"corrective action register", SectionRole::Actions},
    {"corrective action log", SectionRole::Actions},
    {"corrective action tracker", SectionRole::Actions},
    {"action register", SectionRole::Actions},
    {"actions register", SectionRole::Actions},
    {"action tracker", SectionRole::Actions},
    {"action item tracker", SectionRole::Actions},
    {"follow up actions", SectionRole::Actions},
    {"follow up tasks", SectionRole::Actions},
    {"follow up items", SectionRole::Actions},
    {"follow up issues", SectionRole::Actions},
    {"action plan", SectionRole::Actions},
    // "What can we do to improve?" over what the team will change.
    {"what can we do to improve", SectionRole::Actions},
    {"what we can do to improve", SectionRole::Actions},
    {"how can we improve", SectionRole::Actions},
    {"how we can improve", SectionRole::Actions},
    {"to do", SectionRole::Actions},
    {"todo", SectionRole::Actions},
    {"todos", SectionRole::Actions},
    {"to dos", SectionRole::Actions},
    {"prevent recurrence", SectionRole::Actions},
    {"recurrence prevention", SectionRole::Actions},
    {"prevention of recurrence", SectionRole::Actions},
    {"remediation", SectionRole::Actions},
    {"next steps", SectionRole::Actions},
    {"next actions", SectionRole::Actions},
    {"further actions", SectionRole::Actions},
    {"follow up", SectionRole::Actions},
    {"follow ups", SectionRole::Actions},
    {"followup", SectionRole::Actions},
    {"followups", SectionRole::Actions},
    {"remediations", SectionRole::Actions},
    {"remediation items", SectionRole::Actions},
    {"remediation actions", SectionRole::Actions},
    {"action points", SectionRole::Actions},
    {"corrective and preventive measures", SectionRole::Actions},
    {"preventive measures", SectionRole::Actions},
    {"preventative measures", SectionRole::Actions},
    {"corrective and preventative measures", SectionRole::Actions},
    {"corrective and preventive measure", SectionRole::Actions},
    {"corrective and preventative measure", SectionRole::Actions},
    {"corrective measures", SectionRole::Actions},
    {"remedial measures", SectionRole::Actions},
    {"remedial actions", SectionRole::Actions},
    {"remedial action", SectionRole::Actions},
    {"preventive actions", SectionRole::Actions},
    {"preventative actions", SectionRole::Actions},
    {"resulting action", SectionRole::Actions},
    {"resulting actions", SectionRole::Actions},
    {"looking forward", SectionRole::Actions},
    {"going forward", SectionRole::Actions},
    {"moving forward", SectionRole::Actions},
    {"proactive measures", SectionRole::Actions},
    {"prevention measures", SectionRole::Actions},
    {"preventive steps", SectionRole::Actions},
    {"preventative steps", SectionRole::Actions},
    {"permanent fixes", SectionRole::Actions},
    {"permanent fix", SectionRole::Actions},
    {"what we re doing about it", SectionRole::Actions},
    {"what we are doing about it", SectionRole::Actions},
    {"what we will do", SectionRole::Actions},
    {"tasks", SectionRole::Actions},
    {"follow up actions & tasks", SectionRole::Actions},
    {"follow up actions and tasks", SectionRole::Actions},
    {"follow up tasks", SectionRole::Actions},
    {"todo list", SectionRole::Actions},
    {"to do list", SectionRole::Actions},
    {"open items", SectionRole::Actions},
    {"open actions", SectionRole::Actions},
    {"remaining work", SectionRole::Actions},
    {"remaining items", SectionRole::Actions},
    {"outstanding items", SectionRole::Actions},
    {"outstanding work", SectionRole::Actions},
    {"still open", SectionRole::Actions},
    {"still to do", SectionRole::Actions},
    {"plan", SectionRole::Actions},
    {"our plan", SectionRole::Actions},
    {"future work", SectionRole::Actions},
    {"future works", SectionRole::Actions},
    {"future improvements", SectionRole::Actions},
    {"future actions", SectionRole::Actions},
    {"future plan", SectionRole::Actions},
    {"future plans", SectionRole::Actions},
    {"future mitigations", SectionRole::Actions},
    {"future mitigation", SectionRole::Actions},
    {"future fixes", SectionRole::Actions},
    {"future changes", SectionRole::Actions},
    {"future steps", SectionRole::Actions},
    {"future measures", SectionRole::Actions},
    {"future prevention", SectionRole::Actions},
    {"recommendations", SectionRole::Actions},
    {"recommended actions", SectionRole::Actions},
    {"recommended action", SectionRole::Actions},
    {"action taken", SectionRole::Actions},
    {"actions taken", SectionRole::Actions},
    {"action item", SectionRole::Actions},
    {"improvements", SectionRole::Actions},
    {"planned improvements", SectionRole::Actions},
    {"lessons learned", SectionRole::Lessons},
    {"lessons learnt", SectionRole::Lessons},
    {"lessons", SectionRole::Lessons},
    // "**Lesson:** Image updates can introduce silent gates": one incident's lesson.
    {"lesson", SectionRole::Lessons},
    {"lesson learned", SectionRole::Lessons},
    {"learnings", SectionRole::Lessons},
    {"key takeaways", SectionRole::Lessons},
    {"takeaways", SectionRole::Lessons},
    {"insights", SectionRole::Lessons},
    {"key insights", SectionRole::Lessons},
    {"what we learned", SectionRole::Lessons},
    {"what we learnt", SectionRole::Lessons},
    {"what have we learned", SectionRole::Lessons},
    {"what have we learnt", SectionRole::Lessons},
    {"what did we learn", SectionRole::Lessons},
    {"meeting notes", SectionRole::Meeting},
    {"meeting", SectionRole::Meeting},
    {"moments of confusion", SectionRole::Confusion},
    {"parking lot", SectionRole::ParkingLot},
    {"follow up investigations", SectionRole::FollowUps},
    // Questions the investigation left open: what is still to be found out.
    {"open questions", SectionRole::FollowUps},
    {"unanswered questions", SectionRole::FollowUps},
    {"outstanding questions", SectionRole::FollowUps},
    {"remaining questions", SectionRole::FollowUps},
    {"unresolved questions", SectionRole::FollowUps},
};

// The same sections as teams name them in German, French, Spanish, Portuguese, Italian, Dutch,
// Norwegian, Swedish, Danish, Polish, Czech, Russian, Ukrainian, Turkish, Vietnamese and
// Indonesian (normalised: lowercase, accents kept, apostrophes read as spaces).
constexpr std::pair<std::string_view, SectionRole> kSectionNamesElsewhere[] = {
    // Polish and Czech
    {"podsumowanie", SectionRole::Summary},
    {"streszczenie", SectionRole::Summary},
    {"shrnutí", SectionRole::Summary},
    {"wpływ", SectionRole::Impact},
    {"skutki", SectionRole::Impact},
    {"dopad", SectionRole::Impact},
    {"oś czasu", SectionRole::Timeline},
    {"przebieg zdarzeń", SectionRole::Timeline},
    {"chronologia", SectionRole::Timeline},
    {"chronologia zdarzeń", SectionRole::Timeline},
    {"časová osa", SectionRole::Timeline},
    {"průběh", SectionRole::Timeline},
    {"przyczyna", SectionRole::Analysis},
    {"przyczyny", SectionRole::Analysis},
    {"przyczyna źródłowa", SectionRole::Analysis},
    {"analiza przyczyn", SectionRole::Analysis},
    {"příčina", SectionRole::Analysis},
    {"hlavní příčina", SectionRole::Analysis},
    {"działania", SectionRole::Actions},
    {"działania naprawcze", SectionRole::Actions},
    {"następne kroki", SectionRole::Actions},
    {"kolejne kroki", SectionRole::Actions},
    {"opatření", SectionRole::Actions},
    {"nápravná opatření", SectionRole::Actions},
    {"další kroky", SectionRole::Actions},
    {"wnioski", SectionRole::Lessons},
    {"czego się nauczyliśmy", SectionRole::Lessons},
    {"ponaučení", SectionRole::Lessons},
    // Russian and Ukrainian
    {"резюме", SectionRole::Summary},
    {"краткое описание", SectionRole::Summary},
    {"сводка", SectionRole::Summary},
    {"влияние", SectionRole::Impact},
    {"последствия", SectionRole::Impact},
    {"вплив", SectionRole::Impact},
    {"хронология", SectionRole::Timeline},
    {"хронология событий", SectionRole::Timeline},
    {"ход событий", SectionRole::Timeline},
    {"таймлайн", SectionRole::Timeline},
    {"временная шкала", SectionRole::Timeline},
    {"хронологія", SectionRole::Timeline},
    {"хронологія подій", SectionRole::Timeline},
    {"причина", SectionRole::Analysis},
    {"причины", SectionRole::Analysis},
    {"корневая причина", SectionRole::Analysis},
    {"первопричина", SectionRole::Analysis},
    {"анализ причин", SectionRole::Analysis},
    {"першопричина", SectionRole::Analysis},
    {"коренева причина", SectionRole::Analysis},
    {"действия", SectionRole::Actions},
    {"меры", SectionRole::Actions},
    {"план действий", SectionRole::Actions},
    {"следующие шаги", SectionRole::Actions},
    {"дальнейшие шаги", SectionRole::Actions},
    {"что делаем дальше", SectionRole::Actions},
    {"корректирующие меры", SectionRole::Actions},
    {"дії", SectionRole::Actions},
    {"заходи", SectionRole::Actions},
    {"наступні кроки", SectionRole::Actions},
    {"уроки", SectionRole::Lessons},
    {"извлечённые уроки", SectionRole::Lessons},
    {"извлеченные уроки", SectionRole::Lessons},
    {"выводы", SectionRole::Lessons},
    {"висновки", SectionRole::Lessons},
    {"что прошло хорошо", SectionRole::WentWell},
    {"что пошло не так", SectionRole::CouldImprove},
    // Turkish
    {"özet", SectionRole::Summary},
    {"etki", SectionRole::Impact},
    {"zaman çizelgesi", SectionRole::Timeline},
    {"olay akişi", SectionRole::Timeline},
    {"kök neden", SectionRole::Analysis},
    {"kök neden analizi", SectionRole::Analysis},
    {"aksiyonlar", SectionRole::Actions},
    {"aksiyon maddeleri", SectionRole::Actions},
    {"eylem plani", SectionRole::Actions},
    {"sonraki adimlar", SectionRole::Actions},
    {"alinan dersler", SectionRole::Lessons},
    {"çikarilan dersler", SectionRole::Lessons},
    // Vietnamese and Indonesian
    {"tóm tắt", SectionRole::Summary},
    {"ảnh hưởng", SectionRole::Impact},
    {"tác động", SectionRole::Impact},
    {"dòng thời gian", SectionRole::Timeline},
    {"diễn biến", SectionRole::Timeline},
    {"nguyên nhân", SectionRole::Analysis},
    {"nguyên nhân gốc", SectionRole::Analysis},
    {"nguyên nhân gốc rễ", SectionRole::Analysis},
    {"hạng mục hành động", SectionRole::Actions},
    {"hành động khắc phục", SectionRole::Actions},
    {"các bước tiếp theo", SectionRole::Actions},
    {"bài học", SectionRole::Lessons},
    {"bài học rút ra", SectionRole::Lessons},
    {"ringkasan", SectionRole::Summary},
    {"dampak", SectionRole::Impact},
    {"kronologi", SectionRole::Timeline},
    {"linimasa", SectionRole::Timeline},
    {"garis waktu", SectionRole::Timeline},
    {"akar masalah", SectionRole::Analysis},
    {"penyebab", SectionRole::Analysis},
    {"tindak lanjut", SectionRole::Actions},
    {"rencana tindakan", SectionRole::Actions},
    {"langkah selanjutnya", SectionRole::Actions},
    {"pelajaran", SectionRole::Lessons},
    {"pelajaran yang dipetik", SectionRole::Lessons},
    // Spanish and Portuguese, as tech teams borrow from English
    {"accionables", SectionRole::Actions},
    {"acciones de seguimiento", SectionRole::Actions},
    {"ações de acompanhamento", SectionRole::Actions},
    {"causas raíz", SectionRole::Analysis},
    {"causas raiz", SectionRole::Analysis},
    {"samenvatting", SectionRole::Summary},
    {"sammendrag", SectionRole::Summary},
    {"oppsummering", SectionRole::Summary},
    {"sammanfattning", SectionRole::Summary},
    {"opsummering", SectionRole::Summary},
    {"resumé", SectionRole::Summary},
    {"påvirkning", SectionRole::Impact},
    {"konsekvenser", SectionRole::Impact},
    {"påverkan", SectionRole::Impact},
    {"tijdlijn", SectionRole::Timeline},
    {"tidslinje", SectionRole::Timeline},
    {"tidslinjen", SectionRole::Timeline},
    {"oorzaak", SectionRole::Analysis},
    {"grondoorzaak", SectionRole::Analysis},
    {"rotårsak", SectionRole::Analysis},
    {"rotårsaker", SectionRole::Analysis},
    {"grundorsak", SectionRole::Analysis},
    {"grundorsaker", SectionRole::Analysis},
    {"årsak", SectionRole::Analysis},
    {"årsag", SectionRole::Analysis},
    {"hva gikk bra", SectionRole::WentWell},
    {"vad gick bra", SectionRole::WentWell},
    {"hvad gik godt", SectionRole::WentWell},
    {"wat ging goed", SectionRole::WentWell},
    {"hva gikk dårlig", SectionRole::CouldImprove},
    {"hva kunne gått bedre", SectionRole::CouldImprove},
    {"vad gick dåligt", SectionRole::CouldImprove},
    {"hvad gik skidt", SectionRole::CouldImprove},
    {"wat ging fout", SectionRole::CouldImprove},
    {"wat kan beter", SectionRole::CouldImprove},
    {"aksjonspunkter", SectionRole::Actions},
    {"tiltak", SectionRole::Actions},
    {"åtgärder", SectionRole::Actions},
    {"handlingspunkter", SectionRole::Actions},
    {"actiepunten", SectionRole::Actions},
    {"acties", SectionRole::Actions},
    {"hva lærte vi", SectionRole::Lessons},
    {"lærdommer", SectionRole::Lessons},
    {"lärdomar", SectionRole::Lessons},
    {"erfaringer", SectionRole::Lessons},
    {"geleerde lessen", SectionRole::Lessons},
    {"zusammenfassung", SectionRole::Summary},
    {"résumé", SectionRole::Summary},
    {"resumen", SectionRole::Summary},
    {"resumo", SectionRole::Summary},
    {"sommario", SectionRole::Summary},
    {"riepilogo", SectionRole::Summary},
    {"auswirkungen", SectionRole::Impact},
    {"auswirkung", SectionRole::Impact},
    {"impacto", SectionRole::Impact},
    {"impatto", SectionRole::Impact},
    {"zeitleiste", SectionRole::Timeline},
    {"zeitlicher ablauf", SectionRole::Timeline},
    {"ablauf", SectionRole::Timeline},
    {"chronologie", SectionRole::Timeline},
    {"chronologie des événements", SectionRole::Timeline},
    {"cronología", SectionRole::Timeline},
    {"cronologia", SectionRole::Timeline},
    {"línea de tiempo", SectionRole::Timeline},
    {"linea de tiempo", SectionRole::Timeline},
    {"linha do tempo", SectionRole::Timeline},
    {"ursache", SectionRole::Analysis},
    {"ursachen", SectionRole::Analysis},
    {"grundursache", SectionRole::Analysis},
    {"ursachenanalyse", SectionRole::Analysis},
    {"cause racine", SectionRole::Analysis},
    {"cause première", SectionRole::Analysis},
    {"causes racines", SectionRole::Analysis},
    {"analyse des causes", SectionRole::Analysis},
    {"causa raíz", SectionRole::Analysis},
    {"causa raiz", SectionRole::Analysis},
    {"análisis de causa raíz", SectionRole::Analysis},
    {"causa principale", SectionRole::Analysis},
    {"was lief gut", SectionRole::WentWell},
    {"ce qui s est bien passé", SectionRole::WentWell},
    {"qué salió bien", SectionRole::WentWell},
    {"lo que salió bien", SectionRole::WentWell},
    {"o que deu certo", SectionRole::WentWell},
    {"was lief schlecht", SectionRole::CouldImprove},
    {"was lief nicht gut", SectionRole::CouldImprove},
    {"ce qui s est mal passé", SectionRole::CouldImprove},
    {"qué salió mal", SectionRole::CouldImprove},
    {"lo que salió mal", SectionRole::CouldImprove},
    {"o que deu errado", SectionRole::CouldImprove},
    {"maßnahmen", SectionRole::Actions},
    {"massnahmen", SectionRole::Actions},
    {"nächste schritte", SectionRole::Actions},
    {"actions correctives", SectionRole::Actions},
    {"plan d action", SectionRole::Actions},
    {"prochaines étapes", SectionRole::Actions},
    {"travaux restants", SectionRole::Actions},
    {"travail restant", SectionRole::Actions},
    {"actions restantes", SectionRole::Actions},
    {"actions de suivi", SectionRole::Actions},
    {"offene punkte", SectionRole::Actions},
    {"trabajo pendiente", SectionRole::Actions},
    {"tareas pendientes", SectionRole::Actions},
    {"acciones", SectionRole::Actions},
    {"acciones correctivas", SectionRole::Actions},
    {"plan de acción", SectionRole::Actions},
    {"próximos pasos", SectionRole::Actions},
    {"ações", SectionRole::Actions},
    {"ações corretivas", SectionRole::Actions},
    {"plano de ação", SectionRole::Actions},
    {"próximos passos", SectionRole::Actions},
    {"azioni correttive", SectionRole::Actions},
    {"prossimi passi", SectionRole::Actions},
    {"erkenntnisse", SectionRole::Lessons},
    {"leçons apprises", SectionRole::Lessons},
    {"enseignements", SectionRole::Lessons},
    {"lecciones aprendidas", SectionRole::Lessons},
    {"lições aprendidas", SectionRole::Lessons},
    {"lezioni apprese", SectionRole::Lessons},
    {"medidas correctivas", SectionRole::Actions},
    {"medidas preventivas", SectionRole::Actions},
    {"mesures correctives", SectionRole::Actions},
    {"mesures préventives", SectionRole::Actions},
    {"medidas corretivas", SectionRole::Actions},
    {"medidas preventivas e corretivas", SectionRole::Actions},
    {"recommandations", SectionRole::Actions},
    {"recomendaciones", SectionRole::Actions},
    {"recomendações", SectionRole::Actions},
    {"raccomandazioni", SectionRole::Actions},
    {"empfehlungen", SectionRole::Actions},
    {"aanbevelingen", SectionRole::Actions},
    {"zalecenia", SectionRole::Actions},
    {"рекомендации", SectionRole::Actions},
};

// Words that only qualify a section's name written in another language (and "incident", which
// several languages share): "Cronología del Incidente", "Actions correctives & prévention",
// "Medidas preventivas implementadas".
constexpr std::string_view kForeignQualifiers[] = {"del",
                                                   "de",
                                                   "des",
                                                   "du",
                                                   "d",
                                                   "la",
                                                   "le",
                                                   "les",
                                                   "l",
                                                   "el",
                                                   "los",
                                                   "las",
                                                   "der",
                                                   "die",
                                                   "das",
                                                   "dei",
                                                   "della",
                                                   "do",
                                                   "da",
                                                   "dos",
                                                   "incidente",
                                                   "incidentes",
                                                   "incident",
                                                   "incidents",
                                                   "incidenti",
                                                   "evento",
                                                   "eventos",
                                                   "événements",
                                                   "evenements",
                                                   "vorfalls",
                                                   "vorfall",
                                                   "störung",
                                                   "prévention",
                                                   "prevention",
                                                   "prevención",
                                                   "prevencion",
                                                   "prevenção",
                                                   "&",
                                                   "y",
                                                   "et",
                                                   "und",
                                                   "e",
                                                   "implementadas",
                                                   "implementados",
                                                   "implémentées",
                                                   "mises",
                                                   "en",
                                                   "place",
                                                   "prises",
                                                   "realizadas",
                                                   "tomadas",
                                                   "propuestas",
                                                   "adoptadas",
                                                   "estructural",
                                                   "estructurales"};

// A name of kSectionNamesElsewhere followed only by such words: its role; nothing otherwise.
std::optional<SectionRole> name_before_qualifiers(std::string_view key) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < key.size();) {
    const std::size_t space = std::min(key.find(' ', at), key.size());
    words.push_back(key.substr(at, space - at));
    at = space + 1;
  }
  for (std::size_t n = words.size() - (words.empty() ? 0 : 1); n >= 1; --n) {
    const bool qualified = std::all_of(
        words.begin() + static_cast<std::ptrdiff_t>(n), words.end(), [](std::string_view w) {
          return std::find(std::begin(kForeignQualifiers), std::end(kForeignQualifiers), w) !=
                 std::end(kForeignQualifiers);
        });
    if (!qualified) break;  // a word that is no qualifier ends the name before it
    const std::string_view name = key.substr(
        0, static_cast<std::size_t>(words[n - 1].data() - key.data()) + words[n - 1].size());
    if (auto role = lookup(kSectionNamesElsewhere, name)) return role;
  }
  return std::nullopt;
}

// Japanese, Chinese and Korean write a title's words with no space between them
// ("発生から復旧までのタイムライン", "timeline from onset to recovery"): a title that holds one of
// these names is that section. The first in this list that a title holds decides: "原因と対策"
// (cause and countermeasures) is the analysis, as "Root cause and remediation" is.
constexpr std::pair<std::string_view, SectionRole> kSectionWordsUnspaced[] = {
    {"タイムライン", SectionRole::Timeline},
    {"時系列", SectionRole::Timeline},
    {"経緯", SectionRole::Timeline},
    {"时间线", SectionRole::Timeline},
    {"时间轴", SectionRole::Timeline},
    {"時間軸", SectionRole::Timeline},
    {"타임라인", SectionRole::Timeline},
    {"根本原因", SectionRole::Analysis},
    {"根因", SectionRole::Analysis},
    {"原因", SectionRole::Analysis},
    {"원인", SectionRole::Analysis},
    {"再発防止", SectionRole::Actions},
    {"今後の対応", SectionRole::Actions},
    {"対策", SectionRole::Actions},
    {"改善策", SectionRole::Actions},
    {"アクションアイテム", SectionRole::Actions},
    {"改进措施", SectionRole::Actions},
    {"改善措施", SectionRole::Actions},
    {"后续行动", SectionRole::Actions},
    {"行动项", SectionRole::Actions},
    {"待办事项", SectionRole::Actions},
    {"재발 방지", SectionRole::Actions},
    {"재발방지", SectionRole::Actions},
    {"조치", SectionRole::Actions},
    {"教訓", SectionRole::Lessons},
    {"经验教训", SectionRole::Lessons},
    {"教训", SectionRole::Lessons},
    {"影響", SectionRole::Impact},
    {"影响", SectionRole::Impact},
    {"영향", SectionRole::Impact},
    {"概要", SectionRole::Summary},
    {"要約", SectionRole::Summary},
    {"概述", SectionRole::Summary},
    {"摘要", SectionRole::Summary},
    {"요약", SectionRole::Summary},
    // "事发过程", "事件经过": how the incident unfolded; "总结与反思": looking back on it.
    {"事发过程", SectionRole::WhatHappened},
    {"事件经过", SectionRole::WhatHappened},
    {"事故经过", SectionRole::WhatHappened},
    {"反思", SectionRole::Lessons},
};

// Sections that tell one part of a field's story: how the incident was found and ended is part
// of what happened, what set it off part of the analysis. Such a section adds to the field
// after another one filled it.
constexpr std::pair<std::string_view, SectionRole> kPartSectionNames[] = {
    {"detection", SectionRole::WhatHappened},
    {"discovery", SectionRole::WhatHappened},
    {"resolution", SectionRole::WhatHappened},
    {"how did we fix it", SectionRole::WhatHappened},
    {"how we fixed it", SectionRole::WhatHappened},
    {"how was it fixed", SectionRole::WhatHappened},
    {"how it was fixed", SectionRole::WhatHappened},
    {"how it is fixed", SectionRole::WhatHappened},
    {"how it got fixed", SectionRole::WhatHappened},
    {"how was it resolved", SectionRole::WhatHappened},
    {"how it was resolved", SectionRole::WhatHappened},
    {"recovery", SectionRole::WhatHappened},
    {"recovery process", SectionRole::WhatHappened},
    {"recovery steps", SectionRole::WhatHappened},
    {"resolution and recovery", SectionRole::WhatHappened},
    {"detection and resolution", SectionRole::WhatHappened},
    {"mitigation", SectionRole::WhatHappened},
    {"mitigation steps", SectionRole::WhatHappened},
    {"summary of incident", SectionRole::Summary},
    {"summary of the incident", SectionRole::Summary},
    {"summary of the outage", SectionRole::Summary},
    {"resolution steps", SectionRole::WhatHappened},
    {"steps to resolution", SectionRole::WhatHappened},
    {"steps to resolve", SectionRole::WhatHappened},
    // What kept users going while the fault stood: the response's part.
    {"workaround", SectionRole::WhatHappened},
    {"workarounds", SectionRole::WhatHappened},
    {"mitigations", SectionRole::WhatHappened},
    // What the team tried while the fault stood, what worked and what did not.
    {"explored solutions", SectionRole::WhatHappened},
    {"solutions explored", SectionRole::WhatHappened},
    {"solutions tried", SectionRole::WhatHappened},
    {"attempted solutions", SectionRole::WhatHappened},
    {"attempted fixes", SectionRole::WhatHappened},
    {"what we tried", SectionRole::WhatHappened},
    // The steps of the response told in order ("_Tasks performed_": "1. I ran the update ...").
    {"tasks performed", SectionRole::WhatHappened},
    {"steps performed", SectionRole::WhatHappened},
    {"recovery attempts", SectionRole::WhatHappened},
    {"response", SectionRole::WhatHappened},
    {"incident response", SectionRole::WhatHappened},
    {"our response", SectionRole::WhatHappened},
    {"the response", SectionRole::WhatHappened},
    {"how did we respond", SectionRole::WhatHappened},
    {"事故处理", SectionRole::WhatHappened},  // "handling the incident"
    {"how we responded", SectionRole::WhatHappened},
    // How it began: the first part of the story.
    {"how the incident started", SectionRole::WhatHappened},
    {"how the incident began", SectionRole::WhatHappened},
    {"how the outage started", SectionRole::WhatHappened},
    {"how the outage began", SectionRole::WhatHappened},
    {"how it started", SectionRole::WhatHappened},
    {"how it began", SectionRole::WhatHappened},
    // How the team met the incident ("Investigation" and "Diagnosis" may hold the cause found).
    {"triage", SectionRole::WhatHappened},
    {"escalation", SectionRole::WhatHappened},
    {"containment", SectionRole::WhatHappened},
    {"eradication", SectionRole::WhatHappened},
    // "Other side effects" beside "Impact": more of what the incident cost.
    {"side effects", SectionRole::Impact},
    {"other side effects", SectionRole::Impact},
    // How the failure worked, beside the story of it.
    {"technical details", SectionRole::Analysis},
    {"the technical details", SectionRole::Analysis},
    // The analysis told as the story of how it came about, which may be the timeline's.
    {"how did it happen", SectionRole::Analysis},
    {"how did this happen", SectionRole::Analysis},
    {"how it happened", SectionRole::Analysis},
    {"technical cause", SectionRole::Analysis},
    {"the technical problem", SectionRole::Analysis},
    {"trigger", SectionRole::Analysis},
    {"triggers", SectionRole::Analysis},
    {"underlying issue", SectionRole::Analysis},
    {"underlying issues", SectionRole::Analysis},
    {"underlying cause", SectionRole::Analysis},
};

// Sections named after the document itself hold the team's reflection on the incident when a
// post-mortem written by hand has one ("## Postmortem" after "## Resolution"). Not section names:
// "# Post-Mortem" is also how a title with its prefix reads.
constexpr std::string_view kReviewSectionNames[] = {
    "postmortem",           "post mortem", "retrospective",
    "post incident review", "reflection",  "reflections",
};

// Inside a summary, these labels name the summary's own text ("Description: ..." in the
// template many teams copy), whatever they name as a section.
constexpr std::string_view kSummaryOwnLabels[] = {"description",          "summary", "overview",
                                                  "incident description", "tl;dr",   "tldr"};

// Paragraphs of a reflection that open with these words tell where the team got lucky.
constexpr std::string_view kLuckOpeners[] = {"we were lucky",     "we got lucky",
                                             "we were fortunate", "luckily",
                                             "lucky for us",      "as luck would have it"};

constexpr std::pair<std::string_view, SectionRole> kSectionPrefixes[] = {
    {"timeline", SectionRole::Timeline},
    {"root cause", SectionRole::Analysis},
    {"root causes", SectionRole::Analysis},
    {"action items", SectionRole::Actions},  // "Action Items for the future"
    {"action plan", SectionRole::Actions},   // "Action plan to prevent future incidents"
    {"lessons learned", SectionRole::Lessons},
    {"impact", SectionRole::Impact},  // "Impact Assessment", "Impact on customers"
};

// "Issue Summary", "Outage Timeline", "Service Impact", "Recovery TODO": a known name after a word
// or two that says what it is about.
constexpr std::pair<std::string_view, SectionRole> kSectionSuffixes[] = {
    {"summary", SectionRole::Summary},         {"timeline", SectionRole::Timeline},
    {"impact", SectionRole::Impact},           {"action items", SectionRole::Actions},
    {"lessons learned", SectionRole::Lessons}, {"todo", SectionRole::Actions},
    {"to do", SectionRole::Actions},           {"todos", SectionRole::Actions},
};
constexpr std::size_t kMostWordsBeforeSuffix = 2;
// "Post-Mortem: Timeline", "Postmortem Summary", "Incident Report Summary" name the document (a
// title), not one of its sections.
constexpr std::string_view kDocumentWords[] = {"post", "postmortem", "retrospective", "review",
                                               "report"};

bool names_the_document(std::string_view words) {
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    const std::string_view word = words.substr(start, end - start);
    if (std::find(std::begin(kDocumentWords), std::end(kDocumentWords), word) !=
        std::end(kDocumentWords))
      return true;
    start = end + 1;
  }
  return false;
}

// Inside a section: the parts of the root cause analysis and of the meeting notes.
constexpr std::pair<std::string_view, SectionRole> kSubsectionNames[] = {
    {"5 whys", SectionRole::FiveWhys},
    {"five whys", SectionRole::FiveWhys},
    {"5 why s", SectionRole::FiveWhys},
    {"five why s", SectionRole::FiveWhys},
    {"root causes", SectionRole::RootCauses},
    {"root cause", SectionRole::RootCauses},
    {"root causes identified", SectionRole::RootCauses},
    {"causes", SectionRole::RootCauses},
    {"cause", SectionRole::RootCauses},
    {"contributing factors", SectionRole::RootCauses},
    // What kept it from being caught earlier is among its causes ("Why It Wasn't Caught").
    {"why it wasn t caught", SectionRole::RootCauses},
    {"why it was not caught", SectionRole::RootCauses},
    {"why we didn t catch it", SectionRole::RootCauses},
    {"why we did not catch it", SectionRole::RootCauses},
    {"why it wasn t caught earlier", SectionRole::RootCauses},
    {"follow up investigations", SectionRole::FollowUps},
    {"follow up investigation", SectionRole::FollowUps},
    {"agenda", SectionRole::Agenda},
    {"opening statement", SectionRole::Opening},
    {"key questions", SectionRole::KeyQuestions},
    {"moments of confusion", SectionRole::Confusion},
    {"what is still confusing", SectionRole::Confusion},
    {"what s still confusing", SectionRole::Confusion},
    {"what was confusing", SectionRole::Confusion},
    {"parking lot", SectionRole::ParkingLot},
    {"where we got lucky", SectionRole::Lucky},
    {"brainstorm", SectionRole::Brainstorm},
    {"brainstorming", SectionRole::Brainstorm},
    {"improvement ideas", SectionRole::Brainstorm},
};

constexpr std::pair<std::string_view, MetaField> kMetaLabels[] = {
    {"date", MetaField::Date},
    {"incident date", MetaField::Date},
    {"date of incident", MetaField::Date},
    {"date of the incident", MetaField::Date},
    {"date time", MetaField::Date},
    {"date/time", MetaField::Date},
    {"datum", MetaField::Date},
    {"発生日時", MetaField::Date},  // "when it began", as Japanese reports head it
    {"発生日", MetaField::Date},
    {"日時", MetaField::Date},
    {"发生时间", MetaField::Date},
    {"发生日期", MetaField::Date},
    {"日期", MetaField::Date},
    {"incident duration", MetaField::Duration},
    {"duration", MetaField::Duration},
    {"total duration", MetaField::Duration},
    {"impact duration", MetaField::Duration},
    {"total impact duration", MetaField::Duration},
    {"outage duration", MetaField::Duration},
    {"severity", MetaField::Severity},
    {"sev", MetaField::Severity},
    {"severity level", MetaField::Severity},
    {"incident severity", MetaField::Severity},
    {"status", MetaField::Status},
    {"impact", MetaField::Impact},
    {"user impact", MetaField::Impact},
    {"customer impact", MetaField::Impact},
    {"users affected", MetaField::UsersAffected},
    {"affected users", MetaField::UsersAffected},
    {"affected customers", MetaField::UsersAffected},
    {"customers affected", MetaField::UsersAffected},
    {"users impacted", MetaField::UsersAffected},
    {"impacted users", MetaField::UsersAffected},
    {"customers impacted", MetaField::UsersAffected},
    {"impacted customers", MetaField::UsersAffected},
    {"author", MetaField::Author},
    {"authors", MetaField::Author},
    {"written by", MetaField::Author},
    {"created by", MetaField::Author},
    {"prepared by", MetaField::Author},
    {"reviewers", MetaField::Reviewers},
    {"reviewer", MetaField::Reviewers},
    {"reviewed by", MetaField::Reviewers},
    {"facilitator", MetaField::Facilitator},
    {"attendees", MetaField::Attendees},
    {"participants", MetaField::Attendees},
    {"tags", MetaField::Tags},
    {"services", MetaField::Services},
    {"affected services", MetaField::Services},
    {"services affected", MetaField::Services},
    {"systems affected", MetaField::Services},
    {"affected systems", MetaField::Services},
    // "Affected: Unraid-MCP, Hermes-Agent", "Component: flutter repository", "Projects: Kigali
    // Sim": what failed, named in a report's head.
    {"affected", MetaField::Services},
    {"component", MetaField::Services},
    {"components", MetaField::Services},
    {"affected components", MetaField::Services},
    {"components affected", MetaField::Services},
    {"project", MetaField::Services},
    {"projects", MetaField::Services},
    {"held", MetaField::Held},
    {"meeting held", MetaField::Held},
    {"problem", MetaField::Problem},
    {"conclusion", MetaField::Conclusion},
    {"root causes identified", MetaField::RootCausesList},
    {"root causes", MetaField::RootCausesList},
    {"root cause", MetaField::RootCausesList},
    {"contributing factors", MetaField::RootCausesList},
    {"ground rules restated", MetaField::GroundRules},
    {"current agenda item", MetaField::CurrentItem},
    {"owner", MetaField::Author},
    {"owners", MetaField::Author},
};

constexpr std::pair<std::string_view, EventKind> kEventLabels[] = {
    {"detection", EventKind::Detected},
    {"detected", EventKind::Detected},
    {"alert", EventKind::Detected},
    {"acknowledged", EventKind::Acknowledged},
    {"acknowledgement", EventKind::Acknowledged},
    {"investigation started", EventKind::InvestigationStarted},
    {"investigation", EventKind::InvestigationStarted},
    {"root cause identified", EventKind::RootCauseIdentified},
    {"mitigated", EventKind::Mitigated},
    {"mitigation", EventKind::Mitigated},
    {"fix applied", EventKind::FixApplied},
    {"fix", EventKind::FixApplied},
    {"resolved", EventKind::Resolved},
    {"resolution", EventKind::Resolved},
    {"communication", EventKind::Communication},
    {"note", EventKind::Note},
};

// Verbs action items open with. Only words that are rarely a sentence's subject: "Update" and
// "Test" are in, "Monitoring" and "The" are not.
constexpr std::string_view kImperatives[] = {
    "adopt",       "avoid",       "educate",      "encourage", "make",      "practice",
    "practise",    "provision",   "rehearse",     "separate",  "simulate",  "use",
    "add",         "adjust",      "alert",        "apply",     "assign",    "audit",
    "automate",    "backfill",    "block",        "build",     "change",    "check",
    "clean",       "communicate", "configure",    "consider",  "create",    "decouple",
    "define",      "deploy",      "deprecate",    "design",    "develop",   "disable",
    "document",    "emphasise",   "emphasize",    "enable",    "enforce",   "ensure",
    "establish",   "evaluate",    "expand",       "explore",   "extend",    "fix",
    "harden",      "hire",        "implement",    "improve",   "include",   "increase",
    "install",     "introduce",   "investigate",  "isolate",   "keep",      "limit",
    "maintain",    "migrate",     "monitor",      "move",      "notify",    "pin",
    "plan",        "prepare",     "prevent",      "provide",   "publish",   "reconfigure",
    "reduce",      "refactor",    "remove",       "rename",    "replace",   "require",
    "restrict",    "retire",      "review",       "revisit",   "rewrite",   "rotate",
    "run",         "schedule",    "set",          "share",     "simplify",  "split",
    "standardise", "standardize", "switch",       "teach",     "test",      "tighten",
    "track",       "train",       "tune",         "update",    "upgrade",   "validate",
    "verify",      "write",       "optimize",     "optimise",  "confirm",   "execute",
    "integrate",   "perform",     "decommission", "allocate",  "formalize", "formalise",
    "codify",      "raise",       "coordinate",   "escalate",  "resolve",   "revise",
    "reassess",    "enhance",     "strengthen",   "gather",    "conduct",   "put",
    // Not "lock", "scale", "patch", "send", "archive", "contact", "measure", "restore": as often
    // the nouns that open a lesson ("Lock contention only shows up under load").
};

}  // namespace

bool starts_with_imperative(std::string_view line) {
  std::size_t start = 0;
  while (start < line.size() && line[start] == ' ') ++start;
  if (start >= line.size() || line[start] < 'A' || line[start] > 'Z') return false;
  std::size_t end = start;
  while (end < line.size() &&
         ((line[end] >= 'a' && line[end] <= 'z') || (line[end] >= 'A' && line[end] <= 'Z')))
    ++end;
  // "Pre-provision failover resources", "Re-enable the job": a prefix before the verb.
  std::size_t verb = start;
  if (end + 1 < line.size() && line[end] == '-' && end - start <= 3) {
    verb = end + 1;
    for (end = verb; end < line.size() && line[end] >= 'a' && line[end] <= 'z';) ++end;
  }
  if (end < line.size() && line[end] != ' ') return false;
  const std::string word = lowercase_ascii(line.substr(verb, end - verb));
  if (std::find(std::begin(kImperatives), std::end(kImperatives), word) != std::end(kImperatives))
    return true;
  // "Regularly review the process": an adverb before the verb.
  if (word.size() <= 4 || !word.ends_with("ly") || end >= line.size()) return false;
  const std::string_view rest = line.substr(end + 1);
  const std::string next = lowercase_ascii(rest.substr(0, rest.find(' ')));
  return std::find(std::begin(kImperatives), std::end(kImperatives), next) !=
         std::end(kImperatives);
}

namespace {

// Words that, before "was"/"were", make the clause a condition, a question or work to do.
constexpr std::string_view kNotAReport[] = {
    "will",   "would",    "should",     "shall",    "must",   "need",      "needs",
    "if",     "when",     "whenever",   "whether",  "that",   "which",     "who",
    "what",   "why",      "how",        "where",    "until",  "once",      "unless",
    "ensure", "verify",   "check",      "confirm",  "make",   "determine", "investigate",
    "find",   "document", "understand", "identify", "review", "because",   "while",
    "after",  "before",   "since",      "as",       "whose",  "whom",      "although",
    "though"};

// Past participles that do not end in "-ed".
constexpr std::string_view kIrregularParticiples[] = {
    "done",    "taken", "built",  "rebuilt",   "written", "rewritten", "made",  "sent",  "set",
    "shut",    "run",   "rerun",  "put",       "cut",     "held",      "kept",  "given", "shown",
    "brought", "found", "begun",  "frozen",    "chosen",  "spun",      "split", "led",   "met",
    "paid",    "told",  "undone", "withdrawn", "drawn",   "torn",      "dealt"};

bool one_of(std::string_view word, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

bool is_past_tense(std::string_view word) {
  static constexpr std::string_view kIrregularPast[] = {
      "took",    "ran",   "reran", "began", "wrote",    "rewrote", "made", "sent",  "built",
      "rebuilt", "found", "kept",  "held",  "brought",  "led",     "told", "gave",  "chose",
      "froze",   "spun",  "shut",  "paid",  "withdrew", "undid",   "fell", "rose",  "grew",
      "went",    "came",  "saw",   "knew",  "lost",     "broke",   "woke", "stood", "thought"};
  return (word.size() > 4 && word.ends_with("ed")) || one_of(word, kIrregularPast);
}

PastOpening past_tense_opening(std::string_view line) {
  const std::string text = lowercase_ascii(trim(line));
  std::size_t start = 0;
  // "Re-enabled alerting": a prefix before the verb.
  if (const std::size_t dash = text.find('-');
      dash != std::string::npos && dash <= 3 && dash < text.find(' '))
    start = dash + 1;
  const std::size_t end = text.find(' ', start);
  const std::string_view word =
      std::string_view(text).substr(start, (end == std::string::npos ? text.size() : end) - start);
  if (end == std::string::npos || !is_past_tense(word)) return PastOpening::None;
  // Words that rarely qualify a noun wanted ("Added post-upgrade checks"; "Improved alerting"
  // may name the alerting wanted).
  static constexpr std::string_view kSurelyVerbs[] = {
      "added", "implemented", "introduced", "removed", "deployed", "migrated", "enabled",
      "disabled", "fixed", "created", "restarted", "reverted", "upgraded", "wrote", "rewrote",
      "built", "made", "moved", "replaced", "rolled", "patched",
      // steps taken in response: "Deleted failed VMIs", "Observed Kafka brokers restarting"
      "deleted", "confirmed", "observed", "notified", "contacted", "rebooted", "stopped", "paused",
      "killed", "ran", "cleared", "revoked", "rotated", "restored"};
  if (one_of(word, kSurelyVerbs)) return PastOpening::Verb;
  // "Migrated the Asia node": a determiner after the word shows a verb.
  static constexpr std::string_view kDeterminers[] = {
      "the",   "a",    "an",    "our",        "all",     "more",  "some",  "its",
      "their", "it",   "them",  "this",       "these",   "those", "each",  "every",
      "any",   "much", "extra", "additional", "several", "two",   "three", "new"};
  const std::size_t after = text.find_first_of(" ,.;:", end + 1);
  const std::string_view next = std::string_view(text).substr(
      end + 1, (after == std::string::npos ? text.size() : after) - end - 1);
  return one_of(next, kDeterminers) ? PastOpening::Verb : PastOpening::Word;
}

bool reports_completion(std::string_view action) {
  // "Refund customers whose orders were delayed": work to do, whatever follows.
  if (starts_with_imperative(action)) return false;
  std::vector<std::string> words;
  int brackets = 0;
  for (const char c : lowercase_ascii(action)) {
    // The first sentence only, and not what a bracket adds: "(24 machines)".
    brackets += c == '(' ? 1 : c == ')' && brackets > 0 ? -1 : 0;
    if (brackets > 0 || c == ')') continue;
    if (c == '.' || c == ';' || c == '!' || c == '?') break;
    const bool letter = (c >= 'a' && c <= 'z') || c == '-' || c == '\'';
    if (!letter) {
      if (!words.empty() && !words.back().empty()) words.emplace_back();
      continue;
    }
    if (words.empty()) words.emplace_back();
    words.back() += c;
  }
  while (!words.empty() && words.back().empty()) words.pop_back();
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (one_of(w, kNotAReport)) return false;
    std::size_t next = k + 1;
    if (w == "was" || w == "were") {
      if (k == 0) return false;  // "Were the hosts rebuilt?"
    } else if ((w == "has" || w == "have" || w == "had") && k > 0 && k + 1 < words.size() &&
               words[k + 1] == "been") {
      next = k + 2;
    } else {
      continue;
    }
    while (next < words.size() && (words[next].ends_with("ly") || words[next] == "also" ||
                                   words[next] == "then" || words[next] == "all"))
      ++next;
    if (next >= words.size()) return false;
    const std::string& verb = words[next];
    return (verb.size() > 4 && verb.ends_with("ed")) || one_of(verb, kIrregularParticiples);
  }
  return false;
}

namespace {

// A sentence as the rules of committed work read it: lowercase words with no punctuation after
// them, a space at each end, the typographic apostrophe as the straight one ("We’re adding"), and
// no adverb that changes nothing ("We're also looking into", "we are currently adding").
std::string commitment_text(std::string_view sentence) {
  const std::string lower = lowercase_ascii(sentence);
  std::string text = " ";
  text.reserve(lower.size() + 2);
  // One pass, word by word, so that a long sentence costs its length.
  for (std::size_t start = 0; start <= lower.size();) {
    const std::size_t end = std::min(lower.find(' ', start), lower.size());
    const std::string_view word = std::string_view(lower).substr(start, end - start);
    std::string_view bare = word;
    while (!bare.empty() && std::string_view(".,;:!?").find(bare.back()) != std::string_view::npos)
      bare.remove_suffix(1);
    if (!bare.empty() && bare != "also" && bare != "currently") {
      for (std::size_t k = 0; k < bare.size(); ++k)
        if (bare.compare(k, 3, "\xE2\x80\x99") == 0) {
          text += '\'';
          k += 2;
        } else {
          text += bare[k];
        }
      text += ' ';
    }
    start = end + 1;
  }
  return text;
}

constexpr std::string_view kWork[] = {
    "add",      "added",     "implement",  "implemented", "introduce",   "introduced",
    "improve",  "improved",  "build",      "create",      "created",     "set",
    "migrate",  "migrated",  "automate",   "automated",   "fix",         "fixed",
    "write",    "written",   "document",   "documented",  "investigate", "investigated",
    "looking",  "deploy",    "deployed",   "replace",     "replaced",    "upgrade",
    "upgraded", "redeploy",  "put",        "review",      "reviewed",    "audit",
    "extend",   "tighten",   "rewrite",    "refactor",    "harden",      "adjust",
    "explore",  "evaluate",  "redact",     "work",        "increase",    "reduce",
    "enable",   "remove",    "move",       "switch",      "update",      "test",
    "updated",  "enabled",   "removed",    "moved",       "switched",    "tested",
    "extended", "tightened", "hardened",   "adjusted",    "reduced",     "increased",
    "built",    "rewritten", "refactored", "evaluated",   "audited"};

// Work that changes things for later. A status page's "we are investigating", "we are deploying a
// fix" or "we are working on it" is the response itself, and so are as often "increased the pool
// size", "enabled the fallback" and "replaced the failed disk".
constexpr std::string_view kLastingWork[] = {
    "add",     "implement", "introduce", "build",   "create",  "improve",
    "migrate", "automate",  "document",  "write",   "rewrite", "refactor",
    "harden",  "extend",    "tighten",   "upgrade", "audit"};

bool is_work_verb(std::string_view w) { return one_of(w, kWork); }

bool is_lasting_work(std::string_view v) { return one_of(v, kLastingWork); }

// "added", "increased", "improved": lasting work done ("we have tested" is a check).
bool names_lasting_work_done(std::string_view w) {
  if (w == "written" || w == "built" || w == "rewritten") return true;
  return w.size() > 4 && w.ends_with("ed") &&
         (is_lasting_work(w.substr(0, w.size() - 1)) || is_lasting_work(w.substr(0, w.size() - 2)));
}

// "adding", "improving": lasting work under way.
bool names_lasting_work_under_way(std::string_view w) {
  if (!w.ends_with("ing") || w.size() < 6) return false;
  const std::string stem(w.substr(0, w.size() - 3));
  return is_lasting_work(stem) || is_lasting_work(stem + "e");
}

// True when, after an `opener` in `text`, one of the next `window` words is a verb `is_verb`
// names ("we need to [work] on", "we will [implement]").
bool verb_follows(const std::string& text, std::string_view opener, int window,
                  bool (*is_verb)(std::string_view)) {
  for (std::size_t at = text.find(opener); at != std::string::npos;
       at = text.find(opener, at + 1)) {
    std::size_t word = at + opener.size();
    for (int k = 0; k < window && word < text.size(); ++k) {
      const std::size_t end = std::min(text.find_first_of(" ,.;:", word), text.size());
      const std::string_view w = std::string_view(text).substr(word, end - word);
      // "We have not added any alerting yet": work denied.
      if (w == "not" || w == "never" || w == "no") break;
      if (is_verb(w)) return true;
      if (end >= text.size() || text[end] != ' ') break;
      word = end + 1;
    }
  }
  return false;
}

// "We have already increased the frequency of backups", "we've added an alert".
bool tells_lasting_work_done(const std::string& text) {
  return verb_follows(text, " we have ", 2, names_lasting_work_done) ||
         verb_follows(text, " we've ", 2, names_lasting_work_done);
}

// The team's work ahead as Chinese, Japanese and Korean write it: "未来，我们将进一步加强访问控制"
// (in the future we will further tighten access), "下一步，我们将为磁盘用量增加告警" (next, we will
// alert on disk use), "我们将对代理服务进行调整" (we will adjust the proxy),
// "対策を実施する予定です" (the fix is planned), "점검할 예정입니다" (a check is planned). 将 also
// marks the object of a deed done ("我们将服务器下线，后续的请求…", we took the server offline, and
// the requests after it ...; "我们将对应的配置回滚", we rolled back the matching setting): "we
// will" needs "further", a word of the years ahead, one of what comes next before it, or "对 …
// 进行" with no "了".
bool says_work_ahead_in_cjk(std::string_view text) {
  const auto has = [&](std::string_view words) { return text.find(words) != std::string::npos; };
  static constexpr std::string_view kPlanned[] = {
      "予定です",   "予定しています", "予定しております", "예정입니다",
      "계획입니다", "我们打算",       "我们将进一步",     "我们会进一步"};
  if (std::any_of(std::begin(kPlanned), std::end(kPlanned), has)) return true;
  // "我们计划在下周迁移" (we plan to move next week), not "我们计划内的维护" (our planned upkeep);
  // "我们将会上线" (we will ship), not "我们将会议推迟" (we put the meeting off).
  if ((has("我们计划") && !has("我们计划内")) || (has("我们将会") && !has("我们将会议")))
    return true;
  // "了" marks a deed done; "了解" (to understand) does not.
  bool done = false;
  for (std::size_t at = text.find("了"); at != std::string_view::npos; at = text.find("了", at + 1))
    done = done || text.substr(at + 3, 3) != "解";
  if (has("我们将对") && has("进行") && !done) return true;
  const std::size_t will = std::min(text.find("我们将"), text.find("我们会"));
  if (will == std::string_view::npos) return false;
  for (std::string_view ahead : {"未来", "今后", "将来"})
    if (has(ahead)) return true;
  for (std::string_view next : {"下一步", "接下来", "后续"})
    if (text.find(next) < will) return true;
  return false;
}

}  // namespace

namespace {
// "10:30", "at 09:12": a clock time somewhere in the text.
bool tells_a_clock_time(std::string_view text) {
  for (std::size_t colon = text.find(':'); colon != std::string_view::npos;
       colon = text.find(':', colon + 1))
    if (colon > 0 && colon + 2 < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[colon - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[colon + 1])) &&
        std::isdigit(static_cast<unsigned char>(text[colon + 2])))
      return true;
  return false;
}

// " to fix this, we'll shard ...": a commitment text (see commitment_text) that opens with the
// remedy it is for ("to fix", "to address", "to prevent" ... "this", "that", "these", "the
// issue", "the problem") and goes on with the team's will.
bool leads_with_a_remedy(std::string_view text) {
  static constexpr std::string_view kRemedies[] = {" to fix ",    " to address ",  " to prevent ",
                                                   " to avoid ",  " to mitigate ", " to solve ",
                                                   " to remedy ", " to resolve ",  " to correct "};
  static constexpr std::string_view kProblems[] = {
      "this ", "that ", "these ", "the issue ", "the problem ", "this issue ", "this problem "};
  for (std::string_view remedy : kRemedies) {
    if (!text.starts_with(remedy)) continue;
    std::string_view rest = text.substr(remedy.size());
    for (std::string_view problem : kProblems) {
      if (!rest.starts_with(problem)) continue;
      rest.remove_prefix(problem.size());
      // "To prevent this from happening again, we will ...": the recurrence it guards against.
      for (std::string_view again : {"from happening again ", "happening again ", "in future ",
                                     "in the future ", "going forward "})
        if (rest.starts_with(again)) rest.remove_prefix(again.size());
      // "To fix this, we'll:" over a list names no work itself.
      for (std::string_view will : {"we will ", "we'll ", "we are going to ", "we're going to "})
        if (rest.starts_with(will)) return rest.size() > will.size() && !text.ends_with(": ");
      return false;
    }
  }
  return false;
}
}  // namespace

bool commits_to_work(std::string_view sentence) {
  if (says_work_ahead_in_cjk(sentence)) return true;
  const std::string text = commitment_text(sentence);
  const auto has = [&](std::string_view words) { return text.find(words) != std::string::npos; };
  // Advice to the reader, a condition, what a fix now does by itself ("Going forward, the bundle
  // will be reloaded automatically"), a promise to keep watching: no work to do. "We'll
  // automatically convert the old clones" is the team's own work.
  const bool we_automate = has(" we will ") || has(" we'll ") || has(" we are ") || has(" we're ");
  // Words that say the work is wanted, whatever follows ("there are plans to drastically reduce
  // storage", "we need better health checks", "we are no longer going to shallow clone").
  static constexpr std::string_view kIntents[] = {
      " would like to address", " we plan to ", " we intend to ", " remains a priority ",
      " remain a priority ", " are plans to ", " no longer going to ", " we will no longer ",
      " we'll no longer ", " we need better ", " we still plan to ", " we also plan to ",
      " we still intend to ",
      // "We're considering changing the colour of the terminal": work weighed.
      " we are considering ", " we're considering "};
  std::size_t intent_at = std::string::npos;
  for (std::string_view intent : kIntents) intent_at = std::min(intent_at, text.find(intent));
  for (std::string_view not_work :
       {" you ", " your ", " if ", " would have ", " will have ", " automatically ", " now ",
        " continue to monitor", " continue monitoring", " be able to ", " no further ",
        " this post ", " this page ", " this article ", " this report ", " this document ",
        " this blog ", " as we learn more"}) {
    // "We plan to change how resources are reserved, so that they are not locked if unused":
    // after the intent, a condition or what the change will be able to do is its detail ("We
    // plan to update this page as we learn more" is still no work).
    const std::size_t at = text.find(not_work);
    // "we will review and determine if future reports could be clearer": "if" as "whether",
    // after a verb of finding out, sets no condition.
    if (not_work == " if " && at != std::string::npos) {
      const std::string_view before = std::string_view(text).substr(0, at);
      static constexpr std::string_view kFindingOut[] = {" determine", " evaluate", " assess",
                                                         " decide",    " verify",   " explore"};
      // "... determine if it happens again", "... if needed": a condition all the same.
      static constexpr std::string_view kConditions[] = {
          " again", " needed", " necessary", " required", " happen", " occur", " recur"};
      const std::string_view after = std::string_view(text).substr(at);
      if (std::any_of(std::begin(kFindingOut), std::end(kFindingOut),
                      [&](std::string_view verb) { return before.ends_with(verb); }) &&
          std::none_of(std::begin(kConditions), std::end(kConditions),
                       [&](std::string_view cue) { return after.find(cue) != std::string::npos; }))
        continue;
    }
    if (at != std::string::npos && !(we_automate && not_work == " automatically ") &&
        (at < intent_at || (not_work != " if " && not_work != " be able to ")))
      return false;
  }
  // "We need to move traffic, the on-call decided at 10:30": a told time is the incident's.
  if (tells_a_clock_time(text)) return false;
  if (intent_at != std::string::npos) return true;
  // "To fix this, we'll shard the Specs directory", "To prevent this, we will pin the version":
  // the team's next step, led by the problem it remedies, whatever its verb.
  if (leads_with_a_remedy(text)) return true;
  // "We are going to add an alert", "we are in the process of implementing ...": lasting work
  // ahead ("We are going to roll back the build" is the response itself).
  if (verb_follows(text, " we are going to ", 2, is_lasting_work) ||
      verb_follows(text, " we're going to ", 2, is_lasting_work) ||
      verb_follows(text, " in the process of ", 2, names_lasting_work_under_way))
    return true;
  // "will" says what is ahead with words of when, or with a verb of work close after it ("we will
  // implement an annotation", "an alert will be added by Jay", "we will be looking into").
  static constexpr std::string_view kWill[] = {" will be ", " we will ", " we'll ",
                                               " i will ",  " i'll ",    " we might ",
                                               " i might ", " we may ",  " i may "};
  static constexpr std::string_view kAhead[] = {
      " in the future", " near future",   " going forward",  " moving forward", " next release",
      " coming weeks",  " coming months", " coming upgrade", " next upgrade"};
  if (std::any_of(std::begin(kWill), std::end(kWill), has) &&
      std::any_of(std::begin(kAhead), std::end(kAhead), has))
    return true;
  // "Next time we will use more powerful machines": the team's own promise ("the job will be
  // retried next time it runs" is how the system works).
  if ((has(" we will ") || has(" we'll ")) &&
      (has(" next time") || has(" next year") || has(" from now on")))
    return true;
  // "we need to work on a shorter recovery time", "we have already increased the frequency of
  // backups", "we're adding steps to our playbook": work wanted, done or under way, the verb
  // within two words of the team.
  if (verb_follows(text, " we need to ", 2, is_work_verb) ||
      verb_follows(text, " we must ", 2, is_work_verb) || tells_lasting_work_done(text) ||
      verb_follows(text, " we are ", 2, names_lasting_work_under_way) ||
      verb_follows(text, " we're ", 2, names_lasting_work_under_way))
    return true;
  for (std::string_view will : kWill)
    if (verb_follows(text, will, 4, is_work_verb)) return true;
  // "We will be adding more monitoring", "we'll be developing an alternative path": lasting work
  // ahead, told as under way; "the team resolves to periodically review DNS records".
  // ("We are developing a fix" is the response itself; "will be developing" is ahead.)
  for (std::string_view ahead : {" will be ", " we'll be ", " i'll be "})
    if (verb_follows(text, ahead, 1, names_lasting_work_under_way) ||
        verb_follows(text, ahead, 1, [](std::string_view w) { return w == "developing"; }))
      return true;
  // "We improved our CI to avoid this kind of issue in the future": work done, told with the
  // recurrence it guards against ("we restarted the node to clear the queue" is the response).
  // ("We restarted the workers to prevent the queue from backing up again": the response).
  if (text.starts_with(" we ") && (has(" to avoid ") || has(" to prevent ")) &&
      (has(" in the future") || has(" again ") || has(" recurrence ") || has(" future "))) {
    const std::size_t verb_end = text.find(' ', 4);
    if (verb_end != std::string::npos &&
        names_lasting_work_done(std::string_view(text).substr(4, verb_end - 4)))
      return true;
  }
  for (std::string_view resolve : {" resolve to ", " resolves to ", " resolved to "})
    if (verb_follows(text, resolve, 2, is_work_verb)) return true;
  // "We are looking into solutions", "we're putting better monitoring in place".
  for (std::string_view doing : {" we are looking into", " we're looking into", " we are putting ",
                                 " we're putting ", " we are planning", " we're planning"})
    if (has(doing)) return true;
  return false;
}

bool reports_work_done(std::string_view sentence) {
  return tells_lasting_work_done(commitment_text(sentence));
}

namespace {
// Words that make a clause before "we should" a condition, a time, a question or a report.
constexpr std::string_view kNotAdvice[] = {" if ",    " when ", " whether ", " said ",   " knew ",
                                           " asked ", " told ", " thought ", " wonder",  " why ",
                                           " what ",  " how ",  " while ",   " unless ", " who "};

bool holds_a_word_of(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return text.find(word) != std::string_view::npos;
  });
}
}  // namespace

// "Full snapshots should be taken before any upgrade", "Alerts should be routed to the pager":
// a change asked of a thing the sentence names, in the passive (not "It should be noted ...",
// "This should be fine").
bool asks_for_a_change(std::string_view sentence) {
  if (trim(sentence).ends_with('?')) return false;
  const std::string lower = lowercase_ascii(sentence);
  for (std::string_view modal : {" should be ", " must be "}) {
    const std::size_t modal_at = lower.find(modal);
    if (modal_at == std::string::npos) continue;
    // "Where there is any risk of a fault, full snapshots should be taken": the clause after the
    // last comma before the modal holds the subject.
    const std::size_t comma = lower.rfind(", ", modal_at);
    const std::size_t from = comma == std::string::npos ? 0 : comma + 2;
    const std::string subject = commitment_text(sentence.substr(from, modal_at - from));
    // A thing of a word or more, not a pronoun or a clause.
    if (std::count(subject.begin(), subject.end(), ' ') > 7 || holds_a_word_of(subject, kNotAdvice))
      return false;
    for (std::string_view not_a_thing :
         {" it ", " this ", " that ", " there ", " which ", " what ", " who ", " we ", " i ",
          " you ", " they ", " he ", " she "})
      if (subject == not_a_thing) return false;
    const std::string rest = commitment_text(sentence.substr(modal_at + modal.size()));
    const std::string_view verb = std::string_view(rest).substr(1, rest.find(' ', 1) - 1);
    return (verb.size() > 4 && verb.ends_with("ed") && verb != "needed" && verb != "noted") ||
           one_of(verb, kIrregularParticiples);
  }
  return false;
}

bool advises_the_team(std::string_view sentence) {
  if (trim(sentence).ends_with('?')) return false;
  // What follows "we should" names work: not "have caught this" (what could have been), nor
  // "not blame anyone" (a principle).
  const auto names_work = [](std::string_view next) {
    for (std::string_view not_work : {"have ", "'ve ", "not ", "never "})
      if (next.starts_with(not_work)) return false;
    return !trim(next).empty();
  };
  // "With a community this large, we should try and identify issues on other chains": a clause
  // of circumstance, set off by its comma, before the advice (not a condition, a time or a
  // report: "If we should see this again, ...", "When we should be sleeping, ...").
  const std::string lower = " " + lowercase_ascii(trim(sentence)) + " ";
  constexpr std::string_view kAfterComma = ", we should ";
  if (const std::size_t comma = lower.find(kAfterComma); comma != std::string::npos)
    if (!holds_a_word_of(std::string_view(lower).substr(0, comma + 1), kNotAdvice))
      return names_work(std::string_view(lower).substr(comma + kAfterComma.size()));
  // Otherwise the sentence opens with the advice, after a word of when or how at most ("Nobody
  // knew whether we should fail over", "Bob said we should ..." tell the incident).
  static constexpr std::string_view kLeads[] = {
      " ",           " going forward ", " moving forward ", " in the future ", " in future ",
      " next time ", " from now on ",   " likewise ",       " perhaps ",       " maybe ",
      " so ",        " therefore ",     " instead ",        " ideally ",       " first ",
      " finally ",   " additionally ",  " in addition "};
  const std::string text = commitment_text(sentence);
  for (std::string_view advice : {"we should ", "we ought to "})
    for (std::string_view lead : kLeads)
      if (text.starts_with(lead) && text.compare(lead.size(), advice.size(), advice) == 0)
        return names_work(std::string_view(text).substr(lead.size() + advice.size()));
  return false;
}

bool reports_a_change_made(std::string_view sentence) {
  const std::string text = commitment_text(sentence);
  if (tells_a_clock_time(text)) return false;
  for (std::string_view moment : {" when ", " while ", " until ", " before ", " during "})
    if (text.find(moment) != std::string::npos) return false;
  // What the writer learnt, saw, weighed or meant is no change.
  static constexpr std::string_view kNoChange[] = {
      "learned",   "learnt",      "noticed",   "realized",   "realised",   "seen",
      "observed",  "experienced", "received",  "discovered", "identified", "determined",
      "concluded", "decided",     "wanted",    "tried",      "needed",     "used",
      "had",       "been",        "noted",     "hoped",      "expected",   "assumed",
      "believed",  "considered",  "discussed", "talked",     "asked",      "answered",
      "waited",    "planned",     "started",   "managed",    "failed",     "happened",
      "caused",    "found",       "made",      "done",       "told",       "shown",
      "thought",   "felt",        "heard",     "said",       "written",    "explained",
      "described"};
  const auto made = [](std::string_view w) {
    return !one_of(w, kNoChange) &&
           ((w.size() > 4 && w.ends_with("ed")) || one_of(w, kIrregularParticiples));
  };
  // "I've bumped the RAM", "we have now scheduled a restore test": a change that stands; told in
  // the simple past, only as the incident's outcome ("As a result, we moved the backups"; "We
  // restarted the database" is the response, "We migrated to this host in 2019" history).
  for (std::string_view writer : {" i've ", " we've ", " i have ", " we have "})
    if (verb_follows(text, writer, 2, made)) return true;
  for (std::string_view outcome :
       {" as a result", " as a direct result", " since then ", " following this incident",
        " after this incident", " since this incident", " since the incident"})
    if (text.find(outcome) != std::string::npos)
      for (std::string_view writer : {" i ", " we "})
        if (verb_follows(text, writer, 1, made)) return true;
  return false;
}

bool reports_lasting_deed(std::string_view sentence) {
  const std::string text = commitment_text(sentence);
  // "... at 09:12", "When the backlog grew we added ...", "Two days before, we introduced a
  // regression": a moment of the incident, not work since.
  if (tells_a_clock_time(text)) return false;
  for (std::string_view moment :
       {" when ", " while ", " until ", " before ", " during ", " regression ", " bug "})
    if (text.find(moment) != std::string::npos) return false;
  // "We enabled eager loading in our test suite": a setting turned on for good, here.
  return verb_follows(text, " we ", 2, [](std::string_view w) {
    return names_lasting_work_done(w) || w == "enabled";
  });
}

bool calls_for_work(std::string_view sentence) {
  const std::size_t clause_end = std::min(sentence.find(". "), sentence.find("; "));
  const std::string clause = commitment_text(sentence.substr(0, clause_end));
  // "... needs about ten minutes to warm its cache", "... needs a manual approval, which slowed
  // the rollback", "... should be actionable, but the alert was muted": facts, not calls.
  const std::string whole = commitment_text(sentence);
  for (std::string_view fact : {" which ", " but ", " because ", " about ", " is why "})
    if (whole.find(fact) != std::string::npos) return false;
  static constexpr std::string_view kCalls[] = {" needs to ", " need to ", " should be ",
                                                " must be ",  " needs ",   " need "};
  for (std::string_view call : kCalls) {
    const std::size_t at = clause.find(call);
    if (at == std::string_view::npos) continue;
    const std::string_view subject =
        std::string_view(clause).substr(0, at + 1);  // " the testnet configuration "
    // A subject of two words at least ("ABI decoding", "the configuration"), and no person,
    // team, pronoun or condition among them.
    if (std::count(subject.begin(), subject.end(), ' ') < 3) return false;
    for (std::string_view word :
         {" we ",        " i ",         " you ",      " they ",      " he ",       " she ",
          " it ",        " this ",      " that ",     " team ",      " if ",       " when ",
          " who ",       " what ",      " which ",    " there ",     " not ",      " no ",
          " engineer ",  " engineers ", " person ",   " people ",    " everyone ", " someone ",
          " user ",      " users ",     " customer ", " customers ", " staff ",    " developer ",
          " developers "})
      if (subject.find(word) != std::string_view::npos) return false;
    // "... need not be", "... needs no restart": denied.
    const std::string_view after = std::string_view(clause).substr(at + call.size() - 1);
    return !after.starts_with(" not ") && !after.starts_with(" no ") && after.size() > 4;
  }
  return false;
}

bool states_the_teams_work(std::string_view paragraph) {
  const std::string text = " " + lowercase_ascii(paragraph) + " ";
  const auto has = [&](std::string_view words) { return text.find(words) != std::string::npos; };
  // Advice to the reader, and promises to keep the reader informed ("We will share progress on
  // these items"), are no work of their own.
  for (std::string_view not_work : {" you ", " your ", " share progress", " keep you", " post an "})
    if (has(not_work)) return false;
  static constexpr std::string_view kTeamWillWork[] = {
      " we will ",   " we'll ",      " we plan ", " we intend ", " we could ",
      " we should ", " we need to ", " we must ", " we might ",  " i will ",
      " i'll ",      " i plan ",     " i could ", " i should ",  " i might "};
  if (std::any_of(std::begin(kTeamWillWork), std::end(kTeamWillWork), has)) return true;
  // "we are adding", "we're also calling": work under way, a verb's -ing form in the next two
  // words; not "we are sorry", "we're confident".
  for (std::string_view doing : {" we are ", " we're ", " i am ", " i'm "})
    for (std::size_t at = text.find(doing); at != std::string::npos;
         at = text.find(doing, at + 1)) {
      std::size_t word = at + doing.size();
      for (int k = 0; k < 2 && word < text.size(); ++k) {
        const std::size_t end = text.find_first_of(" ,.;", word);
        if (end == std::string::npos) break;
        if (end >= word + 5 && text.compare(end - 3, 3, "ing") == 0) return true;
        if (text[end] != ' ') break;
        word = end + 1;
      }
    }
  return commits_to_work(paragraph);
}

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i)
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ' &&
        text[i + 2] >= 'A' && text[i + 2] <= 'Z') {
      sentences.emplace_back(trim(text.substr(start, i + 1 - start)));
      start = i + 2;
    }
  if (start < text.size()) sentences.emplace_back(trim(text.substr(start)));
  return sentences;
}

std::vector<std::string> sentences_of_any_script(std::string_view text) {
  // "。", "！", "？": the full stops Chinese and Japanese end a sentence with, no space after; one
  // inside 「」, 『』 or （） is a quote's, and one with a space or a Latin letter before it is
  // written inside an English sentence.
  static constexpr std::string_view kWideStops[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"};
  static constexpr std::string_view kOpenQuotes[] = {"\xE3\x80\x8C", "\xE3\x80\x8E",
                                                     "\xEF\xBC\x88"};
  static constexpr std::string_view kCloseQuotes[] = {"\xE3\x80\x8D", "\xE3\x80\x8F",
                                                      "\xEF\xBC\x89"};
  std::vector<std::string> sentences;
  for (const std::string& sentence : sentences_of(text)) {
    std::size_t start = 0;
    int quoted = 0;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      for (std::string_view open : kOpenQuotes)
        if (sentence.compare(i, open.size(), open) == 0) ++quoted;
      for (std::string_view close : kCloseQuotes)
        if (sentence.compare(i, close.size(), close) == 0 && quoted > 0) --quoted;
      if (quoted > 0 || i == 0 || static_cast<unsigned char>(sentence[i - 1]) < 0x80) continue;
      for (std::string_view stop : kWideStops)
        if (sentence.compare(i, stop.size(), stop) == 0 && i + stop.size() < sentence.size()) {
          sentences.emplace_back(
              trim(std::string_view(sentence).substr(start, i + stop.size() - start)));
          start = i + stop.size();
          break;
        }
    }
    if (start < sentence.size())
      sentences.emplace_back(trim(std::string_view(sentence).substr(start)));
  }
  return sentences;
}

bool says_what_was_spared(std::string_view paragraph) {
  if (sentences_of(trim(paragraph)).size() != 1) return false;
  const std::string text = " " + lowercase_ascii(trim(paragraph)) + " ";
  // "Since the secondary region was not impacted, we failed over to it": the sentence tells what
  // the team did, and what was spared is only its reason.
  for (std::string_view opener : {" since ", " because ", " as ", " although ", " though ",
                                  " while ", " when ", " once ", " after ", " before ", " if "})
    if (text.starts_with(opener)) return false;
  for (std::string_view subject : {" was ", " were ", " remained ", " stayed "})
    for (std::string_view state : {"not impacted", "not affected", "unaffected", "unimpacted"}) {
      const std::size_t at = text.find(std::string(subject) + std::string(state));
      // "... was not impacted, so we kept it serving": a clause of its own follows.
      if (at != std::string::npos && text.find(", ", at) == std::string::npos) return true;
    }
  return false;
}

bool tells_what_was_done(std::string_view paragraph) {
  const std::string text = lowercase_ascii(trim(paragraph));
  if (!text.starts_with("we ") || text.ends_with(":")) return false;
  // "We decided to move the release train to a weekly cadence next quarter": work ahead.
  for (std::string_view ahead : {" will ", " next ", "going forward", " decided ", " agreed ",
                                 " planned ", " plan ", " want "})
    if (text.find(ahead) != std::string::npos) return false;
  std::size_t start = 3;
  for (;;) {
    const std::size_t end = text.find_first_of(" ,.;", start);
    const std::string_view word = std::string_view(text).substr(
        start, (end == std::string::npos ? text.size() : end) - start);
    // "We then reverted", "We quickly rolled back".
    if ((word.ends_with("ly") || word == "then" || word == "also") && end != std::string::npos) {
      start = end + 1;
      continue;
    }
    return is_past_tense(word);
  }
}

bool tells_the_writers_past(std::string_view sentence) {
  const std::string text = lowercase_ascii(sentence);
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find_first_of(" ,.;:!?()\"", at);
    const std::size_t stop = end == std::string::npos ? text.size() : end;
    if (stop > at) words.push_back(std::string_view(text).substr(at, stop - at));
    at = stop + 1;
  }
  static constexpr std::string_view kPastAlone[] = {"had",  "did", "didn't", "didn\xE2\x80\x99t",
                                                    "were", "got"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] != "i" && words[i] != "we") continue;
    std::size_t k = i + 1;
    // "We then reverted", "I quickly rolled back", "we also saw".
    while (k < words.size() && k <= i + 2 &&
           (words[k].ends_with("ly") || words[k] == "then" || words[k] == "also" ||
            words[k] == "first" || words[k] == "finally"))
      ++k;
    if (k < words.size() && (is_past_tense(words[k]) || one_of(words[k], kPastAlone) ||
                             (words[i] == "i" && words[k] == "was")))
      return true;
  }
  return false;
}

bool adds_work_done(std::string_view paragraph) {
  const std::string text = lowercase_ascii(trim(paragraph));
  for (std::string_view opener :
       {"in addition to these ", "in addition to this ", "in addition, ", "additionally, ",
        "on top of these ", "on top of this, ", "beyond these "}) {
    if (!text.starts_with(opener)) continue;
    const std::size_t comma = opener.ends_with(", ") ? opener.size() - 2 : text.find(", ");
    if (comma == std::string::npos) return false;
    return tells_what_was_done(std::string_view(text).substr(comma + 2));
  }
  return false;
}

bool announces_remediation(std::string_view paragraph) {
  paragraph = trim(paragraph);
  if (!paragraph.ends_with(':')) return false;
  std::size_t start = 0, previous = 0;
  for (std::size_t i = 0; i + 1 < paragraph.size(); ++i)
    if ((paragraph[i] == '.' || paragraph[i] == '!' || paragraph[i] == '?') &&
        (paragraph[i + 1] == ' ' || paragraph[i + 1] == '\n')) {
      previous = start;
      start = i + 2;
    }
  // "... improvements we will be applying. These include:": a short last sentence points back at
  // the one before it.
  const std::string_view last = paragraph.substr(start);
  if (std::count(last.begin(), last.end(), ' ') < 3) start = previous;
  const std::string sentence = " " + lowercase_ascii(paragraph.substr(start)) + " ";
  // "Some things you can do to help prevent this in the future:" is advice to the reader.
  if (sentence.find(" you ") != std::string::npos || sentence.find(" your ") != std::string::npos)
    return false;
  // What the safeguards were "supposed to prevent", what "prevented" a faster recovery: an
  // account of the incident.
  // "After remediation, the following signals were observed:" tells what was seen once it was
  // fixed.
  for (std::string_view account : {"supposed to", "meant to", "failed to", "prevented", "addressed",
                                   "already", "after remediation", "after the remediation",
                                   " observed", " we saw ", " was seen", " were seen"})
    if (sentence.find(account) != std::string::npos) return false;
  static constexpr std::string_view kCues[] = {
      "to prevent", "prevent this", "prevent similar", "prevent such", "in the future",
      "going forward", "moving forward", "follow-up", "follow up", "next steps", "action item",
      "to avoid", "recurrence", "happening again", "happen again", "long term", "long-term",
      "remediation", "improvements we", "changes we will", "we will be applying",
      "we will be making", "we will make", "we will implement",
      // "The product team will address the following items ahead of the next upgrade:"
      "will address", "will be addressing", "will work on", "will be working on", "will tackle",
      // "This incident has highlighted several areas for improvement:"
      "areas for improvement", "areas of improvement", "opportunities for improvement"};
  return std::any_of(std::begin(kCues), std::end(kCues),
                     [&](std::string_view cue) { return sentence.find(cue) != std::string::npos; });
}

namespace {
// Words that put the work ahead: "We will put ... in place", "We should put ...".
constexpr std::string_view kWorkAhead[] = {" will ",  " to put ", " should ", " must ", " need ",
                                           " needs ", " would ",  " could ",  " plan ", " going "};
}  // namespace

bool announces_steps_taken(std::string_view paragraph) {
  paragraph = trim(paragraph);
  if (!paragraph.ends_with(':')) return false;
  const std::vector<std::string> sentences = sentences_of(paragraph);
  std::string sentence = lowercase_ascii(trim(sentences.back()));
  if (sentence.find(" you") != std::string::npos || sentence.starts_with("you")) return false;
  // "We have:", "Since then, we've also:": the team's steps, named by nothing but the team ("In
  // each region we have:" describes the setup).
  for (std::string_view lead : {"since then, ", "since then ", "so far, ", "so far ", "to date, ",
                                "in response, ", "in response "})
    if (sentence.starts_with(lead)) sentence.erase(0, lead.size());
  // "As part of the regular audit, the following actions were taken:": what the steps were part
  // of, before them.
  if (const std::size_t comma = sentence.find(", ");
      sentence.starts_with("as part of ") && comma != std::string::npos)
    sentence.erase(0, comma + 2);
  for (std::string_view whole :
       {"we have:", "we've:", "we have also:", "we've also:", "we have since:", "we've since:"})
    if (sentence == whole) return true;
  sentence = " " + sentence + " ";
  // "Verification steps included:", "Troubleshooting steps taken:": how the team checked, not
  // what it changed.
  for (std::string_view checking :
       {"verif", "reproduc", "diagnos", "troubleshoot", "debug", "investigat", "test"})
    if (sentence.find(checking) != std::string::npos) return false;
  // "Our first steps included:", "We took the following actions:", "Measures taken:": the
  // team's ("The attacker's steps included:" are not).
  const bool ours =
      sentence.find(" we ") != std::string::npos || sentence.find(" our ") != std::string::npos ||
      sentence.starts_with(" steps taken") || sentence.starts_with(" actions taken") ||
      sentence.starts_with(" measures taken");
  // The words without the closing colon: "We took the following actions:" names its steps.
  const std::string words = sentence.substr(0, sentence.size() - 2) + " ";
  const bool names_steps = words.find(" steps ") != std::string::npos ||
                           words.find(" actions ") != std::string::npos ||
                           words.find(" measures ") != std::string::npos;
  for (std::string_view cue :
       {" included: ", " include: ", " taken: ", " we took ", " we have taken ", " we've taken "})
    if (ours && names_steps && sentence.find(cue) != std::string::npos) return true;
  // "We immediately put measures in place:", "We've put the following safeguards in place:"
  // (not "We had these checks in place:", the setup, nor "We will put ... in place:").
  if (ours && sentence.find(" put ") != std::string::npos && sentence.ends_with(" in place: ") &&
      std::none_of(std::begin(kWorkAhead), std::end(kWorkAhead), [&](std::string_view ahead) {
        return sentence.find(ahead) != std::string::npos;
      }))
    return true;
  // "Two fixes were implemented:", "The following mitigations have been deployed:": the fixes
  // told as done in the passive, named right before "were" or "have been". Not "changes" ("The
  // following changes were made" may tell the trigger).
  for (std::string_view fixes : {" fixes ", " fix ", " mitigations ", " remediations ", " patches ",
                                 " measures ", " steps ", " actions "})
    for (std::string_view been : {"were ", "have been ", "has been "})
      if (sentence.find(std::string(fixes) + std::string(been)) != std::string::npos &&
          reports_completion(words))
        return true;
  return false;
}

std::optional<ActionStatus> status_group_title(std::string_view title) {
  static constexpr std::pair<std::string_view, ActionStatus> kStatusTitles[] = {
      {"completed", ActionStatus::Done},     {"done", ActionStatus::Done},
      {"implemented", ActionStatus::Done},   {"finished", ActionStatus::Done},
      {"already done", ActionStatus::Done},  {"in progress", ActionStatus::InProgress},
      {"ongoing", ActionStatus::InProgress}, {"underway", ActionStatus::InProgress},
      {"remaining", ActionStatus::Open},     {"open", ActionStatus::Open},
      {"planned", ActionStatus::Open},       {"pending", ActionStatus::Open},
      {"to do", ActionStatus::Open},         {"todo", ActionStatus::Open},
      {"not started", ActionStatus::Open},   {"wont do", ActionStatus::WontDo},
      {"won t do", ActionStatus::WontDo},    {"will not do", ActionStatus::WontDo},
  };
  if (auto status = lookup(kStatusTitles, normalise_title(title))) return status;
  return action_label_status(title);
}

bool names_action_items_alone(std::string_view title) {
  static constexpr std::string_view kPlainNames[] = {
      "action items",       "actions",      "action item",
      "action points",      "action plan",  "next steps",
      "follow up",          "follow ups",   "follow-up",
      "follow-ups",         "followups",    "remediation",
      "remediations",       "todo",         "to do",
      "corrective actions", "improvements", "action items and follow ups"};
  const std::string key = normalise_title(title);
  return std::find(std::begin(kPlainNames), std::end(kPlainNames), key) != std::end(kPlainNames);
}

std::optional<ActionStatus> action_label_status(std::string_view label) {
  label = trim(label);
  if (label == "DONE") return ActionStatus::Done;
  if (label == "DOING" || label == "WIP" || label == "IN PROGRESS") return ActionStatus::InProgress;
  std::vector<std::string> words;
  int bracket_depth = 0;  // "Longer-term actions (in the pipeline)": an aside, not the name
  for (const char c : lowercase_ascii(label)) {
    if (c == '(' || c == ')') {
      bracket_depth = std::max(0, bracket_depth + (c == '(' ? 1 : -1));
      continue;
    }
    if (bracket_depth > 0) continue;
    if (c == ' ') {
      if (!words.empty() && !words.back().empty()) words.emplace_back();
      continue;
    }
    if (words.empty()) words.emplace_back();
    words.back() += c;
  }
  if (!words.empty() && words.back().empty()) words.pop_back();  // a space before the aside
  if (words.empty() || words.size() > 4) return std::nullopt;
  std::optional<ActionStatus> status = ActionStatus::Open;
  const std::string& last = words.back();
  // "Actions taken", "Permanent fixes implemented".
  if (last == "taken" || last == "completed" || last == "done" || last == "implemented" ||
      last == "applied" || last == "shipped")
    status = ActionStatus::Done;
  if (status == ActionStatus::Done || last == "planned" || last == "required" || last == "needed" ||
      last == "proposed" || last == "pending")
    words.pop_back();
  if (words.empty()) return std::nullopt;
  std::string name;
  for (const std::string& word : words) name += (name.empty() ? "" : " ") + word;
  static constexpr std::string_view kActionNames[] = {
      "todo", "to do", "action", "actions", "action item", "action items", "action point",
      "action points", "follow-up", "follow-ups", "follow up", "follow ups", "next step",
      "next steps", "suggested", "suggestion", "recommendation", "long term", "long-term",
      // "**Solutions**" over "1. We have corrected ...": a status page's post-mortem.
      "solutions"};
  const bool named =
      std::find(std::begin(kActionNames), std::end(kActionNames), name) != std::end(kActionNames);
  // "Review actions", "Short-term corrective actions", "Planned follow-ups", "Short-Term
  // improvements", "Preventive measures": words that say which.
  // Improvements and measures only with a time or purpose ahead: "Process improvements" in
  // lessons may be done and told, "Existing safety measures" are what was there.
  static constexpr std::string_view kQualifiedNames[] = {"actions", "action", "follow-ups",
                                                         "remediations"};
  static constexpr std::string_view kAhead[] = {"future",       "next",       "preventive",
                                                "preventative", "corrective", "planned",
                                                "proposed",     "additional"};
  const bool improvements_ahead =
      (words.back() == "improvements" || words.back() == "measures") &&
      (words.front().ends_with("-term") ||
       std::find(std::begin(kAhead), std::end(kAhead), words.front()) != std::end(kAhead));
  // "Permanent fixes", "Long-term fix": the lasting ones ("Short-term fixes" were the
  // incident's mitigation).
  const bool lasting_fixes = (words.back() == "fixes" || words.back() == "fix") &&
                             (words.front() == "permanent" || words.front() == "long-term" ||
                              words.front() == "future" || words.front() == "planned");
  const bool qualified =
      words.size() >= 2 && (improvements_ahead || lasting_fixes ||
                            std::find(std::begin(kQualifiedNames), std::end(kQualifiedNames),
                                      words.back()) != std::end(kQualifiedNames));
  if (!named && !qualified) return std::nullopt;
  return status;
}

std::string priority_marker(Priority priority) {
  switch (priority) {
    case Priority::High:
      return "\xF0\x9F\x94\xB4 High";  // 🔴
    case Priority::Medium:
      return "\xF0\x9F\x9F\xA1 Medium";  // 🟡
    case Priority::Low:
      return "\xF0\x9F\x9F\xA2 Low";  // 🟢
  }
  return "";
}

namespace {

// The title as a key of the tables: normalised, without a leading "so" or "the" ("So, what
// happened?", "The underlying issue", "The root cause": a blog's lead-in word or the article
// adds nothing to the name).
std::string title_key(std::string_view title) {
  std::string key = normalise_title(title);
  if (key.size() > 3 && key.compare(0, 3, "so ") == 0) key.erase(0, 3);
  if (key.size() > 4 && key.compare(0, 4, "the ") == 0) key.erase(0, 4);
  return key;
}

}  // namespace

bool names_the_lead_up(std::string_view title) {
  const std::string key = title_key(title);
  return key == "leadup" || key == "lead up";
}

bool names_the_background(std::string_view title) {
  const std::string key = title_key(title);
  return key.starts_with("background") || key == "context";
}

namespace {

// `key` opens with one of `stems` ("acknowledg" opens "acknowledgements").
bool opens_with_a_stem(std::string_view key, std::initializer_list<std::string_view> stems) {
  return std::any_of(stems.begin(), stems.end(),
                     [&](std::string_view stem) { return key.starts_with(stem); });
}

// `key` opens with one of `words`, followed by nothing or a space ("update" opens "update 2",
// not "updated").
bool opens_with_a_word(std::string_view key, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    return key.starts_with(word) && (key.size() == word.size() || key[word.size()] == ' ');
  });
}

}  // namespace

bool names_an_afterword(std::string_view title) {
  const std::string key = title_key(title);
  return opens_with_a_stem(key, {"acknowledg", "thank", "reference", "credit", "conclu", "appendi",
                                 "disclaim"}) ||
         opens_with_a_word(key, {"about", "faq", "frequently asked", "glossary", "further reading",
                                 "resources", "links", "contact", "postscript", "ps"});
}

bool names_an_aside(std::string_view title) {
  // And words that may title a part of an account elsewhere ("Update 2", "Why the alert didn't
  // fire", "Notes").
  return names_an_afterword(title) ||
         opens_with_a_word(title_key(title),
                           {"update", "updates", "edit", "edited", "closing", "final", "why",
                            "how we", "what we learned", "lessons", "note", "notes", "tl dr",
                            "tldr", "summary", "in summary"});
}

bool sums_up_another_part(std::string_view title) {
  const std::string key = title_key(title);
  constexpr std::string_view kSummary = " summary";
  if (!key.ends_with(kSummary) || key.size() == kSummary.size()) return false;
  const SectionRole summed = handwritten_section_role(key.substr(0, key.size() - kSummary.size()));
  return summed != SectionRole::Unknown && summed != SectionRole::Summary;
}

bool names_only_updates(std::string_view title) {
  const std::string key = title_key(title);
  return key == "updates" || key == "update" || key == "status updates" ||
         key == "incident updates";
}

bool names_an_update(std::string_view label) {
  const std::string key = title_key(label);
  return std::find(std::begin(kUpdateWords), std::end(kUpdateWords), key) != std::end(kUpdateWords);
}

bool names_an_edit(std::string_view label) {
  const std::string key = title_key(label);
  return key == "update" || key == "updated" || key == "edit" || key == "edited";
}

bool tells_a_schedule(std::string_view text) {
  std::string words = " " + lowercase_ascii(text) + " ";
  for (char& c : words)
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')') c = ' ';
  return std::any_of(std::begin(kScheduleCues), std::end(kScheduleCues),
                     [&](std::string_view cue) { return words.find(cue) != std::string::npos; });
}

std::size_t update_label_length(std::string_view text) {
  std::size_t at = 0;
  for (;;) {
    const std::size_t word_end = text.find_first_of(" :-", at);
    if (word_end == std::string_view::npos || !names_an_update(text.substr(at, word_end - at)))
      return 0;
    at = text.find_first_not_of(" :-", word_end);
    if (at == std::string_view::npos) return 0;
    const std::string_view next = text.substr(at);
    // "Update and Monitoring", "Identified & Fixing": the next word of the same label.
    const std::size_t joiner = next.starts_with("and ") ? 4 : next.starts_with("& ") ? 2 : 0;
    if (joiner == 0) break;
    at += joiner;
  }
  // A clock ("18:52") or a day written with its month's name ("Jan 24 09:00 UTC").
  return (text[at] >= '0' && text[at] <= '9') || (text[at] >= 'A' && text[at] <= 'Z') ? at : 0;
}

namespace {
bool has_non_ascii(std::string_view key) {
  return std::any_of(key.begin(), key.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// "résolution" -> "resolution", "détection" -> "detection": a key's Latin letters without their
// accents, for a title the names know in English and write with them in French, Spanish or
// Portuguese.
std::string without_accents(std::string_view key) {
  static constexpr std::string_view kBases = "aaaaaaaceeeeiiiidnooooo ouuuuyty";  // U+E0 to U+FF
  std::string folded;
  for (std::size_t at = 0; at < key.size();) {
    CodePoint c{static_cast<unsigned char>(key[at]), 1};
    if (c.value >= 0x80) c = code_point_at(key, at);
    const std::size_t length = std::max<std::size_t>(c.length, 1);
    if (c.value >= 0xE0 && c.value <= 0xFF && kBases[c.value - 0xE0] != ' ')
      folded += kBases[c.value - 0xE0];
    else
      folded.append(key.substr(at, length));
    at += length;
  }
  return folded;
}

}  // namespace

bool names_a_part(std::string_view title) {
  const std::string key = title_key(title);
  return lookup(kPartSectionNames, key).has_value() ||
         (has_non_ascii(key) && lookup(kPartSectionNames, without_accents(key)).has_value());
}

namespace {
// "Fixes applied 2026-09-08" without its day: "Fixes applied"; a title with no day after it,
// whole.
std::string_view without_trailing_day(std::string_view title) {
  const std::size_t cut = title.find_last_not_of("0123456789-/. ");
  if (cut == std::string_view::npos || cut + 1 == title.size()) return title;
  const std::string_view tail = title.substr(cut + 1);
  const std::size_t start = tail.find_first_not_of(' ');
  if (start == std::string_view::npos || start == 0) return title;
  const auto day = read_date(tail.substr(start));
  return day && day->year != 0 && day->length == tail.size() - start ? title.substr(0, cut + 1)
                                                                     : title;
}

// Names of fixes, and the words that tell them made ("Fixes applied", "Implemented mitigations").
constexpr std::string_view kFixNouns[] = {"fixes",       "fix",          "patches",
                                          "mitigations", "remediations", "remediation"};
constexpr std::string_view kFixesMade[] = {"applied", "implemented", "deployed", "completed",
                                           "shipped"};

// How soon work comes ("Short-term fixes", "Immediate actions"), and how long it lasts
// ("Permanent fix", "Interim measures").
constexpr std::string_view kHorizons[] = {"short term", "long term", "medium term", "mid term",
                                          "immediate"};
constexpr std::string_view kLastingHorizons[] = {"permanent", "interim", "final"};

// "immediate actions taken" -> "actions taken", "permanent fix implemented" -> "fix implemented":
// a title key without the horizon its work is named after.
std::string_view without_horizon(std::string_view key) {
  for (const auto& horizons : {std::span<const std::string_view>(kHorizons),
                               std::span<const std::string_view>(kLastingHorizons)})
    for (std::string_view horizon : horizons)
      if (key.starts_with(horizon) && key.size() > horizon.size() && key[horizon.size()] == ' ')
        return key.substr(horizon.size() + 1);
  return key;
}

}  // namespace

bool names_improvements_alone(std::string_view title) {
  static constexpr std::string_view kNames[] = {"improvements",    "improvement",
                                                "to improve",      "things to improve",
                                                "what to improve", "room for improvement"};
  const std::string key = title_key(title);
  return std::find(std::begin(kNames), std::end(kNames), key) != std::end(kNames);
}

bool names_work_done(std::string_view title) {
  const std::string whole = title_key(without_trailing_day(title));
  const std::string_view key = without_horizon(whole);
  static constexpr std::string_view kDoneOpeners[] = {
      "what we shipped",    "what we ve shipped",   "what we have shipped", "what we fixed",
      "what we ve fixed",   "what we have fixed",   "what we ve changed",   "what we have changed",
      "changes we ve made", "changes we have made", "what we changed",      "what we ve done",
      "what we have done",  "what has been done",   "what s been done"};
  for (std::string_view opener : kDoneOpeners)
    if (key.starts_with(opener) && (key.size() == opener.size() || key[opener.size()] == ' '))
      return true;
  const std::size_t space = key.find(' ');
  if (space == std::string::npos || key.find(' ', space + 1) != std::string::npos) return false;
  const std::string_view first = key.substr(0, space);
  const std::string_view second = key.substr(space + 1);
  // "Actions taken", "Steps taken", "Measures taken".
  if (second == "taken") {
    static constexpr std::string_view kTaken[] = {"actions", "steps", "measures"};
    return one_of(first, kTaken);
  }
  // "Issues fixed", "Bugs fixed": each item a problem and the fix made for it.
  if (second == "fixed") {
    static constexpr std::string_view kFixed[] = {"issues", "bugs", "problems"};
    return one_of(first, kFixed);
  }
  return (one_of(first, kFixNouns) && one_of(second, kFixesMade)) ||
         (one_of(first, kFixesMade) && one_of(second, kFixNouns));
}

bool holds_the_report(std::string_view title) {
  static constexpr std::string_view kReportNames[] = {
      "postmortem",           "post mortem",          "incident report",     "incident postmortem",
      "incident post mortem", "post incident review", "post incident report"};
  const std::string key = title_key(title);
  return std::find(std::begin(kReportNames), std::end(kReportNames), key) != std::end(kReportNames);
}

bool names_review_progress(std::string_view title) {
  static constexpr std::string_view kProgressNames[] = {
      "status",    "current status",       "review status",         "postmortem status",
      "checklist", "postmortem checklist", "post mortem checklist", "progress"};
  return one_of(title_key(title), kProgressNames);
}

bool names_fixes(std::string_view title) {
  const std::string key = title_key(title);
  static constexpr std::string_view kFixTitles[] = {
      "fixes", "our fixes", "fix", "our fix", "key fixes", "main fixes", "major fixes"};
  return one_of(key, kFixTitles) || names_work_done(title);
}

bool names_work_by_its_horizon(std::string_view title) {
  // "Short-term (Recommended)": the words in brackets count here.
  std::string unbracketed(title);
  for (char& c : unbracketed)
    if (c == '(' || c == ')') c = ' ';
  const std::string key = title_key(unbracketed);
  static constexpr std::string_view kWorkWords[] = {
      "recommended", "recommendations", "actions", "action", "items", "fixes", "improvements",
      "changes", "work", "remediation", "remediations", "tasks", "plan", "plans", "follow", "ups",
      "todo", "todos",
      // "Immediate fixes needed": what the work awaits.
      "needed", "required", "planned"};
  for (std::string_view horizon : kHorizons) {
    if (!key.starts_with(horizon)) continue;
    std::string_view rest = std::string_view(key).substr(horizon.size());
    // "### Short term" alone may tell the impact's course; the work needs its word.
    if (rest.empty()) return false;
    while (!rest.empty()) {
      rest.remove_prefix(1);  // the space before the next word
      const std::string_view word = rest.substr(0, rest.find(' '));
      if (!one_of(word, kWorkWords)) return false;
      rest.remove_prefix(word.size());
    }
    return true;
  }
  return false;
}

namespace {

// "기여 요인(Contributing Factors)" -> "Contributing Factors": the words a title in another
// language gives in brackets, when they are all ASCII; empty otherwise.
std::string bracketed_english(std::string_view title) {
  const std::size_t open = title.find('(');
  const std::size_t close = open == std::string_view::npos ? open : title.find(')', open);
  if (close == std::string_view::npos || close == open + 1) return {};
  const std::string_view inside = title.substr(open + 1, close - open - 1);
  if (has_non_ascii(inside) || !has_non_ascii(title.substr(0, open))) return {};
  return std::string(inside);
}

// The key's words written in ASCII alone: "日付 date" -> "date", for a title or label written in
// two languages ("日付 / Date", "Timeline / 影響の推移").
std::string ascii_words(std::string_view key) {
  std::string words;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    const std::string_view word = key.substr(start, end - start);
    if (!word.empty() && !has_non_ascii(word))
      words += (words.empty() ? "" : " ") + std::string(word);
    start = end + 1;
  }
  return words;
}

// "Root Cause Remediations", with nothing between the cause and the work: work against the root
// cause, not the analysis of it. "Root cause and remediation", "Root Cause & Remediation" and
// "Root Cause / Follow-ups" are both, told as the cause.
bool names_root_cause_work(std::string_view title, std::string_view key) {
  static constexpr std::string_view kNames[] = {
      "root cause remediation",   "root cause remediations", "root causes remediation",
      "root causes remediations", "root cause action items", "root cause follow ups"};
  if (std::find(std::begin(kNames), std::end(kNames), key) == std::end(kNames)) return false;
  const std::string_view words = title.substr(0, title.find('('));
  return words.find_first_of("&/+,|:") == std::string_view::npos &&
         words.find(" - ") == std::string_view::npos &&
         words.find("\xE2\x80") == std::string_view::npos;  // an en or em dash
}

// "What are we doing to prevent it from happening again?", "How we will prevent a recurrence",
// "What could be done to avoid this in future?": a question of what is done against the incident
// coming back. What the team "could have" done or "might" do is ideas, not work it took on; why
// something failed to prevent it is analysis.
bool names_prevention(std::string_view key) {
  // "What could be done to avoid this in future?" asks for work; "What could have prevented it
  // again" asks what was missing.
  if (!(key.starts_with("what ") || key.starts_with("how ")) ||
      (key.find("prevent") == std::string_view::npos &&
       key.find("avoid") == std::string_view::npos) ||
      key.find(" could have ") != std::string_view::npos ||
      key.find(" would have ") != std::string_view::npos ||
      key.find(" should have ") != std::string_view::npos ||
      (key.find(" could ") != std::string_view::npos &&
       key.find(" could be done ") == std::string_view::npos &&
       key.find(" could we ") == std::string_view::npos) ||
      key.find(" might ") != std::string_view::npos)
    return false;
  for (std::string_view end :
       {" again", " in future", " in the future", " recurrence", " recurring"})
    if (key.ends_with(end)) return true;
  return false;
}

// "What we're doing to fix this", "What are we going to do about it", "What we are changing",
// "What we've already done": a title that names the team's own work on the incident, done or to
// do (not what the team "could" or "should" do, which is a question for the review, nor "What we
// changed", which as often tells the change that broke it).
bool names_the_teams_work(std::string_view key) {
  bool by_us = false;
  for (std::string_view opener : {"what we ", "what are we ", "how we ", "how are we "})
    by_us = by_us || key.starts_with(opener);
  if (!by_us) return false;
  for (std::string_view doubt : {" could ", " might ", " should ", " would "})
    if (key.find(doubt) != std::string_view::npos) return false;
  for (std::string_view work :
       {" doing about", " doing to ", " doing differently", " going to do", " will do", " ll do",
        " are changing", " re changing", " have done", " ve done", " will change", " will improve",
        " are improving", " re improving"})
    if ((std::string(key) + " ").find(work) != std::string::npos) return true;
  return false;
}

// "Improving Recovery Procedures": a short title that names work under way against the incident
// by its first word ("Preventing the spread" as often tells the containment).
bool names_work_under_way(std::string_view key) {
  return key.starts_with("improving ") && std::count(key.begin(), key.end(), ' ') <= 4;
}

}  // namespace

std::string name_key(std::string_view name) { return normalise_title(name); }

bool names_work_by_its_gerund(std::string_view title) {
  return names_work_under_way(title_key(title));
}

namespace {

// A normalised title that is a part's name, with no other words.
std::optional<SectionRole> role_by_name(const std::string& key) {
  if (auto role = lookup(kSectionNames, key)) return role;
  if (auto role = lookup(kPartSectionNames, key)) return role;
  if (auto role = lookup(kSectionNamesElsewhere, key)) return role;
  if (names_prevention(key) || names_the_teams_work(key) || names_work_under_way(key))
    return SectionRole::Actions;
  return std::nullopt;
}

// The role of a normalised title: by name, by a known name and more words, or by a name after a
// word or two.
SectionRole role_of_key(std::string_view title, const std::string& key) {
  if (auto role = role_by_name(key)) return *role;
  // "Next steps required", "Actions needed", "Follow-ups planned": the work and what it awaits;
  // "Fixes needed", "Changes required": what they await says they are ahead. "Fixes applied",
  // "Applied patches", "Implemented mitigations": fixes made (not "Changes deployed" or
  // "Completed work", as often the change that set the incident off or the response).
  if (const std::size_t space = key.rfind(' '); space != std::string::npos) {
    static constexpr std::string_view kAwaiting[] = {"required",  "needed",     "pending",
                                                     "planned",   "proposed",   "outstanding",
                                                     "remaining", "recommended"};
    const std::string base = key.substr(0, space);
    const std::string_view stage = std::string_view(key).substr(space + 1);
    if (one_of(stage, kAwaiting) &&
        (role_by_name(base) == SectionRole::Actions || base == "fixes" || base == "changes"))
      return SectionRole::Actions;
    if (one_of(stage, kFixesMade) && one_of(std::string_view(base), kFixNouns))
      return SectionRole::Actions;
  }
  // "Recommended fixes", "Proposed changes", "Further work": the work named with how far it has
  // come.
  if (const std::size_t space = key.find(' '); space != std::string::npos) {
    static constexpr std::string_view kStages[] = {"recommended", "proposed", "planned",
                                                   "suggested",   "further",  "additional",
                                                   "pending",     "scheduled"};
    static constexpr std::string_view kWorkNouns[] = {
        "fixes",    "fix",          "patches",     "changes", "improvements", "mitigations",
        "measures", "remediations", "remediation", "actions", "tasks",        "work"};
    const std::string_view stage = std::string_view(key).substr(0, space);
    const std::string rest = key.substr(space + 1);
    if ((one_of(stage, kStages) && (one_of(std::string_view(rest), kWorkNouns) ||
                                    role_by_name(rest) == SectionRole::Actions)) ||
        (one_of(stage, kFixesMade) && one_of(std::string_view(rest), kFixNouns)))
      return SectionRole::Actions;
  }
  if (names_root_cause_work(title, key)) return SectionRole::Actions;
  // "Immediate Actions Taken", "Permanent Fix Implemented": work named after how soon it came or
  // how long it lasts, and said done ("Immediate actions" alone may be a log of the response).
  if (without_horizon(key).size() != key.size() && names_work_done(title))
    return SectionRole::Actions;
  // "Improvements for future releases", "Safeguards against recurrence": the work, named with
  // what it is for ("Measures to contain the outage", "Mitigations for the outage" tell the
  // response).
  for (std::string_view work : {"improvements for ", "improvements to ", "safeguards for ",
                                "safeguards against ", "measures against "})
    if (key.starts_with(work) && key.size() > work.size()) return SectionRole::Actions;
  // "Timeline of events", "Root cause of the outage": a known name and more words.
  for (const auto& [name, role] : kSectionPrefixes)
    if (key.size() > name.size() && key.compare(0, name.size(), name) == 0 &&
        key[name.size()] == ' ')
      return role;
  for (const auto& [name, role] : kSectionSuffixes) {
    if (key.size() <= name.size() + 1 ||
        key.compare(key.size() - name.size(), name.size(), name) != 0 ||
        key[key.size() - name.size() - 1] != ' ')
      continue;
    const std::string_view before(key.data(), key.size() - name.size() - 1);
    // "Customer impact TODO" is a draft's part still to write; "Recovery TODO" lists the work.
    if ((name == "todo" || name == "to do" || name == "todos") &&
        role_by_name(std::string(before)) && before != "recovery")
      continue;
    if (static_cast<std::size_t>(std::count(before.begin(), before.end(), ' ')) <
            kMostWordsBeforeSuffix &&
        !names_the_document(before))
      return role;
  }
  return SectionRole::Unknown;
}

// True when `a` becomes `b` by one letter changed, added or dropped, or two neighbours swapped.
bool one_slip_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  std::size_t head = 0;
  while (head < a.size() && a[head] == b[head]) ++head;
  if (a.size() < b.size()) return a.substr(head) == b.substr(head + 1);  // one letter added
  if (a.substr(head + 1) == b.substr(head + 1)) return true;             // one letter changed
  return head + 1 < a.size() && a[head] == b[head + 1] && a[head + 1] == b[head] &&
         a.substr(head + 2) == b.substr(head + 2);  // two neighbours swapped
}

// True when the words of `key` are those of `name` but one, which is one slip from its word there
// and that word has six letters or more ("Moving Foward", "Lessons Leanred"). A name of one word
// is left alone: one slip from "resolution" or "mitigation" is "revolution" or "litigation".
bool one_word_slipped(std::string_view key, std::string_view name) {
  int slips = 0;
  while (!key.empty() || !name.empty()) {
    const std::size_t key_end = std::min(key.find(' '), key.size());
    const std::size_t name_end = std::min(name.find(' '), name.size());
    if (key_end == 0 || name_end == 0) return false;  // more words in one than the other
    const std::string_view key_word = key.substr(0, key_end), name_word = name.substr(0, name_end);
    if (key_word != name_word) {
      constexpr std::size_t kShortestSlippedWord = 6;
      if (++slips > 1 || name_word.size() < kShortestSlippedWord ||
          !one_slip_apart(key_word, name_word))
        return false;
    }
    key.remove_prefix(std::min(key_end + 1, key.size()));
    name.remove_prefix(std::min(name_end + 1, name.size()));
    if (key.empty() != name.empty()) return false;
  }
  return slips == 1;
}

// "Moving Foward", "Lessons Leanred", "Root cuase": a part's name of two words or more with one
// slip of the keyboard.
std::optional<SectionRole> role_of_misspelt_name(std::string_view key) {
  if (key.find(' ') == std::string_view::npos) return std::nullopt;
  using Names = std::span<const std::pair<std::string_view, SectionRole>>;
  for (const Names table : {Names(kSectionNames), Names(kPartSectionNames)})
    for (const auto& [name, role] : table)
      if (name.find(' ') != std::string_view::npos && one_word_slipped(key, name)) return role;
  return std::nullopt;
}

// "The Outage", "The problem: a failover that never finished", "What was the problem?": a blog
// post's or a short report's story of the incident, named by the incident itself, whatever its
// title says after a colon.
bool tells_the_incident_itself(std::string_view title) {
  const std::string key = normalise_title(title.substr(0, title.find(':')));
  for (std::string_view asked : {"what was the problem", "what was the issue",
                                 "what was the incident", "what is the problem"})
    if (key == asked) return true;
  // Not "The previous incident" (another one) or "The real problem" (the analysis's); not "The
  // Incident" either, which as often heads the incident's facts (date, duration, severity).
  return key == "the outage" || key == "the problem" || key == "the issue";
}

}  // namespace

SectionRole section_role(std::string_view title) {
  if (auto role = lookup(kSectionNames, normalise_title(title))) return *role;
  // "What should ordinarily have been done to prevent this, but wasn't done?", "What could have
  // been done differently?": what could be improved, asked.
  // ("What should have been done has now been done" reports work; "What would have been done
  // with more time?" asks of plans.)
  if (const std::string key = normalise_title(title);
      (key.starts_with("what should ") || key.starts_with("what could ")) &&
      key.find(" have been done") != std::string::npos && key.find(" has ") == std::string::npos &&
      key.find(" now ") == std::string::npos)
    return SectionRole::CouldImprove;
  // "Why did all this happen in such a short time?": the question the analysis answers ("Why
  // did this not happen in staging?", "Why did nothing happen ...?" ask another one).
  if (const std::string key = normalise_title(title);
      key.starts_with("why did ") &&
      (key.ends_with(" happen") || key.find(" happen ") != std::string::npos) &&
      key.find(" not ") == std::string::npos && key.find(" nothing ") == std::string::npos &&
      key.find(" never ") == std::string::npos)
    return SectionRole::Analysis;
  if (auto named = name_before_qualifiers(normalise_title(title))) return *named;
  const std::string key = title_key(title);
  const SectionRole role = role_of_key(title, key);
  if (role != SectionRole::Unknown) return role;
  if (tells_the_incident_itself(title)) return SectionRole::WhatHappened;
  // "January 5, 2026 - Recovery Timeline": the part named after the day it covers.
  if (const auto day = read_date(title); day && day->year != 0 && day->length < title.size()) {
    std::string_view rest = title.substr(day->length);
    while (!rest.empty() && std::string_view(" -:,\t").find(rest.front()) != std::string_view::npos)
      rest.remove_prefix(1);
    if (!rest.empty()) return section_role(rest);
  }
  // "Fixes applied 2026-09-08": the part, then the day it was written.
  if (const std::string_view part = without_trailing_day(title); part.size() != title.size())
    return section_role(part);
  // "Needed (follow-up)": work named only in its brackets.
  if (const std::size_t open = title.find('('); open != std::string_view::npos) {
    const std::size_t close = title.find(')', open);
    if (close != std::string_view::npos && close > open + 1 &&
        section_role(title.substr(open + 1, close - open - 1)) == SectionRole::Actions)
      return SectionRole::Actions;
  }
  if (auto misspelt = role_of_misspelt_name(key)) return *misspelt;
  if (!has_non_ascii(key)) return role;
  if (const std::string plain = without_accents(key); plain != key)
    if (const SectionRole named = role_of_key(title, plain); named != SectionRole::Unknown)
      return named;
  // Written in two languages: the words in ASCII first ("Action items / 原因への対応").
  if (const std::string ascii = ascii_words(key); !ascii.empty() && ascii != key)
    if (const SectionRole named = role_of_key(title, ascii); named != SectionRole::Unknown)
      return named;
  // "배운 점(Lessons Learned)": a title in another language, its English name in brackets.
  if (const std::string english = bracketed_english(title); !english.empty())
    if (const SectionRole named = section_role(english); named != SectionRole::Unknown)
      return named;
  for (const auto& [name, named] : kSectionWordsUnspaced)
    if (key.find(name) != std::string::npos) return named;
  return SectionRole::Unknown;
}

bool is_a_part_name(std::string_view title) { return role_by_name(title_key(title)).has_value(); }

bool names_an_incident_overview(std::string_view title) {
  const std::string key = title_key(title);
  return key.ends_with(" overview") && lookup(kSectionNames, key) == SectionRole::Summary;
}

bool names_open_questions(std::string_view title) {
  const std::string key = title_key(title);
  return key.ends_with(" questions") && lookup(kSectionNames, key) == SectionRole::FollowUps;
}

namespace {
// "contributing factors on our side" -> "contributing factors": a normalised title without the
// side whose part it names.
std::string_view without_side(std::string_view key) {
  for (std::string_view side : {" on our side", " on our end", " on our part", " from our side"})
    if (key.size() > side.size() && key.ends_with(side))
      return key.substr(0, key.size() - side.size());
  return key;
}
}  // namespace

SectionRole subsection_role(std::string_view title) {
  std::string key(without_side(normalise_title(title)));
  if (has_non_ascii(key)) {
    if (std::string ascii = ascii_words(key); !ascii.empty())
      key = std::move(ascii);
    else if (std::string english = bracketed_english(title); !english.empty())
      key = without_side(normalise_title(english));  // "기여 요인(Contributing Factors)"
  }
  if (auto role = lookup(kSubsectionNames, key)) return *role;
  return lookup(kSectionNames, key).value_or(SectionRole::Unknown);
}

namespace {
// "Prevention & Next Steps", "Root Cause Remediations", "Preventive Enhancements": a title no
// list names, read by its words. The last word that names a part decides ("Root Cause
// Remediations" are remediations).
SectionRole role_by_words(const std::string& key) {
  // A short title is its words ("Preventive Enhancements"); a longer one is about something else
  // unless its last word names the part ("Background on the caching improvements" is background).
  const auto words = std::count(key.begin(), key.end(), ' ') + 1;
  static constexpr std::pair<std::string_view, SectionRole> kWords[] = {
      {"actions", SectionRole::Actions},      {"remediation", SectionRole::Actions},
      {"remediations", SectionRole::Actions}, {"steps", SectionRole::Actions},
      {"prevention", SectionRole::Actions},   {"preventive", SectionRole::Actions},
      {"preventative", SectionRole::Actions}, {"enhancements", SectionRole::Actions},
      {"improvements", SectionRole::Actions}, {"recommendations", SectionRole::Actions},
      {"timeline", SectionRole::Timeline},    {"chronology", SectionRole::Timeline},
      {"chronologie", SectionRole::Timeline}, {"lessons", SectionRole::Lessons},
      {"learnings", SectionRole::Lessons},    {"takeaways", SectionRole::Lessons}};
  SectionRole role = SectionRole::Unknown;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    const std::string_view word = std::string_view(key).substr(start, end - start);
    const bool last = end == key.size();
    for (const auto& [name, named] : kWords)
      if (word == name && (word != "steps" || key.find("next steps") != std::string::npos) &&
          (words <= 3 || word == "steps" ||  // "What are the next steps for Replit?"
           (last && named == SectionRole::Actions && word != "improvements" &&
            word != "enhancements")))
        role = named;
    start = end + 1;
  }
  // "Remediation and architectural lessons", "Remediations & follow-ups": work named first, with
  // what is learnt or followed up ("Remediation and recovery" tells the response).
  for (std::string_view work :
       {"remediation and ", "remediations and ", "remediation & ", "remediations & "})
    if (key.starts_with(work) &&
        (key.find("lesson") != std::string::npos || key.find("follow") != std::string::npos ||
         key.find("prevention") != std::string::npos))
      return SectionRole::Actions;
  return role;
}
}  // namespace

bool ends_naming_actions(std::string_view title) {
  const std::string key = normalise_title(title);  // "follow-ups" reads "follow ups"
  const std::string_view last = std::string_view(key).substr(key.rfind(' ') + 1);
  return key.find(' ') != std::string::npos &&
         (last == "remediation" || last == "remediations" || key.ends_with(" action items") ||
          key.ends_with(" follow ups"));
}

bool labels_an_explanation(std::string_view label) {
  if (section_role(label) == SectionRole::Analysis) return true;
  const std::string key = normalise_title(label);
  // "Why we paged the database team" tells what the team did.
  return (key.starts_with("why ") && !key.starts_with("why we ") && !key.starts_with("why i ")) ||
         (key.starts_with("what ") && key.ends_with(" means")) ||
         (key.starts_with("how ") && key.ends_with(" works")) || key.ends_with(" mechanics") ||
         key.ends_with(" explained");
}

namespace {

// "Who was affected?", "Which customers were affected?", "Are Wire installations affected?": a
// question (its normalised `key`) ending in the word the impact is told with.
bool asks_what_was_affected(std::string_view key) {
  if (!key.ends_with(" affected") && !key.ends_with(" impacted")) return false;
  for (std::string_view asking :
       {"who ", "what ", "which ", "were ", "was ", "are ", "is ", "how "})
    if (key.starts_with(asking)) return true;
  return false;
}

}  // namespace

SectionRole handwritten_section_role(std::string_view title) {
  const SectionRole role = section_role(title);
  if (role != SectionRole::Unknown) return role;
  const std::string key = normalise_title(title);
  // "Details of fix", "More details on the timeline": the part those details are of.
  for (std::string_view opener : {"details of ", "details on ", "more details on "}) {
    if (!key.starts_with(opener)) continue;
    std::string_view rest = std::string_view(key).substr(opener.size());
    if (rest.starts_with("the ")) rest.remove_prefix(4);
    if (!rest.empty()) return handwritten_section_role(rest);
  }
  // "Contributing factors on our side": the part, whoever's side it is on.
  if (const std::string_view part = without_side(key); part.size() != key.size())
    return handwritten_section_role(part);
  // "Summary of disruptions": the summary, unless it is of a part ("Summary of the impact").
  if (key.starts_with("summary of ")) {
    const SectionRole of = handwritten_section_role(std::string_view(key).substr(11));
    return of != SectionRole::Unknown ? of : SectionRole::Summary;
  }
  // "Consolidated root causes", "Technical root cause": the analysis.
  if (key.ends_with(" root cause") || key.ends_with(" root causes")) return SectionRole::Analysis;
  // "Technical Details: How The Attack Worked": a part's name, then what it tells, unless that
  // names a part itself ("Detection: Improvements" are actions).
  if (const std::size_t colon = title.find(':'); colon != std::string_view::npos &&
                                                 colon + 1 < title.size() &&
                                                 is_a_part_name(title.substr(0, colon))) {
    const SectionRole told = handwritten_section_role(title.substr(colon + 1));
    return told != SectionRole::Unknown ? told : section_role(title.substr(0, colon));
  }
  // "What was the timeline of the incident?", "What was the root cause of this outage?", "Who
  // was affected?": a part asked for as a question, as some report templates head their parts.
  for (std::string_view asked :
       {"what was the ", "what were the ", "what is the ", "what are the "})
    if (key.starts_with(asked)) {
      std::string part = key.substr(asked.size());
      for (std::string_view of : {" of the incident", " of this incident", " for the incident",
                                  " of the outage", " of this outage", " for this incident"})
        if (part.ends_with(of)) part.erase(part.size() - of.size());
      if (const SectionRole asked_for = section_role(part); asked_for != SectionRole::Unknown)
        return asked_for;
    }
  if (asks_what_was_affected(key)) return SectionRole::Impact;
  // "What we're doing to fix this", "How we will prevent this from happening again": a title
  // that tells the work the team takes on.
  static constexpr std::string_view kWorkAheadOpeners[] = {
      "what we re doing", "what we are doing", "what we will do", "what we ll do",
      "what we re going to", "what we are going to", "what we re changing", "what we are changing",
      "what we will change", "what we re improving", "what we are improving",
      "what we will improve", "how we re fixing", "how we are fixing", "how we will fix",
      "how we re preventing", "how we are preventing", "how we will prevent", "how we ll prevent",
      "steps we re taking", "steps we are taking", "preventing this", "preventing recurrence",
      "preventing future",
      // "What happens next", "What we've changed", "How am I fixing it?": the work after the
      // incident, told by one writer as by a team ("What we changed" may name the trigger).
      "what happens next", "what s next", "what is next", "what comes next", "how am i fixing",
      "how i m fixing", "how i am fixing", "how i will fix", "how we ll fix",
      // Asked as a question: "What will we change to ensure this doesn't happen again?".
      "what will we change", "what will we do", "what are we changing", "how will we prevent",
      "how will we fix", "how will we ensure", "how are we preventing", "how are we fixing",
      // "What is being done to prevent future incidents?"
      "what is being done", "what s being done", "what will be done",
      // "How are we going to do better in the future?" (not "How we're going to run this retro")
      "how are we going to do better", "how we are going to do better",
      "how we re going to do better", "how are we going to prevent", "how are we going to avoid",
      "how are we going to improve", "how will we do better", "how we will do better"};
  // "What we shipped", "What we've fixed": the fixes made since, told as done.
  if (names_work_done(title)) return SectionRole::Actions;
  for (std::string_view opener : kWorkAheadOpeners)
    if (key.starts_with(opener) && (key.size() == opener.size() || key[opener.size()] == ' '))
      return SectionRole::Actions;
  // "## Fixes": a part of its own lists the fixes made after the incident. ("**Fixes:**" under
  // one bug of several is that bug's fix, read where it stands.)
  if (names_fixes(title)) return SectionRole::Actions;
  if (std::find(std::begin(kReviewSectionNames), std::end(kReviewSectionNames), key) !=
      std::end(kReviewSectionNames))
    return SectionRole::Lessons;
  if (const SectionRole by_words = role_by_words(key); by_words != SectionRole::Unknown)
    return by_words;
  // "Incident timeline and response": of two parts a title joins, which nothing above read, the
  // first decides.
  const std::string joined = title_key(title);
  // "Current status and future plans": when the first names nothing, work the second names ("X
  // and timeline" is no timeline).
  if (const std::size_t and_at = joined.find(" and "); and_at != std::string::npos) {
    if (auto named = role_by_name(joined.substr(0, and_at))) return *named;
    if (role_by_name(joined.substr(and_at + 5)) == SectionRole::Actions)
      return SectionRole::Actions;
  }
  return SectionRole::Unknown;
}

SectionRole summary_label_role(std::string_view label) {
  const std::string key = normalise_title(label);
  if (std::find(std::begin(kSummaryOwnLabels), std::end(kSummaryOwnLabels), key) !=
      std::end(kSummaryOwnLabels))
    return SectionRole::Summary;
  return section_role(label);
}

bool opens_with_luck(std::string_view text) {
  const std::string words = normalise_title(text.substr(0, 40));
  for (std::string_view opener : kLuckOpeners)
    if (words.compare(0, opener.size(), opener) == 0 &&
        (words.size() == opener.size() || words[opener.size()] == ' '))
      return true;
  return false;
}

const ModelField* section_field(SectionRole role) {
  for (const ModelField& field : model_fields()) {
    if (field.markdown_section.empty()) continue;
    const SectionRole own = field.markdown_parent.empty() ? section_role(field.markdown_section)
                                                          : subsection_role(field.markdown_section);
    if (own == role) return &field;
  }
  return nullptr;
}

MetaField meta_field(std::string_view label) {
  const std::string key = normalise_title(label);
  if (auto field = lookup(kMetaLabels, key)) return *field;
  // "日付 / Date": a label written in two languages.
  if (has_non_ascii(key))
    if (const std::string ascii = ascii_words(key); !ascii.empty())
      return lookup(kMetaLabels, ascii).value_or(MetaField::Unknown);
  return MetaField::Unknown;
}

std::optional<EventKind> event_kind_from_label(std::string_view label) {
  const std::string key = normalise_title(label);
  if (auto kind = lookup(kEventLabels, key)) return kind;
  return from_label<EventKind>(label);
}

}  // namespace hindsight::core
