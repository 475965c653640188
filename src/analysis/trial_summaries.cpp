#include "analysis/trial_summaries.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stats/binom.hpp"
#include "stats/descriptive.hpp"
#include "stats/mantel_haenszel.hpp"
#include "stats/prop_diff.hpp"
#include "stats/ttest.hpp"
#include "stats/welch_ttest.hpp"
#include "util/strings.hpp"

namespace myoivig::analysis {
namespace {

std::optional<double> ratio(std::size_t part, std::size_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

// Mean, SD and t interval of `values` (SD and interval need 2 non-constant values).
void describe(const std::vector<double>& values, double conf_level, std::optional<double>& mean,
              std::optional<double>& sd, std::optional<stats::Interval>& ci) {
  if (values.empty()) return;
  mean = stats::plain_mean(values);
  if (auto spread = stats::sd(values)) sd = *spread;
  stats::TtestOptions options;
  options.conf_level = conf_level;
  if (auto test = stats::ttest(values, options)) ci = stats::Interval{test->ci_low, test->ci_high};
}

// "1 stratum", "2 strata".
std::string strata_count(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " stratum" : " strata");
}

// The CMH test of the first arm against the second over the randomisation strata, in the
// strata's name order. A stratum with one arm only adds nothing (its a - E and variance are
// 0) and is left out; a stratum with both arms has at least the 2 patients R asks for. When
// the test cannot run, the p-value stays empty and comparison.test_note says why.
//
// No fallback to Fisher's exact test: primary_test is the protocol's pre-specified test, and
// neither the protocol file nor shared/specs/statistics.md names a fallback, so switching
// tests on the data would be an unplanned change of the analysis; the reason is reported
// instead. R 4.2.2 gives no p-value either: mantelhaen.test on the 2 x 2 x K table (as
// data/demo/rct-trial/verify.R calls it) stops on K = 1 ("each dimension in table must be
// >= 2") or a stratum of one patient ("sample size in each stratum must be > 1"), and gives
// X-squared NaN, p NA, when every stratum has a fixed margin. (R keeps a one-arm stratum,
// which adds nothing, so beside a single stratum with both arms it tests that one table;
// a stratified test here needs two informative strata.)
void add_cmh(ResponderComparison& comparison, const std::vector<PatientResponse>& patients,
             int threshold, bool without_deterioration, double conf_level) {
  const std::string& first = comparison.arms[0].arm;
  const std::string& second = comparison.arms[1].arm;
  std::map<std::string_view, stats::Stratum2x2> tables;
  for (const PatientResponse& patient : patients) {
    if (patient.arm != first && patient.arm != second) continue;
    stats::Stratum2x2& table = tables[patient.stratum];
    const bool responder = is_responder(patient, threshold, without_deterioration);
    if (patient.arm == first) {
      ++(responder ? table.a : table.b);
    } else {
      ++(responder ? table.c : table.d);
    }
  }
  std::vector<stats::Stratum2x2> strata;
  std::vector<std::string> usable;
  std::vector<std::string> left_out;
  bool every_margin_fixed = true;  // all responders or all non-responders in each usable one
  for (const auto& [name, table] : tables) {
    const bool has_first = table.a + table.b > 0;
    const bool has_second = table.c + table.d > 0;
    if (!has_first || !has_second) {
      left_out.push_back(std::string(name) + " (" + (has_first ? first : second) + " only)");
      continue;
    }
    strata.push_back(table);
    usable.emplace_back(name);
    every_margin_fixed = every_margin_fixed && (table.a + table.c == 0 || table.b + table.d == 0);
  }
  if (strata.size() < 2) {
    comparison.test_note = "CMH needs at least two strata with patients in both arms; " +
                           strata_count(usable.size()) + " usable";
    if (!usable.empty()) comparison.test_note += " (" + util::join(usable, ", ") + ")";
    if (!left_out.empty()) comparison.test_note += "; left out: " + util::join(left_out, ", ");
    return;
  }
  if (every_margin_fixed) {
    comparison.test_note = "CMH not computable: in each usable stratum (" +
                           util::join(usable, ", ") +
                           ") the patients are all responders or all non-responders, so the "
                           "Mantel-Haenszel variance is 0";
    return;
  }
  stats::MantelHaenszelOptions options;
  options.conf_level = conf_level;
  auto test = stats::mantel_haenszel(strata, options);
  if (!test) {
    comparison.test_note = "CMH not computed: " + test.error().message;
    return;
  }
  comparison.p_value = test->p_value;
  comparison.cmh = CmhSummary{test->statistic, test->odds_ratio, test->odds_ratio_ci, test->strata};
}

}  // namespace

bool is_responder(const PatientResponse& patient, int threshold, bool without_deterioration) {
  if (!patient.tis_at_primary || *patient.tis_at_primary < threshold) return false;
  return !(without_deterioration && patient.confirmed_deterioration);
}

ResponderComparison compare_responders(const std::vector<ArmCount>& arms,
                                       const std::vector<PatientResponse>& patients, int threshold,
                                       const domain::AnalysisPlan& plan) {
  const double conf_level = plan.conf_level;
  const bool without_confirmed_deterioration =
      plan.response && plan.response->without_confirmed_deterioration;
  ResponderComparison comparison;
  comparison.threshold = threshold;
  for (const ArmCount& arm : arms) {
    ArmResponders count{arm.arm, 0, 0, std::nullopt, std::nullopt};
    for (const PatientResponse& patient : patients) {
      if (patient.arm != arm.arm) continue;
      ++count.n;
      if (is_responder(patient, threshold, without_confirmed_deterioration)) ++count.responders;
    }
    count.proportion = ratio(count.responders, count.n);
    if (count.n > 0) {
      if (auto ci = stats::clopper_pearson(static_cast<std::int64_t>(count.responders),
                                           static_cast<std::int64_t>(count.n), conf_level)) {
        count.ci = *ci;
      }
    }
    comparison.arms.push_back(count);
  }
  if (comparison.arms.size() == 2 && comparison.arms[0].n > 0 && comparison.arms[1].n > 0) {
    const ArmResponders& first = comparison.arms[0];
    const ArmResponders& second = comparison.arms[1];
    if (auto diff = stats::prop_diff(static_cast<std::int64_t>(first.responders),
                                     static_cast<std::int64_t>(first.n),
                                     static_cast<std::int64_t>(second.responders),
                                     static_cast<std::int64_t>(second.n), conf_level)) {
      comparison.difference = diff->difference;
      comparison.difference_ci = stats::Interval{diff->ci_low, diff->ci_high};
      comparison.p_value = diff->p_value;
    }
    if (plan.primary_test == "cmh") {
      comparison.test = "cmh";
      comparison.p_value.reset();
      add_cmh(comparison, patients, threshold, without_confirmed_deterioration, conf_level);
    }
  }
  return comparison;
}

std::vector<ArmWeekSummary> tis_by_visit(const std::vector<ArmCount>& arms,
                                         const std::vector<PatientResponse>& patients,
                                         const std::vector<int>& weeks, double conf_level) {
  std::vector<ArmWeekSummary> rows;
  for (const ArmCount& arm : arms) {
    for (int week : weeks) {
      std::vector<double> values;
      for (const PatientResponse& patient : patients) {
        if (patient.arm != arm.arm) continue;
        for (const TisAtWeek& visit : patient.tis_by_week) {
          if (visit.week == week && visit.tis) values.push_back(*visit.tis);
        }
      }
      ArmWeekSummary row{arm.arm, week, values.size(), {}, {}, {}};
      describe(values, conf_level, row.mean, row.sd, row.ci);
      rows.push_back(row);
    }
  }
  return rows;
}

MeasureChangeByArm change_by_arm(domain::Measure measure, const std::vector<ArmCount>& arms,
                                 const std::vector<PatientResponse>& patients,
                                 const StudyIndex& index, const domain::AnalysisPlan& plan) {
  MeasureChangeByArm result{measure, {}, std::nullopt};
  std::vector<std::vector<double>> by_arm;
  for (const ArmCount& arm : arms) {
    std::vector<double>& changes = by_arm.emplace_back();
    for (const PatientResponse& patient : patients) {
      if (patient.arm != arm.arm) continue;
      const domain::Assessment* before = index.assessment(patient.patient_id, plan.baseline_week);
      const domain::Assessment* after = index.assessment(patient.patient_id, plan.primary_week);
      if (before == nullptr || after == nullptr) continue;
      const auto from = domain::value_of(*before, measure);
      const auto to = domain::value_of(*after, measure);
      if (from && to) changes.push_back(*to - *from);
    }
    ArmChange change{arm.arm, changes.size(), {}, {}, {}};
    describe(changes, plan.conf_level, change.mean, change.sd, change.ci);
    result.arms.push_back(change);
  }
  if (by_arm.size() >= 2) {
    stats::TtestOptions options;
    options.conf_level = plan.conf_level;
    if (auto test = stats::welch_ttest(by_arm[0], by_arm[1], options)) {
      result.difference = ChangeDifference{
          test->estimate, stats::Interval{test->ci_low, test->ci_high}, test->df, test->p_value};
    }
  }
  return result;
}

void summarise_trial_safety(const domain::StudyData& data, const domain::Protocol& protocol,
                            const std::vector<PatientResponse>& patients, TrialResult& result) {
  const domain::AnalysisPlan& plan = protocol.analysis;
  std::unordered_map<std::string_view, std::string_view> arm_of;
  for (const PatientResponse& patient : patients) arm_of.emplace(patient.patient_id, patient.arm);
  std::set<std::pair<std::string_view, int>> placebo_courses;
  for (const domain::Course& course : data.courses) {
    const auto found = arm_of.find(course.patient_id);
    if (found == arm_of.end()) continue;
    const domain::Arm* arm = protocol.design.arm(found->second);
    if (arm && domain::gives_placebo(course, *arm)) {
      placebo_courses.emplace(course.patient_id, course.number);
    }
  }
  std::set<std::string> terms;
  if (plan.special_interest) {
    result.special_interest_label = plan.special_interest->label;
    for (const std::string& term : plan.special_interest->terms) terms.insert(util::to_lower(term));
  }
  for (const ArmCount& arm : result.arms) {
    ArmSafety safety;
    safety.arm = arm.arm;
    safety.patients = arm.treated;
    std::set<std::string_view> with_event;
    std::set<std::string_view> with_special;
    for (const domain::Administration& given : data.administrations) {
      const auto found = arm_of.find(given.patient_id);
      if (found == arm_of.end() || found->second != arm.arm) continue;
      ++safety.infusions;
      if (placebo_courses.contains({given.patient_id, given.course_number})) {
        ++safety.placebo_infusions;
      }
    }
    for (const domain::AdverseEvent& event : data.adverse_events) {
      const auto found = arm_of.find(event.patient_id);
      if (found == arm_of.end() || found->second != arm.arm) continue;
      ++safety.events;
      if (event.serious) ++safety.serious_events;
      if (placebo_courses.contains({event.patient_id, event.course_number})) {
        ++safety.events_after_placebo;
      }
      with_event.insert(found->first);
      if (!terms.contains(util::to_lower(event.term))) continue;
      ++safety.special_interest_events;
      with_special.insert(found->first);
      result.special_interest.push_back(
          {arm.arm,
           {event.patient_id, event.course_number, event.term, event.onset_date, event.serious,
            event.severity, event.relatedness, event.outcome}});
    }
    safety.patients_with_event = with_event.size();
    safety.patients_with_special_interest = with_special.size();
    safety.events_per_infusion = ratio(safety.events, safety.infusions);
    safety.patients_with_event_proportion = ratio(safety.patients_with_event, safety.patients);
    result.safety.push_back(safety);
  }
}

}  // namespace myoivig::analysis
