// record_from_values (record_columns.hpp): stored column values back into domain records.
// A value that does not parse means the file was changed outside myoivig: corrupt.
#include <string>

#include "store/sqlite/record_columns.hpp"

namespace myoivig::store {
namespace {

// Typed access to the values of one row, in column order.
class Values {
 public:
  Values(const std::vector<SqlValue>& values, std::string_view table)
      : m_values(values), m_table(table) {}

  [[nodiscard]] std::string text(std::size_t i) const {
    const auto* words = std::get_if<std::string>(&m_values[i]);
    return words ? *words : std::string();
  }
  [[nodiscard]] int integer(std::size_t i) const {
    const auto* number = std::get_if<std::int64_t>(&m_values[i]);
    return number ? static_cast<int>(*number) : 0;
  }
  [[nodiscard]] std::optional<int> optional_integer(std::size_t i) const {
    const auto* number = std::get_if<std::int64_t>(&m_values[i]);
    return number ? std::optional<int>(static_cast<int>(*number)) : std::nullopt;
  }
  [[nodiscard]] double real(std::size_t i) const { return optional_real(i).value_or(0); }
  [[nodiscard]] std::optional<double> optional_real(std::size_t i) const {
    if (const auto* decimal = std::get_if<double>(&m_values[i])) return *decimal;
    if (const auto* number = std::get_if<std::int64_t>(&m_values[i])) {
      return static_cast<double>(*number);
    }
    return std::nullopt;
  }
  [[nodiscard]] bool is_null(std::size_t i) const {
    return std::holds_alternative<std::monostate>(m_values[i]);
  }
  [[nodiscard]] util::Expected<util::Date> date(std::size_t i) const {
    return stored(util::parse_iso_date(text(i)));
  }
  [[nodiscard]] util::Expected<std::optional<util::Date>> optional_date(std::size_t i) const {
    if (is_null(i)) return std::optional<util::Date>();
    MYOIVIG_TRY_ASSIGN(value, date(i));
    return std::optional<util::Date>(value);
  }
  [[nodiscard]] util::Expected<std::optional<util::TimeOfDay>> optional_time(std::size_t i) const {
    if (is_null(i)) return std::optional<util::TimeOfDay>();
    MYOIVIG_TRY_ASSIGN(value, stored(util::parse_time_of_day(text(i))));
    return std::optional<util::TimeOfDay>(value);
  }
  [[nodiscard]] util::Expected<std::optional<domain::Rational>> optional_rational(
      std::size_t i) const {
    if (is_null(i)) return std::optional<domain::Rational>();
    MYOIVIG_TRY_ASSIGN(value, stored(domain::Rational::parse(text(i))));
    return std::optional<domain::Rational>(value);
  }
  template <typename Parse>
  auto coded(std::size_t i, Parse parse) const -> decltype(parse(std::string_view())) {
    return stored(parse(text(i)));
  }

