#include "domain/assessment_core_set.hpp"

namespace myoivig::domain {
namespace {

constexpr std::int64_t k_mm_per_cm = 10;

std::optional<Rational> centimetres(std::optional<int> millimetres) {
  if (!millimetres) return std::nullopt;
  return Rational::fraction(*millimetres, k_mm_per_cm);
}

}  // namespace

CoreSet core_set_of(const Assessment& assessment) {
  CoreSet visit;
  visit.physician_global_cm = centimetres(assessment.physician_activity_vas_mm);
  visit.patient_global_cm = centimetres(assessment.patient_activity_vas_mm);
  visit.mmt = assessment.mmt8_score;
  visit.haq = assessment.haq_di;
  if (assessment.ck_iu_per_l && assessment.ck_uln_iu_per_l) {
    visit.enzymes.push_back(
        {"CK", Rational(*assessment.ck_iu_per_l), Rational(*assessment.ck_uln_iu_per_l)});
  }
  visit.extramuscular_cm = centimetres(assessment.extramuscular_vas_mm);
  return visit;
}

}  // namespace myoivig::domain
