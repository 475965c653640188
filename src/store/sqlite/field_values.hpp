// Field values in SQLite: how each kind of record field (domain/record_fields.hpp) is bound
// to a statement, read back from a row or from SqlValues, and described in the audit text
// of a created record. Text for strings, codes (enums, HAQ-DI as a Rational), ISO dates
// and HH:MM times; INTEGER for whole numbers, VAS millimetres and flags (0/1); REAL for
// other numbers; NULL for an empty optional. The per-record templates at the end walk a
// record's field list, so the bulk reads and inserts and the web path's per-record reads
// and edits are all derived from that one list.
// Thread-safety: pure functions (statements belong to their caller's connection).
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/record_fields.hpp"
#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/record_columns.hpp"

namespace myoivig::store::fields {

using domain::Coded;
using domain::Codes;

template <typename T>
inline constexpr bool is_whole = std::is_same_v<T, int> || std::is_same_v<T, bool>;

// The column type a field's values are stored with.
template <typename Value>
constexpr ColumnType column_type() {
  using Plain = domain::PlainValue<Value>;
  if constexpr (std::is_same_v<Plain, bool>) return ColumnType::flag;
  if constexpr (is_whole<Plain>) return ColumnType::integer;
  if constexpr (std::is_same_v<Plain, double>) return ColumnType::real;
  return ColumnType::text;
}

// --- binding -------------------------------------------------------------------------------

inline void bind(SqliteStatement& s, int i, const std::string& v) {
  s.bind(i, std::string_view(v));
}
inline void bind(SqliteStatement& s, int i, int v) {
  s.bind(i, std::int64_t{v});
}
inline void bind(SqliteStatement& s, int i, bool v) {
  s.bind(i, std::int64_t{v ? 1 : 0});
}
inline void bind(SqliteStatement& s, int i, double v) {
  s.bind(i, v);
}
inline void bind(SqliteStatement& s, int i, util::Date v) {
  s.bind(i, std::string_view(v.iso()));
}
inline void bind(SqliteStatement& s, int i, util::TimeOfDay v) {
  s.bind(i, std::string_view(v.hh_mm()));
}
template <Coded T>
void bind(SqliteStatement& s, int i, const T& v) {
  s.bind(i, std::string_view(Codes<T>::text(v)));
}
template <typename T>
void bind(SqliteStatement& s, int i, const std::optional<T>& v) {
  if (v) {
    bind(s, i, *v);
  } else {
    s.bind_null(i);
  }
}

// --- as an SqlValue (edits compare and bind these) -------------------------------------------

inline SqlValue sql_value(const std::string& v) {
  return v;
}
inline SqlValue sql_value(int v) {
  return std::int64_t{v};
}
inline SqlValue sql_value(bool v) {
  return std::int64_t{v ? 1 : 0};
}
inline SqlValue sql_value(double v) {
  return v;
}
inline SqlValue sql_value(util::Date v) {
  return v.iso();
}
inline SqlValue sql_value(util::TimeOfDay v) {
  return v.hh_mm();
}
template <Coded T>
SqlValue sql_value(const T& v) {
  return std::string(Codes<T>::text(v));
}
template <typename T>
SqlValue sql_value(const std::optional<T>& v) {
  return v ? sql_value(*v) : SqlValue();
}

// --- reading: `Source` is a statement row or an SqlValue --------------------------------------

// One stored value, typed: a row's column or an element of a values vector.
class StoredCell {
 public:
  StoredCell(const SqliteStatement& statement, int column)
      : m_statement(&statement), m_column(column) {}
  explicit StoredCell(const SqlValue& value) : m_value(&value) {}

  [[nodiscard]] bool is_null() const {
    return m_statement ? m_statement->is_null(m_column)
                       : std::holds_alternative<std::monostate>(*m_value);
  }
  [[nodiscard]] std::string_view text() const {
    if (m_statement) return m_statement->text_view(m_column);
    const auto* words = std::get_if<std::string>(m_value);
    return words ? std::string_view(*words) : std::string_view();
  }
  [[nodiscard]] std::int64_t integer() const {
    if (m_statement) return m_statement->integer(m_column);
    const auto* number = std::get_if<std::int64_t>(m_value);
    return number ? *number : 0;
  }
  [[nodiscard]] double real() const {
    if (m_statement) return m_statement->real(m_column);
    if (const auto* decimal = std::get_if<double>(m_value)) return *decimal;
    const auto* number = std::get_if<std::int64_t>(m_value);
    return number ? static_cast<double>(*number) : 0;
  }

