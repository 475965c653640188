// SqliteStore: the Store on one SQLite file (the embedded default). Foreign keys on,
// WAL journal, synchronous FULL; each add() is one BEGIN IMMEDIATE transaction.
// Thread-safety: one SqliteStore per thread; SQLite serialises writers across processes.
#pragma once

#include <memory>
#include <string>

#include "store/open_store.hpp"
#include "store/sqlite/sqlite_database.hpp"
#include "store/store.hpp"

namespace myoivig::store {

class SqliteStore final : public Store {
 public:
  static util::Expected<std::unique_ptr<Store>> create(const std::string& path,
                                                       const NewStudy& study,
                                                       const AuditContext& context);
  static util::Expected<std::unique_ptr<Store>> open(const std::string& path);

  util::Expected<StudyRecord> study() override;
  util::Expected<domain::StudyData> read_all() override;
  util::Expected<void> add(const domain::StudyData& records, const AuditContext& context) override;
  util::Expected<domain::Allocation> randomise(const std::string& patient_id, util::Date on,
                                               const AuditContext& context) override;
  util::Expected<std::vector<AuditEntry>> audit_trail(std::size_t limit) override;

  // The web application's reads and writes (sqlite_web_store.cpp).
  std::vector<util::Expected<WriteOutcome>> write_batch(std::span<const Write> writes) override;
  util::Expected<PatientRecords> read_patient(std::string_view patient_id) override;
  util::Expected<std::vector<Stored<domain::Patient>>> read_patients() override;
  util::Expected<std::vector<Stored<domain::Allocation>>> read_allocations() override;
  util::Expected<std::int64_t> data_version() override;
  util::Expected<std::optional<User>> find_user(std::string_view name) override;
  util::Expected<std::vector<User>> users() override;
  util::Expected<std::optional<SessionUser>> find_session(std::string_view token_hash,
                                                          std::string_view now_utc) override;
  util::Expected<LoginFailures> login_failures(std::string_view name,
                                               std::string_view client_address,
                                               std::string_view since_utc) override;
  util::Expected<std::vector<DataQuery>> queries(const QueryFilter& filter) override;
  util::Expected<std::vector<AuditEntry>> record_history(Entity entity, std::int64_t id) override;
  util::Expected<std::vector<AuditEntry>> patient_audit(std::string_view patient_id) override;
  // sqlite_course_plans.cpp
  util::Expected<std::optional<CoursePlan>> course_plan(std::string_view patient_id,
                                                        int course_number) override;

 private:
  explicit SqliteStore(SqliteDatabase database) : m_database(std::move(database)) {}
  SqliteDatabase m_database;
};

// Writing and reading each entity's rows (sqlite_record_writer.cpp, sqlite_record_reader.cpp).
util::Expected<void> insert_records(SqliteDatabase& database, const domain::StudyData& records,
                                    const AuditContext& context);
util::Expected<void> read_records(SqliteDatabase& database, domain::StudyData& records);

// The concealed allocation list (sqlite_allocation_list.cpp): stored once at creation;
// taking a slot for a patient; and checking that loaded allocations agree with it.
util::Expected<void> store_allocation_list(SqliteDatabase& database,
                                           const std::vector<domain::AllocationSlot>& slots,
                                           const AuditContext& context);
util::Expected<domain::Allocation> take_allocation_slot(SqliteDatabase& database,
                                                        const std::string& patient_id,
                                                        util::Date on, const AuditContext& context);
util::Expected<void> check_allocations_against_list(SqliteDatabase& database);

}  // namespace myoivig::store
