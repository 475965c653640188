// Bundle fields: how each record field (domain/record_fields.hpp) is written as bundle text
// and read back from a CSV row, so that the bundle's columns, its reader, its writer and the
// REDCap record text all follow the one field list. Text as it is; whole numbers in
// decimal; other numbers in their shortest exact form ("64.3"); a VAS (whole mm) in cm with
// one decimal ("5.5"); flags true/false; dates ISO 8601; times HH:MM; codes as their code;
// an empty optional as an empty field. A field that is not required may be blank or its
// column absent; a required one may not.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "domain/record_fields.hpp"
#include "io/csv_record.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

// A VAS in whole millimetres is written in cm with one decimal.
inline constexpr int k_vas_decimals = 1;

void append_value(std::string& out, const std::string& value);
void append_value(std::string& out, int value);
void append_value(std::string& out, bool value);
void append_value(std::string& out, double value);  // shortest exact form
void append_value(std::string& out, util::Date value);
void append_value(std::string& out, util::TimeOfDay value);
void append_vas(std::string& out, int millimetres);

template <domain::Coded T>
void append_value(std::string& out, const T& value) {
  out += domain::Codes<T>::text(value);
}
template <typename T>
void append_value(std::string& out, const std::optional<T>& value) {
  if (value) append_value(out, *value);
}

// Appends the field's bundle text of `record` to `out`.
template <typename Field, typename Record>
void append_field(std::string& out, const Field& field, const Record& record) {
  const auto& value = field.of(record);
  if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::optional<int>>) {
    if (field.is_vas()) {
      if (value) append_vas(out, *value);
      return;
    }
  }
  append_value(out, value);
}

namespace bundle_detail {

// Each parse reads column `name` of `row` into `out`; errors name the column.
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool required,
                                  std::string& out) {
  if (!required) {
    out = row.optional_text(name);
    return {};
  }
  MYOIVIG_TRY_ASSIGN(value, row.text(name));
  out = std::move(value);
  return {};
}
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                                  int& out) {
  MYOIVIG_TRY_ASSIGN(value, row.integer(name));
  out = value;
  return {};
}
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                                  double& out) {
  MYOIVIG_TRY_ASSIGN(value, row.number(name));
  out = value;
  return {};
}
// A flag that may be blank (an absent column or a blank field) is false.
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool required,
                                  bool& out) {
  if (!required && row.field(name).empty()) return {};
  MYOIVIG_TRY_ASSIGN(value, row.boolean(name));
  out = value;
  return {};
}
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                                  util::Date& out) {
  MYOIVIG_TRY_ASSIGN(value, row.date(name));
  out = value;
  return {};
}
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                                  std::optional<int>& out) {
  MYOIVIG_TRY_ASSIGN(value, row.optional_integer(name));
  out = value;
  return {};
}
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                                  std::optional<double>& out) {
  MYOIVIG_TRY_ASSIGN(value, row.optional_number(name));
  out = value;
  return {};
}
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                                  std::optional<util::Date>& out) {
  MYOIVIG_TRY_ASSIGN(value, row.optional_date(name));
  out = value;
  return {};
}
inline util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                                  std::optional<util::TimeOfDay>& out) {
  MYOIVIG_TRY_ASSIGN(value, row.optional_time(name));
  out = value;
  return {};
}
template <domain::Coded T>
util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/, T& out) {
  MYOIVIG_TRY_ASSIGN(value, row.coded(name, domain::Codes<T>::parse));
  out = std::move(value);
  return {};
}
template <domain::Coded T>
util::Expected<void> parse(const CsvRecord& row, std::string_view name, bool /*required*/,
                           std::optional<T>& out) {
  MYOIVIG_TRY_ASSIGN(value, row.optional_coded(name, domain::Codes<T>::parse));
  out = std::move(value);
  return {};
}

}  // namespace bundle_detail

// Reads the field's column of `row` into `record`.
template <typename Field, typename Record>
util::Expected<void> parse_field(const CsvRecord& row, const Field& field, Record& record) {
  auto& value = field.of(record);
  if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::optional<int>>) {
    if (field.is_vas()) {
      MYOIVIG_TRY_ASSIGN(millimetres, row.optional_scaled(field.bundle_name, k_vas_decimals));
      value = millimetres;
      return {};
    }
  }
  return bundle_detail::parse(row, field.bundle_name, field.required(), value);
}

// The record of a bundle row (types only; the rules come later). Fails on the first field,
// in column order, that does not parse: "column '<name>': <rule>".
template <typename Record>
util::Expected<Record> parse_bundle_row(const CsvRecord& row) {
  Record record;
  util::Expected<void> result;
  domain::all_fields<Record>([&](const auto& field) {
    result = parse_field(row, field, record);
    return result.has_value();
  });
  if (!result) return std::move(result).error();
  return record;
}

}  // namespace myoivig::io