 private:
  const SqliteStatement* m_statement = nullptr;
  int m_column = 0;
  const SqlValue* m_value = nullptr;
};

// Each read returns the parse error of a value that does not parse (the caller names the
// table: the file was changed outside myoivig).
inline util::Expected<void> read(const StoredCell& c, std::string& out) {
  out = std::string(c.text());
  return {};
}
inline util::Expected<void> read(const StoredCell& c, int& out) {
  out = static_cast<int>(c.integer());
  return {};
}
inline util::Expected<void> read(const StoredCell& c, bool& out) {
  out = c.integer() != 0;
  return {};
}
inline util::Expected<void> read(const StoredCell& c, double& out) {
  out = c.real();
  return {};
}
inline util::Expected<void> read(const StoredCell& c, util::Date& out) {
  MYOIVIG_TRY_ASSIGN(value, util::parse_iso_date(c.text()));
  out = value;
  return {};
}
inline util::Expected<void> read(const StoredCell& c, util::TimeOfDay& out) {
  MYOIVIG_TRY_ASSIGN(value, util::parse_time_of_day(c.text()));
  out = value;
  return {};
}
template <Coded T>
util::Expected<void> read(const StoredCell& c, T& out) {
  MYOIVIG_TRY_ASSIGN(value, Codes<T>::parse(c.text()));
  out = value;
  return {};
}
// NULL is absent; so is an empty code (no code is empty).
template <typename T>
util::Expected<void> read(const StoredCell& c, std::optional<T>& out) {
  if (c.is_null()) {
    out.reset();
    return {};
  }
  if constexpr (Coded<T>) {
    if (c.text().empty()) {
      out.reset();
      return {};
    }
  }
  T value{};
  MYOIVIG_TRY(read(c, value));
  out = std::move(value);
  return {};
}

// --- the audit text of a created record ---------------------------------------------------

inline void describe(RecordText& t, std::string_view name, const std::string& v) {
  t.add(name, std::string_view(v));
}
inline void describe(RecordText& t, std::string_view name, int v) {
  t.add(name, std::optional<std::int64_t>(v));
}
inline void describe(RecordText& t, std::string_view name, bool v) {
  t.add(name, std::string_view(v ? "true" : "false"));
}
inline void describe(RecordText& t, std::string_view name, double v) {
  t.add(name, std::optional<double>(v));
}
inline void describe(RecordText& t, std::string_view name, util::Date v) {
  t.add(name, std::string_view(v.iso()));
}
inline void describe(RecordText& t, std::string_view name, util::TimeOfDay v) {
  t.add(name, std::string_view(v.hh_mm()));
}
template <Coded T>
void describe(RecordText& t, std::string_view name, const T& v) {
  t.add(name, std::string_view(Codes<T>::text(v)));
}
template <typename T>
void describe(RecordText& t, std::string_view name, const std::optional<T>& v) {
  if (v) describe(t, name, *v);
}

// --- whole records -----------------------------------------------------------------------

// Binds the record's fields to ?1, ?2, ... in column order.
template <typename Record>
void bind_record(SqliteStatement& statement, const Record& record) {
  int index = 0;
  domain::for_each_field<Record>(
      [&](const auto& field) { bind(statement, ++index, field.of(record)); });
}

// The record from its cells in column order (`cell(i)` is column i's StoredCell); a value
// that does not parse is corrupt, naming the table.
template <typename Record, typename Cell>
util::Expected<Record> record_of_cells(const Cell& cell) {
  Record record;
  util::Expected<void> result;
  std::size_t i = 0;
  domain::all_fields<Record>([&](const auto& field) {
    result = read(cell(i++), field.of(record));
    return result.has_value();
  });
  if (!result) {
    return util::corrupt("stored " + std::string(domain::RecordFields<Record>::entity) + ": " +
                         result.error().message);
  }
  return record;
}

// The record from the row's columns first, first + 1, ...
template <typename Record>
util::Expected<Record> read_record(const SqliteStatement& statement, int first) {
  return record_of_cells<Record>(
      [&](std::size_t i) { return StoredCell(statement, first + static_cast<int>(i)); });
}

// The record from `values`, in column order (as read_value read them).
template <typename Record>
util::Expected<Record> record_from(const std::vector<SqlValue>& values) {
  return record_of_cells<Record>([&](std::size_t i) { return StoredCell(values[i]); });
}

// The record's values in column order.
template <typename Record>
std::vector<SqlValue> all_values(const Record& record) {
  std::vector<SqlValue> values;
  values.reserve(domain::field_count<Record>);
  domain::for_each_field<Record>(
      [&](const auto& field) { values.push_back(sql_value(field.of(record))); });
  return values;
}

// "site=JP-01; sex=M; ..." of a created record: its fields but the key, empty ones left out.
template <typename Record>
std::string created_text(const Record& record) {
  RecordText text;
  domain::for_each_field<Record>([&](const auto& field) {
    if (field.traits.key) return;
    switch (field.traits.created_text) {
      case domain::CreatedText::value:
        describe(text, field.name, field.of(record));
        break;
      case domain::CreatedText::when_true:
        if constexpr (std::is_same_v<std::decay_t<decltype(field.of(record))>, bool>) {
          if (field.of(record)) describe(text, field.name, true);
        }
        break;
      case domain::CreatedText::omitted:
        break;
    }
  });
  return text.text();
}

}  // namespace myoivig::store::fields
