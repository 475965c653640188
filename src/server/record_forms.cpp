#include "server/record_forms.hpp"

#include "server/json_form.hpp"
#include "server/record_json.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;
using R = Need;

// Reads "patient_id" when given, which must be the patient of the URL.
void same_patient(Form& form, const std::string& patient_id) {
  const std::optional<std::string> named = form.text("patient_id");
  if (named && *named != patient_id) {
    form.fail("patient_id", "must be " + patient_id + ", the patient of this address");
  }
}

domain::Condition condition(Form& f, const std::string& patient_id) {
  domain::Condition c;
  c.patient_id = patient_id;
  c.code = f.text("condition", R::required).value_or("");
  c.present = f.flag("present", R::required).value_or(false);
  c.date = f.date("date");
  c.note = f.text("note").value_or("");
  return c;
}

domain::SteroidDose steroid_dose(Form& f, const std::string& patient_id) {
  domain::SteroidDose d;
  d.patient_id = patient_id;
  d.prednisolone_mg_per_day = f.number("prednisolone_mg_per_day", R::required).value_or(0);
  d.from = f.date("from_date", R::required).value_or(util::Date());
  d.to = f.date("to_date");
  return d;
}

domain::Course course(Form& f, const std::string& patient_id) {
  domain::Course c;
  c.patient_id = patient_id;
  c.number = f.whole("course", R::required).value_or(0);
  c.regimen = f.text("regimen", R::required).value_or("");
  c.product = f.text("product").value_or("");
  c.start_date = f.date("start_date", R::required).value_or(util::Date());
  c.dosing_weight_kg = f.number("dosing_weight_kg", R::required).value_or(0);
  c.weight_policy =
      f.coded("weight_policy", domain::parse_weight_policy, R::required).value_or(c.weight_policy);
  c.dose_g_per_kg_per_day = f.number("dose_g_per_kg_per_day", R::required).value_or(0);
  c.blinded = f.flag("blinded").value_or(false);
  return c;
}

domain::Administration administration(Form& f, const std::string& patient_id) {
  domain::Administration a;
  a.patient_id = patient_id;
  a.course_number = f.whole("course", R::required).value_or(0);
  a.day = f.whole("day", R::required).value_or(0);
  a.date = f.date("date", R::required).value_or(util::Date());
  a.dose_g = f.number("dose_g", R::required).value_or(0);
  a.volume_ml = f.number("volume_ml");
  a.start_time = f.time("start_time");
  a.end_time = f.time("end_time");
  return a;
}

domain::Visit visit(Form& f, const std::string& patient_id) {
  return {patient_id, f.whole("week", R::required).value_or(0),
          f.date("date", R::required).value_or(util::Date())};
}

domain::Assessment assessment(Form& f, const std::string& patient_id) {
  domain::Assessment a;
  a.patient_id = patient_id;
  a.week = f.whole("week", R::required).value_or(0);
  a.mmt_score = f.whole("mmt");
  a.adl_score = f.whole("adl");
  a.ck_iu_per_l = f.whole("ck_iu_per_l");
  a.ck_uln_iu_per_l = f.whole("ck_uln_iu_per_l");
  a.fatigue_vas_mm = f.tenths("fatigue_vas_cm");
  a.pain_vas_mm = f.tenths("pain_vas_cm");
  a.physician_global = f.coded("physician_global", domain::parse_physician_global);
  a.weight_kg = f.number("weight_kg");
  a.physician_activity_vas_mm = f.tenths("physician_activity_vas_cm");
  a.patient_activity_vas_mm = f.tenths("patient_activity_vas_cm");
  a.extramuscular_vas_mm = f.tenths("extramuscular_vas_cm");
  a.mmt8_score = f.whole("mmt8");
  a.haq_di = f.exact("haq_di");
  return a;
}

