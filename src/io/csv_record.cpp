#include "io/csv_record.hpp"

#include <limits>

#include "util/strings.hpp"

namespace myoivig::io {
namespace {

template <typename T>
util::Expected<T> in_column(util::Expected<T> value, std::string_view column) {
  if (!value) return value.error().with_context(CsvRecord::context(column));
  return value;
}

util::Error missing(std::string_view column) {
  return util::invalid_argument(CsvRecord::context(column) + ": a value is required");
}

}  // namespace

std::string_view CsvRecord::field(std::string_view column) const {
  const auto index = m_table.column(column);
  if (!index) return {};
  return util::trim(m_row.fields[*index]);
}

util::Expected<std::string> CsvRecord::text(std::string_view column) const {
  const std::string_view value = field(column);
  if (value.empty()) return missing(column);
  return std::string(value);
}

std::string CsvRecord::optional_text(std::string_view column) const {
  return std::string(field(column));
}

util::Expected<int> CsvRecord::integer(std::string_view column) const {
  MYOIVIG_TRY_ASSIGN(value, optional_integer(column));
  if (!value) return missing(column);
  return *value;
}

util::Expected<std::optional<int>> CsvRecord::optional_integer(std::string_view column) const {
  const std::string_view raw = field(column);
  if (raw.empty()) return std::optional<int>();
  MYOIVIG_TRY_ASSIGN(value, in_column(util::parse_integer(raw), column));
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
    return util::invalid_argument(context(column) + ": " + std::string(raw) + " is too large");
  }
  return std::optional<int>(static_cast<int>(value));
}

util::Expected<double> CsvRecord::number(std::string_view column) const {
  MYOIVIG_TRY_ASSIGN(value, optional_number(column));
  if (!value) return missing(column);
  return *value;
}

util::Expected<std::optional<double>> CsvRecord::optional_number(std::string_view column) const {
  const std::string_view raw = field(column);
  if (raw.empty()) return std::optional<double>();
  MYOIVIG_TRY_ASSIGN(value, in_column(util::parse_number(raw), column));
  return std::optional<double>(value);
}

util::Expected<bool> CsvRecord::boolean(std::string_view column) const {
  const std::string_view raw = field(column);
  if (raw.empty()) return missing(column);
  return in_column(util::parse_bool(raw), column);
}

util::Expected<util::Date> CsvRecord::date(std::string_view column) const {
  MYOIVIG_TRY_ASSIGN(value, optional_date(column));
  if (!value) return missing(column);
  return *value;
}

util::Expected<std::optional<util::Date>> CsvRecord::optional_date(std::string_view column) const {
  const std::string_view raw = field(column);
  if (raw.empty()) return std::optional<util::Date>();
  MYOIVIG_TRY_ASSIGN(value, in_column(util::parse_iso_date(raw), column));
  return std::optional<util::Date>(value);
}

util::Expected<std::optional<util::TimeOfDay>> CsvRecord::optional_time(
    std::string_view column) const {
  const std::string_view raw = field(column);
  if (raw.empty()) return std::optional<util::TimeOfDay>();
  MYOIVIG_TRY_ASSIGN(value, in_column(util::parse_time_of_day(raw), column));
  return std::optional<util::TimeOfDay>(value);
}

util::Expected<std::optional<int>> CsvRecord::optional_scaled(std::string_view column,
                                                              int decimals) const {
  const std::string_view raw = field(column);
  if (raw.empty()) return std::optional<int>();
  MYOIVIG_TRY_ASSIGN(value, in_column(util::parse_scaled(raw, decimals), column));
  // As in optional_integer: narrowing must not wrap round (2^32 + 55 mm is not 55 mm).
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
    return util::invalid_argument(context(column) + ": " + std::string(raw) + " is too large");
  }
  return std::optional<int>(static_cast<int>(value));
}

}  // namespace myoivig::io
