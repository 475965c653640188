// Edits of stored records with optimistic concurrency (part of SqliteStore): the edit names
// the version it was based on; a record changed since is refused with who changed it and
// when, so no edit is lost. Each changed field gets one audit row (old value, new value,
// actor, reason); an edit that changes nothing writes nothing.
#include <string>

#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/record_columns.hpp"
#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {
namespace {

struct StoredRow {
  std::int64_t version = 0;
  std::vector<SqlValue> values;
};

util::Expected<std::optional<StoredRow>> stored_row(SqliteDatabase& database,
                                                    const TableColumns& table, std::int64_t id) {
  MYOIVIG_TRY_ASSIGN(statement,
                     database.prepare("SELECT version, " + select_list(table) + " FROM " +
                                      std::string(table.table) + " WHERE rowid = ?1"));
  statement.bind(1, id);
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row) return std::optional<StoredRow>();
  StoredRow row{statement.integer(0), {}};
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    row.values.push_back(read_value(statement, static_cast<int>(i + 1), table.columns[i].type));
  }
  return std::optional<StoredRow>(std::move(row));
}

// "was changed by alice at 2026-11-24T12:00:00Z": the last audit row of the record.
util::Expected<std::string> last_change(SqliteDatabase& database, std::string_view entity,
                                        const std::string& entity_id) {
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT actor, at FROM audit WHERE entity = ?1 "
                                                 "AND entity_id = ?2 ORDER BY id DESC LIMIT 1"));
  statement.bind(1, entity);
  statement.bind(2, std::string_view(entity_id));
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row) return std::string("was changed by someone else");
  return "was changed by " + statement.text(0) + " at " + statement.text(1);
}

util::Error stale(std::string_view entity, const std::string& entity_id, const std::string& change,
                  std::int64_t stored, std::int64_t expected) {
  return util::conflict(std::string(entity) + " " + entity_id + " " + change +
                        " since you opened it (it is now version " + std::to_string(stored) +
                        ", your edit was based on version " + std::to_string(expected) +
                        "): reload it and make your change again; nothing was saved");
}

}  // namespace

util::Expected<WriteOutcome> update_record(SqliteDatabase& database, const RecordUpdate& update,
                                           const AuditContext& context) {
  const Entity entity = entity_of(update.record);
  const TableColumns& table = table_columns(entity);
  if (entity == Entity::allocations) {
    return util::invalid_argument("allocations: a randomisation cannot be edited");
  }
  if (context.reason.empty()) {
    return util::invalid_argument("reason: an edit of saved data needs a reason");
  }
  MYOIVIG_TRY_ASSIGN(row, stored_row(database, table, update.id));
  if (!row) {
    return util::not_found(std::string(table.table) + ": no record with id " +
                           std::to_string(update.id));
  }
  const std::vector<SqlValue> values = column_values(update.record);
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == row->values[i]) continue;
    if (table.columns[i].key) {
      return util::invalid_argument(std::string(table.columns[i].name) + ": '" +
                                    audit_text(row->values[i], table.columns[i].type) +
                                    "' identifies the record and cannot be changed to '" +
                                    audit_text(values[i], table.columns[i].type) + "'");
    }
    changed.push_back(i);
  }
  const std::string entity_id = audit_entity_id(update.record, update.id);
  if (row->version != update.expected_version) {
    MYOIVIG_TRY_ASSIGN(change, last_change(database, table.table, entity_id));
    return stale(table.table, entity_id, change, row->version, update.expected_version);
  }
  if (changed.empty()) return WriteOutcome{update.id, row->version};

  std::string sql = "UPDATE " + std::string(table.table) + " SET ";
  for (std::size_t i = 0; i < changed.size(); ++i) {
    sql += std::string(table.columns[changed[i]].name) + " = ?" + std::to_string(i + 1) + ", ";
  }
  const int id_index = static_cast<int>(changed.size()) + 1;
  sql += "version = version + 1 WHERE rowid = ?" + std::to_string(id_index) + " AND version = ?" +
         std::to_string(id_index + 1);
  MYOIVIG_TRY_ASSIGN(statement, database.prepare(sql));
  for (std::size_t i = 0; i < changed.size(); ++i) {
    bind_value(statement, static_cast<int>(i + 1), values[changed[i]]);
  }
  statement.bind(id_index, update.id);
  statement.bind(id_index + 1, row->version);
  auto updated = statement.run();
  if (!updated) return updated.error().with_context(std::string(table.table) + " " + entity_id);

  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  for (const std::size_t i : changed) {
    MYOIVIG_TRY(audit.append(table.table, entity_id, table.columns[i].name,
                             audit_text(row->values[i], table.columns[i].type),
                             audit_text(values[i], table.columns[i].type)));
  }
  return WriteOutcome{update.id, row->version + 1};
}

}  // namespace myoivig::store
