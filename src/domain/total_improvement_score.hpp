// TotalImprovementScore: the 2016 ACR/EULAR response criteria for adult myositis
// (Aggarwal R, et al., Ann Rheum Dis 2017;76:792-801) and juvenile dermatomyositis (Rider
// LG, et al., Ann Rheum Dis 2017;76:782-791), shared/specs/outcomes.md section 4.
//
// Each of the six IMACS core set measures earns points by its improvement category
// (same table for both populations); TIS = sum of the six, 0-100:
//   measure           <=5 %  >5-15  >15-25  >25-40  >40 %
//   physician global    0     7.5     15     17.5     20
//   patient global      0     2.5      5      7.5     10
//   HAQ (CHAQ)          0      5      7.5     7.5     10
//   enzymes             0     2.5      5      7.5     7.5
//   extramuscular       0     7.5     12.5     15      20
//   MMT (CMAS)        <=2 %: 0, >2-10: 10, >10-20: 20, >20-30: 27.5, >30 %: 32.5
// Bounds are exact (percent changes are Rationals): 5 % scores 0, 5 % + 1e-9 scores the
// next column; worsening scores 0. Improvement: adults minimal >= 20, moderate >= 40, major
// >= 60; juvenile DM >= 30, >= 45, >= 70.
// Percent change [adopted, named settings]: absolute over the instrument range for the
// VAS measures, HAQ and MMT; relative to baseline for the most abnormal enzyme at baseline
// (highest value / ULN, compared with the same enzyme at follow-up).
// Missing measures: the TIS needs all six; otherwise it is not computable and the missing
// measures are named. A partial TIS (missing measures scored 0) is given only when the
// settings ask for it, and is labelled partial; physician global and MMT are required even
// then [published: calculator].
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core_set.hpp"
#include "domain/percent_change.hpp"
#include "domain/rational.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class Population { adult, juvenile };
std::string_view code(Population population);  // "adult" | "juvenile"
util::Expected<Population> parse_population(std::string_view text);

enum class TisCategory { none, minimal, moderate, major };
std::string_view code(TisCategory category);  // "none" | "minimal" | "moderate" | "major"

// The lowest TIS of each category: {minimal, moderate, major} (adult 20/40/60, JDM 30/45/70).
std::array<int, 3> tis_thresholds(Population population);
TisCategory tis_category(Population population, const Rational& tis);

// Points a measure earns for an improvement of `percent` (negative = worse): the table.
Rational tis_points(CoreMeasure measure, const Rational& percent);

// Physician global activity and MMT: without them there is no TIS, not even a partial one.
bool required_for_tis(CoreMeasure measure);

struct TisSettings {
  // The percent-change rule of each measure, in k_core_measures order.
  std::array<ChangeRule, 6> rules{
      ChangeRule::absolute_over_range,  ChangeRule::absolute_over_range,
      ChangeRule::absolute_over_range,  ChangeRule::absolute_over_range,
      ChangeRule::relative_to_baseline, ChangeRule::absolute_over_range};
  bool partial = false;  // score missing measures 0 (labelled partial) instead of refusing

  [[nodiscard]] ChangeRule rule(CoreMeasure measure) const {
    return rules[static_cast<std::size_t>(measure)];
  }
  void set_rule(CoreMeasure measure, ChangeRule rule) {
    rules[static_cast<std::size_t>(measure)] = rule;
  }
};

struct ResponseInput {
  Population population = Population::adult;
  int mmt_max = 0;  // the MMT scale's maximum: 80, 150, 260, or 52 for CMAS
  CoreSet baseline;
  CoreSet followup;
};

struct TisMeasure {
  CoreMeasure measure = CoreMeasure::physician_global;
  ChangeRule rule = ChangeRule::absolute_over_range;
  bool present = false;                    // at both visits
  std::optional<Rational> percent_change;  // improvement in %, empty when missing or undefined
  Rational points;                         // 0 when missing or undefined
  std::string note;  // "missing at follow-up", "CK, 10 x ULN at baseline", "undefined: ..."
};

struct TotalImprovementScore {
  Population population = Population::adult;
  std::optional<Rational> tis;  // empty when not computable
  std::optional<TisCategory> category;
  bool partial = false;  // some measures were missing and scored 0 on request
  std::array<TisMeasure, 6> measures;
  std::vector<CoreMeasure> missing;  // missing at baseline, follow-up or both
  std::string enzyme;                // the most abnormal enzyme at baseline, when any

  [[nodiscard]] bool computable() const { return tis.has_value(); }
};

// Checks the input (validate_core_set on both visits, mmt_max) and the settings (enzymes
// have no range, so they take relative_to_baseline only), then scores. The errors name the
// field: "followup.physician_global: 12 cm is outside 0-10 cm".
util::Expected<TotalImprovementScore> total_improvement_score(const ResponseInput& input,
                                                              const TisSettings& settings = {});

}  // namespace myoivig::domain
