#include "analysis/patient_response.hpp"

#include <vector>

#include "domain/assessment_core_set.hpp"
#include "domain/confirmed_deterioration.hpp"
#include "domain/total_improvement_score.hpp"
#include "util/strings.hpp"

namespace myoivig::analysis {
namespace {

std::string missing_words(const domain::TotalImprovementScore& score) {
  std::vector<std::string> names;
  for (domain::CoreMeasure measure : score.missing) {
    names.emplace_back(domain::code(measure));
  }
  return "TIS not computable: missing " + util::join(names, ", ");
}

util::Error at_week(const std::string& patient_id, int week, const util::Error& error) {
  return error.with_context(patient_id + " week " + std::to_string(week));
}

}  // namespace

util::Expected<PatientResponse> patient_response(const std::string& patient_id,
                                                 const std::string& arm, const StudyIndex& index,
                                                 const domain::AnalysisPlan& plan,
                                                 std::span<const int> follow_up_weeks) {
  const domain::ResponsePlan& response = *plan.response;
  PatientResponse result;
  result.patient_id = patient_id;
  result.arm = arm;
  const domain::Assessment* baseline = index.assessment(patient_id, plan.baseline_week);
  if (baseline == nullptr) {
    result.note = "no assessment at the baseline week " + std::to_string(plan.baseline_week);
    return result;
  }
  domain::ResponseInput input;
  input.population = response.population;
  input.mmt_max = response.mmt_max;
  input.baseline = domain::core_set_of(*baseline);
  std::vector<domain::VisitCoreSet> until_primary;
  result.note = "no assessment at the primary week " + std::to_string(plan.primary_week);
  for (int week : follow_up_weeks) {
    const domain::Assessment* visit = index.assessment(patient_id, week);
    if (visit == nullptr) continue;
    input.followup = domain::core_set_of(*visit);
    auto score = domain::total_improvement_score(input, domain::TisSettings{});
    if (!score) return at_week(patient_id, week, score.error());
    std::optional<double> tis;
    if (score->tis) tis = score->tis->to_double();
    result.tis_by_week.push_back({week, tis, score->category});
    if (week <= plan.primary_week) until_primary.push_back({week, input.followup});
    if (week == plan.primary_week) {
      result.tis_at_primary = tis;
      result.note = tis ? std::string() : missing_words(*score);
    }
  }
  auto deterioration =
      domain::confirmed_deterioration(input.baseline, until_primary, response.mmt_max);
  if (!deterioration) return at_week(patient_id, plan.primary_week, deterioration.error());
  result.confirmed_deterioration = deterioration->confirmed;
  result.deterioration_week = deterioration->confirmed_week;
  return result;
}

}  // namespace myoivig::analysis
