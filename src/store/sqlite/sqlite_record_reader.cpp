// Reading each entity's rows back into domain records (part of SqliteStore). A stored
// value that does not parse means the file was changed outside myoivig: corrupt.
#include <string>

#include "store/sqlite/sqlite_store.hpp"

namespace myoivig::store {
namespace {

// Typed column access that turns a bad stored value into a corrupt error.
class StoredRow {
 public:
  StoredRow(const SqliteStatement& statement, std::string_view table)
      : m_statement(statement), m_table(table) {}

  [[nodiscard]] std::string text(int column) const { return m_statement.text(column); }
  [[nodiscard]] int integer(int column) const {
    return static_cast<int>(m_statement.integer(column));
  }
  [[nodiscard]] std::optional<int> optional_integer(int column) const {
    const auto value = m_statement.optional_integer(column);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
  }
  [[nodiscard]] double real(int column) const { return m_statement.real(column); }
  [[nodiscard]] std::optional<double> optional_real(int column) const {
    return m_statement.optional_real(column);
  }

  util::Expected<util::Date> date(int column) const {
    return stored(util::parse_iso_date(m_statement.text_view(column)));
  }
  util::Expected<std::optional<util::Date>> optional_date(int column) const {
    if (m_statement.is_null(column)) return std::optional<util::Date>();
    MYOIVIG_TRY_ASSIGN(value, date(column));
    return std::optional<util::Date>(value);
  }
  util::Expected<std::optional<util::TimeOfDay>> optional_time(int column) const {
    if (m_statement.is_null(column)) return std::optional<util::TimeOfDay>();
    MYOIVIG_TRY_ASSIGN(value, stored(util::parse_time_of_day(m_statement.text_view(column))));
    return std::optional<util::TimeOfDay>(value);
  }
  util::Expected<std::optional<domain::Rational>> optional_rational(int column) const {
    if (m_statement.is_null(column)) return std::optional<domain::Rational>();
    MYOIVIG_TRY_ASSIGN(value, stored(domain::Rational::parse(m_statement.text_view(column))));
    return std::optional<domain::Rational>(value);
  }
  template <typename Parse>
  auto coded(int column, Parse parse) const -> decltype(parse(std::string_view())) {
    return stored(parse(m_statement.text_view(column)));
  }

 private:
  template <typename T>
  util::Expected<T> stored(util::Expected<T> value) const {
    if (!value)
      return util::corrupt("stored " + std::string(m_table) + ": " + value.error().message);
    return value;
  }
  const SqliteStatement& m_statement;
  std::string_view m_table;
};

// Runs `sql` and appends parse(row) for every row to `records`.
template <typename Record, typename Parse>
util::Expected<void> read_table(SqliteDatabase& database, std::string_view table,
                                std::string_view sql, std::vector<Record>& records, Parse parse) {
  MYOIVIG_TRY_ASSIGN(statement, database.prepare(sql));
  const StoredRow row(statement, table);
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) return {};
    MYOIVIG_TRY_ASSIGN(record, parse(row));
    records.push_back(std::move(record));
  }
}

util::Expected<domain::Patient> patient(const StoredRow& row) {
  domain::Patient p;
  p.id = row.text(0);
  p.site = row.text(1);
  MYOIVIG_TRY_ASSIGN(sex, row.coded(2, domain::parse_sex));
  p.sex = sex;
  p.birth_year = row.integer(3);
  MYOIVIG_TRY_ASSIGN(diagnosis, row.coded(4, domain::parse_diagnosis));
  p.diagnosis = diagnosis;
  p.biopsy_proven = row.integer(5) != 0;
  MYOIVIG_TRY_ASSIGN(biopsy_date, row.optional_date(6));
  p.biopsy_date = biopsy_date;
  p.height_cm = row.optional_real(7);
  MYOIVIG_TRY_ASSIGN(enrolment, row.date(8));
  p.enrolment_date = enrolment;
  MYOIVIG_TRY_ASSIGN(withdrawal, row.optional_date(9));
  p.withdrawal_date = withdrawal;
  p.withdrawal_reason = row.text(10);
  return p;
}

