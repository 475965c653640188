#include "server/record_json.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

constexpr double k_mm_per_cm = 10.0;

json optional(const std::optional<int>& value) {
  return value ? json(*value) : json(nullptr);
}
json optional(const std::optional<double>& value) {
  return value ? json(*value) : json(nullptr);
}
json optional(const std::optional<util::Date>& value) {
  return value ? json(value->iso()) : json(nullptr);
}
json optional(const std::optional<util::TimeOfDay>& value) {
  return value ? json(value->hh_mm()) : json(nullptr);
}
// Whole mm as cm: 55 -> 5.5.
json centimetres(const std::optional<int>& millimetres) {
  return millimetres ? json(*millimetres / k_mm_per_cm) : json(nullptr);
}
// A decimal value as a number, a fraction such as 10/7 as text.
json exact(const std::optional<domain::Rational>& value) {
  if (!value) return nullptr;
  const std::string text = value->to_string();
  if (text.find('/') != std::string::npos) return text;
  return value->to_double();
}
json free_text(const std::string& text, const RecordView& view) {
  if (!view.free_text && !text.empty()) return nullptr;
  return text;
}

}  // namespace

json to_json(const domain::Patient& p, const RecordView& view) {
  return {{"patient_id", p.id},
          {"site", p.site},
          {"sex", domain::code(p.sex)},
          {"birth_year", p.birth_year},
          {"diagnosis", domain::code(p.diagnosis)},
          {"biopsy_proven", p.biopsy_proven},
          {"biopsy_date", optional(p.biopsy_date)},
          {"height_cm", optional(p.height_cm)},
          {"enrolment_date", p.enrolment_date.iso()},
          {"withdrawal_date", optional(p.withdrawal_date)},
          {"withdrawal_reason", free_text(p.withdrawal_reason, view)}};
}

json to_json(const domain::Allocation& a, const RecordView& view) {
  if (!view.arm_visible) {
    return {{"patient_id", a.patient_id},
            {"randomised_on", a.randomised_on.iso()},
            {"arm", nullptr},
            {"blinded", true}};
  }
  return {{"patient_id", a.patient_id},
          {"randomised_on", a.randomised_on.iso()},
          {"arm", a.arm},
          {"blinded", false},
          {"stratum", a.stratum},
          {"sequence", a.sequence}};
}

json allocation_summary(const domain::Allocation* allocation, const RecordView& view) {
  json summary = {{"randomised", allocation != nullptr},
                  {"randomised_on", allocation ? json(allocation->randomised_on.iso()) : json()}};
  if (view.arm_visible) summary["arm"] = allocation ? json(allocation->arm) : json();
  return summary;
}

json to_json(const domain::Condition& c, const RecordView& view) {
  return {{"patient_id", c.patient_id},
          {"condition", c.code},
          {"present", c.present},
          {"date", optional(c.date)},
          {"note", free_text(c.note, view)}};
}

json to_json(const domain::SteroidDose& d, const RecordView&) {
  return {{"patient_id", d.patient_id},
          {"prednisolone_mg_per_day", d.prednisolone_mg_per_day},
          {"from_date", d.from.iso()},
          {"to_date", optional(d.to)}};
}

json to_json(const domain::Course& c, const RecordView&) {
  return {{"patient_id", c.patient_id},
          {"course", c.number},
          {"regimen", c.regimen},
          {"product", c.product},
          {"start_date", c.start_date.iso()},
          {"dosing_weight_kg", c.dosing_weight_kg},
          {"weight_policy", domain::code(c.weight_policy)},
          {"dose_g_per_kg_per_day", c.dose_g_per_kg_per_day},
          {"blinded", c.blinded}};
}

json to_json(const domain::Administration& a, const RecordView&) {
  return {{"patient_id", a.patient_id},
          {"course", a.course_number},
          {"day", a.day},
          {"date", a.date.iso()},
          {"dose_g", a.dose_g},
          {"volume_ml", optional(a.volume_ml)},
          {"start_time", optional(a.start_time)},
          {"end_time", optional(a.end_time)}};
}

json to_json(const domain::Visit& v, const RecordView&) {
  return {{"patient_id", v.patient_id}, {"week", v.week}, {"date", v.date.iso()}};
}

json to_json(const domain::Assessment& a, const RecordView&) {
  return {{"patient_id", a.patient_id},
          {"week", a.week},
          {"mmt", optional(a.mmt_score)},
          {"adl", optional(a.adl_score)},
          {"ck_iu_per_l", optional(a.ck_iu_per_l)},
          {"ck_uln_iu_per_l", optional(a.ck_uln_iu_per_l)},
          {"fatigue_vas_cm", centimetres(a.fatigue_vas_mm)},
          {"pain_vas_cm", centimetres(a.pain_vas_mm)},
          {"physician_global",
           a.physician_global ? json(domain::code(*a.physician_global)) : json(nullptr)},
          {"weight_kg", optional(a.weight_kg)},
          {"physician_activity_vas_cm", centimetres(a.physician_activity_vas_mm)},
          {"patient_activity_vas_cm", centimetres(a.patient_activity_vas_mm)},
          {"extramuscular_vas_cm", centimetres(a.extramuscular_vas_mm)},
          {"mmt8", optional(a.mmt8_score)},
          {"haq_di", exact(a.haq_di)}};
}

json to_json(const domain::MuscleGrade& g, const RecordView&) {
  return {{"patient_id", g.patient_id},       {"week", g.week},
          {"muscle_group", g.muscle_group},   {"side", domain::code(g.side)},
          {"status", domain::code(g.status)}, {"grade", optional(g.grade)}};
}

json to_json(const domain::AdverseEvent& e, const RecordView&) {
  return {{"patient_id", e.patient_id},
          {"course", e.course_number},
          {"term", e.term},
          {"onset_date", e.onset_date.iso()},
          {"end_date", optional(e.end_date)},
          {"serious", e.serious},
          {"severity", domain::code(e.severity)},
          {"relatedness", domain::code(e.relatedness)},
          {"outcome", domain::code(e.outcome)}};
}

json to_json(const store::AnyRecord& record, const RecordView& view) {
  return std::visit([&](const auto& alternative) { return to_json(alternative, view); }, record);
}

}  // namespace myoivig::server
