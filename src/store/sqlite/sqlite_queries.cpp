// Data queries (part of SqliteStore): raised on a record of a patient, answered, closed;
// each step checks the version it was based on and is audited (entity "queries", id
// "<patient>/query <n>", so a patient's audit lists them too).
#include <string>

#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/record_columns.hpp"
#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {
namespace {

constexpr std::string_view k_query_columns =
    "q.id, q.patient_id, p.site, q.entity, q.record_id, q.field, q.text, q.status, q.raised_by, "
    "q.raised_utc, q.answer, q.answered_by, q.answered_utc, q.closed_by, q.closed_utc, q.version";

std::string query_entity_id(const std::string& patient_id, std::int64_t id) {
  return patient_id + "/query " + std::to_string(id);
}

util::Expected<DataQuery> query_from(const SqliteStatement& s) {
  MYOIVIG_TRY_ASSIGN(status, parse_query_status(s.text_view(7)));
  return DataQuery{s.integer(0), s.text(1),  s.text(2),  s.text(3),    s.integer(4), s.text(5),
                   s.text(6),    status,     s.text(8),  s.text(9),    s.text(10),   s.text(11),
                   s.text(12),   s.text(13), s.text(14), s.integer(15)};
}

util::Expected<DataQuery> current_query(SqliteDatabase& database, std::int64_t id,
                                        std::int64_t expected_version) {
  QueryFilter filter;
  filter.id = id;
  MYOIVIG_TRY_ASSIGN(found, select_queries(database, filter));
  if (found.empty()) return util::not_found("queries: no query with id " + std::to_string(id));
  const DataQuery& query = found.front();
  if (query.version != expected_version) {
    return util::conflict("query " + std::to_string(id) + " was changed since you opened it (it " +
                          "is now version " + std::to_string(query.version) + ", " +
                          std::string(code(query.status)) + "; your change was based on version " +
                          std::to_string(expected_version) + "): reload it");
  }
  return query;
}

// Sets status and two of the query's columns (who and when, or answer too), audited.
util::Expected<WriteOutcome> move_query(SqliteDatabase& database, const DataQuery& query,
                                        QueryStatus status, std::string_view sql,
                                        std::string_view answer, const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(update, database.prepare(sql));
  update.bind(1, std::string_view(context.actor));
  update.bind(2, std::string_view(context.timestamp_utc));
  update.bind(3, answer);
  update.bind(4, query.id);
  MYOIVIG_TRY(update.run());
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  const std::string id = query_entity_id(query.patient_id, query.id);
  MYOIVIG_TRY(audit.append("queries", id, "status", code(query.status), code(status)));
  if (!answer.empty()) MYOIVIG_TRY(audit.append("queries", id, "answer", query.answer, answer));
  return WriteOutcome{query.id, query.version + 1};
}

util::Expected<void> check_record(SqliteDatabase& database, const NewQuery& query) {
  MYOIVIG_TRY_ASSIGN(entity, parse_entity(query.entity));
  const TableColumns& table = table_columns(entity);
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT patient_id FROM " +
                                                 std::string(table.table) + " WHERE rowid = ?1"));
  statement.bind(1, query.record_id);
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row || statement.text(0) != query.patient_id) {
    return util::not_found("record_id: patient " + query.patient_id + " has no " + query.entity +
                           " record " + std::to_string(query.record_id));
  }
  if (query.field.empty()) return {};
  for (const Column& column : table.columns) {
    if (column.name == query.field) return {};
  }
  return util::invalid_argument("field: '" + query.field + "' is not a field of " + query.entity);
}

}  // namespace

util::Expected<WriteOutcome> insert_query(SqliteDatabase& database, const NewQuery& query,
                                          const AuditContext& context) {
  if (query.text.empty()) return util::invalid_argument("text: a query needs its question");
  MYOIVIG_TRY(check_record(database, query));
  MYOIVIG_TRY_ASSIGN(insert, database.prepare("INSERT INTO queries (patient_id, entity, "
                                              "record_id, field, text, raised_by, raised_utc) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  insert.bind(1, std::string_view(query.patient_id));
  insert.bind(2, std::string_view(query.entity));
  insert.bind(3, query.record_id);
  insert.bind(4, std::string_view(query.field));
  insert.bind(5, std::string_view(query.text));
  insert.bind(6, std::string_view(context.actor));
  insert.bind(7, std::string_view(context.timestamp_utc));
  MYOIVIG_TRY(insert.run());
  MYOIVIG_TRY_ASSIGN(last, database.prepare("SELECT max(id) FROM queries"));
  MYOIVIG_TRY(last.step());
  const std::int64_t id = last.integer(0);
  RecordText text;
  text.add("entity", query.entity).add("record_id", std::optional<std::int64_t>(query.record_id));
  text.add("field", query.field).add("text", query.text);
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  MYOIVIG_TRY(audit.created("queries", query_entity_id(query.patient_id, id), text.text()));
  return WriteOutcome{id, 1};
}

util::Expected<WriteOutcome> answer_query(SqliteDatabase& database, const AnswerQuery& answer,
                                          const AuditContext& context) {
  if (answer.answer.empty()) return util::invalid_argument("answer: must not be empty");
  MYOIVIG_TRY_ASSIGN(query, current_query(database, answer.id, answer.expected_version));
  if (query.status == QueryStatus::closed) {
    return util::conflict("query " + std::to_string(query.id) + " is closed");
  }
  return move_query(database, query, QueryStatus::answered,
                    "UPDATE queries SET status = 'answered', answered_by = ?1, answered_utc = ?2, "
                    "answer = ?3, version = version + 1 WHERE id = ?4",
                    answer.answer, context);
}

util::Expected<WriteOutcome> close_query(SqliteDatabase& database, const CloseQuery& close,
                                         const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(query, current_query(database, close.id, close.expected_version));
  if (query.status == QueryStatus::closed) {
    return util::conflict("query " + std::to_string(query.id) + " is closed already");
  }
  return move_query(database, query, QueryStatus::closed,
                    "UPDATE queries SET status = 'closed', closed_by = ?1, closed_utc = ?2, "
                    "answer = answer || ?3, version = version + 1 WHERE id = ?4",
                    "", context);
}

util::Expected<std::vector<DataQuery>> select_queries(SqliteDatabase& database,
                                                      const QueryFilter& filter) {
  std::string sql = "SELECT " + std::string(k_query_columns) +
                    " FROM queries q JOIN patients p ON p.patient_id = q.patient_id WHERE 1";
  if (filter.patient_id) sql += " AND q.patient_id = ?1";
  if (filter.site) sql += " AND p.site = ?2";
  if (filter.status) sql += " AND q.status = ?3";
  if (filter.id) sql += " AND q.id = ?4";
  MYOIVIG_TRY_ASSIGN(statement, database.prepare(sql + " ORDER BY q.id"));
  if (filter.patient_id) statement.bind(1, std::string_view(*filter.patient_id));
  if (filter.site) statement.bind(2, std::string_view(*filter.site));
  if (filter.status) statement.bind(3, code(*filter.status));
  if (filter.id) statement.bind(4, *filter.id);
  std::vector<DataQuery> queries;
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) return queries;
    MYOIVIG_TRY_ASSIGN(query, query_from(statement));
    queries.push_back(std::move(query));
  }
}

}  // namespace myoivig::store
