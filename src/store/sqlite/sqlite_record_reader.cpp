// Reading each entity's rows back into domain records (part of SqliteStore), every column
// of every table in the order of the record's field list (domain/record_fields.hpp). A
// stored value that does not parse means the file was changed outside myoivig: corrupt.
#include <string>

#include "store/sqlite/field_values.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace myoivig::store {
namespace {

// Appends every row of Record's table, in insertion order (rowid), to `records`.
template <typename Record>
util::Expected<void> read_table(SqliteDatabase& database, std::vector<Record>& records) {
  const TableColumns& table = table_columns(entity_for<Record>());
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT " + select_list(table) + " FROM " +
                                                 std::string(table.table) + " ORDER BY rowid"));
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) return {};
    MYOIVIG_TRY_ASSIGN(record, fields::read_record<Record>(statement, 0));
    records.push_back(std::move(record));
  }
}

}  // namespace

util::Expected<void> read_records(SqliteDatabase& database, domain::StudyData& records) {
  util::Expected<void> result;
  domain::for_each_record_type([&]<typename Record>(std::type_identity<Record>) {
    if (result) result = read_table(database, domain::records_of<Record>(records));
  });
  return result;
}

}  // namespace myoivig::store
