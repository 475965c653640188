#include "analysis/response_outcomes.hpp"

#include <optional>

#include "stats/binom.hpp"
#include "stats/descriptive.hpp"

namespace myoivig::analysis {
namespace {

bool improved(const StudyIndex& index, const std::string& patient_id, int week) {
  const domain::Assessment* assessment = index.assessment(patient_id, week);
  return assessment != nullptr && assessment->physician_global == domain::PhysicianGlobal::improved;
}

// The daily prednisolone dose in force on the patient's visit of `week`, summed over the
// periods covering that date; empty without such a visit or period.
std::optional<double> dose_at_visit(const StudyIndex& index, const std::string& patient_id,
                                    int week) {
  const domain::Visit* visit = index.visit(patient_id, week);
  if (visit == nullptr) return std::nullopt;
  std::optional<double> dose;
  for (const domain::SteroidDose* period : index.records(patient_id).steroid_doses) {
    const bool covers = period->from <= visit->date && (!period->to || visit->date <= *period->to);
    if (covers) dose = dose.value_or(0.0) + period->prednisolone_mg_per_day;
  }
  return dose;
}

std::optional<double> mean_of(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  return stats::plain_mean(values);
}

}  // namespace

PhysicianAssessment assess_physician_global(const std::vector<std::string>& analysed_ids,
                                            const StudyIndex& index,
                                            const domain::AnalysisPlan& plan) {
  PhysicianAssessment result;
  result.week = plan.primary_week;
  for (const std::string& patient_id : analysed_ids) {
    const domain::Assessment* assessment = index.assessment(patient_id, plan.primary_week);
    if (assessment == nullptr || !assessment->physician_global) continue;
    ++result.n;
    if (*assessment->physician_global == domain::PhysicianGlobal::improved) ++result.improved;
  }
  if (result.n == 0) return result;
  result.proportion = static_cast<double>(result.improved) / static_cast<double>(result.n);
  const auto n = static_cast<std::int64_t>(result.n);
  if (auto ci =
          stats::clopper_pearson(static_cast<std::int64_t>(result.improved), n, plan.conf_level)) {
    result.ci = *ci;
  }
  return result;
}

SteroidOutcome steroid_among_improved(const std::vector<std::string>& analysed_ids,
                                      const StudyIndex& index, const domain::AnalysisPlan& plan) {
  SteroidOutcome result;
  std::vector<double> at_baseline;
  std::vector<double> at_followup;
  for (const std::string& patient_id : analysed_ids) {
    if (!improved(index, patient_id, plan.primary_week)) continue;
    ++result.improved_n;
    if (auto dose = dose_at_visit(index, patient_id, plan.baseline_week))
      at_baseline.push_back(*dose);
    if (auto dose = dose_at_visit(index, patient_id, plan.primary_week))
      at_followup.push_back(*dose);
  }
  result.baseline_n = at_baseline.size();
  result.followup_n = at_followup.size();
  result.dose_baseline_mean = mean_of(at_baseline);
  result.dose_followup_mean = mean_of(at_followup);
  return result;
}

}  // namespace myoivig::analysis