util::Expected<domain::Condition> condition(const StoredRow& row) {
  MYOIVIG_TRY_ASSIGN(date, row.optional_date(3));
  return domain::Condition{row.text(0), row.text(1), row.integer(2) != 0, date, row.text(4)};
}

util::Expected<domain::SteroidDose> steroid_dose(const StoredRow& row) {
  MYOIVIG_TRY_ASSIGN(from, row.date(2));
  MYOIVIG_TRY_ASSIGN(to, row.optional_date(3));
  return domain::SteroidDose{row.text(0), row.real(1), from, to};
}

util::Expected<domain::Course> course(const StoredRow& row) {
  domain::Course c;
  c.patient_id = row.text(0);
  c.number = row.integer(1);
  c.regimen = row.text(2);
  c.product = row.text(3);
  MYOIVIG_TRY_ASSIGN(start, row.date(4));
  c.start_date = start;
  c.dosing_weight_kg = row.real(5);
  MYOIVIG_TRY_ASSIGN(policy, row.coded(6, domain::parse_weight_policy));
  c.weight_policy = policy;
  c.dose_g_per_kg_per_day = row.real(7);
  c.blinded = row.integer(8) != 0;
  return c;
}

util::Expected<domain::Administration> administration(const StoredRow& row) {
  domain::Administration a;
  a.patient_id = row.text(0);
  a.course_number = row.integer(1);
  a.day = row.integer(2);
  MYOIVIG_TRY_ASSIGN(date, row.date(3));
  a.date = date;
  a.dose_g = row.real(4);
  a.volume_ml = row.optional_real(5);
  MYOIVIG_TRY_ASSIGN(start, row.optional_time(6));
  MYOIVIG_TRY_ASSIGN(end, row.optional_time(7));
  a.start_time = start;
  a.end_time = end;
  return a;
}

util::Expected<domain::Visit> visit(const StoredRow& row) {
  MYOIVIG_TRY_ASSIGN(date, row.date(2));
  return domain::Visit{row.text(0), row.integer(1), date};
}

util::Expected<domain::Assessment> assessment(const StoredRow& row) {
  domain::Assessment a;
  a.patient_id = row.text(0);
  a.week = row.integer(1);
  a.mmt_score = row.optional_integer(2);
  a.adl_score = row.optional_integer(3);
  a.ck_iu_per_l = row.optional_integer(4);
  a.ck_uln_iu_per_l = row.optional_integer(5);
  a.fatigue_vas_mm = row.optional_integer(6);
  a.pain_vas_mm = row.optional_integer(7);
  if (!row.text(8).empty()) {
    MYOIVIG_TRY_ASSIGN(global, row.coded(8, domain::parse_physician_global));
    a.physician_global = global;
  }
  a.weight_kg = row.optional_real(9);
  a.physician_activity_vas_mm = row.optional_integer(10);
  a.patient_activity_vas_mm = row.optional_integer(11);
  a.extramuscular_vas_mm = row.optional_integer(12);
  a.mmt8_score = row.optional_integer(13);
  MYOIVIG_TRY_ASSIGN(haq, row.optional_rational(14));
  a.haq_di = haq;
  return a;
}

util::Expected<domain::Allocation> allocation(const StoredRow& row) {
  MYOIVIG_TRY_ASSIGN(randomised_on, row.date(4));
  return domain::Allocation{row.text(0), row.text(1), row.text(2), row.integer(3), randomised_on};
}

util::Expected<domain::MuscleGrade> muscle_grade(const StoredRow& row) {
  domain::MuscleGrade g;
  g.patient_id = row.text(0);
  g.week = row.integer(1);
  g.muscle_group = row.text(2);
  MYOIVIG_TRY_ASSIGN(side, row.coded(3, domain::parse_side));
  MYOIVIG_TRY_ASSIGN(status, row.coded(4, domain::parse_grade_status));
  g.side = side;
  g.status = status;
  g.grade = row.optional_integer(5);
  return g;
}

