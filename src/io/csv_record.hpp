// CsvRecord: typed access to one row of a CSV table by column name, for the bundle and
// import readers. An absent column or an empty field is a missing value; required
// accessors fail on it. Every error starts with "column '<name>': ", and the caller adds
// the file and line. Thread-safety: a view over a table the caller keeps alive.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/csv.hpp"
#include "util/date.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

class CsvRecord {
 public:
  CsvRecord(const util::CsvTable& table, const util::CsvRow& row) : m_table(table), m_row(row) {}

  [[nodiscard]] std::size_t line() const { return m_row.line; }

  // The trimmed field, or empty when the column is absent or the field blank.
  [[nodiscard]] std::string_view field(std::string_view column) const;

  util::Expected<std::string> text(std::string_view column) const;
  [[nodiscard]] std::string optional_text(std::string_view column) const;
  util::Expected<int> integer(std::string_view column) const;
  util::Expected<std::optional<int>> optional_integer(std::string_view column) const;
  util::Expected<double> number(std::string_view column) const;
  util::Expected<std::optional<double>> optional_number(std::string_view column) const;
  util::Expected<bool> boolean(std::string_view column) const;
  util::Expected<util::Date> date(std::string_view column) const;
  util::Expected<std::optional<util::Date>> optional_date(std::string_view column) const;
  util::Expected<std::optional<util::TimeOfDay>> optional_time(std::string_view column) const;
  // A decimal with at most `decimals` digits, as an exact integer in 10^-decimals units.
  util::Expected<std::optional<int>> optional_scaled(std::string_view column, int decimals) const;

  // A required coded value parsed by `parse` (e.g. domain::parse_sex).
  template <typename Parse>
  auto coded(std::string_view column, Parse parse) const -> decltype(parse(std::string_view())) {
    MYOIVIG_TRY_ASSIGN(raw, text(column));
    auto value = parse(raw);
    if (!value) return value.error().with_context(context(column));
    return value;
  }

  // An optional coded value: empty field gives nullopt.
  template <typename Parse>
  auto optional_coded(std::string_view column, Parse parse) const
      -> util::Expected<std::optional<typename decltype(parse(std::string_view()))::value_type>> {
    using Value = typename decltype(parse(std::string_view()))::value_type;
    const std::string_view raw = field(column);
    if (raw.empty()) return std::optional<Value>();
    auto value = parse(raw);
    if (!value) return value.error().with_context(context(column));
    return std::optional<Value>(*value);
  }

  [[nodiscard]] static std::string context(std::string_view column) {
    return "column '" + std::string(column) + "'";
  }

 private:
  const util::CsvTable& m_table;
  const util::CsvRow& m_row;
};

}  // namespace myoivig::io