domain::MuscleGrade muscle_grade(Form& f, const std::string& patient_id) {
  domain::MuscleGrade g;
  g.patient_id = patient_id;
  g.week = f.whole("week", R::required).value_or(0);
  g.muscle_group = f.text("muscle_group", R::required).value_or("");
  g.side = f.coded("side", domain::parse_side, R::required).value_or(g.side);
  g.status = f.coded("status", domain::parse_grade_status, R::required).value_or(g.status);
  g.grade = f.whole("grade");
  return g;
}

domain::AdverseEvent adverse_event(Form& f, const std::string& patient_id) {
  domain::AdverseEvent e;
  e.patient_id = patient_id;
  e.course_number = f.whole("course", R::required).value_or(0);
  e.term = f.text("term", R::required).value_or("");
  e.onset_date = f.date("onset_date", R::required).value_or(util::Date());
  e.end_date = f.date("end_date");
  e.serious = f.flag("serious", R::required).value_or(false);
  e.severity = f.coded("severity", domain::parse_severity, R::required).value_or(e.severity);
  e.relatedness =
      f.coded("relatedness", domain::parse_relatedness, R::required).value_or(e.relatedness);
  e.outcome =
      f.coded("outcome", domain::parse_adverse_event_outcome, R::required).value_or(e.outcome);
  return e;
}

domain::Patient patient_fields(Form& f, std::string id) {
  domain::Patient p;
  p.id = std::move(id);
  p.site = f.text("site", R::required).value_or("");
  p.sex = f.coded("sex", domain::parse_sex, R::required).value_or(p.sex);
  p.birth_year = f.whole("birth_year", R::required).value_or(0);
  p.diagnosis = f.coded("diagnosis", domain::parse_diagnosis, R::required).value_or(p.diagnosis);
  p.biopsy_proven = f.flag("biopsy_proven", R::required).value_or(false);
  p.biopsy_date = f.date("biopsy_date");
  p.height_cm = f.number("height_cm");
  p.enrolment_date = f.date("enrolment_date", R::required).value_or(util::Date());
  p.withdrawal_date = f.date("withdrawal_date");
  p.withdrawal_reason = f.text("withdrawal_reason").value_or("");
  return p;
}

}  // namespace

domain::Patient read_patient(const json& body, FieldErrors& errors, const std::string& prefix) {
  Form form(body, errors, prefix);
  const std::string id = form.text("patient_id", R::required).value_or("");
  domain::Patient patient = patient_fields(form, id);
  form.finish();
  return patient;
}

store::AnyRecord read_record(store::Entity entity, const json& body, const std::string& patient_id,
                             FieldErrors& errors, const std::string& prefix) {
  Form form(body, errors, prefix);
  same_patient(form, patient_id);
  store::AnyRecord record;
  switch (entity) {
    case store::Entity::patients:
      record = patient_fields(form, patient_id);
      break;
    case store::Entity::allocations:
      form.fail("entity", "allocations are made by randomisation, not by a form");
      break;
    case store::Entity::conditions:
      record = condition(form, patient_id);
      break;
    case store::Entity::steroid_doses:
      record = steroid_dose(form, patient_id);
      break;
    case store::Entity::courses:
      record = course(form, patient_id);
      break;
    case store::Entity::administrations:
      record = administration(form, patient_id);
      break;
    case store::Entity::visits:
      record = visit(form, patient_id);
      break;
    case store::Entity::assessments:
      record = assessment(form, patient_id);
      break;
    case store::Entity::muscle_grades:
      record = muscle_grade(form, patient_id);
      break;
    case store::Entity::adverse_events:
      record = adverse_event(form, patient_id);
      break;
  }
  form.finish();
  return record;
}

json merged_with(const store::AnyRecord& stored, const json& patch) {
  json merged = to_json(stored, RecordView{});
  json changes = patch;
  for (const char* meta : {"id", "version", "reason"}) changes.erase(meta);
  merged.merge_patch(changes);
  return merged;
}

}  // namespace myoivig::server
