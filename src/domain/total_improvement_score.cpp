#include "domain/total_improvement_score.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<Population, 2> k_populations{{
    {Population::adult, "adult"},
    {Population::juvenile, "juvenile"},
}};

constexpr util::EnumNames<TisCategory, 4> k_categories{{
    {TisCategory::none, "none"},
    {TisCategory::minimal, "minimal"},
    {TisCategory::moderate, "moderate"},
    {TisCategory::major, "major"},
}};

// Upper bounds (in %) of the first four improvement columns; above the last is column 5.
constexpr std::array<int, 4> k_bounds_percent{5, 15, 25, 40};
constexpr std::array<int, 4> k_mmt_bounds_percent{2, 10, 20, 30};

// Points per column in tenths of a point (7.5 points = 75), k_core_measures order.
constexpr std::array<std::array<int, 5>, 6> k_points_tenths{{
    {0, 75, 150, 175, 200},   // physician global activity
    {0, 25, 50, 75, 100},     // patient (parent) global activity
    {0, 100, 200, 275, 325},  // MMT (CMAS in JDM)
    {0, 50, 75, 75, 100},     // HAQ (CHAQ in JDM)
    {0, 25, 50, 75, 75},      // most abnormal muscle enzyme
    {0, 75, 125, 150, 200},   // extramuscular activity
}};
constexpr int k_tenths = 10;

constexpr std::array<int, 3> k_adult_thresholds{20, 40, 60};
constexpr std::array<int, 3> k_juvenile_thresholds{30, 45, 70};

util::Expected<void> check_settings(const TisSettings& settings) {
  if (settings.rule(CoreMeasure::enzymes) != ChangeRule::relative_to_baseline) {
    return util::invalid_argument(
        "percent_change_rules.enzymes: " + std::string(code(settings.rule(CoreMeasure::enzymes))) +
        " needs an instrument range and enzymes have none (use relative_to_baseline)");
  }
  return {};
}

TisMeasure score_measure(CoreMeasure measure, const ResponseInput& input,
                         const TisSettings& settings, std::string& enzyme) {
  TisMeasure result;
  result.measure = measure;
  result.rule = settings.rule(measure);
  const MeasurePair pair = pair_of(measure, input.baseline, input.followup);
  if (measure == CoreMeasure::enzymes) enzyme = pair.enzyme;
  if (!pair.complete()) {
    result.note = pair.missing_note();
    return result;
  }
  result.present = true;
  result.percent_change = improvement_percent(result.rule, better(measure), *pair.baseline,
                                              *pair.followup, range_of(measure, input.mmt_max));
  if (!result.percent_change) {
    result.note = "undefined: baseline 0 with a relative change; scored 0";
    return result;
  }
  result.points = tis_points(measure, *result.percent_change);
  if (measure == CoreMeasure::enzymes) {
    const EnzymeValue* chosen = find_enzyme(input.baseline, pair.enzyme);
    result.note = pair.enzyme + ", the most abnormal at baseline (" +
                  (chosen->value / chosen->uln).to_string() + " x ULN)";
  }
  return result;
}

}  // namespace

std::string_view code(Population population) {
  return util::name_of(k_populations, population);
}
util::Expected<Population> parse_population(std::string_view text) {
  return util::value_of(k_populations, text);
}
std::string_view code(TisCategory category) {
  return util::name_of(k_categories, category);
}

std::array<int, 3> tis_thresholds(Population population) {
  return population == Population::adult ? k_adult_thresholds : k_juvenile_thresholds;
}

TisCategory tis_category(Population population, const Rational& tis) {
  const std::array<int, 3> thresholds = tis_thresholds(population);
  if (tis >= thresholds[2]) return TisCategory::major;
  if (tis >= thresholds[1]) return TisCategory::moderate;
  if (tis >= thresholds[0]) return TisCategory::minimal;
  return TisCategory::none;
}

Rational tis_points(CoreMeasure measure, const Rational& percent) {
  const std::array<int, 4>& bounds =
      measure == CoreMeasure::mmt ? k_mmt_bounds_percent : k_bounds_percent;
  std::size_t column = 0;
  for (int bound : bounds) {
    if (percent > bound) ++column;  // x <= bound stays in the lower column
  }
  return Rational::fraction(k_points_tenths[static_cast<std::size_t>(measure)][column], k_tenths);
}

bool required_for_tis(CoreMeasure measure) {
  return measure == CoreMeasure::physician_global || measure == CoreMeasure::mmt;
}

util::Expected<TotalImprovementScore> total_improvement_score(const ResponseInput& input,
                                                              const TisSettings& settings) {
  MYOIVIG_TRY(check_settings(settings));
  MYOIVIG_TRY(validate_core_set(input.baseline, input.mmt_max, "baseline."));
  MYOIVIG_TRY(validate_core_set(input.followup, input.mmt_max, "followup."));

  TotalImprovementScore result;
  result.population = input.population;
  Rational sum;
  bool required_missing = false;
  for (std::size_t i = 0; i < k_core_measures.size(); ++i) {
    const CoreMeasure measure = k_core_measures[i];
    result.measures[i] = score_measure(measure, input, settings, result.enzyme);
    sum = sum + result.measures[i].points;
    if (!result.measures[i].present) {
      result.missing.push_back(measure);
      required_missing = required_missing || required_for_tis(measure);
    }
  }
  const bool complete = result.missing.empty();
  if (complete || (settings.partial && !required_missing)) {
    result.tis = sum;
    result.category = tis_category(input.population, sum);
    result.partial = !complete;
  }
  return result;
}

}  // namespace myoivig::domain
