// Reading one patient's records, the patient list and the allocation list, each record
// with its id (rowid) and version (part of SqliteStore).
#include <string>

#include "store/sqlite/record_columns.hpp"
#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {
namespace {

// Reads the rows of `entity` selected by `where` (binding `patient_id` as ?1) and hands
// each to `take` as Stored<Record>.
template <typename Record, typename Take>
util::Expected<void> read_rows(SqliteDatabase& database, Entity entity, std::string_view where,
                               std::string_view patient_id, Take take) {
  const TableColumns& table = table_columns(entity);
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT rowid, version, " + select_list(table) +
                                                 " FROM " + std::string(table.table) + " " +
                                                 std::string(where) + " ORDER BY rowid"));
  if (!patient_id.empty()) statement.bind(1, patient_id);
  std::vector<SqlValue> values(table.columns.size());
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) return {};
    for (std::size_t i = 0; i < values.size(); ++i) {
      values[i] = read_value(statement, static_cast<int>(i + 2), table.columns[i].type);
    }
    MYOIVIG_TRY_ASSIGN(record, record_from_values(entity, values));
    take(Stored<Record>{std::get<Record>(std::move(record)), statement.integer(0),
                        statement.integer(1)});
  }
}

template <typename Record>
util::Expected<void> read_all_of(SqliteDatabase& database, Entity entity,
                                 std::string_view patient_id,
                                 std::vector<Stored<Record>>& records) {
  return read_rows<Record>(database, entity, "WHERE patient_id = ?1", patient_id,
                           [&](Stored<Record> stored) { records.push_back(std::move(stored)); });
}

}  // namespace

util::Expected<PatientRecords> read_patient_records(SqliteDatabase& database,
                                                    std::string_view patient_id) {
  PatientRecords records;
  bool found = false;
  MYOIVIG_TRY(read_transaction(database, [&]() -> util::Expected<void> {
    MYOIVIG_TRY(read_rows<domain::Patient>(database, Entity::patients, "WHERE patient_id = ?1",
                                           patient_id, [&](Stored<domain::Patient> stored) {
                                             records.patient = std::move(stored);
                                             found = true;
                                           }));
    if (!found) return {};
    MYOIVIG_TRY(read_rows<domain::Allocation>(
        database, Entity::allocations, "WHERE patient_id = ?1", patient_id,
        [&](Stored<domain::Allocation> stored) { records.allocation = std::move(stored); }));
    MYOIVIG_TRY(read_all_of(database, Entity::conditions, patient_id, records.conditions));
    MYOIVIG_TRY(read_all_of(database, Entity::steroid_doses, patient_id, records.steroid_doses));
    MYOIVIG_TRY(read_all_of(database, Entity::courses, patient_id, records.courses));
    MYOIVIG_TRY(
        read_all_of(database, Entity::administrations, patient_id, records.administrations));
    MYOIVIG_TRY(read_all_of(database, Entity::visits, patient_id, records.visits));
    MYOIVIG_TRY(read_all_of(database, Entity::assessments, patient_id, records.assessments));
    MYOIVIG_TRY(read_all_of(database, Entity::muscle_grades, patient_id, records.muscle_grades));
    return read_all_of(database, Entity::adverse_events, patient_id, records.adverse_events);
  }));
  if (!found) {
    return util::not_found("patient '" + std::string(patient_id) + "' is not in the study");
  }
  return records;
}

util::Expected<std::vector<Stored<domain::Patient>>> read_patient_list(SqliteDatabase& database) {
  std::vector<Stored<domain::Patient>> patients;
  MYOIVIG_TRY(read_transaction(database, [&] {
    return read_rows<domain::Patient>(
        database, Entity::patients, "", "",
        [&](Stored<domain::Patient> stored) { patients.push_back(std::move(stored)); });
  }));
  return patients;
}

util::Expected<std::vector<Stored<domain::Allocation>>> read_allocation_list(
    SqliteDatabase& database) {
  std::vector<Stored<domain::Allocation>> allocations;
  MYOIVIG_TRY(read_transaction(database, [&] {
    return read_rows<domain::Allocation>(
        database, Entity::allocations, "", "",
        [&](Stored<domain::Allocation> stored) { allocations.push_back(std::move(stored)); });
  }));
  return allocations;
}

}  // namespace myoivig::store
