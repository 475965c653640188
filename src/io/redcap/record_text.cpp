#include "io/redcap/record_text.hpp"

#include <charconv>
#include <optional>

#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr int k_vas_decimals = 1;

std::string number(double value) {
  return format_number(value);
}
std::string boolean(bool value) {
  return value ? "true" : "false";
}

template <typename T, typename Format>
std::string optional(const std::optional<T>& value, Format format) {
  return value ? format(*value) : std::string();
}
std::string optional_integer(const std::optional<int>& value) {
  return optional(value, [](int v) { return std::to_string(v); });
}
std::string optional_number(const std::optional<double>& value) {
  return optional(value, [](double v) { return number(v); });
}
std::string optional_date(const std::optional<util::Date>& value) {
  return optional(value, [](util::Date v) { return v.iso(); });
}
std::string optional_time(const std::optional<util::TimeOfDay>& value) {
  return optional(value, [](util::TimeOfDay v) { return v.hh_mm(); });
}
std::string optional_vas(const std::optional<int>& millimetres) {
  return optional(millimetres, [](int v) { return util::format_scaled(v, k_vas_decimals); });
}

}  // namespace

std::string format_number(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::vector<std::string> record_fields(const domain::Patient& p) {
  return {p.id,
          p.site,
          std::string(domain::code(p.sex)),
          std::to_string(p.birth_year),
          std::string(domain::code(p.diagnosis)),
          boolean(p.biopsy_proven),
          optional_date(p.biopsy_date),
          optional_number(p.height_cm),
          p.enrolment_date.iso(),
          optional_date(p.withdrawal_date),
          p.withdrawal_reason};
}

std::vector<std::string> record_fields(const domain::Allocation& a) {
  return {a.patient_id, a.arm, a.stratum, std::to_string(a.sequence), a.randomised_on.iso()};
}

std::vector<std::string> record_fields(const domain::Condition& c) {
  return {c.patient_id, c.code, boolean(c.present), optional_date(c.date), c.note};
}

std::vector<std::string> record_fields(const domain::SteroidDose& d) {
  return {d.patient_id, number(d.prednisolone_mg_per_day), d.from.iso(), optional_date(d.to)};
}

std::vector<std::string> record_fields(const domain::Course& c) {
  return {c.patient_id,
          std::to_string(c.number),
          c.regimen,
          c.product,
          c.start_date.iso(),
          number(c.dosing_weight_kg),
          std::string(domain::code(c.weight_policy)),
          number(c.dose_g_per_kg_per_day),
          boolean(c.blinded)};
}

std::vector<std::string> record_fields(const domain::Administration& a) {
  return {a.patient_id,
          std::to_string(a.course_number),
          std::to_string(a.day),
          a.date.iso(),
          number(a.dose_g),
          optional_number(a.volume_ml),
          optional_time(a.start_time),
          optional_time(a.end_time)};
}

std::vector<std::string> record_fields(const domain::Visit& v) {
  return {v.patient_id, std::to_string(v.week), v.date.iso()};
}

std::vector<std::string> record_fields(const domain::Assessment& a) {
  return {a.patient_id,
          std::to_string(a.week),
          optional_integer(a.mmt_score),
          optional_integer(a.adl_score),
          optional_integer(a.ck_iu_per_l),
          optional_integer(a.ck_uln_iu_per_l),
          optional_vas(a.fatigue_vas_mm),
          optional_vas(a.pain_vas_mm),
          a.physician_global ? std::string(domain::code(*a.physician_global)) : std::string(),
          optional_number(a.weight_kg),
          optional_vas(a.physician_activity_vas_mm),
          optional_vas(a.patient_activity_vas_mm),
          optional_vas(a.extramuscular_vas_mm),
          optional_integer(a.mmt8_score),
          a.haq_di ? a.haq_di->to_string() : std::string()};
}

std::vector<std::string> record_fields(const domain::MuscleGrade& g) {
  return {g.patient_id,
          std::to_string(g.week),
          g.muscle_group,
          std::string(domain::code(g.side)),
          std::string(domain::code(g.status)),
          optional_integer(g.grade)};
}

std::vector<std::string> record_fields(const domain::AdverseEvent& e) {
  return {e.patient_id,
          std::to_string(e.course_number),
          e.term,
          e.onset_date.iso(),
          optional_date(e.end_date),
          boolean(e.serious),
          std::string(domain::code(e.severity)),
          std::string(domain::code(e.relatedness)),
          std::string(domain::code(e.outcome))};
}

std::string record_key(const domain::Patient& r) {
  return r.id;
}
std::string record_key(const domain::Allocation& r) {
  return r.patient_id;
}
std::string record_key(const domain::Condition& r) {
  return r.patient_id + " " + r.code;
}
std::string record_key(const domain::SteroidDose& r) {
  return r.patient_id + " from " + r.from.iso();
}
std::string record_key(const domain::Course& r) {
  return r.patient_id + " course " + std::to_string(r.number);
}
std::string record_key(const domain::Administration& r) {
  return r.patient_id + " course " + std::to_string(r.course_number) + " day " +
         std::to_string(r.day);
}
std::string record_key(const domain::Visit& r) {
  return r.patient_id + " week " + std::to_string(r.week);
}
std::string record_key(const domain::Assessment& r) {
  return r.patient_id + " week " + std::to_string(r.week);
}
std::string record_key(const domain::MuscleGrade& r) {
  return r.patient_id + " week " + std::to_string(r.week) + " " + r.muscle_group + " " +
         std::string(domain::code(r.side));
}
std::string record_key(const domain::AdverseEvent& r) {
  return r.patient_id + " course " + std::to_string(r.course_number) + " '" + r.term + "' from " +
         r.onset_date.iso();
}

}  // namespace myoivig::io::redcap
