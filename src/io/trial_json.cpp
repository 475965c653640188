#include "io/trial_json.hpp"

#include "io/json_number.hpp"

namespace myoivig::io {
namespace {

using nlohmann::ordered_json;

ordered_json interval_json(const std::optional<stats::Interval>& ci) {
  if (!ci) return {{"ci_low", nullptr}, {"ci_high", nullptr}};
  return {{"ci_low", json_number(ci->low)}, {"ci_high", json_number(ci->high)}};
}

ordered_json cmh_json(const std::optional<analysis::CmhSummary>& cmh) {
  if (!cmh) return nullptr;
  ordered_json out{{"statistic", json_number(cmh->statistic)},
                   {"odds_ratio", json_number(cmh->odds_ratio)}};
  out.update(interval_json(cmh->odds_ratio_ci));
  out["strata"] = cmh->strata;
  return out;
}

ordered_json comparison_json(const analysis::ResponderComparison& comparison) {
  ordered_json arms = ordered_json::array();
  for (const analysis::ArmResponders& arm : comparison.arms) {
    ordered_json row{{"arm", arm.arm},
                     {"responders", arm.responders},
                     {"n", arm.n},
                     {"proportion", json_number(arm.proportion)}};
    row.update(interval_json(arm.ci));
    arms.push_back(std::move(row));
  }
  ordered_json difference{{"estimate", json_number(comparison.difference)}};
  difference.update(interval_json(comparison.difference_ci));
  return {{"threshold", comparison.threshold},
          {"arms", std::move(arms)},
          {"difference", std::move(difference)},
          {"p_value", json_number(comparison.p_value)},
          {"test", comparison.test},
          {"test_note", comparison.test_note},
          {"cmh", cmh_json(comparison.cmh)}};
}

ordered_json patients_json(const std::vector<analysis::PatientResponse>& patients) {
  ordered_json rows = ordered_json::array();
  for (const analysis::PatientResponse& patient : patients) {
    ordered_json by_week = ordered_json::array();
    for (const analysis::TisAtWeek& visit : patient.tis_by_week) {
      by_week.push_back({{"week", visit.week},
                         {"tis", json_number(visit.tis)},
                         {"category", visit.category ? ordered_json(domain::code(*visit.category))
                                                     : ordered_json(nullptr)}});
    }
    rows.push_back({{"patient", patient.patient_id},
                    {"arm", patient.arm},
                    {"tis_primary", json_number(patient.tis_at_primary)},
                    {"confirmed_deterioration", patient.confirmed_deterioration},
                    {"deterioration_week", patient.deterioration_week
                                               ? ordered_json(*patient.deterioration_week)
                                               : ordered_json(nullptr)},
                    {"note", patient.note},
                    {"tis_by_week", std::move(by_week)}});
  }
  return rows;
}

ordered_json safety_json(const analysis::TrialResult& result) {
  ordered_json arms = ordered_json::array();
  for (const analysis::ArmSafety& arm : result.safety) {
    arms.push_back({{"arm", arm.arm},
                    {"patients", arm.patients},
                    {"infusions", arm.infusions},
                    {"placebo_infusions", arm.placebo_infusions},
                    {"events", arm.events},
                    {"events_after_placebo", arm.events_after_placebo},
                    {"serious_events", arm.serious_events},
                    {"events_per_infusion", json_number(arm.events_per_infusion)},
                    {"patients_with_event", arm.patients_with_event},
                    {"special_interest_events", arm.special_interest_events},
                    {"patients_with_special_interest", arm.patients_with_special_interest}});
  }
  ordered_json listing = ordered_json::array();
  for (const analysis::SpecialInterestEvent& item : result.special_interest) {
    listing.push_back({{"arm", item.arm},
                       {"patient", item.event.patient_id},
                       {"course", item.event.course_number},
                       {"term", item.event.term},
                       {"onset", item.event.onset_date.iso()},
                       {"serious", item.event.serious}});
  }
  return {{"arms", std::move(arms)},
          {"special_interest",
           {{"label", result.special_interest_label}, {"events", std::move(listing)}}}};
}

// The trial's endpoints under the ids the analysis JSON uses for them: tis (mean by visit
// per arm), responder (the primary comparison) and confirmed_deterioration (patients with
// it up to the primary week, per arm).
ordered_json endpoints_json(const analysis::TrialResult& result) {
  ordered_json tis_arms = ordered_json::array();
  ordered_json deterioration_arms = ordered_json::array();
  for (const analysis::ArmCount& arm : result.arms) {
    ordered_json visits = ordered_json::array();
    for (const analysis::ArmWeekSummary& row : result.tis_by_visit) {
      if (row.arm != arm.arm) continue;
      ordered_json item{{"week", row.week}, {"n", row.n}, {"mean", json_number(row.mean)}};
      item.update(interval_json(row.ci));
      visits.push_back(std::move(item));
    }
    tis_arms.push_back({{"arm", arm.arm}, {"by_visit", std::move(visits)}});
    std::size_t n = 0;
    std::size_t deteriorated = 0;
    for (const analysis::PatientResponse& patient : result.patients) {
      if (patient.arm != arm.arm) continue;
      ++n;
      if (patient.confirmed_deterioration) ++deteriorated;
    }
    deterioration_arms.push_back(
        {{"arm", arm.arm},
         {"patients", deteriorated},
         {"n", n},
         {"proportion",
          n == 0 ? ordered_json(nullptr)
                 : json_number(static_cast<double>(deteriorated) / static_cast<double>(n))}});
  }
  ordered_json responder = comparison_json(result.primary);
  responder["id"] = "responder";
  responder["week"] = result.primary_week;
  return ordered_json::array(
      {{{"id", "tis"}, {"label", "ACR/EULAR Total Improvement Score"}, {"arms", tis_arms}},
       std::move(responder),
       {{"id", "confirmed_deterioration"},
        {"until_week", result.primary_week},
        {"arms", std::move(deterioration_arms)}}});
}

}  // namespace

nlohmann::ordered_json trial_json(const analysis::TrialResult& result) {
  ordered_json arms = ordered_json::array();
  for (const analysis::ArmCount& arm : result.arms) {
    arms.push_back({{"id", arm.arm},
                    {"label", arm.label},
                    {"randomised", arm.randomised},
                    {"treated", arm.treated},
                    {"crossed_over", arm.crossed_over}});
  }
  ordered_json secondary = ordered_json::array();
  for (const auto& comparison : result.secondary) secondary.push_back(comparison_json(comparison));
  ordered_json tis_by_visit = ordered_json::array();
  for (const analysis::ArmWeekSummary& row : result.tis_by_visit) {
    ordered_json item{{"arm", row.arm},
                      {"week", row.week},
                      {"n", row.n},
                      {"mean", json_number(row.mean)},
                      {"sd", json_number(row.sd)}};
    item.update(interval_json(row.ci));
    tis_by_visit.push_back(std::move(item));
  }
  ordered_json changes = ordered_json::array();
  for (const analysis::MeasureChangeByArm& change : result.changes) {
    ordered_json arms_change = ordered_json::array();
    for (const analysis::ArmChange& arm : change.arms) {
      ordered_json item{{"arm", arm.arm},
                        {"n", arm.n},
                        {"mean", json_number(arm.mean)},
                        {"sd", json_number(arm.sd)}};
      item.update(interval_json(arm.ci));
      arms_change.push_back(std::move(item));
    }
    const domain::MeasureInfo& measure = domain::info(change.measure);
    changes.push_back({{"id", measure.id},
                       {"label", measure.label},
                       {"unit", measure.unit},
                       {"arms", std::move(arms_change)}});
  }
  return {{"study",
           {{"id", result.study.study_id},
            {"protocol", result.study.protocol_id},
            {"synthetic", result.study.synthetic}}},
          {"design", "randomised"},
          {"conf_level", result.conf_level},
          {"baseline_week", result.baseline_week},
          {"primary_week", result.primary_week},
          {"without_confirmed_deterioration", result.without_confirmed_deterioration},
          {"arms", std::move(arms)},
          {"primary", comparison_json(result.primary)},
          {"secondary", std::move(secondary)},
          {"tis_by_visit", std::move(tis_by_visit)},
          {"changes", std::move(changes)},
          {"endpoints", endpoints_json(result)},
          {"safety", safety_json(result)},
          {"patients", patients_json(result.patients)}};
}

}  // namespace myoivig::io
