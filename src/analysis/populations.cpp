#include "analysis/populations.hpp"

#include <string>
#include <vector>

#include "util/strings.hpp"

namespace myoivig::analysis {
namespace {

// The endpoints missing at `week`, by id ("mmt, ck"), or empty when all are recorded.
std::vector<std::string> missing_endpoints(const StudyIndex& index, const std::string& patient_id,
                                           int week,
                                           const std::vector<domain::Measure>& endpoints) {
  const domain::Assessment* assessment = index.assessment(patient_id, week);
  std::vector<std::string> missing;
  for (domain::Measure measure : endpoints) {
    if (assessment == nullptr || !domain::value_of(*assessment, measure)) {
      missing.emplace_back(domain::info(measure).id);
    }
  }
  return missing;
}

std::string week_name(int week) {
  return "week " + std::to_string(week);
}

// "withdrawn on 2001-07-20[, before the week 12 visit]: <reason>".
std::string withdrawal_words(const domain::Patient& patient, const std::string& when = {}) {
  std::string words = "withdrawn on " + patient.withdrawal_date->iso() + when;
  if (!patient.withdrawal_reason.empty()) words += ": " + patient.withdrawal_reason;
  return words;
}

// Why a treated patient is outside the analysed set, or empty when analysed.
std::string not_analysed_reason(const domain::Patient& patient, const StudyIndex& index,
                                const domain::AnalysisPlan& plan) {
  const auto missing_baseline =
      missing_endpoints(index, patient.id, plan.baseline_week, plan.endpoints);
  const auto missing_primary =
      missing_endpoints(index, patient.id, plan.primary_week, plan.endpoints);
  if (missing_baseline.empty() && missing_primary.empty()) return {};
  if (patient.withdrawal_date && !index.visit(patient.id, plan.primary_week)) {
    return withdrawal_words(patient, ", before the " + week_name(plan.primary_week) + " visit");
  }
  std::string reason;
  if (!missing_baseline.empty()) {
    reason = "not recorded at " + week_name(plan.baseline_week) + ": " +
             util::join(missing_baseline, ", ");
  }
  if (!missing_primary.empty()) {
    if (!reason.empty()) reason += "; ";
    reason += "not recorded at " + week_name(plan.primary_week) + ": " +
              util::join(missing_primary, ", ");
  }
  return reason;
}

}  // namespace

Populations find_populations(const domain::StudyData& data, const StudyIndex& index,
                             const domain::AnalysisPlan& plan) {
  Populations population;
  population.enrolled = data.patients.size();
  for (const domain::Patient& patient : data.patients) {
    const std::size_t courses = index.records(patient.id).courses_given.size();
    population.courses += courses;
    if (courses > 1) ++population.patients_with_repeat_course;
    if (courses == 0) {
      std::string reason = "no infusion recorded";
      if (patient.withdrawal_date) reason += "; " + withdrawal_words(patient);
      population.excluded.push_back({patient.id, ExclusionStage::not_treated, std::move(reason)});
      continue;
    }
    ++population.treated;
    std::string reason = not_analysed_reason(patient, index, plan);
    if (reason.empty()) {
      population.analysed_ids.push_back(patient.id);
    } else {
      population.excluded.push_back({patient.id, ExclusionStage::not_analysed, std::move(reason)});
    }
  }
  population.analysed = population.analysed_ids.size();
  return population;
}

}  // namespace myoivig::analysis
