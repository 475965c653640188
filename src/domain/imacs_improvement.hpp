// DefinitionOfImprovement: the IMACS preliminary definition of improvement (DOI) for
// adult and juvenile myositis (Rider LG, et al., Arthritis Rheum 2004;50:2281-2290),
// shared/specs/outcomes.md section 5:
//   improved = at least 3 of the 6 core set measures improved by >= 20 %, no more than 2
//              worsened by >= 25 %, and MMT not among the worsened.
// Percent change is relative to baseline [adopted; a named setting: absolute_over_range
// is the alternative for the five measures with a range]; enzymes use the most abnormal
// enzyme at baseline, always relative. A baseline of 0 on a relative change makes that
// measure's change undefined: it counts as neither improved nor worsened and is listed.
// A missing measure also counts as neither and is listed; MMT is required (the rule
// cannot be checked without it), so without MMT the DOI is not computable.
// Bounds are exact: 20 % counts as improved, 25 % as worsened.
// Thread-safety: pure functions.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "domain/core_set.hpp"
#include "domain/percent_change.hpp"
#include "domain/total_improvement_score.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

constexpr int k_doi_improved_percent = 20;
constexpr int k_doi_worsened_percent = 25;
constexpr int k_doi_min_improved = 3;
constexpr int k_doi_max_worsened = 2;

struct DoiSettings {
  ChangeRule rule = ChangeRule::relative_to_baseline;  // all measures but enzymes
};

struct DoiMeasure {
  CoreMeasure measure = CoreMeasure::physician_global;
  bool present = false;                    // at both visits
  std::optional<Rational> percent_change;  // improvement in %, empty when missing or undefined
  bool improved = false;
  bool worsened = false;
};

struct DefinitionOfImprovement {
  std::optional<bool> improved;  // empty when not computable (MMT missing)
  std::array<DoiMeasure, 6> measures;
  std::vector<CoreMeasure> improved_measures;
  std::vector<CoreMeasure> worsened_measures;
  std::vector<CoreMeasure> undefined_measures;  // baseline 0 with a relative change
  std::vector<CoreMeasure> missing_measures;
  std::string enzyme;  // the most abnormal enzyme at baseline, when any

  [[nodiscard]] bool computable() const { return improved.has_value(); }
};

// Validates the visits as total_improvement_score does (the population is not used).
util::Expected<DefinitionOfImprovement> imacs_improvement(const ResponseInput& input,
                                                          const DoiSettings& settings = {});

}  // namespace myoivig::domain
