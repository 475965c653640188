// Store: where a study's records live. One interface, chosen by location (a SQLite file
// today; PostgreSQL for multi-site later), so callers never see the backend.
//
// Every write is one transaction: it succeeds whole or changes nothing. Every write also
// appends to the audit trail (who, when, what, old and new value, why), which no API can
// change or delete. Thread-safety: one Store per thread; the database itself serialises
// writers.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/study_data.hpp"
#include "store/account.hpp"
#include "store/course_plan.hpp"
#include "store/data_query.hpp"
#include "store/store_write.hpp"
#include "store/stored_record.hpp"
#include "util/expected.hpp"

namespace myoivig::store {

// Who is writing and why; stamped on every audit row of one write.
struct AuditContext {
  std::string actor;          // e.g. "cli:alice" or a web user name; never a patient's name
  std::string reason;         // e.g. "load data/demo/seed-study"
  std::string timestamp_utc;  // ISO 8601, e.g. "2026-11-24T23:50:00Z"
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string timestamp_utc;
  std::string actor;
  std::string entity;     // "patients", "visits", ... or "study"
  std::string entity_id;  // e.g. "SEED-01", "SEED-01/week 12"
  std::string field;      // "*" when a whole record was created
  std::string old_value;  // empty when created
  std::string new_value;
  std::string reason;
};

// One write of the web application (store/store_write.hpp) with who makes it and why.
struct Write {
  WriteCommand command;
  AuditContext context;
};

// What kind of database this is: a study, or the demo that `myoivig demo` may rebuild.
enum class StudyKind { study, demo };

struct StudyRecord {
  StudyKind kind = StudyKind::study;
  std::string protocol_id;
  std::string protocol_text;  // the protocol file the study was created with, verbatim
  std::string created_utc;
  domain::StudyInfo info;  // from the last loaded bundle's manifest
};

class Store {
 public:
  virtual ~Store() = default;

  virtual util::Expected<StudyRecord> study() = 0;

  // Every record, each entity in the order it was added.
  virtual util::Expected<domain::StudyData> read_all() = 0;

  // Adds every record of `records` (and its StudyInfo when study_id is set) in one
  // transaction, with one audit row per record. Fails with conflict when a key exists
  // already, and then nothing is written.
  virtual util::Expected<void> add(const domain::StudyData& records,
                                   const AuditContext& context) = 0;

  // Randomises a patient of a randomised study: takes the lowest free slot of the
  // stratum's concealed allocation list (the patient's site, or "all" when the list is not
  // stratified), records the Allocation and returns it, in one transaction with its audit
  // row. Fails with not_found for an unknown patient or a study without a list, conflict
  // when the patient is randomised already or the stratum has no slot left.
  virtual util::Expected<domain::Allocation> randomise(const std::string& patient_id, util::Date on,
                                                       const AuditContext& context) = 0;

  // The audit trail, oldest first; `limit` 0 means all.
  virtual util::Expected<std::vector<AuditEntry>> audit_trail(std::size_t limit) = 0;

  // --- The web application (issue 6) ---

  // Applies `writes` in one transaction with one durable commit (group commit), each in
  // its own savepoint: a refused write (invalid_argument, not_found, conflict: a key that
  // exists, or a stale version "... was changed by ... since version N") changes nothing
  // and leaves the others alone. One outcome per write, in order; when the commit itself
  // fails, every outcome is that error.
  virtual std::vector<util::Expected<WriteOutcome>> write_batch(std::span<const Write> writes) = 0;

  // One write in its own transaction.
  util::Expected<WriteOutcome> write(const Write& one) {
    return std::move(write_batch(std::span<const Write>(&one, 1)).front());
  }

  // One patient's records with ids and versions; not_found for an unknown patient.
  virtual util::Expected<PatientRecords> read_patient(std::string_view patient_id) = 0;
  // Every patient (without other records), in the order they were added.
  virtual util::Expected<std::vector<Stored<domain::Patient>>> read_patients() = 0;
  // Every allocation (randomised patients only), in the order they were made.
  virtual util::Expected<std::vector<Stored<domain::Allocation>>> read_allocations() = 0;
  // A number that differs from the one this store gave last time exactly when another
  // connection (another store object, another process) has committed to the database in
  // between (SQLite's PRAGMA data_version); this store's own commits do not change it.
  virtual util::Expected<std::int64_t> data_version() = 0;

  // The user with this name (ignoring case), or nullopt.
  virtual util::Expected<std::optional<User>> find_user(std::string_view name) = 0;
  virtual util::Expected<std::vector<User>> users() = 0;
  // The live session whose token hashes to `token_hash` at `now_utc` (not expired, user
  // not disabled), or nullopt.
  virtual util::Expected<std::optional<SessionUser>> find_session(std::string_view token_hash,
                                                                  std::string_view now_utc) = 0;
  // Failed logins after `since_utc` (LoginFailures).
  virtual util::Expected<LoginFailures> login_failures(std::string_view name,
                                                       std::string_view client_address,
                                                       std::string_view since_utc) = 0;

  // Data queries, oldest first.
  virtual util::Expected<std::vector<DataQuery>> queries(const QueryFilter& filter) = 0;

  // The audit rows of one record (its creation and every edit), oldest first; not_found
  // when there is no such record.
  virtual util::Expected<std::vector<AuditEntry>> record_history(Entity entity,
                                                                 std::int64_t id) = 0;
  // Every audit row of one patient's records and of the queries about them, oldest first.
  virtual util::Expected<std::vector<AuditEntry>> patient_audit(std::string_view patient_id) = 0;

  // The plan confirmed with course `course_number` of the patient in the web application's
  // course planner (store/course_plan.hpp), or nullopt when the course has none (loaded from
  // a bundle or imported, or no such course).
  virtual util::Expected<std::optional<CoursePlan>> course_plan(std::string_view patient_id,
                                                                int course_number) = 0;
};

}  // namespace myoivig::store
