// SqliteStore's methods for the web application: each delegates to the table functions of
// sqlite_web_tables.hpp on the store's connection.
#include "store/sqlite/sqlite_store.hpp"
#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {

std::vector<util::Expected<WriteOutcome>> SqliteStore::write_batch(std::span<const Write> writes) {
  return apply_write_batch(m_database, writes);
}

util::Expected<PatientRecords> SqliteStore::read_patient(std::string_view patient_id) {
  return read_patient_records(m_database, patient_id);
}

util::Expected<std::vector<Stored<domain::Patient>>> SqliteStore::read_patients() {
  return read_patient_list(m_database);
}

util::Expected<std::vector<Stored<domain::Allocation>>> SqliteStore::read_allocations() {
  return read_allocation_list(m_database);
}

util::Expected<std::optional<User>> SqliteStore::find_user(std::string_view name) {
  return select_user(m_database, name);
}

util::Expected<std::vector<User>> SqliteStore::users() {
  return select_users(m_database);
}

util::Expected<std::optional<SessionUser>> SqliteStore::find_session(std::string_view token_hash,
                                                                     std::string_view now_utc) {
  return select_session(m_database, token_hash, now_utc);
}

util::Expected<LoginFailures> SqliteStore::login_failures(std::string_view name,
                                                          std::string_view client_address,
                                                          std::string_view since_utc) {
  return count_login_failures(m_database, name, client_address, since_utc);
}

util::Expected<std::vector<DataQuery>> SqliteStore::queries(const QueryFilter& filter) {
  return select_queries(m_database, filter);
}

util::Expected<std::vector<AuditEntry>> SqliteStore::record_history(Entity entity,
                                                                    std::int64_t id) {
  return select_record_history(m_database, entity, id);
}

util::Expected<std::vector<AuditEntry>> SqliteStore::patient_audit(std::string_view patient_id) {
  return select_patient_audit(m_database, patient_id);
}

}  // namespace myoivig::store
