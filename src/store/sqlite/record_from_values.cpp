// record_from_values (record_columns.hpp): stored column values back into domain records,
// field by field from the record's field list (store/sqlite/field_values.hpp). A value that
// does not parse means the file was changed outside myoivig: corrupt.
#include <array>
#include <string>

#include "store/sqlite/field_values.hpp"
#include "store/sqlite/record_columns.hpp"

namespace myoivig::store {
namespace {

using FromValues = util::Expected<AnyRecord> (*)(const std::vector<SqlValue>&);

template <typename Record>
util::Expected<AnyRecord> from_values(const std::vector<SqlValue>& values) {
  MYOIVIG_TRY_ASSIGN(record, fields::record_from<Record>(values));
  return AnyRecord(std::move(record));
}

template <typename... R>
constexpr std::array<FromValues, sizeof...(R)> readers(std::type_identity<std::tuple<R...>>) {
  return {&from_values<R>...};
}

// Indexed by Entity (AnyRecord's alternatives are domain::RecordTypes in order).
constexpr auto k_readers = readers(std::type_identity<domain::RecordTypes>{});

}  // namespace

util::Expected<AnyRecord> record_from_values(Entity entity, const std::vector<SqlValue>& values) {
  const TableColumns& table = table_columns(entity);
  if (values.size() != table.columns.size()) {
    return util::corrupt("stored " + std::string(table.table) + ": expected " +
                         std::to_string(table.columns.size()) + " values, got " +
                         std::to_string(values.size()));
  }
  return k_readers[static_cast<std::size_t>(entity)](values);
}

}  // namespace myoivig::store
