#include "io/bundle_rows.hpp"

#include <map>
#include <string>

namespace myoivig::io {
namespace {

constexpr int k_vas_decimals = 1;  // VAS in cm with one decimal = whole millimetres

const std::map<std::string_view, std::vector<BundleColumn>>& all_columns() {
  static const std::map<std::string_view, std::vector<BundleColumn>> k_columns{
      {"manifest", {{"key", true}, {"value", true}}},
      {"patients",
       {{"patient_id", true},
        {"site", true},
        {"sex", true},
        {"birth_year", true},
        {"diagnosis", true},
        {"biopsy_proven", true},
        {"biopsy_date", false},
        {"height_cm", false},
        {"enrolment_date", true},
        {"withdrawal_date", false},
        {"withdrawal_reason", false}}},
      {"conditions",
       {{"patient_id", true},
        {"condition", true},
        {"present", true},
        {"date", false},
        {"note", false}}},
      {"steroid_doses",
       {{"patient_id", true},
        {"prednisolone_mg_per_day", true},
        {"from_date", true},
        {"to_date", false}}},
      {"courses",
       {{"patient_id", true},
        {"course", true},
        {"regimen", true},
        {"product", false},
        {"start_date", true},
        {"dosing_weight_kg", true},
        {"weight_policy", true},
        {"dose_g_per_kg_per_day", true},
        {"blinded", false}}},
      {"administrations",
       {{"patient_id", true},
        {"course", true},
        {"day", true},
        {"date", true},
        {"dose_g", true},
        {"volume_ml", false},
        {"start_time", false},
        {"end_time", false}}},
      {"visits", {{"patient_id", true}, {"week", true}, {"date", true}}},
      {"assessments",
       {{"patient_id", true},
        {"week", true},
        {"mmt", false},
        {"adl", false},
        {"ck_iu_per_l", false},
        {"ck_uln_iu_per_l", false},
        {"fatigue_vas_cm", false},
        {"pain_vas_cm", false},
        {"physician_global", false},
        {"weight_kg", false},
        {"physician_activity_vas_cm", false},
        {"patient_activity_vas_cm", false},
        {"extramuscular_vas_cm", false},
        {"mmt8", false},
        {"haq_di", false}}},
      {"allocations",
       {{"patient_id", true},
        {"arm", true},
        {"stratum", true},
        {"sequence", true},
        {"randomised_on", true}}},
      {"muscle_grades",
       {{"patient_id", true},
        {"week", true},
        {"muscle_group", true},
        {"side", true},
        {"status", true},
        {"grade", false}}},
      {"adverse_events",
       {{"patient_id", true},
        {"course", true},
        {"term", true},
        {"onset_date", true},
        {"end_date", false},
        {"serious", true},
        {"severity", true},
        {"relatedness", true},
        {"outcome", true}}},
  };
  return k_columns;
}

}  // namespace

const std::vector<BundleColumn>& bundle_columns(std::string_view file_stem) {
  static const std::vector<BundleColumn> k_none;
  const auto found = all_columns().find(file_stem);
  return found == all_columns().end() ? k_none : found->second;
}

util::Expected<domain::Patient> parse_patient_row(const CsvRecord& row) {
  domain::Patient patient;
  MYOIVIG_TRY_ASSIGN(id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(site, row.text("site"));
  MYOIVIG_TRY_ASSIGN(sex, row.coded("sex", domain::parse_sex));
  MYOIVIG_TRY_ASSIGN(birth_year, row.integer("birth_year"));
  MYOIVIG_TRY_ASSIGN(diagnosis, row.coded("diagnosis", domain::parse_diagnosis));
  MYOIVIG_TRY_ASSIGN(biopsy_proven, row.boolean("biopsy_proven"));
  MYOIVIG_TRY_ASSIGN(biopsy_date, row.optional_date("biopsy_date"));
  MYOIVIG_TRY_ASSIGN(height_cm, row.optional_number("height_cm"));
  MYOIVIG_TRY_ASSIGN(enrolment_date, row.date("enrolment_date"));
  MYOIVIG_TRY_ASSIGN(withdrawal_date, row.optional_date("withdrawal_date"));
  patient.id = id;
  patient.site = site;
  patient.sex = sex;
  patient.birth_year = birth_year;
  patient.diagnosis = diagnosis;
  patient.biopsy_proven = biopsy_proven;
  patient.biopsy_date = biopsy_date;
  patient.height_cm = height_cm;
  patient.enrolment_date = enrolment_date;
  patient.withdrawal_date = withdrawal_date;
  patient.withdrawal_reason = row.optional_text("withdrawal_reason");
  return patient;
}

util::Expected<domain::Allocation> parse_allocation_row(const CsvRecord& row) {
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(arm, row.text("arm"));
  MYOIVIG_TRY_ASSIGN(stratum, row.text("stratum"));
  MYOIVIG_TRY_ASSIGN(sequence, row.integer("sequence"));
  MYOIVIG_TRY_ASSIGN(randomised_on, row.date("randomised_on"));
  return domain::Allocation{patient_id, arm, stratum, sequence, randomised_on};
}

util::Expected<domain::Condition> parse_condition_row(const CsvRecord& row) {
  domain::Condition condition;
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(code, row.text("condition"));
  MYOIVIG_TRY_ASSIGN(present, row.boolean("present"));
  MYOIVIG_TRY_ASSIGN(date, row.optional_date("date"));
  condition.patient_id = patient_id;
  condition.code = code;
  condition.present = present;
  condition.date = date;
  condition.note = row.optional_text("note");
  return condition;
}

util::Expected<domain::SteroidDose> parse_steroid_dose_row(const CsvRecord& row) {
  domain::SteroidDose dose;
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(mg_per_day, row.number("prednisolone_mg_per_day"));
  MYOIVIG_TRY_ASSIGN(from, row.date("from_date"));
  MYOIVIG_TRY_ASSIGN(to, row.optional_date("to_date"));
  dose.patient_id = patient_id;
  dose.prednisolone_mg_per_day = mg_per_day;
  dose.from = from;
  dose.to = to;
  return dose;
}

util::Expected<domain::Course> parse_course_row(const CsvRecord& row) {
  domain::Course course;
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(number, row.integer("course"));
  MYOIVIG_TRY_ASSIGN(regimen, row.text("regimen"));
  MYOIVIG_TRY_ASSIGN(start_date, row.date("start_date"));
  MYOIVIG_TRY_ASSIGN(weight, row.number("dosing_weight_kg"));
  MYOIVIG_TRY_ASSIGN(policy, row.coded("weight_policy", domain::parse_weight_policy));
  MYOIVIG_TRY_ASSIGN(dose, row.number("dose_g_per_kg_per_day"));
  course.patient_id = patient_id;
  course.number = number;
  course.regimen = regimen;
  course.product = row.optional_text("product");
  course.start_date = start_date;
  course.dosing_weight_kg = weight;
  course.weight_policy = policy;
  course.dose_g_per_kg_per_day = dose;
  if (!row.field("blinded").empty()) {  // an absent column or blank field: open-label
    MYOIVIG_TRY_ASSIGN(blinded, row.boolean("blinded"));
    course.blinded = blinded;
  }
  return course;
}

util::Expected<domain::Administration> parse_administration_row(const CsvRecord& row) {
  domain::Administration given;
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(course, row.integer("course"));
  MYOIVIG_TRY_ASSIGN(day, row.integer("day"));
  MYOIVIG_TRY_ASSIGN(date, row.date("date"));
  MYOIVIG_TRY_ASSIGN(dose_g, row.number("dose_g"));
  MYOIVIG_TRY_ASSIGN(volume_ml, row.optional_number("volume_ml"));
  MYOIVIG_TRY_ASSIGN(start_time, row.optional_time("start_time"));
  MYOIVIG_TRY_ASSIGN(end_time, row.optional_time("end_time"));
  given.patient_id = patient_id;
  given.course_number = course;
  given.day = day;
  given.date = date;
  given.dose_g = dose_g;
  given.volume_ml = volume_ml;
  given.start_time = start_time;
  given.end_time = end_time;
  return given;
}

util::Expected<domain::Visit> parse_visit_row(const CsvRecord& row) {
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(week, row.integer("week"));
  MYOIVIG_TRY_ASSIGN(date, row.date("date"));
  return domain::Visit{patient_id, week, date};
}

util::Expected<domain::Assessment> parse_assessment_row(const CsvRecord& row) {
  domain::Assessment assessment;
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(week, row.integer("week"));
  MYOIVIG_TRY_ASSIGN(mmt, row.optional_integer("mmt"));
  MYOIVIG_TRY_ASSIGN(adl, row.optional_integer("adl"));
  MYOIVIG_TRY_ASSIGN(ck, row.optional_integer("ck_iu_per_l"));
  MYOIVIG_TRY_ASSIGN(ck_uln, row.optional_integer("ck_uln_iu_per_l"));
  MYOIVIG_TRY_ASSIGN(fatigue, row.optional_scaled("fatigue_vas_cm", k_vas_decimals));
  MYOIVIG_TRY_ASSIGN(pain, row.optional_scaled("pain_vas_cm", k_vas_decimals));
  MYOIVIG_TRY_ASSIGN(global,
                     row.optional_coded("physician_global", domain::parse_physician_global));
  MYOIVIG_TRY_ASSIGN(weight, row.optional_number("weight_kg"));
  MYOIVIG_TRY_ASSIGN(physician_activity,
                     row.optional_scaled("physician_activity_vas_cm", k_vas_decimals));
  MYOIVIG_TRY_ASSIGN(patient_activity,
                     row.optional_scaled("patient_activity_vas_cm", k_vas_decimals));
  MYOIVIG_TRY_ASSIGN(extramuscular, row.optional_scaled("extramuscular_vas_cm", k_vas_decimals));
  MYOIVIG_TRY_ASSIGN(mmt8, row.optional_integer("mmt8"));
  MYOIVIG_TRY_ASSIGN(haq, row.optional_coded("haq_di", domain::Rational::parse));
  assessment.physician_activity_vas_mm = physician_activity;
  assessment.patient_activity_vas_mm = patient_activity;
  assessment.extramuscular_vas_mm = extramuscular;
  assessment.mmt8_score = mmt8;
  assessment.haq_di = haq;
  assessment.patient_id = patient_id;
  assessment.week = week;
  assessment.mmt_score = mmt;
  assessment.adl_score = adl;
  assessment.ck_iu_per_l = ck;
  assessment.ck_uln_iu_per_l = ck_uln;
  assessment.fatigue_vas_mm = fatigue;
  assessment.pain_vas_mm = pain;
  assessment.physician_global = global;
  assessment.weight_kg = weight;
  return assessment;
}

util::Expected<domain::MuscleGrade> parse_muscle_grade_row(const CsvRecord& row) {
  domain::MuscleGrade grade;
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(week, row.integer("week"));
  MYOIVIG_TRY_ASSIGN(group, row.text("muscle_group"));
  MYOIVIG_TRY_ASSIGN(side, row.coded("side", domain::parse_side));
  MYOIVIG_TRY_ASSIGN(status, row.coded("status", domain::parse_grade_status));
  MYOIVIG_TRY_ASSIGN(value, row.optional_integer("grade"));
  grade.patient_id = patient_id;
  grade.week = week;
  grade.muscle_group = group;
  grade.side = side;
  grade.status = status;
  grade.grade = value;
  return grade;
}

util::Expected<domain::AdverseEvent> parse_adverse_event_row(const CsvRecord& row) {
  domain::AdverseEvent event;
  MYOIVIG_TRY_ASSIGN(patient_id, row.text("patient_id"));
  MYOIVIG_TRY_ASSIGN(course, row.integer("course"));
  MYOIVIG_TRY_ASSIGN(term, row.text("term"));
  MYOIVIG_TRY_ASSIGN(onset, row.date("onset_date"));
  MYOIVIG_TRY_ASSIGN(end, row.optional_date("end_date"));
  MYOIVIG_TRY_ASSIGN(serious, row.boolean("serious"));
  MYOIVIG_TRY_ASSIGN(severity, row.coded("severity", domain::parse_severity));
  MYOIVIG_TRY_ASSIGN(relatedness, row.coded("relatedness", domain::parse_relatedness));
  MYOIVIG_TRY_ASSIGN(outcome, row.coded("outcome", domain::parse_adverse_event_outcome));
  event.patient_id = patient_id;
  event.course_number = course;
  event.term = term;
  event.onset_date = onset;
  event.end_date = end;
  event.serious = serious;
  event.severity = severity;
  event.relatedness = relatedness;
  event.outcome = outcome;
  return event;
}

}  // namespace myoivig::io
