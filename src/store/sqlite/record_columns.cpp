#include "store/sqlite/record_columns.hpp"

#include <array>
#include <charconv>

#include "store/sqlite/field_values.hpp"

namespace myoivig::store {
namespace {

template <typename... R>
constexpr bool same_order(std::type_identity<std::tuple<R...>> /*types*/) {
  return std::is_same_v<std::variant<R...>, AnyRecord>;
}
static_assert(same_order(std::type_identity<domain::RecordTypes>{}),
              "AnyRecord (and so Entity) lists the records in domain::RecordTypes order");

// The columns of Record's table, from its field list.
template <typename Record>
constexpr std::array<Column, domain::field_count<Record>> columns_of() {
  std::array<Column, domain::field_count<Record>> columns{};
  std::size_t i = 0;
  domain::for_each_field<Record>([&](const auto& field) {
    using Value = typename std::decay_t<decltype(field)>::ValueType;
    columns[i++] = Column{field.name, fields::column_type<Value>(), field.traits.key};
  });
  return columns;
}

template <typename Record>
constexpr std::array<Column, domain::field_count<Record>> k_columns = columns_of<Record>();

template <typename... R>
constexpr std::array<TableColumns, sizeof...(R)> tables_of(
    std::type_identity<std::tuple<R...>> /*types*/) {
  return {TableColumns{domain::RecordFields<R>::entity, k_columns<R>}...};
}

const auto k_tables = tables_of(std::type_identity<domain::RecordTypes>{});

std::string week_id(const std::string& patient, int week) {
  return patient + "/week " + std::to_string(week);
}
std::string course_id(const std::string& patient, int course) {
  return patient + "/course " + std::to_string(course);
}

}  // namespace

std::string created_entity_id(const domain::Patient& p) {
  return p.id;
}
std::string created_entity_id(const domain::Allocation& a) {
  return a.patient_id;
}
std::string created_entity_id(const domain::Condition& c) {
  return c.patient_id + "/" + c.code;
}
std::string created_entity_id(const domain::SteroidDose& d) {
  return d.patient_id + "/from " + d.from.iso();
}
std::string created_entity_id(const domain::Course& c) {
  return course_id(c.patient_id, c.number);
}
std::string created_entity_id(const domain::Administration& a) {
  return course_id(a.patient_id, a.course_number) + "/day " + std::to_string(a.day);
}
std::string created_entity_id(const domain::Visit& v) {
  return week_id(v.patient_id, v.week);
}
std::string created_entity_id(const domain::Assessment& a) {
  return week_id(a.patient_id, a.week);
}
std::string created_entity_id(const domain::MuscleGrade& g) {
  return week_id(g.patient_id, g.week) + "/" + g.muscle_group + " " +
         std::string(domain::code(g.side));
}
std::string created_entity_id(const domain::AdverseEvent& e) {
  return course_id(e.patient_id, e.course_number) + "/" + e.term;
}

const TableColumns& table_columns(Entity entity) {
  return k_tables[static_cast<std::size_t>(entity)];
}

std::string select_list(const TableColumns& table) {
  std::string list;
  for (const Column& column : table.columns) {
    if (!list.empty()) list += ", ";
    list += column.name;
  }
  return list;
}

std::vector<SqlValue> column_values(const AnyRecord& record) {
  return std::visit([](const auto& r) { return fields::all_values(r); }, record);
}

// Adverse events and steroid doses have no natural key: an edit names them by their id.
std::string audit_entity_id(const AnyRecord& record, std::int64_t id) {
  if (const auto* dose = std::get_if<domain::SteroidDose>(&record)) {
    return dose->patient_id + "/steroid dose " + std::to_string(id);
  }
  if (const auto* event = std::get_if<domain::AdverseEvent>(&record)) {
    return event->patient_id + "/adverse event " + std::to_string(id);
  }
  return std::visit([](const auto& r) { return created_entity_id(r); }, record);
}

void bind_value(SqliteStatement& statement, int index, const SqlValue& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    statement.bind(index, *number);
  } else if (const auto* decimal = std::get_if<double>(&value)) {
    statement.bind(index, *decimal);
  } else if (const auto* words = std::get_if<std::string>(&value)) {
    statement.bind(index, std::string_view(*words));
  } else {
    statement.bind_null(index);
  }
}

SqlValue read_value(const SqliteStatement& statement, int column, ColumnType type) {
  if (statement.is_null(column)) return {};
  switch (type) {
    case ColumnType::integer:
    case ColumnType::flag:
      return statement.integer(column);
    case ColumnType::real:
      return statement.real(column);
    case ColumnType::text:
      break;
  }
  return statement.text(column);
}

std::string audit_text(const SqlValue& value, ColumnType type) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    if (type == ColumnType::flag) return *number != 0 ? "true" : "false";
    return std::to_string(*number);
  }
  if (const auto* words = std::get_if<std::string>(&value)) return *words;
  if (const auto* decimal = std::get_if<double>(&value)) {
    // printf's "%.10g", as the audit rows of created records write numbers.
    constexpr int k_significant_digits = 10;
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, *decimal,
                                       std::chars_format::general, k_significant_digits);
    return std::string(buffer, written.ptr);
  }
  return "";
}

}  // namespace myoivig::store
