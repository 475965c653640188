#include "analysis/endpoint_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "stats/descriptive.hpp"
#include "stats/signrank.hpp"
#include "stats/ttest.hpp"

namespace myoivig::analysis {
namespace {

std::optional<double> value_at(const PatientRecords& records, int week, domain::Measure measure) {
  const domain::Assessment* assessment = assessment_at(records, week);
  if (assessment == nullptr) return std::nullopt;
  return domain::value_of(*assessment, measure);
}

std::optional<stats::Summary> summary_of(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  auto summary = stats::summarize(values);
  return summary ? std::optional(*summary) : std::nullopt;
}

// The t interval of the mean at the given level, or empty when it is undefined (fewer than
// two values, or all equal).
std::optional<stats::Interval> mean_interval(const std::vector<double>& values, double conf_level) {
  stats::TtestOptions options;
  options.conf_level = conf_level;
  auto test = stats::ttest(values, options);
  if (!test) return std::nullopt;
  return stats::Interval{test->ci_low, test->ci_high};
}

// Follow-up minus baseline, rounded to 1e-9 of the reporting unit. Values kept in finer
// units (VAS in mm, reported in cm) give differences such as 0.3 - 0.1 and 0.5 - 0.3 that
// differ in the last bits; rounding makes equal changes equal, so ties and zeros are seen
// as the clinician sees them.
double change_between(double baseline, double followup) {
  constexpr double k_resolution = 1e9;
  return std::round((followup - baseline) * k_resolution) / k_resolution;
}

void add_primary_tests(EndpointResult& result, double conf_level) {
  stats::SignrankOptions signrank_options;
  signrank_options.conf_level = conf_level;
  if (auto signrank = stats::signrank(result.changes, signrank_options)) {
    result.signrank = *signrank;
  } else {
    result.notes.push_back("signed-rank test not computed on the changes (" +
                           signrank.error().message + ")");
  }
  stats::TtestOptions ttest_options;
  ttest_options.conf_level = conf_level;
  if (auto ttest = stats::ttest(result.changes, ttest_options)) {
    result.ttest = *ttest;
    result.change_ci = stats::Interval{ttest->ci_low, ttest->ci_high};
  } else {
    result.notes.push_back("paired t-test not computed on the changes (" + ttest.error().message +
                           ")");
  }
}

std::vector<int> scheduled_weeks(const domain::Protocol& protocol) {
  std::vector<int> weeks;
  for (const domain::ScheduledVisit& visit : protocol.schedule) weeks.push_back(visit.week);
  std::sort(weeks.begin(), weeks.end());
  return weeks;
}

void add_visits(EndpointResult& result, const std::vector<std::string>& analysed_ids,
                const std::vector<const PatientRecords*>& records,
                const domain::Protocol& protocol) {
  const std::vector<int> weeks = scheduled_weeks(protocol);
  result.trajectories.reserve(analysed_ids.size());
  for (const std::string& patient_id : analysed_ids)
    result.trajectories.push_back({patient_id, {}});
  for (int week : weeks) {
    std::vector<double> values;
    values.reserve(analysed_ids.size());
    for (std::size_t i = 0; i < analysed_ids.size(); ++i) {
      const auto value = value_at(*records[i], week, result.measure);
      if (!value) continue;
      values.push_back(*value);
      result.trajectories[i].points.push_back({week, *value});
    }
    result.by_visit.push_back({week, values.size(), summary_of(values),
                               mean_interval(values, protocol.analysis.conf_level)});
  }
}

}  // namespace

EndpointResult analyse_endpoint(domain::Measure measure,
                                const std::vector<std::string>& analysed_ids,
                                const StudyIndex& index, const domain::Protocol& protocol) {
  const domain::AnalysisPlan& plan = protocol.analysis;
  EndpointResult result;
  result.measure = measure;
  result.baseline_week = plan.baseline_week;
  result.timepoint = plan.primary_week;
  // Each patient's records are looked up once, not once per visit.
  std::vector<const PatientRecords*> records;
  records.reserve(analysed_ids.size());
  for (const std::string& patient_id : analysed_ids) records.push_back(&index.records(patient_id));
  std::vector<double> baseline;
  std::vector<double> followup;
  for (std::size_t i = 0; i < analysed_ids.size(); ++i) {
    const auto before = value_at(*records[i], plan.baseline_week, measure);
    const auto after = value_at(*records[i], plan.primary_week, measure);
    if (!before || !after) continue;
    baseline.push_back(*before);
    followup.push_back(*after);
    result.patient_ids.push_back(analysed_ids[i]);
    result.changes.push_back(change_between(*before, *after));
  }
  result.n = result.changes.size();
  result.baseline = summary_of(baseline);
  result.followup = summary_of(followup);
  result.change = summary_of(result.changes);
  if (result.n > 0) add_primary_tests(result, plan.conf_level);
  add_visits(result, analysed_ids, records, protocol);
  return result;
}

}  // namespace myoivig::analysis
