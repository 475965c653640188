// Test support, not part of the library: a small AnalysisResult built by hand for the
// report tests (5 enrolled, 4 treated, 3 analysed; MMT, CK and an ADL endpoint whose tests
// are absent), with data texts that need HTML escaping. Statistics were computed in R
// 4.2.2 (t.test, wilcox.test(exact = TRUE, conf.int = TRUE), binom.test) from the values
// in the trajectories.
// Thread-safety: returns a fresh value.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis_result.hpp"

namespace myoivig::io::test {

inline stats::Summary summary(std::size_t n, double mean, std::optional<double> sd, double median,
                              double q1, double q3, double min, double max) {
  return {n, mean, sd, median, q1, q3, min, max};
}

inline analysis::Trajectory trajectory(std::string id,
                                       std::vector<analysis::TrajectoryPoint> points) {
  return {std::move(id), std::move(points)};
}

// MMT: baseline 55, 60, 65; week 4 62, 66, 70; week 12 70, 74, 78; changes 15, 14, 13.
inline analysis::EndpointResult mmt_endpoint() {
  analysis::EndpointResult endpoint;
  endpoint.measure = domain::Measure::mmt;
  endpoint.baseline_week = 0;
  endpoint.timepoint = 12;
  endpoint.n = 3;
  endpoint.patient_ids = {"P-01", "P-02", "P-03"};
  endpoint.changes = {15, 14, 13};
  endpoint.baseline = summary(3, 60, 5, 60, 57.5, 62.5, 55, 65);
  endpoint.followup = summary(3, 74, 4, 74, 72, 76, 70, 78);
  endpoint.change = summary(3, 14, 1, 14, 13.5, 14.5, 13, 15);
  endpoint.change_ci = stats::Interval{11.51586229, 16.48413771};
  stats::SignrankResult signrank;
  signrank.statistic = 6;
  signrank.p_value = 0.25;
  signrank.method = stats::SignrankMethodUsed::exact;
  signrank.n = 3;
  signrank.interval = stats::ShiftInterval{14, 13, 15, 0.75};  // 95 % not reachable at n = 3
  endpoint.signrank = signrank;
  stats::TtestResult ttest;
  ttest.statistic = 24.248711;
  ttest.df = 2;
  ttest.p_value = 0.001696354;
  endpoint.ttest = ttest;
  endpoint.by_visit = {
      {0, 3, summary(3, 60, 5, 60, 57.5, 62.5, 55, 65), stats::Interval{47.57938, 72.42062}},
      {4, 3, summary(3, 66, 4, 66, 64, 68, 62, 70), stats::Interval{56.06351, 75.93649}},
      {12, 3, summary(3, 74, 4, 74, 72, 76, 70, 78), stats::Interval{64.06351, 83.93649}}};
  endpoint.trajectories = {trajectory("P-01", {{0, 55}, {4, 62}, {12, 70}}),
                           trajectory("P-02", {{0, 60}, {4, 66}, {12, 74}}),
                           trajectory("P-03", {{0, 65}, {4, 70}, {12, 78}})};
  return endpoint;
}

// CK: baseline 1600, 700, 2900; week 12 800, 300, 1000. The baseline mean's t interval
// reaches below 0, which a log axis cannot show.
inline analysis::EndpointResult ck_endpoint() {
  analysis::EndpointResult endpoint;
  endpoint.measure = domain::Measure::ck;
  endpoint.timepoint = 12;
  endpoint.n = 3;
  endpoint.patient_ids = {"P-01", "P-02", "P-03"};
  endpoint.changes = {-800, -400, -1900};
  endpoint.baseline = summary(3, 1733.333333, 1106.044002, 1600, 1150, 2250, 700, 2900);
  endpoint.followup = summary(3, 700, 360.5551275, 800, 550, 900, 300, 1000);
  endpoint.change = summary(3, -1033.333333, 776.7453465, -800, -1350, -600, -1900, -400);
  endpoint.change_ci = stats::Interval{-2962.875741, 896.2090744};
  stats::SignrankResult signrank;
  signrank.statistic = 0;
  signrank.p_value = 0.25;
  signrank.n = 3;
  signrank.interval = stats::ShiftInterval{-975, -1900, -400, 0.75};
  endpoint.signrank = signrank;
  stats::TtestResult ttest;
  ttest.statistic = -2.3042119;
  ttest.df = 2;
  ttest.p_value = 0.147721;
  endpoint.ttest = ttest;
  endpoint.by_visit = {{0, 3, endpoint.baseline, stats::Interval{-1014.232282, 4480.898948}},
                       {12, 3, endpoint.followup, stats::Interval{-195.6685895, 1595.6685895}}};
  endpoint.trajectories = {trajectory("P-01", {{0, 1600}, {12, 800}}),
                           trajectory("P-02", {{0, 700}, {12, 300}}),
                           trajectory("P-03", {{0, 2900}, {12, 1000}})};
  return endpoint;
}

// ADL: every change is zero, so neither test exists and the notes say why.
inline analysis::EndpointResult adl_endpoint() {
  analysis::EndpointResult endpoint;
  endpoint.measure = domain::Measure::adl;
  endpoint.timepoint = 12;
  endpoint.n = 3;
  endpoint.patient_ids = {"P-01", "P-02", "P-03"};
  endpoint.changes = {0, 0, 0};
  endpoint.baseline = summary(3, 30, 0, 30, 30, 30, 30, 30);
  endpoint.followup = endpoint.baseline;
  endpoint.change = summary(3, 0, 0, 0, 0, 0, 0, 0);
  endpoint.notes = {"signrank: every change is 0 (no nonzero difference)",
                    "ttest: the changes are constant (t undefined)"};
  endpoint.by_visit = {{0, 3, endpoint.baseline, std::nullopt},
                       {12, 3, endpoint.followup, std::nullopt}};
  for (const char* id : {"P-01", "P-02", "P-03"}) {
    endpoint.trajectories.push_back(trajectory(id, {{0, 30}, {12, 30}}));
  }
  return endpoint;
}

inline analysis::AnalysisResult hand_built_result(bool synthetic) {
  analysis::AnalysisResult result;
  result.study = {"TEST-<STUDY>", "SEED-IVIG-2003", "A <small> test & its title",
                  "Made by hand & checked: \"three\" patients", synthetic};
  result.conf_level = 0.95;
  result.primary_test = "signrank";

  analysis::Populations& population = result.population;
  population.enrolled = 5;
  population.treated = 4;
  population.analysed = 3;
  population.courses = 5;
  population.patients_with_repeat_course = 1;
  population.analysed_ids = {"P-01", "P-02", "P-03"};
  population.excluded = {
      {"P-04", analysis::ExclusionStage::not_analysed,
       "withdrawn 2002-03-01, before week 12: moved <abroad> & lost to follow-up"},
      {"P-05", analysis::ExclusionStage::not_treated,
       "withdrew consent before the first infusion (\"personal\" reasons)"}};

  result.demographics = {3, 2, 1, 1, 2, 146.0 / 3.0, 35, 61};
  result.endpoints = {mmt_endpoint(), adl_endpoint(), ck_endpoint()};
  // binom.test(2, 3)$conf.int
  result.physician = {12, 2, 3, 2.0 / 3.0, stats::Interval{0.09429932405, 0.99159624134}};
  result.steroid = {2, 2, 2, 55.0, 27.5};

  analysis::Safety& safety = result.safety;
  safety.courses = 5;
  safety.courses_with_event = 1;
  safety.rate_per_course = 0.2;
  safety.ci = stats::Interval{0.005050763379, 0.716417936118};  // binom.test(1, 5)
  safety.patients = 4;
  safety.patients_with_event = 1;
  safety.rate_per_patient = 0.25;
  safety.events = 1;
  safety.serious_events = 1;
  analysis::AdverseEventListing event;
  event.patient_id = "P-02";
  event.course_number = 2;
  event.term = "headache & <nausea>";
  event.onset_date = util::Date::from_days_since_epoch(11728);  // 2002-02-10
  event.serious = true;
  event.severity = domain::Severity::moderate;
  event.relatedness = domain::Relatedness::not_related;
  event.outcome = domain::AdverseEventOutcome::not_recovered;
  safety.listing = {event};
  return result;
}

}  // namespace myoivig::io::test
