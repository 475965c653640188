// TrialResult: what a randomised trial's analysis plan produces: the randomised and treated
// counts by arm, each patient's response (TIS by visit, confirmed deterioration, responder
// at each threshold), responders by arm with the difference and its CI and Fisher's p at
// the primary and secondary thresholds, mean TIS by visit per arm, the change in each core
// set measure per arm, and safety by arm with the adverse events of special interest.
// Built by analyse_trial (analysis/trial_analysis.hpp).
// Thread-safety: plain value types.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analysis_result.hpp"
#include "domain/measure.hpp"
#include "domain/total_improvement_score.hpp"
#include "stats/descriptive.hpp"
#include "stats/interval.hpp"

namespace myoivig::analysis {

struct ArmCount {
  std::string arm;
  std::string label;
  std::size_t randomised = 0;
  std::size_t treated = 0;  // with at least one infusion (of IVIG or placebo)
  // Switched to another arm's treatment while blinded (the design's crossover); courses in
  // the open-label extension do not count.
  std::size_t crossed_over = 0;
};

struct TisAtWeek {
  int week = 0;
  std::optional<double> tis;                    // empty when not computable at that visit
  std::optional<domain::TisCategory> category;  // none, minimal, moderate or major, with tis
};

struct PatientResponse {
  std::string patient_id;
  std::string arm;
  std::string stratum;                    // the randomisation stratum (e.g. the site)
  std::vector<TisAtWeek> tis_by_week;     // every scheduled follow-up week, ascending
  std::optional<double> tis_at_primary;   // empty: not computable or no visit (non-responder)
  bool confirmed_deterioration = false;   // up to the primary week
  std::optional<int> deterioration_week;  // when confirmed
  std::string note;  // why there is no TIS at the primary week, when there is none
};

struct ArmResponders {
  std::string arm;
  std::size_t responders = 0;
  std::size_t n = 0;  // randomised
  std::optional<double> proportion;
  std::optional<stats::Interval> ci;  // Clopper-Pearson
};

// Responders at one TIS threshold: the first arm against the second (p1 - p2).
// The Cochran-Mantel-Haenszel test over the randomisation strata (stats/mantel_haenszel.hpp).
struct CmhSummary {
  double statistic = 0;              // chi-square, 1 df, continuity-corrected
  std::optional<double> odds_ratio;  // Mantel-Haenszel common odds ratio, first arm vs second
  std::optional<stats::Interval> odds_ratio_ci;
  std::size_t strata = 0;  // strata used
};

struct ResponderComparison {
  int threshold = 0;
  std::vector<ArmResponders> arms;
  std::optional<double> difference;
  std::optional<stats::Interval> difference_ci;  // Newcombe hybrid score
  std::string test = "fisher";                   // "fisher" or "cmh" (the plan's primary_test)
  std::optional<double> p_value;                 // of `test`, two-sided
  std::optional<CmhSummary> cmh;                 // when test is "cmh"
  // Why `test` gave no p-value although both arms have patients (e.g. CMH with fewer than 2
  // strata holding both arms), for the JSON, table and report; "" otherwise.
  std::string test_note;
};

struct ArmWeekSummary {
  std::string arm;
  int week = 0;
  std::size_t n = 0;
  std::optional<double> mean;
  std::optional<double> sd;
  std::optional<stats::Interval> ci;  // t interval of the mean
};

struct ArmChange {
  std::string arm;
  std::size_t n = 0;  // with the measure at baseline and the primary week
  std::optional<double> mean;
  std::optional<double> sd;
  std::optional<stats::Interval> ci;
};

// The first arm's mean change minus the second's, with Welch's t interval and two-sided p
// (stats::welch_ttest, R's t.test(x, y)).
struct ChangeDifference {
  double difference = 0;
  stats::Interval ci;
  double df = 0;
  double p_value = 1;
};

struct MeasureChangeByArm {
  domain::Measure measure = domain::Measure::mmt8;
  std::vector<ArmChange> arms;
  std::optional<ChangeDifference> difference;  // empty: an arm with fewer than 2 changes
};

struct ArmSafety {
  std::string arm;
  std::size_t patients = 0;           // treated (IVIG or placebo)
  std::size_t infusions = 0;          // all the arm's infusions, IVIG and placebo
  std::size_t placebo_infusions = 0;  // of which placebo (masked study drug of a placebo arm)
  std::size_t events = 0;
  std::size_t events_after_placebo = 0;  // of which after a placebo course
  std::size_t serious_events = 0;
  std::size_t patients_with_event = 0;
  std::optional<double> events_per_infusion;
  std::optional<double> patients_with_event_proportion;
  std::size_t special_interest_events = 0;
  std::size_t patients_with_special_interest = 0;
};

struct SpecialInterestEvent {
  std::string arm;
  AdverseEventListing event;
};

struct TrialResult {
  StudyIdentity study;
  double conf_level = 0.95;
  int baseline_week = 0;
  int primary_week = 0;
  bool without_confirmed_deterioration = true;
  std::vector<ArmCount> arms;             // in the design's order
  std::vector<PatientResponse> patients;  // every randomised patient, in enrolment order
  ResponderComparison primary;
  std::vector<ResponderComparison> secondary;
  std::vector<ArmWeekSummary> tis_by_visit;  // arm by arm, weeks ascending
  std::vector<MeasureChangeByArm> changes;   // the plan's endpoints
  std::vector<ArmSafety> safety;
  std::string special_interest_label;
  std::vector<SpecialInterestEvent> special_interest;  // by patient, course, onset
};

}  // namespace myoivig::analysis
