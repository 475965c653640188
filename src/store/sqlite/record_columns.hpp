// Record columns: how each kind of record maps to the columns of its table, both ways, for
// the web application's per-patient reads and its field-by-field audited edits. Values are
// compared typed (an integer, a real, a text or NULL), so an edit changes exactly the
// fields whose values differ, and the audit trail gets one row per changed field.
// Thread-safety: pure functions over constant tables.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/sqlite/sqlite_database.hpp"
#include "store/stored_record.hpp"
#include "util/expected.hpp"

namespace myoivig::store {

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

enum class ColumnType { integer, real, text };

struct Column {
  std::string_view name;
  ColumnType type = ColumnType::text;
  bool key = false;  // part of the record's identity: an edit may not change it
};

struct TableColumns {
  std::string_view table;
  std::span<const Column> columns;
};

const TableColumns& table_columns(Entity entity);

// "c1, c2, ..." in column order.
std::string select_list(const TableColumns& table);

// The record's values, in the order of its table's columns.
std::vector<SqlValue> column_values(const AnyRecord& record);

// The record of `entity` back from `values` in column order; corrupt (naming the table)
// when a stored value does not parse.
util::Expected<AnyRecord> record_from_values(Entity entity, const std::vector<SqlValue>& values);

// The entity id of the record in the audit trail: "SEED-01", "SEED-01/week 12",
// "SEED-01/course 1/day 3"; adverse events and steroid doses, which have no natural key,
// are named by their id in edits: "SEED-01/adverse event 7", "SEED-01/steroid dose 3".
std::string audit_entity_id(const AnyRecord& record, std::int64_t id);

void bind_value(SqliteStatement& statement, int index, const SqlValue& value);
SqlValue read_value(const SqliteStatement& statement, int column, ColumnType type);
// The value as the audit trail writes it ("" for NULL, a real as "%.10g").
std::string audit_text(const SqlValue& value);

}  // namespace myoivig::store
