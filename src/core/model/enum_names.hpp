// The names of the model's enumerations: a stable key for storage ("in_review") and a label for
// people ("In Review"). One table per enumeration; every codec and view looks names up here.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/model/postmortem.hpp"

namespace hindsight::core {

template <class E>
struct EnumName {
  E value;
  std::string_view key;
  std::string_view label;
};

template <class E>
struct EnumTable;  // specialised below: static constexpr std::array<EnumName<E>, N> names

template <>
struct EnumTable<Status> {
  static constexpr std::array<EnumName<Status>, 3> names{{
      {Status::Draft, "draft", "Draft"},
      {Status::InReview, "in_review", "In Review"},
      {Status::Published, "published", "Published"},
  }};
};

template <>
struct EnumTable<EventKind> {
  static constexpr std::array<EnumName<EventKind>, 9> names{{
      {EventKind::Detected, "detected", "Detected"},
      {EventKind::Acknowledged, "acknowledged", "Acknowledged"},
      {EventKind::InvestigationStarted, "investigation_started", "Investigation Started"},
      {EventKind::RootCauseIdentified, "root_cause_identified", "Root Cause Identified"},
      {EventKind::Mitigated, "mitigated", "Mitigated"},
      {EventKind::FixApplied, "fix_applied", "Fix Applied"},
      {EventKind::Resolved, "resolved", "Resolved"},
      {EventKind::Communication, "communication", "Communication"},
      {EventKind::Note, "note", "Note"},
  }};
};

template <>
struct EnumTable<CauseCategory> {
  static constexpr std::array<EnumName<CauseCategory>, 5> names{{
      {CauseCategory::Technical, "technical", "Technical"},
      {CauseCategory::Process, "process", "Process"},
      {CauseCategory::Communication, "communication", "Communication"},
      {CauseCategory::External, "external", "External"},
      {CauseCategory::Unknown, "unknown", "Unknown"},
  }};
};

template <>
struct EnumTable<Confidence> {
  static constexpr std::array<EnumName<Confidence>, 3> names{{
      {Confidence::Confirmed, "confirmed", "Confirmed"},
      {Confidence::Likely, "likely", "Likely"},
      {Confidence::Unknown, "unknown", "Unknown"},
  }};
};

template <>
struct EnumTable<ActionCategory> {
  static constexpr std::array<EnumName<ActionCategory>, 5> names{{
      {ActionCategory::DetectionMonitoring, "detection_monitoring", "Detection & Monitoring"},
      {ActionCategory::Prevention, "prevention", "Prevention"},
      {ActionCategory::ResponseTools, "response_tools", "Response & Tools"},
      {ActionCategory::Communication, "communication", "Communication"},
      {ActionCategory::Documentation, "documentation", "Documentation"},
  }};
};

template <>
struct EnumTable<ActionType> {
  static constexpr std::array<EnumName<ActionType>, 4> names{{
      {ActionType::Prevent, "prevent", "Prevent"},
      {ActionType::Mitigate, "mitigate", "Mitigate"},
      {ActionType::Process, "process", "Process"},
      {ActionType::Other, "other", "Other"},
  }};
};

template <>
struct EnumTable<Priority> {
  static constexpr std::array<EnumName<Priority>, 3> names{{
      {Priority::High, "high", "High"},
      {Priority::Medium, "medium", "Medium"},
      {Priority::Low, "low", "Low"},
  }};
};

template <>
struct EnumTable<ActionStatus> {
  static constexpr std::array<EnumName<ActionStatus>, 4> names{{
      {ActionStatus::Open, "open", "Open"},
      {ActionStatus::InProgress, "in_progress", "In Progress"},
      {ActionStatus::Done, "done", "Done"},
      {ActionStatus::WontDo, "wont_do", "Won't Do"},
  }};
};

template <>
struct EnumTable<Triage> {
  static constexpr std::array<EnumName<Triage>, 3> names{{
      {Triage::Unsorted, "unsorted", "Unsorted"},
      {Triage::MustDo, "must_do", "Must Do"},
      {Triage::NiceToHave, "nice_to_have", "Nice to Have"},
  }};
};

template <class E>
constexpr std::string_view key_of(E value) {
  for (const auto& n : EnumTable<E>::names)
    if (n.value == value) return n.key;
  return {};
}

template <class E>
constexpr std::string_view label_of(E value) {
  for (const auto& n : EnumTable<E>::names)
    if (n.value == value) return n.label;
  return {};
}

template <class E>
constexpr std::optional<E> from_key(std::string_view key) {
  for (const auto& n : EnumTable<E>::names)
    if (n.key == key) return n.value;
  return std::nullopt;
}

// Matches a label as people write it: case, spaces, '-', '_', '&' and "and" do not matter
// ("in progress", "In-Progress", "IN_PROGRESS" all name ActionStatus::InProgress).
template <class E>
std::optional<E> from_label(std::string_view text);
// The same, for a label already folded by fold_label (enum_names_impl.hpp).
template <class E>
std::optional<E> from_folded_label(std::string_view folded);

}  // namespace hindsight::core

#include "core/model/enum_names_impl.hpp"
