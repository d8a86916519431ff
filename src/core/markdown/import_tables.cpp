#include "core/markdown/import_tables.hpp"

#include <algorithm>
#include <cctype>

#include "core/markdown/markdown_text.hpp"
#include "core/markdown/markdown_tree.hpp"
#include "core/markdown/markdown_vocabulary.hpp"
#include "core/model/text.hpp"
#include "core/timeline/loose_time.hpp"

namespace hindsight::core {

void append_detail(std::string& text, std::string_view detail) {
  if (detail.empty()) return;
  if (!text.empty() && std::string_view(".!?:;").find(text.back()) == std::string_view::npos)
    text += ':';
  if (!text.empty()) text += ' ';
  text += detail;
}

std::string one_line(std::string_view text) {
  std::string out(trim(text));
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

std::string_view strip_separator(std::string_view text) {
  text = trim(text);
  // "::::: text", "--> text", "=> text": a run of the marks some write between time and text.
  if (text.size() > 2 && (text.starts_with("::") || text.starts_with("->") ||
                          text.starts_with("=>") || text.starts_with("--"))) {
    const std::size_t run = text.find_first_not_of(":->=");
    if (run != std::string_view::npos && text[run] == ' ') return trim(text.substr(run));
  }
  // "、", "，", "：": the ideographic comma and the fullwidth comma and colon.
  for (std::string_view sep : {"-", "\xE2\x80\x94", "\xE2\x80\x93", ":", "|", ",", "\xE2\x86\x92",
                               "\xE3\x80\x81", "\xEF\xBC\x8C", "\xEF\xBC\x9A"}) {
    if (text.substr(0, sep.size()) == sep) return trim(text.substr(sep.size()));
  }
  return text;
}

bool names_work_on_the_incident(std::string_view header) {
  const std::string h = lowercase_ascii(trim(plain_text(header)));
  for (std::string_view work : {"measure", "measures", "countermeasure", "countermeasures",
                                "mitigation", "mitigations", "remediation", "remediations", "fix",
                                "fixes", "follow-up", "follow-ups", "improvement", "improvements"})
    if (h == work) return true;
  return false;
}

// The columns as teams name them in Japanese, Chinese and Korean, a zone in brackets after the
// name allowed ("時刻 (JST)", "时间（UTC+8）").
std::optional<Column> cjk_column_of(std::string_view header) {
  std::size_t name_end = std::min(header.find('('), header.find("\xEF\xBC\x88"));  // "（"
  const std::string_view name = trim(header.substr(0, name_end));
  auto any = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  if (any({"時刻", "時間", "日時", "发生时间", "时间", "시간", "시각", "일시"}))
    return Column::Time;
  if (any({"日付", "日期", "날짜"})) return Column::Date;
  if (any({"イベント", "出来事", "事象", "事件", "이벤트"})) return Column::Kind;
  if (any({"内容", "詳細", "説明", "描述", "详情", "说明", "설명", "내용", "상세"}))
    return Column::Text;
  if (any({"対策", "アクション", "対応策", "措施", "行动项", "改进措施", "조치", "조치 사항"}))
    return Column::Action;
  if (any({"担当", "担当者", "负责人", "담당자", "담당"})) return Column::Owner;
  if (any({"期限", "期日", "截止日期", "기한", "마감일"})) return Column::Due;
  if (any({"状態", "ステータス", "状态", "상태"})) return Column::Status;
  if (any({"優先度", "优先级", "우선순위"})) return Column::Priority;
  return std::nullopt;
}

// The columns as teams name them in Polish, Czech, Russian, Ukrainian, Turkish, Vietnamese,
// Indonesian, and the Nordic, Dutch, German and French names column_of's lists leave out (`key`:
// the header as name_key writes it, "Время (UTC)" -> "время", Turkish "ı" as "i").
std::optional<Column> foreign_column_of(std::string_view key) {
  auto any = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), key) != names.end();
  };
  if (any({"время", "час", "czas", "godzina", "čas", "saat", "thời gian", "waktu", "jam",
           "tidspunkt", "klokkeslett", "tidpunkt", "klokken"}))
    return Column::Time;
  if (any({"дата", "data", "tarih", "ngày", "tanggal", "dato"})) return Column::Date;
  if (any({"событие", "подія", "zdarzenie", "událost", "olay", "sự kiện", "kejadian", "peristiwa",
           "hændelse"}))
    return Column::Kind;
  if (any({"описание", "опис", "opis", "popis", "açiklama", "mô tả", "chi tiết", "deskripsi",
           "keterangan", "beskrivelse", "beskrivning", "omschrijving"}))
    return Column::Text;
  if (any({"действие", "действия", "задача",   "мера",    "дія",      "захід",     "działanie",
           "zadanie",  "úkol",     "opatření", "aksiyon", "eylem",    "hành động", "công việc",
           "tindakan", "aksjon",   "tiltak",   "åtgärd",  "handling", "actie",     "aufgabe"}))
    return Column::Action;
  if (any({"ответственный", "відповідальний", "właściciel", "odpowiedzialny", "odpovídá", "sorumlu",
           "phụ trách", "người phụ trách", "penanggung jawab", "pemilik", "eier", "ansvarlig",
           "ansvarig", "ägare", "eigenaar", "propriétaire"}))
    return Column::Owner;
  if (any({"срок", "термін", "termin", "termín", "son tarih", "hạn", "hạn hoàn thành", "tenggat"}))
    return Column::Due;
  if (any({"статус", "состояние", "stan", "stav", "durum", "trạng thái", "tình trạng"}))
    return Column::Status;
  return std::nullopt;
}

