#include "domain/imacs_improvement.hpp"

namespace myoivig::domain {
namespace {

DoiMeasure assess(CoreMeasure measure, const ResponseInput& input, const DoiSettings& settings,
                  std::string& enzyme) {
  DoiMeasure result;
  result.measure = measure;
  const MeasurePair pair = pair_of(measure, input.baseline, input.followup);
  if (measure == CoreMeasure::enzymes) enzyme = pair.enzyme;
  if (!pair.complete()) return result;
  result.present = true;
  const ChangeRule rule =
      measure == CoreMeasure::enzymes ? ChangeRule::relative_to_baseline : settings.rule;
  result.percent_change = improvement_percent(rule, better(measure), *pair.baseline, *pair.followup,
                                              range_of(measure, input.mmt_max));
  if (result.percent_change) {
    result.improved = *result.percent_change >= k_doi_improved_percent;
    result.worsened = -*result.percent_change >= k_doi_worsened_percent;
  }
  return result;
}

}  // namespace

util::Expected<DefinitionOfImprovement> imacs_improvement(const ResponseInput& input,
                                                          const DoiSettings& settings) {
  MYOIVIG_TRY(validate_core_set(input.baseline, input.mmt_max, "baseline."));
  MYOIVIG_TRY(validate_core_set(input.followup, input.mmt_max, "followup."));
  DefinitionOfImprovement result;
  for (std::size_t i = 0; i < k_core_measures.size(); ++i) {
    const CoreMeasure measure = k_core_measures[i];
    const DoiMeasure& assessed = result.measures[i] =
        assess(measure, input, settings, result.enzyme);
    if (!assessed.present) {
      result.missing_measures.push_back(measure);
    } else if (!assessed.percent_change) {
      result.undefined_measures.push_back(measure);
    } else if (assessed.improved) {
      result.improved_measures.push_back(measure);
    } else if (assessed.worsened) {
      result.worsened_measures.push_back(measure);
    }
  }
  if (!result.measures[static_cast<std::size_t>(CoreMeasure::mmt)].present) return result;
  const bool mmt_worsened = result.measures[static_cast<std::size_t>(CoreMeasure::mmt)].worsened;
  result.improved = static_cast<int>(result.improved_measures.size()) >= k_doi_min_improved &&
                    static_cast<int>(result.worsened_measures.size()) <= k_doi_max_worsened &&
                    !mmt_worsened;
  return result;
}

}  // namespace myoivig::domain
