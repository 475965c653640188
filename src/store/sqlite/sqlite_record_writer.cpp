// Inserting each entity's records, with one audit row per record (part of SqliteStore):
// every column of the record's field list (domain/record_fields.hpp), one prepared
// statement per table.
#include <string>

#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/field_values.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace myoivig::store {
namespace {

// "INSERT INTO t (c1, c2, ...) VALUES (?1, ?2, ...)".
std::string insert_sql(const TableColumns& table) {
  std::string values;
  for (std::size_t i = 1; i <= table.columns.size(); ++i) {
    values += (i > 1 ? ", ?" : "?") + std::to_string(i);
  }
  return "INSERT INTO " + std::string(table.table) + " (" + select_list(table) + ") VALUES (" +
         values + ")";
}

// Prepares the insert once, then for each record binds it, inserts it and appends its
// audit row.
template <typename Record>
util::Expected<void> insert_all(SqliteDatabase& database, AuditAppender& audit,
                                const std::vector<Record>& records) {
  if (records.empty()) return {};
  const TableColumns& table = table_columns(entity_for<Record>());
  MYOIVIG_TRY_ASSIGN(statement, database.prepare(insert_sql(table)));
  for (const Record& record : records) {
    fields::bind_record(statement, record);
    const std::string id = created_entity_id(record);
    auto inserted = statement.run();
    if (!inserted) {
      return inserted.error().with_context(std::string(table.table) + " " + id);
    }
    MYOIVIG_TRY(audit.created(table.table, id, fields::created_text(record)));
  }
  return {};
}

}  // namespace

util::Expected<void> insert_records(SqliteDatabase& database, const domain::StudyData& records,
                                    const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  util::Expected<void> result;
  domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    if (result) result = insert_all(database, audit, domain::records_of<Record>(records));
  });
  return result;
}

}  // namespace myoivig::store
