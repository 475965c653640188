// RecordField: one field of a study record as the edges see it: its name in the store
// (SQLite column and audit trail), its name in the study bundle (CSV column, import
// target), the member it reads and writes, and the few facts that differ from field to
// field (part of the record's key, may be blank, a VAS in millimetres, set only when the
// record is created). The value's C++ type says the rest: std::optional means optional,
// int/double/bool/util::Date/util::TimeOfDay/std::string are themselves, and a coded value
// (an enum, a Rational) is written as its code through Codes<T>. The tables of every
// record's fields are in domain/record_fields.hpp.
// Thread-safety: constant values.
#pragma once

#include <concepts>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace myoivig::domain {

// A value that goes by a text code: Codes<T>::text(value) and Codes<T>::parse(text)
// (an util::Expected<T>). Specialised for each enum of the records and for Rational.
template <typename T>
struct Codes;

template <typename T>
concept Coded = requires {
  &Codes<T>::parse;
};

template <typename T>
struct OptionalValue : std::false_type {
  using type = T;
};
template <typename T>
struct OptionalValue<std::optional<T>> : std::true_type {
  using type = T;
};
template <typename T>
inline constexpr bool is_optional_value = OptionalValue<T>::value;
// The value type itself: int for std::optional<int>.
template <typename T>
using PlainValue = typename OptionalValue<T>::type;

enum class FieldUnit {
  plain,
  vas_millimetres,  // a VAS in whole mm; bundles write it in cm with one decimal
};

// What the audit row of a created record says about the field (kept as the audit trail
// has always written it).
enum class CreatedText {
  value,      // "name=value" unless the value is empty (key fields are never named)
  when_true,  // a flag named only when set (courses.blinded, added after the first studies)
  omitted,    // never named (adverse_events.course: the audit id of the event names it)
};

struct FieldTraits {
  bool key = false;            // identifies the record: an edit may not change it
  bool blank_allowed = false;  // a text or flag a bundle may leave blank ("" or false)
  FieldUnit unit = FieldUnit::plain;
  CreatedText created_text = CreatedText::value;
};

template <typename Record, typename Value>
struct RecordField {
  using RecordType = Record;
  using ValueType = Value;

  std::string_view name;         // the store's column, the audit trail's field
  std::string_view bundle_name;  // the bundle's column and the import mapping's target
  Value Record::*member;
  FieldTraits traits;

  [[nodiscard]] constexpr const Value& of(const Record& record) const { return record.*member; }
  [[nodiscard]] constexpr Value& of(Record& record) const { return record.*member; }

  // A value is always there (a required bundle column, a NOT NULL column).
  [[nodiscard]] constexpr bool required() const {
    return !is_optional_value<Value> && !traits.blank_allowed;
  }
  [[nodiscard]] constexpr bool is_vas() const { return traits.unit == FieldUnit::vas_millimetres; }
  // The same field under another name in bundles (conditions.code is "condition").
  [[nodiscard]] constexpr RecordField in_bundle_as(std::string_view bundle) const {
    RecordField renamed = *this;
    renamed.bundle_name = bundle;
    return renamed;
  }
};

template <typename Record, typename Value>
constexpr RecordField<Record, Value> field(std::string_view name, Value Record::*member,
                                           FieldTraits traits = {}) {
  return {name, name, member, traits};
}

template <typename Record, typename Value>
constexpr RecordField<Record, Value> key_field(std::string_view name, Value Record::*member) {
  return {name, name, member, FieldTraits{.key = true}};
}

}  // namespace myoivig::domain