Column column_of(std::string_view header) {
  const std::string h = lowercase_ascii(trim(plain_text(header)));
  auto any = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), h) != names.end();
  };
  if (any({"time", "time (utc)", "timestamp", "when", "date/time", "time utc", "utc"}))
    return Column::Time;
  if (any({"date", "day"})) return Column::Date;
  if (any({"event", "kind", "milestone", "type of event"})) return Column::Kind;
  if (any({"description", "details", "what happened", "summary", "notes", "message"}))
    return Column::Text;
  // The same columns as teams name them in Spanish, French, German, Portuguese, Italian, Dutch and
  // the Nordic languages.
  if (any({"hora", "heure", "zeit", "uhrzeit", "ora", "horario", "tijd", "tid"}))
    return Column::Time;
  if (any({"fecha", "datum", "giorno"})) return Column::Date;
  if (any({"evento", "ereignis", "gebeurtenis", "hendelse", "händelse"})) return Column::Kind;
  if (any({"descripción", "descripcion", "beschreibung", "descrição", "descrizione"}))
    return Column::Text;
  if (any({"acción", "accion", "acciones", "maßnahme", "massnahme", "ação", "azione"}))
    return Column::Action;
  if (any({"responsable", "verantwortlich", "responsável", "responsabile"})) return Column::Owner;
  if (any({"fecha límite", "fecha objetivo", "fecha prevista", "échéance", "date cible", "frist",
           "prazo", "scadenza"}))
    return Column::Due;
  if (any({"estado", "statut", "état", "zustand", "stato"})) return Column::Status;
  if (any({"prioridad", "priorité", "priorität", "prioridade", "priorità"}))
    return Column::Priority;
  if (const auto cjk = cjk_column_of(h)) return *cjk;
  if (const auto foreign = foreign_column_of(name_key(plain_text(header)))) return *foreign;
  if (any({"source", "evidence", "link", "reference", "ref"})) return Column::Source;
  if (any({"id", "#", "no", "no."})) return Column::Id;
  if (any({"priority", "prio", "p", "severity"})) return Column::Priority;
  if (any({"action", "action item", "action items", "item", "task", "what", "title", "actions"}) ||
      names_work_on_the_incident(h))
    return Column::Action;
  if (any({"owner", "assignee", "who", "responsible", "dri", "assigned to"})) return Column::Owner;
  if (any({"due", "due date", "deadline", "target date", "eta", "by"})) return Column::Due;
  if (any({"effort", "estimate", "size"})) return Column::Effort;
  if (any({"status", "state", "done"})) return Column::Status;
  if (any({"ticket", "issue", "tracking", "jira", "bug"})) return Column::Ticket;
  if (any({"category", "area"})) return Column::Category;
  if (any({"type"})) return Column::Type;
  if (any({"root cause", "cause", "factor"})) return Column::RootCause;
  if (any({"confidence", "certainty"})) return Column::Confidence;
  if (any({"phase", "step"})) return Column::Phase;
  if (any({"time box", "timebox", "minutes", "duration"})) return Column::Minutes;
  if (any({"used", "time used"})) return Column::Used;
  if (any({"running since (utc)", "running since"})) return Column::RunningSince;
  if (any({"addresses", "root cause id"})) return Column::Addresses;
  if (any({"triage"})) return Column::Triage;
  if (any({"merged", "merged actions"})) return Column::Merged;
  // "Date and Time in CET", "Timestamp (PDT)", "Date (UTC)": a moment's column with its zone.
  const auto word = [&](std::string_view w) {
    for (std::size_t at = h.find(w); at != std::string::npos; at = h.find(w, at + 1)) {
      const std::size_t end = at + w.size();
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(h[at - 1]));
      const bool ends = end == h.size() || !std::isalpha(static_cast<unsigned char>(h[end]));
      if (starts && ends) return true;
    }
    return false;
  };
  if (word("time") || word("timestamp") || word("datetime") || word("hora") || word("heure") ||
      word("uhrzeit") || word("zeit") || word("ora") || word("tijd"))
    return Column::Time;
  if (word("date") || word("fecha") || word("datum")) return Column::Date;
  // "When (CET)": a moment's column named by its question, with its zone in brackets.
  if (h.starts_with("when (") && h.ends_with(")")) return Column::Time;
  // "| NZST | UTC | Event |": a column named by its zone alone holds the moments in that zone.
  if (h.find(' ') == std::string::npos && find_stated_zone(trim(plain_text(header)), true))
    return Column::Time;
  return Column::Unknown;
}

