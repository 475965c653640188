// Test support, not part of the library: every field of every study record as a tuple, so
// that tests compare records field by field (round trips through bundles and stores,
// generators run twice), and a comparison of two record lists and of two whole studies.
// Keep in step with the record structs: a field left out here is a field no round trip
// checks.
// Thread-safety: pure functions.
#pragma once

#include <tuple>
#include <vector>

#include "domain/study_data.hpp"

namespace myoivig::domain::testing {

inline auto fields(const Patient& r) {
  return std::tie(r.id, r.site, r.sex, r.birth_year, r.diagnosis, r.biopsy_proven, r.biopsy_date,
                  r.height_cm, r.enrolment_date, r.withdrawal_date, r.withdrawal_reason);
}
inline auto fields(const Allocation& r) {
  return std::tie(r.patient_id, r.arm, r.stratum, r.sequence, r.randomised_on);
}
inline auto fields(const Condition& r) {
  return std::tie(r.patient_id, r.code, r.present, r.date, r.note);
}
inline auto fields(const SteroidDose& r) {
  return std::tie(r.patient_id, r.prednisolone_mg_per_day, r.from, r.to);
}
inline auto fields(const Course& r) {
  return std::tie(r.patient_id, r.number, r.regimen, r.product, r.start_date, r.dosing_weight_kg,
                  r.weight_policy, r.dose_g_per_kg_per_day, r.blinded);
}
inline auto fields(const Administration& r) {
  return std::tie(r.patient_id, r.course_number, r.day, r.date, r.dose_g, r.volume_ml, r.start_time,
                  r.end_time);
}
inline auto fields(const Visit& r) {
  return std::tie(r.patient_id, r.week, r.date);
}
inline auto fields(const Assessment& r) {
  return std::tie(r.patient_id, r.week, r.mmt_score, r.adl_score, r.ck_iu_per_l, r.ck_uln_iu_per_l,
                  r.fatigue_vas_mm, r.pain_vas_mm, r.physician_global, r.weight_kg,
                  r.physician_activity_vas_mm, r.patient_activity_vas_mm, r.extramuscular_vas_mm,
                  r.mmt8_score, r.haq_di);
}
inline auto fields(const MuscleGrade& r) {
  return std::tie(r.patient_id, r.week, r.muscle_group, r.side, r.status, r.grade);
}
inline auto fields(const AdverseEvent& r) {
  return std::tie(r.patient_id, r.course_number, r.term, r.onset_date, r.end_date, r.serious,
                  r.severity, r.relatedness, r.outcome);
}

// The index of the first record that differs, or -1 when both lists are the same.
template <typename Record>
long first_difference(const std::vector<Record>& a, const std::vector<Record>& b) {
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (fields(a[i]) != fields(b[i])) return static_cast<long>(i);
  }
  return a.size() == b.size() ? -1 : static_cast<long>(common);
}

inline bool same_study(const StudyData& a, const StudyData& b) {
  return std::tie(a.info.study_id, a.info.protocol_id, a.info.description, a.info.synthetic) ==
             std::tie(b.info.study_id, b.info.protocol_id, b.info.description, b.info.synthetic) &&
         first_difference(a.patients, b.patients) < 0 &&
         first_difference(a.allocations, b.allocations) < 0 &&
         first_difference(a.conditions, b.conditions) < 0 &&
         first_difference(a.steroid_doses, b.steroid_doses) < 0 &&
         first_difference(a.courses, b.courses) < 0 &&
         first_difference(a.administrations, b.administrations) < 0 &&
         first_difference(a.visits, b.visits) < 0 &&
         first_difference(a.assessments, b.assessments) < 0 &&
         first_difference(a.muscle_grades, b.muscle_grades) < 0 &&
         first_difference(a.adverse_events, b.adverse_events) < 0;
}

}  // namespace myoivig::domain::testing