 private:
  template <typename V>
  util::Expected<V> stored(util::Expected<V> value) const {
    if (!value) {
      return util::corrupt("stored " + std::string(m_table) + ": " + value.error().message);
    }
    return value;
  }
  const std::vector<SqlValue>& m_values;
  std::string_view m_table;
};

util::Expected<AnyRecord> patient(const Values& v) {
  domain::Patient p;
  p.id = v.text(0);
  p.site = v.text(1);
  MYOIVIG_TRY_ASSIGN(sex, v.coded(2, domain::parse_sex));
  p.sex = sex;
  p.birth_year = v.integer(3);
  MYOIVIG_TRY_ASSIGN(diagnosis, v.coded(4, domain::parse_diagnosis));
  p.diagnosis = diagnosis;
  p.biopsy_proven = v.integer(5) != 0;
  MYOIVIG_TRY_ASSIGN(biopsy_date, v.optional_date(6));
  p.biopsy_date = biopsy_date;
  p.height_cm = v.optional_real(7);
  MYOIVIG_TRY_ASSIGN(enrolment, v.date(8));
  p.enrolment_date = enrolment;
  MYOIVIG_TRY_ASSIGN(withdrawal, v.optional_date(9));
  p.withdrawal_date = withdrawal;
  p.withdrawal_reason = v.text(10);
  return AnyRecord(std::move(p));
}

util::Expected<AnyRecord> allocation(const Values& v) {
  MYOIVIG_TRY_ASSIGN(on, v.date(4));
  return AnyRecord(domain::Allocation{v.text(0), v.text(1), v.text(2), v.integer(3), on});
}

util::Expected<AnyRecord> condition(const Values& v) {
  MYOIVIG_TRY_ASSIGN(date, v.optional_date(3));
  return AnyRecord(domain::Condition{v.text(0), v.text(1), v.integer(2) != 0, date, v.text(4)});
}

util::Expected<AnyRecord> steroid_dose(const Values& v) {
  MYOIVIG_TRY_ASSIGN(from, v.date(2));
  MYOIVIG_TRY_ASSIGN(to, v.optional_date(3));
  return AnyRecord(domain::SteroidDose{v.text(0), v.real(1), from, to});
}

util::Expected<AnyRecord> course(const Values& v) {
  domain::Course c;
  c.patient_id = v.text(0);
  c.number = v.integer(1);
  c.regimen = v.text(2);
  c.product = v.text(3);
  MYOIVIG_TRY_ASSIGN(start, v.date(4));
  c.start_date = start;
  c.dosing_weight_kg = v.real(5);
  MYOIVIG_TRY_ASSIGN(policy, v.coded(6, domain::parse_weight_policy));
  c.weight_policy = policy;
  c.dose_g_per_kg_per_day = v.real(7);
  c.blinded = v.integer(8) != 0;
  return AnyRecord(std::move(c));
}

util::Expected<AnyRecord> administration(const Values& v) {
  domain::Administration a;
  a.patient_id = v.text(0);
  a.course_number = v.integer(1);
  a.day = v.integer(2);
  MYOIVIG_TRY_ASSIGN(date, v.date(3));
  a.date = date;
  a.dose_g = v.real(4);
  a.volume_ml = v.optional_real(5);
  MYOIVIG_TRY_ASSIGN(start, v.optional_time(6));
  MYOIVIG_TRY_ASSIGN(end, v.optional_time(7));
  a.start_time = start;
  a.end_time = end;
  return AnyRecord(std::move(a));
}

util::Expected<AnyRecord> visit(const Values& v) {
  MYOIVIG_TRY_ASSIGN(date, v.date(2));
  return AnyRecord(domain::Visit{v.text(0), v.integer(1), date});
}

util::Expected<AnyRecord> assessment(const Values& v) {
  domain::Assessment a;
  a.patient_id = v.text(0);
  a.week = v.integer(1);
  a.mmt_score = v.optional_integer(2);
  a.adl_score = v.optional_integer(3);
  a.ck_iu_per_l = v.optional_integer(4);
  a.ck_uln_iu_per_l = v.optional_integer(5);
  a.fatigue_vas_mm = v.optional_integer(6);
  a.pain_vas_mm = v.optional_integer(7);
  if (!v.is_null(8) && !v.text(8).empty()) {
    MYOIVIG_TRY_ASSIGN(global, v.coded(8, domain::parse_physician_global));
    a.physician_global = global;
  }
  a.weight_kg = v.optional_real(9);
  a.physician_activity_vas_mm = v.optional_integer(10);
  a.patient_activity_vas_mm = v.optional_integer(11);
  a.extramuscular_vas_mm = v.optional_integer(12);
  a.mmt8_score = v.optional_integer(13);
  MYOIVIG_TRY_ASSIGN(haq, v.optional_rational(14));
  a.haq_di = haq;
  return AnyRecord(std::move(a));
}

util::Expected<AnyRecord> muscle_grade(const Values& v) {
  domain::MuscleGrade g;
  g.patient_id = v.text(0);
  g.week = v.integer(1);
  g.muscle_group = v.text(2);
  MYOIVIG_TRY_ASSIGN(side, v.coded(3, domain::parse_side));
  MYOIVIG_TRY_ASSIGN(status, v.coded(4, domain::parse_grade_status));
  g.side = side;
  g.status = status;
  g.grade = v.optional_integer(5);
  return AnyRecord(std::move(g));
}

util::Expected<AnyRecord> adverse_event(const Values& v) {
  domain::AdverseEvent e;
  e.patient_id = v.text(0);
  e.course_number = v.integer(1);
  e.term = v.text(2);
  MYOIVIG_TRY_ASSIGN(onset, v.date(3));
  MYOIVIG_TRY_ASSIGN(end, v.optional_date(4));
  e.onset_date = onset;
  e.end_date = end;
  e.serious = v.integer(5) != 0;
  MYOIVIG_TRY_ASSIGN(severity, v.coded(6, domain::parse_severity));
  MYOIVIG_TRY_ASSIGN(relatedness, v.coded(7, domain::parse_relatedness));
  MYOIVIG_TRY_ASSIGN(outcome, v.coded(8, domain::parse_adverse_event_outcome));
  e.severity = severity;
  e.relatedness = relatedness;
  e.outcome = outcome;
  return AnyRecord(std::move(e));
}

}  // namespace

util::Expected<AnyRecord> record_from_values(Entity entity, const std::vector<SqlValue>& values) {
  const TableColumns& table = table_columns(entity);
  if (values.size() != table.columns.size()) {
    return util::corrupt("stored " + std::string(table.table) + ": expected " +
                         std::to_string(table.columns.size()) + " values, got " +
                         std::to_string(values.size()));
  }
  const Values v(values, table.table);
  switch (entity) {
    case Entity::patients:
      return patient(v);
    case Entity::allocations:
      return allocation(v);
    case Entity::conditions:
      return condition(v);
    case Entity::steroid_doses:
      return steroid_dose(v);
    case Entity::courses:
      return course(v);
    case Entity::administrations:
      return administration(v);
    case Entity::visits:
      return visit(v);
    case Entity::assessments:
      return assessment(v);
    case Entity::muscle_grades:
      return muscle_grade(v);
    case Entity::adverse_events:
      break;
  }
  return adverse_event(v);
}

}  // namespace myoivig::store
