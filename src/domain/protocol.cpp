#include "domain/protocol.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

constexpr int k_max_weeks = 520;  // ten years either side of day 1

util::Error at(const std::string& key, const std::string& rule) {
  return util::invalid_argument(key + ": " + rule);
}

util::Expected<void> validate_regimen(const Regimen& regimen) {
  if (regimen.id.empty()) return at("regimen.id", "must not be empty");
  if (!(regimen.dose_g_per_kg_per_day > 0) || regimen.dose_g_per_kg_per_day > 2.0) {
    return at("regimen.dose_g_per_kg_per_day",
              "must be above 0 and at most 2.0 g/kg/day, got " +
                  util::format_decimal(regimen.dose_g_per_kg_per_day));
  }
  if (regimen.days <= 0) {
    return at("regimen.days", "must be a positive integer, got " + std::to_string(regimen.days));
  }
  if (regimen.max_courses <= 0) {
    return at("regimen.max_courses",
              "must be a positive integer, got " + std::to_string(regimen.max_courses));
  }
  if (regimen.interval_weeks && *regimen.interval_weeks <= 0) {
    return at("regimen.interval_weeks",
              "must be a positive integer, got " + std::to_string(*regimen.interval_weeks));
  }
  return {};
}

util::Expected<void> validate_steroid_resistance(const SteroidResistanceRule& steroid) {
  if (steroid.prednisolone_above_mg_per_day < 0) {
    return at(
        "eligibility.steroid_resistance.prednisolone_above_mg_per_day",
        "must be 0 or more, got " + util::format_decimal(steroid.prednisolone_above_mg_per_day));
  }
  if (steroid.duration_above_weeks < 0) {
    return at("eligibility.steroid_resistance.duration_above_weeks",
              "must be 0 or more, got " + std::to_string(steroid.duration_above_weeks));
  }
  if (steroid.mmt_improvement_min_points <= 0) {
    return at(
        "eligibility.steroid_resistance.mmt_improvement_min_points",
        "must be a positive integer, got " + std::to_string(steroid.mmt_improvement_min_points));
  }
  return {};
}

util::Expected<void> validate_core_set_entry(const CoreSetEntryRule& entry) {
  if (entry.mmt8_below < 1) {
    return at("eligibility.core_set_entry.mmt8_below",
              "must be a positive integer, got " + std::to_string(entry.mmt8_below));
  }
  if (entry.other_abnormal < 0 || entry.other_abnormal > 5) {
    return at("eligibility.core_set_entry.other_abnormal",
              "must be from 0 to 5 (the other core set measures), got " +
                  std::to_string(entry.other_abnormal));
  }
  return {};
}

util::Expected<void> validate_eligibility(const EligibilityRules& rules) {
  if (rules.diagnoses.empty()) return at("eligibility.diagnoses", "must name PM, DM or both");
  if (rules.steroid_resistance) MYOIVIG_TRY(validate_steroid_resistance(*rules.steroid_resistance));
  if (rules.core_set_entry) MYOIVIG_TRY(validate_core_set_entry(*rules.core_set_entry));
  std::set<std::string> codes;
  for (std::size_t i = 0; i < rules.exclusions.size(); ++i) {
    const Exclusion& exclusion = rules.exclusions[i];
    const std::string key = "eligibility.exclusions[" + std::to_string(i) + "]";
    if (exclusion.code.empty()) return at(key + ".code", "must not be empty");
    if (!codes.insert(exclusion.code).second) {
      return at(key + ".code", "'" + exclusion.code + "' is listed twice");
    }
    if (exclusion.within_weeks && *exclusion.within_weeks <= 0) {
      return at(key + ".within_weeks",
                "must be a positive integer, got " + std::to_string(*exclusion.within_weeks));
    }
  }
  return {};
}

util::Expected<void> validate_schedule(const std::vector<ScheduledVisit>& schedule) {
  if (schedule.empty()) return at("schedule.visits", "must list at least one visit");
  for (std::size_t i = 0; i < schedule.size(); ++i) {
    const ScheduledVisit& visit = schedule[i];
    const std::string key = "schedule.visits[" + std::to_string(i) + "]";
    if (visit.week < -k_max_weeks || visit.week > k_max_weeks) {
      return at(key + ".week",
                "must be from -520 to 520 (weeks from day 1 of the first course), got " +
                    std::to_string(visit.week));
    }
    if (i > 0 && visit.week <= schedule[i - 1].week) {
      return at(key + ".week", "weeks must increase, got " + std::to_string(visit.week) +
                                   " after " + std::to_string(schedule[i - 1].week));
    }
    if (visit.window_before_days < 0 || visit.window_after_days < 0) {
      return at(key + ".window", "window days must be 0 or more");
    }
  }
  return {};
}

util::Expected<void> validate_instruments(const std::vector<InstrumentRange>& instruments) {
  std::set<Measure> seen;
  for (const InstrumentRange& range : instruments) {
    const std::string key = "instruments." + std::string(info(range.measure).id);
    if (!seen.insert(range.measure).second) return at(key, "is defined twice");
    if (!(range.min < range.max)) {
      return at(key, "min must be below max, got " + util::format_decimal(range.min) + " and " +
                         util::format_decimal(range.max));
    }
  }
  return {};
}

