#include "analysis/trial_analysis.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "analysis/patient_response.hpp"
#include "analysis/study_index.hpp"
#include "analysis/trial_summaries.hpp"
#include "domain/blinded_period.hpp"

namespace myoivig::analysis {
namespace {

std::vector<int> follow_up_weeks(const domain::Protocol& protocol) {
  std::vector<int> weeks;
  for (const domain::ScheduledVisit& visit : protocol.schedule) {
    if (visit.week > protocol.analysis.baseline_week) weeks.push_back(visit.week);
  }
  std::sort(weeks.begin(), weeks.end());
  return weeks;
}

// Patients of the crossover's first arm who received an open-label course of the protocol's
// (active) regimen while the trial was still blinded (before the window of the visit that
// opens the open-label extension, counted from randomisation): they switched treatment.
// Masked study drug (their placebo) and courses of the extension are not a crossover.
bool crossed_over(const PatientRecords& records, const domain::Protocol& protocol,
                  const domain::Allocation& allocation) {
  const auto& crossover = protocol.design.crossover;
  if (!crossover || crossover->from_arm != allocation.arm) return false;
  const std::optional<util::Date> open_label =
      domain::open_label_from(protocol, allocation.randomised_on);
  return std::any_of(records.courses.begin(), records.courses.end(), [&](const domain::Course* c) {
    if (c->regimen != protocol.regimen.id || c->blinded) return false;
    return !open_label || c->start_date < *open_label;
  });
}

util::Expected<std::unordered_map<std::string_view, const domain::Allocation*>> arms_by_patient(
    const domain::StudyData& data, const domain::StudyDesign& design) {
  std::unordered_map<std::string_view, const domain::Allocation*> arms;
  for (const domain::Allocation& allocation : data.allocations) {
    if (!design.arm(allocation.arm)) {
      return util::invalid_argument("allocation of " + allocation.patient_id + ": arm '" +
                                    allocation.arm + "' is not an arm of the design");
    }
    arms.emplace(allocation.patient_id, &allocation);
  }
  return arms;
}

}  // namespace

util::Expected<TrialResult> analyse_trial(const domain::StudyData& data,
                                          const domain::Protocol& protocol) {
  MYOIVIG_TRY(domain::validate(protocol));
  if (protocol.design.kind != domain::DesignKind::randomised) {
    return util::invalid_argument("analysis: protocol " + protocol.id +
                                  " is not randomised; use the single-arm analysis");
  }
  const domain::AnalysisPlan& plan = protocol.analysis;
  const domain::ResponsePlan& response = *plan.response;
  MYOIVIG_TRY_ASSIGN(arm_of, arms_by_patient(data, protocol.design));
  const StudyIndex index(data);
  const std::vector<int> weeks = follow_up_weeks(protocol);

  TrialResult result;
  result.study = {data.info.study_id, protocol.id, protocol.title, data.info.description,
                  data.info.synthetic};
  result.conf_level = plan.conf_level;
  result.baseline_week = plan.baseline_week;
  result.primary_week = plan.primary_week;
  result.without_confirmed_deterioration = response.without_confirmed_deterioration;
  for (const domain::Arm& arm : protocol.design.arms) result.arms.push_back({arm.id, arm.label});
  for (const domain::Patient& patient : data.patients) {
    const auto found = arm_of.find(patient.id);
    if (found == arm_of.end()) continue;  // screened, never randomised
    const domain::Allocation& allocation = *found->second;
    const std::string& arm = allocation.arm;
    ArmCount& count = *std::find_if(result.arms.begin(), result.arms.end(),
                                    [&](const ArmCount& c) { return c.arm == arm; });
    ++count.randomised;
    if (index.treated(patient.id)) ++count.treated;
    if (crossed_over(index.records(patient.id), protocol, allocation)) ++count.crossed_over;
    MYOIVIG_TRY_ASSIGN(outcome, patient_response(patient.id, arm, index, plan, weeks));
    outcome.stratum = allocation.stratum;
    result.patients.push_back(std::move(outcome));
  }
  result.primary = compare_responders(result.arms, result.patients, response.threshold, plan);
  for (int threshold : response.secondary_thresholds) {
    result.secondary.push_back(compare_responders(result.arms, result.patients, threshold, plan));
  }
  result.tis_by_visit = tis_by_visit(result.arms, result.patients, weeks, plan.conf_level);
  for (domain::Measure measure : plan.endpoints) {
    result.changes.push_back(change_by_arm(measure, result.arms, result.patients, index, plan));
  }
  summarise_trial_safety(data, protocol, result.patients, result);
  return result;
}

}  // namespace myoivig::analysis
