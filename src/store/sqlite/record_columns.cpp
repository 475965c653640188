#include "store/sqlite/record_columns.hpp"

#include <array>
#include <charconv>

namespace myoivig::store {
namespace {

using T = ColumnType;

constexpr std::array<Column, 11> k_patients{{{"patient_id", T::text, true},
                                             {"site", T::text},
                                             {"sex", T::text},
                                             {"birth_year", T::integer},
                                             {"diagnosis", T::text},
                                             {"biopsy_proven", T::integer},
                                             {"biopsy_date", T::text},
                                             {"height_cm", T::real},
                                             {"enrolment_date", T::text},
                                             {"withdrawal_date", T::text},
                                             {"withdrawal_reason", T::text}}};
constexpr std::array<Column, 5> k_allocations{{{"patient_id", T::text, true},
                                               {"arm", T::text},
                                               {"stratum", T::text},
                                               {"sequence", T::integer},
                                               {"randomised_on", T::text}}};
constexpr std::array<Column, 5> k_conditions{{{"patient_id", T::text, true},
                                              {"code", T::text, true},
                                              {"present", T::integer},
                                              {"date", T::text},
                                              {"note", T::text}}};
constexpr std::array<Column, 4> k_steroid_doses{{{"patient_id", T::text, true},
                                                 {"prednisolone_mg_per_day", T::real},
                                                 {"from_date", T::text},
                                                 {"to_date", T::text}}};
constexpr std::array<Column, 9> k_courses{{{"patient_id", T::text, true},
                                           {"course", T::integer, true},
                                           {"regimen", T::text},
                                           {"product", T::text},
                                           {"start_date", T::text},
                                           {"dosing_weight_kg", T::real},
                                           {"weight_policy", T::text},
                                           {"dose_g_per_kg_per_day", T::real},
                                           {"blinded", T::integer}}};
constexpr std::array<Column, 8> k_administrations{{{"patient_id", T::text, true},
                                                   {"course", T::integer, true},
                                                   {"day", T::integer, true},
                                                   {"date", T::text},
                                                   {"dose_g", T::real},
                                                   {"volume_ml", T::real},
                                                   {"start_time", T::text},
                                                   {"end_time", T::text}}};
constexpr std::array<Column, 3> k_visits{
    {{"patient_id", T::text, true}, {"week", T::integer, true}, {"date", T::text}}};
constexpr std::array<Column, 15> k_assessments{{{"patient_id", T::text, true},
                                                {"week", T::integer, true},
                                                {"mmt", T::integer},
                                                {"adl", T::integer},
                                                {"ck_iu_per_l", T::integer},
                                                {"ck_uln_iu_per_l", T::integer},
                                                {"fatigue_vas_mm", T::integer},
                                                {"pain_vas_mm", T::integer},
                                                {"physician_global", T::text},
                                                {"weight_kg", T::real},
                                                {"physician_activity_vas_mm", T::integer},
                                                {"patient_activity_vas_mm", T::integer},
                                                {"extramuscular_vas_mm", T::integer},
                                                {"mmt8_score", T::integer},
                                                {"haq_di", T::text}}};
constexpr std::array<Column, 6> k_muscle_grades{{{"patient_id", T::text, true},
                                                 {"week", T::integer, true},
                                                 {"muscle_group", T::text, true},
                                                 {"side", T::text, true},
                                                 {"status", T::text},
                                                 {"grade", T::integer}}};
constexpr std::array<Column, 9> k_adverse_events{{{"patient_id", T::text, true},
                                                  {"course", T::integer},
                                                  {"term", T::text},
                                                  {"onset_date", T::text},
                                                  {"end_date", T::text},
                                                  {"serious", T::integer},
                                                  {"severity", T::text},
                                                  {"relatedness", T::text},
                                                  {"outcome", T::text}}};

const std::array<TableColumns, 10> k_tables{{{"patients", k_patients},
                                             {"allocations", k_allocations},
                                             {"conditions", k_conditions},
                                             {"steroid_doses", k_steroid_doses},
                                             {"courses", k_courses},
                                             {"administrations", k_administrations},
                                             {"visits", k_visits},
                                             {"assessments", k_assessments},
                                             {"muscle_grades", k_muscle_grades},
                                             {"adverse_events", k_adverse_events}}};

SqlValue text(std::string_view value) {
  return std::string(value);
}
SqlValue integer(std::int64_t value) {
  return value;
}
SqlValue real(double value) {
  return value;
}
SqlValue flag(bool value) {
  return std::int64_t{value ? 1 : 0};
}
SqlValue date(util::Date value) {
  return value.iso();
}
SqlValue optional(const std::optional<int>& value) {
  return value ? SqlValue(std::int64_t{*value}) : SqlValue();
}
SqlValue optional(const std::optional<double>& value) {
  return value ? SqlValue(*value) : SqlValue();
}
SqlValue optional(const std::optional<util::Date>& value) {
  return value ? SqlValue(value->iso()) : SqlValue();
}
SqlValue optional(const std::optional<util::TimeOfDay>& value) {
  return value ? SqlValue(value->hh_mm()) : SqlValue();
}
SqlValue optional(const std::optional<domain::Rational>& value) {
  return value ? SqlValue(value->to_string()) : SqlValue();
}

struct ValuesOf {
  std::vector<SqlValue> operator()(const domain::Patient& p) const {
    return {text(p.id),
            text(p.site),
            text(domain::code(p.sex)),
            integer(p.birth_year),
            text(domain::code(p.diagnosis)),
            flag(p.biopsy_proven),
            optional(p.biopsy_date),
            optional(p.height_cm),
            date(p.enrolment_date),
            optional(p.withdrawal_date),
            text(p.withdrawal_reason)};
  }
  std::vector<SqlValue> operator()(const domain::Allocation& a) const {
    return {text(a.patient_id), text(a.arm), text(a.stratum), integer(a.sequence),
            date(a.randomised_on)};
  }
  std::vector<SqlValue> operator()(const domain::Condition& c) const {
    return {text(c.patient_id), text(c.code), flag(c.present), optional(c.date), text(c.note)};
  }
  std::vector<SqlValue> operator()(const domain::SteroidDose& d) const {
    return {text(d.patient_id), real(d.prednisolone_mg_per_day), date(d.from), optional(d.to)};
  }
  std::vector<SqlValue> operator()(const domain::Course& c) const {
    return {text(c.patient_id),
            integer(c.number),
            text(c.regimen),
            text(c.product),
            date(c.start_date),
            real(c.dosing_weight_kg),
            text(domain::code(c.weight_policy)),
            real(c.dose_g_per_kg_per_day)};
  }
  std::vector<SqlValue> operator()(const domain::Administration& a) const {
    return {text(a.patient_id),     integer(a.course_number), integer(a.day),
            date(a.date),           real(a.dose_g),           optional(a.volume_ml),
            optional(a.start_time), optional(a.end_time)};
  }
  std::vector<SqlValue> operator()(const domain::Visit& v) const {
    return {text(v.patient_id), integer(v.week), date(v.date)};
  }
  std::vector<SqlValue> operator()(const domain::Assessment& a) const {
    const SqlValue global =
        a.physician_global ? text(domain::code(*a.physician_global)) : SqlValue();
    return {text(a.patient_id),
            integer(a.week),
            optional(a.mmt_score),
            optional(a.adl_score),
            optional(a.ck_iu_per_l),
            optional(a.ck_uln_iu_per_l),
            optional(a.fatigue_vas_mm),
            optional(a.pain_vas_mm),
            global,
            optional(a.weight_kg),
            optional(a.physician_activity_vas_mm),
            optional(a.patient_activity_vas_mm),
            optional(a.extramuscular_vas_mm),
            optional(a.mmt8_score),
            optional(a.haq_di)};
  }
  std::vector<SqlValue> operator()(const domain::MuscleGrade& g) const {
    return {text(g.patient_id),           integer(g.week),
            text(g.muscle_group),         text(domain::code(g.side)),
            text(domain::code(g.status)), optional(g.grade)};
  }
  std::vector<SqlValue> operator()(const domain::AdverseEvent& e) const {
    return {text(e.patient_id),
            integer(e.course_number),
            text(e.term),
            date(e.onset_date),
            optional(e.end_date),
            flag(e.serious),
            text(domain::code(e.severity)),
            text(domain::code(e.relatedness)),
            text(domain::code(e.outcome))};
  }
};

std::string week_id(const std::string& patient, int week) {
  return patient + "/week " + std::to_string(week);
}
std::string course_id(const std::string& patient, int course) {
  return patient + "/course " + std::to_string(course);
}

struct AuditIdOf {
  std::int64_t id;
  std::string operator()(const domain::Patient& p) const { return p.id; }
  std::string operator()(const domain::Allocation& a) const { return a.patient_id; }
  std::string operator()(const domain::Condition& c) const { return c.patient_id + "/" + c.code; }
  std::string operator()(const domain::SteroidDose& d) const {
    return d.patient_id + "/steroid dose " + std::to_string(id);
  }
  std::string operator()(const domain::Course& c) const {
    return course_id(c.patient_id, c.number);
  }
  std::string operator()(const domain::Administration& a) const {
    return course_id(a.patient_id, a.course_number) + "/day " + std::to_string(a.day);
  }
  std::string operator()(const domain::Visit& v) const { return week_id(v.patient_id, v.week); }
  std::string operator()(const domain::Assessment& a) const {
    return week_id(a.patient_id, a.week);
  }
  std::string operator()(const domain::MuscleGrade& g) const {
    return week_id(g.patient_id, g.week) + "/" + g.muscle_group + " " +
           std::string(domain::code(g.side));
  }
  std::string operator()(const domain::AdverseEvent& e) const {
    return e.patient_id + "/adverse event " + std::to_string(id);
  }
};

}  // namespace

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
  return std::visit(ValuesOf{}, record);
}

std::string audit_entity_id(const AnyRecord& record, std::int64_t id) {
  return std::visit(AuditIdOf{id}, record);
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
      return statement.integer(column);
    case ColumnType::real:
      return statement.real(column);
    case ColumnType::text:
      break;
  }
  return statement.text(column);
}

std::string audit_text(const SqlValue& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) return std::to_string(*number);
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
