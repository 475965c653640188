#include "domain/confirmed_deterioration.hpp"

#include "domain/rule_outcome.hpp"
#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

// The five measures of criterion 3 (all but enzymes).
constexpr std::array<CoreMeasure, 5> k_any_three_measures{
    CoreMeasure::physician_global, CoreMeasure::patient_global, CoreMeasure::mmt, CoreMeasure::haq,
    CoreMeasure::extramuscular};

// How much worse in raw units (positive = worse), or empty when a value is missing.
std::optional<Rational> worsening_units(CoreMeasure measure, const CoreSet& baseline,
                                        const CoreSet& visit) {
  const MeasurePair pair = pair_of(measure, baseline, visit);
  if (!pair.complete()) return std::nullopt;
  return better(measure) == Better::lower ? *pair.followup - *pair.baseline
                                          : *pair.baseline - *pair.followup;
}

// How much worse in percent under the rule (positive = worse), empty when missing or
// undefined.
std::optional<Rational> worsening_percent(CoreMeasure measure, const CoreSet& baseline,
                                          const CoreSet& visit, int mmt_max,
                                          const DeteriorationSettings& settings) {
  const MeasurePair pair = pair_of(measure, baseline, visit);
  if (!pair.complete()) return std::nullopt;
  const auto improvement = improvement_percent(settings.rule, better(measure), *pair.baseline,
                                               *pair.followup, range_of(measure, mmt_max));
  if (!improvement) return std::nullopt;
  return -*improvement;
}

std::string cm(const Rational& value) {
  return format_number(value.to_double()) + " cm";
}
std::string percent(const Rational& value) {
  return format_number(value.to_double()) + " %";
}

void physician_and_mmt(const CoreSet& baseline, const VisitCoreSet& visit, int mmt_max,
                       const DeteriorationSettings& settings, DeteriorationCheck& check) {
  const auto physician = worsening_units(CoreMeasure::physician_global, baseline, visit.measures);
  const auto mmt = worsening_percent(CoreMeasure::mmt, baseline, visit.measures, mmt_max, settings);
  const bool physician_met = physician && *physician >= k_deterioration_vas_cm;
  const bool mmt_met = mmt && *mmt >= k_deterioration_mmt_percent;
  if (physician_met && mmt_met) {
    check.reasons.push_back("physician global worse by " + cm(*physician) + " and MMT worse by " +
                            percent(*mmt));
  } else if ((!physician && (!mmt || mmt_met)) || (!mmt && physician_met)) {
    check.not_evaluable.push_back("physician global >= 2 cm and MMT >= 20 % worse");
  }
}

void extramuscular(const CoreSet& baseline, const VisitCoreSet& visit, DeteriorationCheck& check) {
  const auto worse = worsening_units(CoreMeasure::extramuscular, baseline, visit.measures);
  if (!worse) {
    check.not_evaluable.push_back("extramuscular global >= 2 cm worse");
  } else if (*worse >= k_deterioration_vas_cm) {
    check.reasons.push_back("extramuscular global worse by " + cm(*worse));
  }
}

void any_three(const CoreSet& baseline, const VisitCoreSet& visit, int mmt_max,
               const DeteriorationSettings& settings, DeteriorationCheck& check) {
  std::vector<std::string> worse;
  int unknown = 0;
  for (CoreMeasure measure : k_any_three_measures) {
    const auto change = worsening_percent(measure, baseline, visit.measures, mmt_max, settings);
    if (!change) {
      ++unknown;
    } else if (*change >= k_deterioration_any_percent) {
      worse.push_back(std::string(code(measure)) + " " + percent(*change));
    }
  }
  if (static_cast<int>(worse.size()) >= k_deterioration_any_count) {
    check.reasons.push_back(std::to_string(worse.size()) +
                            " of 5 measures worse by >= 30 %: " + util::join(worse, ", "));
  } else if (static_cast<int>(worse.size()) + unknown >= k_deterioration_any_count) {
    check.not_evaluable.push_back("3 of 5 measures >= 30 % worse");
  }
}

}  // namespace

DeteriorationCheck check_deterioration(const CoreSet& baseline, const VisitCoreSet& visit,
                                       int mmt_max, const DeteriorationSettings& settings) {
  DeteriorationCheck check;
  check.week = visit.week;
  physician_and_mmt(baseline, visit, mmt_max, settings, check);
  extramuscular(baseline, visit, check);
  any_three(baseline, visit, mmt_max, settings, check);
  check.deteriorated = !check.reasons.empty();
  return check;
}

util::Expected<ConfirmedDeterioration> confirmed_deterioration(
    const CoreSet& baseline, std::span<const VisitCoreSet> visits, int mmt_max,
    const DeteriorationSettings& settings) {
  MYOIVIG_TRY(validate_core_set(baseline, mmt_max, "baseline."));
  for (std::size_t i = 0; i < visits.size(); ++i) {
    const std::string field = "visits[" + std::to_string(i) + "]";
    MYOIVIG_TRY(validate_core_set(visits[i].measures, mmt_max, field + "."));
    if (i > 0 && visits[i].week <= visits[i - 1].week) {
      return util::invalid_argument(field + ".week: " + std::to_string(visits[i].week) +
                                    " is not after week " + std::to_string(visits[i - 1].week) +
                                    " (visits must be in week order)");
    }
  }
  ConfirmedDeterioration result;
  for (const VisitCoreSet& visit : visits) {
    result.visits.push_back(check_deterioration(baseline, visit, mmt_max, settings));
    const std::size_t n = result.visits.size();
    if (!result.confirmed && n >= 2 && result.visits[n - 2].deteriorated &&
        result.visits[n - 1].deteriorated) {
      result.confirmed = true;
      result.onset_week = result.visits[n - 2].week;
      result.confirmed_week = result.visits[n - 1].week;
    }
  }
  return result;
}

}  // namespace myoivig::domain