util::Expected<void> validate_response(const ResponsePlan& response) {
  constexpr int k_max_tis = 100;
  if (response.threshold < 1 || response.threshold > k_max_tis) {
    return at("analysis.response.threshold",
              "must be from 1 to 100 (TIS points), got " + std::to_string(response.threshold));
  }
  for (int threshold : response.secondary_thresholds) {
    if (threshold < 1 || threshold > k_max_tis) {
      return at("analysis.response.secondary_thresholds",
                "must be from 1 to 100 (TIS points), got " + std::to_string(threshold));
    }
  }
  if (response.mmt_max < 1 || response.mmt_max > k_max_mmt_maximum) {
    return at("analysis.response.mmt_max",
              "must be from 1 to 1000, got " + std::to_string(response.mmt_max));
  }
  return {};
}

// A single-arm plan tests paired changes in the treated; a randomised plan compares the
// responders of its arms among everyone randomised (intention to treat).
util::Expected<void> validate_plan_for_design(const Protocol& protocol) {
  const AnalysisPlan& plan = protocol.analysis;
  if (protocol.design.kind == DesignKind::single_arm) {
    if (plan.primary_test != "signrank" && plan.primary_test != "ttest") {
      return at("analysis.primary_test", "must be signrank or ttest in a single-arm design, got '" +
                                             plan.primary_test + "'");
    }
    if (plan.population != "treated_with_primary_assessment") {
      return at("analysis.population",
                "must be treated_with_primary_assessment in a single-arm design, got '" +
                    plan.population + "'");
    }
    if (plan.response) return at("analysis.response", "only a randomised design has one");
    return {};
  }
  if (plan.primary_test != "fisher" && plan.primary_test != "cmh") {
    return at("analysis.primary_test",
              "must be fisher or cmh in a randomised design, got '" + plan.primary_test + "'");
  }
  if (plan.primary_test == "cmh" &&
      !(protocol.design.randomisation && protocol.design.randomisation->stratify_by_site)) {
    return at("analysis.primary_test",
              "cmh tests over the randomisation strata; set [design.randomisation] stratify_by "
              "= \"site\" or use fisher");
  }
  if (plan.population != "randomised") {
    return at("analysis.population",
              "must be randomised in a randomised design, got '" + plan.population + "'");
  }
  if (!plan.response) return at("analysis.response", "is required for a randomised design");
  return validate_response(*plan.response);
}

util::Expected<void> validate_analysis(const Protocol& protocol) {
  const AnalysisPlan& plan = protocol.analysis;
  if (!protocol.visit(plan.baseline_week)) {
    return at("analysis.baseline_week",
              "week " + std::to_string(plan.baseline_week) + " is not a scheduled visit");
  }
  if (!protocol.visit(plan.primary_week)) {
    return at("analysis.primary_week",
              "week " + std::to_string(plan.primary_week) + " is not a scheduled visit");
  }
  if (plan.primary_week <= plan.baseline_week) {
    return at("analysis.primary_week", "must come after the baseline week");
  }
  if (plan.endpoints.empty()) return at("analysis.endpoints", "must list at least one measure");
  for (Measure endpoint : plan.endpoints) {
    if (!protocol.range(endpoint)) {
      return at("analysis.endpoints",
                "'" + std::string(info(endpoint).id) + "' has no range under [instruments]");
    }
  }
  MYOIVIG_TRY(validate_plan_for_design(protocol));
  if (!(plan.alpha > 0 && plan.alpha < 1)) {
    return at("analysis.alpha", "must be between 0 and 1, got " + util::format_decimal(plan.alpha));
  }
  if (!(plan.conf_level > 0 && plan.conf_level < 1)) {
    return at("analysis.conf_level",
              "must be between 0 and 1, got " + util::format_decimal(plan.conf_level));
  }
  return {};
}

}  // namespace

const ScheduledVisit* Protocol::visit(int week) const {
  const auto found = std::find_if(schedule.begin(), schedule.end(),
                                  [week](const ScheduledVisit& v) { return v.week == week; });
  return found == schedule.end() ? nullptr : &*found;
}

const InstrumentRange* Protocol::range(Measure measure) const {
  const auto found =
      std::find_if(instruments.begin(), instruments.end(),
                   [measure](const InstrumentRange& r) { return r.measure == measure; });
  return found == instruments.end() ? nullptr : &*found;
}

util::Expected<void> validate(const Protocol& protocol) {
  if (protocol.id.empty()) return at("study.id", "must not be empty");
  MYOIVIG_TRY(validate(protocol.design));
  MYOIVIG_TRY(validate_eligibility(protocol.eligibility));
  MYOIVIG_TRY(validate_regimen(protocol.regimen));
  MYOIVIG_TRY(validate_schedule(protocol.schedule));
  MYOIVIG_TRY(validate_instruments(protocol.instruments));
  MYOIVIG_TRY(validate_analysis(protocol));
  if (!(protocol.dose_tolerance_fraction >= 0 && protocol.dose_tolerance_fraction < 1)) {
    return at(
        "regimen.dose_tolerance_fraction",
        "must be from 0 to below 1, got " + util::format_decimal(protocol.dose_tolerance_fraction));
  }
  return {};
}

}  // namespace myoivig::domain
