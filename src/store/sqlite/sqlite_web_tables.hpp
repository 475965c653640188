// The web application's tables and record access in the SQLite store (part of
// SqliteStore): per-patient reads with ids and versions, audited field-by-field edits with
// optimistic concurrency, users, sessions, login attempts, data queries, record history,
// and the group-commit batch that applies them. Each function runs inside a transaction
// its caller opened (write_batch, read_transaction). Thread-safety: one connection per
// thread.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "store/sqlite/sqlite_database.hpp"
#include "store/store.hpp"

namespace myoivig::store {

// Runs `work` inside a deferred (read) transaction, so that its reads see one snapshot
// without taking the write lock.
template <typename Work>
util::Expected<void> read_transaction(SqliteDatabase& database, Work work) {
  MYOIVIG_TRY(database.execute("BEGIN"));
  util::Expected<void> result = work();
  (void)database.execute(result ? "COMMIT" : "ROLLBACK");
  return result;
}

// sqlite_patient_reader.cpp
util::Expected<PatientRecords> read_patient_records(SqliteDatabase& database,
                                                    std::string_view patient_id);
util::Expected<std::vector<Stored<domain::Patient>>> read_patient_list(SqliteDatabase& database);
util::Expected<std::vector<Stored<domain::Allocation>>> read_allocation_list(
    SqliteDatabase& database);

// sqlite_updates.cpp: the edit of one record (Store::write_batch, UpdateRecord).
util::Expected<WriteOutcome> update_record(SqliteDatabase& database, const RecordUpdate& update,
                                           const AuditContext& context);

// sqlite_users.cpp
util::Expected<WriteOutcome> insert_user(SqliteDatabase& database, const NewUser& user,
                                         const AuditContext& context);
util::Expected<WriteOutcome> change_user(SqliteDatabase& database, const UserChange& change,
                                         const AuditContext& context);
util::Expected<std::optional<User>> select_user(SqliteDatabase& database, std::string_view name);
util::Expected<std::vector<User>> select_users(SqliteDatabase& database);

// sqlite_sessions.cpp
util::Expected<WriteOutcome> insert_session(SqliteDatabase& database, const NewSession& session);
util::Expected<WriteOutcome> delete_session(SqliteDatabase& database, std::string_view token_hash,
                                            std::string_view now_utc);
util::Expected<std::optional<SessionUser>> select_session(SqliteDatabase& database,
                                                          std::string_view token_hash,
                                                          std::string_view now_utc);
util::Expected<WriteOutcome> insert_login_attempt(SqliteDatabase& database,
                                                  const LoginAttempt& attempt);
util::Expected<LoginFailures> count_login_failures(SqliteDatabase& database, std::string_view name,
                                                   std::string_view client_address,
                                                   std::string_view since_utc);

// sqlite_queries.cpp
util::Expected<WriteOutcome> insert_query(SqliteDatabase& database, const NewQuery& query,
                                          const AuditContext& context);
util::Expected<WriteOutcome> answer_query(SqliteDatabase& database, const AnswerQuery& answer,
                                          const AuditContext& context);
util::Expected<WriteOutcome> close_query(SqliteDatabase& database, const CloseQuery& close,
                                         const AuditContext& context);
util::Expected<std::vector<DataQuery>> select_queries(SqliteDatabase& database,
                                                      const QueryFilter& filter);

// sqlite_record_history.cpp
util::Expected<std::vector<AuditEntry>> select_record_history(SqliteDatabase& database,
                                                              Entity entity, std::int64_t id);
util::Expected<std::vector<AuditEntry>> select_patient_audit(SqliteDatabase& database,
                                                             std::string_view patient_id);

// sqlite_write_batch.cpp
std::vector<util::Expected<WriteOutcome>> apply_write_batch(SqliteDatabase& database,
                                                            std::span<const Write> writes);

}  // namespace myoivig::store