util::Expected<domain::AdverseEvent> adverse_event(const StoredRow& row) {
  domain::AdverseEvent e;
  e.patient_id = row.text(0);
  e.course_number = row.integer(1);
  e.term = row.text(2);
  MYOIVIG_TRY_ASSIGN(onset, row.date(3));
  MYOIVIG_TRY_ASSIGN(end, row.optional_date(4));
  e.onset_date = onset;
  e.end_date = end;
  e.serious = row.integer(5) != 0;
  MYOIVIG_TRY_ASSIGN(severity, row.coded(6, domain::parse_severity));
  MYOIVIG_TRY_ASSIGN(relatedness, row.coded(7, domain::parse_relatedness));
  MYOIVIG_TRY_ASSIGN(outcome, row.coded(8, domain::parse_adverse_event_outcome));
  e.severity = severity;
  e.relatedness = relatedness;
  e.outcome = outcome;
  return e;
}

}  // namespace

util::Expected<void> read_records(SqliteDatabase& database, domain::StudyData& records) {
  MYOIVIG_TRY(read_table(database, "patients",
                         "SELECT patient_id, site, sex, birth_year, diagnosis, biopsy_proven, "
                         "biopsy_date, height_cm, enrolment_date, withdrawal_date, "
                         "withdrawal_reason FROM patients ORDER BY rowid",
                         records.patients, patient));
  MYOIVIG_TRY(read_table(database, "allocations",
                         "SELECT patient_id, arm, stratum, sequence, randomised_on "
                         "FROM allocations ORDER BY rowid",
                         records.allocations, allocation));
  MYOIVIG_TRY(read_table(database, "conditions",
                         "SELECT patient_id, code, present, date, note FROM conditions "
                         "ORDER BY rowid",
                         records.conditions, condition));
  MYOIVIG_TRY(read_table(database, "steroid_doses",
                         "SELECT patient_id, prednisolone_mg_per_day, from_date, to_date "
                         "FROM steroid_doses ORDER BY id",
                         records.steroid_doses, steroid_dose));
  MYOIVIG_TRY(
      read_table(database, "courses",
                 "SELECT patient_id, course, regimen, product, start_date, "
                 "dosing_weight_kg, weight_policy, dose_g_per_kg_per_day, blinded FROM courses "
                 "ORDER BY rowid",
                 records.courses, course));
  MYOIVIG_TRY(read_table(database, "administrations",
                         "SELECT patient_id, course, day, date, dose_g, volume_ml, start_time, "
                         "end_time FROM administrations ORDER BY rowid",
                         records.administrations, administration));
  MYOIVIG_TRY(read_table(database, "visits",
                         "SELECT patient_id, week, date FROM visits ORDER BY rowid", records.visits,
                         visit));
  MYOIVIG_TRY(read_table(database, "assessments",
                         "SELECT patient_id, week, mmt, adl, ck_iu_per_l, ck_uln_iu_per_l, "
                         "fatigue_vas_mm, pain_vas_mm, physician_global, weight_kg, "
                         "physician_activity_vas_mm, patient_activity_vas_mm, "
                         "extramuscular_vas_mm, mmt8_score, haq_di "
                         "FROM assessments ORDER BY rowid",
                         records.assessments, assessment));
  MYOIVIG_TRY(read_table(database, "muscle_grades",
                         "SELECT patient_id, week, muscle_group, side, status, grade "
                         "FROM muscle_grades ORDER BY rowid",
                         records.muscle_grades, muscle_grade));
  return read_table(database, "adverse_events",
                    "SELECT patient_id, course, term, onset_date, end_date, serious, severity, "
                    "relatedness, outcome FROM adverse_events ORDER BY id",
                    records.adverse_events, adverse_event);
}

}  // namespace myoivig::store