TableView view_table(const MdBlock& table) {
  TableView t;
  for (const MdBlock& row : table.children) {
    if (row.header) {
      for (const MdBlock& cell : row.children) {
        t.headers.push_back(plain_text(cell.text));
        t.columns.push_back(column_of(cell.text));
      }
    } else {
      t.rows.push_back(&row);
    }
  }
  return t;
}

std::string cell(const MdBlock& row, std::size_t column) {
  return column < row.children.size() ? plain_text(trim(row.children[column].text)) : "";
}

bool has_column(const TableView& t, Column c) {
  return std::find(t.columns.begin(), t.columns.end(), c) != t.columns.end();
}

std::string with_extra_cells(std::string text, const TableView& t, const MdBlock& row,
                             std::initializer_list<Column> used) {
  std::string extra = std::move(text);
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (std::find(used.begin(), used.end(), t.columns[c]) != used.end()) continue;
    const std::string value = cell(row, c);
    if (!value.empty()) extra += " (" + t.headers[c] + ": " + value + ")";
  }
  // Cells beyond the header's count (the tree keeps them, md4c does not) have no name.
  for (std::size_t c = t.columns.size(); c < row.children.size(); ++c)
    if (const std::string value(trim(row.children[c].text)); !value.empty())
      extra += " (" + value + ")";
  trim_in_place(extra);
  return extra;
}

std::optional<UtcSeconds> read_utc_time(ImportContext& cx, std::string_view text, int line) {
  std::string written(trim(text));
  if (written.size() < 4 || written.compare(written.size() - 4, 4, " UTC") != 0) written += " UTC";
  const std::optional<LooseTime> time = read_time(written);
  if (!time) return std::nullopt;
  return cx.resolve_time(*time, line);
}

void append_cell(std::string& field, const std::string& value) {
  if (value.empty()) return;
  field += field.empty() ? value : ", " + value;
}

}  // namespace hindsight::core
