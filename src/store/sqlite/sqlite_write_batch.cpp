// Group commit (part of SqliteStore): many writes in one BEGIN IMMEDIATE ... COMMIT, each
// inside its own savepoint so that a refused write is rolled back alone. With WAL and
// synchronous FULL the commit is durable; one fsync serves the whole batch.
#include <string>

#include "store/sqlite/sqlite_course_plans.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {
namespace {

// The id of the single row of `table` an AddRecords created (the largest rowid: rowids
// grow and records are never deleted).
util::Expected<std::int64_t> newest_row(SqliteDatabase& database, std::string_view table) {
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT max(rowid) FROM " + std::string(table)));
  MYOIVIG_TRY(statement.step());
  return statement.integer(0);
}

struct Apply {
  SqliteDatabase& database;
  const AuditContext& context;

  util::Expected<WriteOutcome> operator()(const AddRecords& add) const {
    const domain::StudyData& records = add.records;
    MYOIVIG_TRY(insert_records(database, records, context));
    MYOIVIG_TRY(insert_course_plans(database, add.course_plans, records.courses, context));
    if (!records.allocations.empty()) MYOIVIG_TRY(check_allocations_against_list(database));
    WriteOutcome outcome{0, 1};
    if (records.adverse_events.size() == 1) {
      MYOIVIG_TRY_ASSIGN(id, newest_row(database, "adverse_events"));
      outcome.id = id;
    } else if (records.steroid_doses.size() == 1) {
      MYOIVIG_TRY_ASSIGN(id, newest_row(database, "steroid_doses"));
      outcome.id = id;
    }
    return outcome;
  }
  util::Expected<WriteOutcome> operator()(const UpdateRecord& update) const {
    return update_record(database, update.update, context);
  }
  util::Expected<WriteOutcome> operator()(const RandomisePatient& randomise) const {
    MYOIVIG_TRY_ASSIGN(allocation,
                       take_allocation_slot(database, randomise.patient_id, randomise.on, context));
    return WriteOutcome{allocation.sequence, 1};
  }
  util::Expected<WriteOutcome> operator()(const AddUser& add) const {
    return insert_user(database, add.user, context);
  }
  util::Expected<WriteOutcome> operator()(const ChangeUser& change) const {
    return change_user(database, change.change, context);
  }
  util::Expected<WriteOutcome> operator()(const AddSession& add) const {
    return insert_session(database, add.session);
  }
  util::Expected<WriteOutcome> operator()(const RemoveSession& remove) const {
    return delete_session(database, remove.token_hash, remove.now_utc);
  }
  util::Expected<WriteOutcome> operator()(const RecordLoginAttempt& record) const {
    return insert_login_attempt(database, record.attempt);
  }
  util::Expected<WriteOutcome> operator()(const RaiseQuery& raise) const {
    return insert_query(database, raise.query, context);
  }
  util::Expected<WriteOutcome> operator()(const AnswerQuery& answer) const {
    return answer_query(database, answer, context);
  }
  util::Expected<WriteOutcome> operator()(const CloseQuery& close) const {
    return close_query(database, close, context);
  }
};

// One write inside its savepoint: released when it succeeds, rolled back when it fails.
util::Expected<WriteOutcome> apply_in_savepoint(SqliteDatabase& database, const Write& write) {
  MYOIVIG_TRY(database.execute("SAVEPOINT one_write"));
  util::Expected<WriteOutcome> outcome = std::visit(Apply{database, write.context}, write.command);
  if (!outcome) (void)database.execute("ROLLBACK TO one_write");
  auto released = database.execute("RELEASE one_write");
  if (!released && outcome) return std::move(released).error();
  return outcome;
}

}  // namespace

std::vector<util::Expected<WriteOutcome>> apply_write_batch(SqliteDatabase& database,
                                                            std::span<const Write> writes) {
  std::vector<util::Expected<WriteOutcome>> outcomes;
  outcomes.reserve(writes.size());
  auto began = database.execute("BEGIN IMMEDIATE");
  if (!began) {
    for (std::size_t i = 0; i < writes.size(); ++i) outcomes.emplace_back(began.error());
    return outcomes;
  }
  for (const Write& write : writes) outcomes.push_back(apply_in_savepoint(database, write));
  auto committed = database.execute("COMMIT");
  if (!committed) {
    (void)database.execute("ROLLBACK");
    for (auto& outcome : outcomes) outcome = committed.error();
  }
  return outcomes;
}

}  // namespace myoivig::store
