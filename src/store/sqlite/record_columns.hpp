// Record columns: how each kind of record maps to the columns of its table, both ways, for
// the web application's per-patient reads and its field-by-field audited edits. The tables
// are derived from the record field lists (domain/record_fields.hpp), as are the bulk reads
// and inserts (store/sqlite/field_values.hpp). Values are compared typed (an integer, a
// real, a text or NULL), so an edit changes exactly the fields whose values differ, and the
// audit trail gets one row per changed field.
// Thread-safety: pure functions over constant tables.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "store/sqlite/sqlite_database.hpp"
#include "store/stored_record.hpp"
#include "util/expected.hpp"

namespace myoivig::store {

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// flag: a yes/no field, stored as the integer 0 or 1 and audited as "false" or "true"
// (as the audit rows of created records write it).
enum class ColumnType { integer, flag, real, text };

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

// The entity of records of type Record (its alternative's index in AnyRecord).
template <typename Record>
constexpr Entity entity_for() {
  constexpr auto index = []<typename... R>(std::type_identity<std::variant<R...>>) {
    std::size_t i = 0;
    static_cast<void>(((std::is_same_v<Record, R> || (++i, false)) || ...));
    return i;
  }(std::type_identity<AnyRecord>{});
  static_assert(index < std::variant_size_v<AnyRecord>, "not a record type of AnyRecord");
  return static_cast<Entity>(index);
}

// "c1, c2, ..." in column order.
std::string select_list(const TableColumns& table);

// The record's values in the order of its table's columns (an edit compares them with the
// stored row; key columns may not change).
std::vector<SqlValue> column_values(const AnyRecord& record);

// The record of `entity` back from `values` in column order; corrupt (naming the table)
// when a stored value does not parse.
util::Expected<AnyRecord> record_from_values(Entity entity, const std::vector<SqlValue>& values);

// The entity id of the record in the audit trail: "SEED-01", "SEED-01/week 12",
// "SEED-01/course 1/day 3"; adverse events and steroid doses, which have no natural key,
// are named by their id in edits: "SEED-01/adverse event 7", "SEED-01/steroid dose 3".
std::string audit_entity_id(const AnyRecord& record, std::int64_t id);

// The entity id of a created record in the audit trail, from its fields alone: as above,
// but "SEED-01/from 2001-03-01" for a steroid dose and "SEED-01/course 1/rash" for an
// adverse event.
std::string created_entity_id(const domain::Patient& record);
std::string created_entity_id(const domain::Allocation& record);
std::string created_entity_id(const domain::Condition& record);
std::string created_entity_id(const domain::SteroidDose& record);
std::string created_entity_id(const domain::Course& record);
std::string created_entity_id(const domain::Administration& record);
std::string created_entity_id(const domain::Visit& record);
std::string created_entity_id(const domain::Assessment& record);
std::string created_entity_id(const domain::MuscleGrade& record);
std::string created_entity_id(const domain::AdverseEvent& record);

void bind_value(SqliteStatement& statement, int index, const SqlValue& value);
SqlValue read_value(const SqliteStatement& statement, int column, ColumnType type);
// The value of a column of `type` as the audit trail writes it ("" for NULL, a real as
// "%.10g", a flag as "true" or "false").
std::string audit_text(const SqlValue& value, ColumnType type);

}  // namespace myoivig::store
