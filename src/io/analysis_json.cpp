#include "io/analysis_json.hpp"

#include "io/json_number.hpp"

namespace myoivig::io {
namespace {

using nlohmann::ordered_json;

ordered_json summary_json(const std::optional<stats::Summary>& summary) {
  if (!summary) return nullptr;
  return {{"mean", json_number(summary->mean)},     {"sd", json_number(summary->sd)},
          {"median", json_number(summary->median)}, {"q1", json_number(summary->q1)},
          {"q3", json_number(summary->q3)},         {"min", json_number(summary->min)},
          {"max", json_number(summary->max)}};
}

ordered_json change_json(const analysis::EndpointResult& endpoint) {
  if (!endpoint.change) return nullptr;
  ordered_json change{{"mean", json_number(endpoint.change->mean)},
                      {"sd", json_number(endpoint.change->sd)},
                      {"ci_low", nullptr},
                      {"ci_high", nullptr}};
  if (endpoint.change_ci) {
    change["ci_low"] = json_number(endpoint.change_ci->low);
    change["ci_high"] = json_number(endpoint.change_ci->high);
  }
  return change;
}

ordered_json signrank_json(const std::optional<stats::SignrankResult>& test) {
  if (!test) return nullptr;
  ordered_json json{{"statistic", json_number(test->statistic)},
                    {"p_value", json_number(test->p_value)},
                    {"method", stats::to_string(test->method)},
                    {"zeros", stats::to_string(test->zeros)},
                    {"n", test->n},
                    {"n_zero", test->n_zero},
                    {"ties", test->ties},
                    {"estimate", nullptr},
                    {"ci_low", nullptr},
                    {"ci_high", nullptr},
                    {"conf_level", nullptr}};
  if (test->interval) {
    json["estimate"] = json_number(test->interval->estimate);
    json["ci_low"] = json_number(test->interval->ci_low);
    json["ci_high"] = json_number(test->interval->ci_high);
    json["conf_level"] = json_number(test->interval->conf_level);
  }
  return json;
}

ordered_json ttest_json(const std::optional<stats::TtestResult>& test) {
  if (!test) return nullptr;
  return {{"statistic", json_number(test->statistic)},
          {"df", json_number(test->df)},
          {"p_value", json_number(test->p_value)}};
}

ordered_json by_visit_json(const std::vector<analysis::VisitSummary>& visits) {
  ordered_json rows = ordered_json::array();
  for (const analysis::VisitSummary& visit : visits) {
    ordered_json row{{"week", visit.week}, {"n", visit.n},      {"mean", nullptr},
                     {"sd", nullptr},      {"ci_low", nullptr}, {"ci_high", nullptr}};
    if (visit.summary) {
      row["mean"] = json_number(visit.summary->mean);
      row["sd"] = json_number(visit.summary->sd);
    }
    if (visit.mean_ci) {
      row["ci_low"] = json_number(visit.mean_ci->low);
      row["ci_high"] = json_number(visit.mean_ci->high);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

ordered_json endpoint_json(const analysis::EndpointResult& endpoint) {
  const domain::MeasureInfo& measure = domain::info(endpoint.measure);
  return {{"id", measure.id},
          {"label", measure.label},
          {"unit", measure.unit},
          {"timepoint", endpoint.timepoint},
          {"baseline_week", endpoint.baseline_week},
          {"n", endpoint.n},
          {"baseline", summary_json(endpoint.baseline)},
          {"followup", summary_json(endpoint.followup)},
          {"change", change_json(endpoint)},
          {"signrank", signrank_json(endpoint.signrank)},
          {"ttest", ttest_json(endpoint.ttest)},
          {"notes", endpoint.notes},
          {"by_visit", by_visit_json(endpoint.by_visit)}};
}

ordered_json population_json(const analysis::Populations& population) {
  ordered_json excluded = ordered_json::array();
  for (const analysis::ExcludedPatient& patient : population.excluded) {
    excluded.push_back(
        {{"patient", patient.patient_id},
         {"stage",
          patient.stage == analysis::ExclusionStage::not_treated ? "not_treated" : "not_analysed"},
         {"reason", patient.reason}});
  }
  return {{"enrolled", population.enrolled},
          {"treated", population.treated},
          {"analysed", population.analysed},
          {"courses", population.courses},
          {"patients_with_repeat_course", population.patients_with_repeat_course},
          {"excluded", std::move(excluded)}};
}

ordered_json demographics_json(const analysis::Demographics& demographics) {
  ordered_json age{
      {"mean", json_number(demographics.age_mean)}, {"min", nullptr}, {"max", nullptr}};
  if (demographics.age_min) age["min"] = *demographics.age_min;
  if (demographics.age_max) age["max"] = *demographics.age_max;
  return {{"n", demographics.n},
          {"diagnosis", {{"PM", demographics.polymyositis}, {"DM", demographics.dermatomyositis}}},
          {"sex", {{"M", demographics.male}, {"F", demographics.female}}},
          {"age", std::move(age)}};
}

ordered_json interval_low(const std::optional<stats::Interval>& ci) {
  return ci ? json_number(ci->low) : nullptr;
}
ordered_json interval_high(const std::optional<stats::Interval>& ci) {
  return ci ? json_number(ci->high) : nullptr;
}

ordered_json safety_json(const analysis::Safety& safety) {
  ordered_json events = ordered_json::array();
  for (const analysis::AdverseEventListing& event : safety.listing) {
    events.push_back({{"patient", event.patient_id},
                      {"course", event.course_number},
                      {"term", event.term},
                      {"onset", event.onset_date.iso()},
                      {"serious", event.serious},
                      {"severity", domain::code(event.severity)},
                      {"relatedness", domain::code(event.relatedness)},
                      {"outcome", domain::code(event.outcome)}});
  }
  return {{"courses", safety.courses},
          {"courses_with_ae", safety.courses_with_event},
          {"rate", json_number(safety.rate_per_course)},
          {"ci_low", interval_low(safety.ci)},
          {"ci_high", interval_high(safety.ci)},
          {"patients", safety.patients},
          {"patients_with_ae", safety.patients_with_event},
          {"rate_per_patient", json_number(safety.rate_per_patient)},
          {"serious_events", safety.serious_events},
          {"events", std::move(events)}};
}

}  // namespace

nlohmann::ordered_json analysis_json(const analysis::AnalysisResult& result) {
  ordered_json endpoints = ordered_json::array();
  for (const analysis::EndpointResult& endpoint : result.endpoints) {
    endpoints.push_back(endpoint_json(endpoint));
  }
  const analysis::PhysicianAssessment& physician = result.physician;
  const analysis::SteroidOutcome& steroid = result.steroid;
  return {{"study",
           {{"id", result.study.study_id},
            {"protocol", result.study.protocol_id},
            {"synthetic", result.study.synthetic}}},
          {"conf_level", result.conf_level},
          {"primary_test", result.primary_test},
          {"population", population_json(result.population)},
          {"demographics", demographics_json(result.demographics)},
          {"endpoints", std::move(endpoints)},
          {"physician_assessment",
           {{"week", physician.week},
            {"improved", physician.improved},
            {"n", physician.n},
            {"proportion", json_number(physician.proportion)},
            {"ci_low", interval_low(physician.ci)},
            {"ci_high", interval_high(physician.ci)}}},
          {"steroid",
           {{"improved_n", steroid.improved_n},
            {"baseline_n", steroid.baseline_n},
            {"followup_n", steroid.followup_n},
            {"dose_baseline_mean", json_number(steroid.dose_baseline_mean)},
            {"dose_followup_mean", json_number(steroid.dose_followup_mean)}}},
          {"safety", safety_json(result.safety)}};
}

}  // namespace myoivig::io
