// The audit history of one record and of one patient (part of SqliteStore). A record is
// created under its natural id ("SEED-01/week 12"); adverse events and steroid doses,
// whose natural id ("SEED-01/course 1/nausea", "SEED-01/from 2002-03-01") may change in an
// edit, are edited under their row id ("SEED-01/adverse event 7"); their history joins the
// two, finding the id they were created under from the first edit of each key field.
#include <string>

#include "store/sqlite/record_columns.hpp"
#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {
namespace {

constexpr std::string_view k_audit_columns =
    "id, at, actor, entity, entity_id, field, old_value, new_value, reason";

util::Expected<std::vector<AuditEntry>> audit_rows(SqliteStatement& statement) {
  std::vector<AuditEntry> entries;
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) return entries;
    entries.push_back({statement.integer(0), statement.text(1), statement.text(2),
                       statement.text(3), statement.text(4), statement.text(5), statement.text(6),
                       statement.text(7), statement.text(8)});
  }
}

util::Expected<AnyRecord> current_record(SqliteDatabase& database, Entity entity, std::int64_t id) {
  const TableColumns& table = table_columns(entity);
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT " + select_list(table) + " FROM " +
                                                 std::string(table.table) + " WHERE rowid = ?1"));
  statement.bind(1, id);
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row) {
    return util::not_found(std::string(table.table) + ": no record with id " + std::to_string(id));
  }
  std::vector<SqlValue> values;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    values.push_back(read_value(statement, static_cast<int>(i), table.columns[i].type));
  }
  return record_from_values(entity, values);
}

// The value `field` had when the record was created: the old value of its first edit, or
// the current value when it was never edited.
std::string original(const std::vector<AuditEntry>& edits, std::string_view field,
                     std::string current) {
  for (const AuditEntry& edit : edits) {
    if (edit.field == field) return edit.old_value;
  }
  return current;
}

}  // namespace

util::Expected<std::vector<AuditEntry>> select_record_history(SqliteDatabase& database,
                                                              Entity entity, std::int64_t id) {
  MYOIVIG_TRY_ASSIGN(record, current_record(database, entity, id));
  const std::string edited_id = audit_entity_id(record, id);
  MYOIVIG_TRY_ASSIGN(statement,
                     database.prepare("SELECT " + std::string(k_audit_columns) +
                                      " FROM audit WHERE entity = ?1 AND entity_id IN (?2, ?3) "
                                      "ORDER BY id"));
  statement.bind(1, code(entity));
  statement.bind(2, std::string_view(edited_id));
  statement.bind(3, std::string_view(edited_id));
  if (entity != Entity::adverse_events && entity != Entity::steroid_doses) {
    return audit_rows(statement);
  }
  MYOIVIG_TRY_ASSIGN(edits, audit_rows(statement));
  std::string created_id;
  std::string created_marker;  // a field=value the creation row of this record holds
  if (const auto* event = std::get_if<domain::AdverseEvent>(&record)) {
    created_id = event->patient_id + "/course " +
                 original(edits, "course", std::to_string(event->course_number)) + "/" +
                 original(edits, "term", event->term);
    created_marker = "onset_date=" + original(edits, "onset_date", event->onset_date.iso());
  } else {
    const auto& dose = std::get<domain::SteroidDose>(record);
    created_id = dose.patient_id + "/from " + original(edits, "from_date", dose.from.iso());
  }
  statement.reset();
  statement.bind(1, code(entity));
  statement.bind(2, std::string_view(edited_id));
  statement.bind(3, std::string_view(created_id));
  MYOIVIG_TRY_ASSIGN(rows, audit_rows(statement));
  std::vector<AuditEntry> history;
  for (AuditEntry& row : rows) {
    const bool other_creation = row.entity_id == created_id && row.field == "*" &&
                                row.new_value.find(created_marker) == std::string::npos;
    if (!other_creation) history.push_back(std::move(row));
  }
  return history;
}

util::Expected<std::vector<AuditEntry>> select_patient_audit(SqliteDatabase& database,
                                                             std::string_view patient_id) {
  // Ids of the patient's records are the patient id or start with "<id>/" ('0' follows '/').
  MYOIVIG_TRY_ASSIGN(statement,
                     database.prepare("SELECT " + std::string(k_audit_columns) +
                                      " FROM audit WHERE entity NOT IN ('users', 'study') AND "
                                      "(entity_id = ?1 OR (entity_id >= ?1 || '/' AND entity_id < "
                                      "?1 || '0')) ORDER BY id"));
  statement.bind(1, patient_id);
  return audit_rows(statement);
}

}  // namespace myoivig::store
