#include "server/outcome_series.hpp"

#include <algorithm>
#include <map>

#include "domain/assessment_core_set.hpp"
#include "domain/measure.hpp"
#include "domain/total_improvement_score.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

json tis_series(const std::vector<std::pair<const domain::Assessment*, std::string>>& visits,
                const domain::Protocol& protocol) {
  json series = json::array();
  if (!protocol.analysis.response) return series;
  const domain::ResponsePlan& plan = *protocol.analysis.response;
  const domain::Assessment* baseline = nullptr;
  for (const auto& [assessment, date] : visits) {
    if (assessment->week == protocol.analysis.baseline_week) baseline = assessment;
  }
  if (!baseline) return series;
  const domain::CoreSet baseline_set = domain::core_set_of(*baseline);
  for (const auto& [assessment, date] : visits) {
    if (assessment->week <= protocol.analysis.baseline_week) continue;
    const domain::ResponseInput input{plan.population, plan.mmt_max, baseline_set,
                                      domain::core_set_of(*assessment)};
    auto score = domain::total_improvement_score(input);
    if (!score || !score->tis) continue;
    series.push_back(
        {{"week", assessment->week},
         {"date", date},
         {"value", score->tis->to_double()},
         {"category", score->category ? json(domain::code(*score->category)) : json(nullptr)}});
  }
  return series;
}

}  // namespace

json outcome_series_json(const store::PatientRecords& records, const domain::Protocol& protocol) {
  std::map<int, std::string> visit_dates;
  for (const auto& visit : records.visits) visit_dates[visit.record.week] = visit.record.date.iso();
  std::vector<std::pair<const domain::Assessment*, std::string>> visits;
  for (const auto& stored : records.assessments) {
    const auto date = visit_dates.find(stored.record.week);
    visits.emplace_back(&stored.record, date == visit_dates.end() ? "" : date->second);
  }
  std::stable_sort(visits.begin(), visits.end(),
                   [](const auto& a, const auto& b) { return a.first->week < b.first->week; });
  json series = json::object();
  for (const domain::MeasureInfo& info : domain::all_measures()) {
    json points = json::array();
    for (const auto& [assessment, date] : visits) {
      const auto value = domain::value_of(*assessment, info.measure);
      if (!value) continue;
      json point = {{"week", assessment->week}, {"date", date}, {"value", *value}};
      if (info.measure == domain::Measure::ck) {
        point["uln"] =
            assessment->ck_uln_iu_per_l ? json(*assessment->ck_uln_iu_per_l) : json(nullptr);
      }
      points.push_back(point);
    }
    if (!points.empty()) series[std::string(info.id)] = points;
  }
  series["tis"] = tis_series(visits, protocol);
  return series;
}

}  // namespace myoivig::server
