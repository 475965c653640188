// Power designs of the trial-design simulator (`myoivig simulate power`) and their
// simulated power:
//   PairedDesign  n patients, each with one change (follow-up minus baseline) drawn from a
//                 distribution with mean change D and SD S (normal, t3, lognormal; see
//                 stats/change_generator.hpp for how t3 and lognormal are scaled), or
//                 resampled with replacement from the observed changes of a study
//                 (analysis/study_changes.hpp); optionally rounded to a step like a
//                 clinical score; tested with signrank, ttest or signtest
//                 (stats/paired_test_kernel.hpp).
//   TwoArmDesign  n1 and n2 patients with response probabilities p1 and p2, tested with
//                 Fisher's exact test or the Newcombe interval of p1 - p2
//                 (stats/two_arm_test_kernel.hpp).
// Power is the fraction of simulated trials that reject at alpha (stats/simulation.hpp:
// per-trial seeded streams, so the same seed gives the same power for any thread count).
//
// Errors name the field as "<field>: <rule>, got <value>", with the field spelled as the
// command-line flag without its dashes (n, mean-change, sd, round, alpha, n1, n2, p1, p2,
// alternative, observed), e.g. "sd: must be positive and finite, got -1".
// Thread-safety: pure functions (simulate_power runs threads internally).
#pragma once

#include <cstddef>
#include <cstdint>
#include <variant>
#include <vector>

#include "stats/change_generator.hpp"
#include "stats/paired_test_kernel.hpp"
#include "stats/simulation.hpp"
#include "stats/two_arm_test_kernel.hpp"
#include "util/expected.hpp"

namespace myoivig::analysis {

inline constexpr std::size_t k_max_paired_n = 100'000;
inline constexpr std::int64_t k_max_arm_n = 100'000;

struct PairedDesign {
  std::size_t n = 0;
  stats::ChangeDistribution distribution = stats::ChangeDistribution::normal;
  double mean_change = 0.0;      // D (parametric distributions)
  double sd = 1.0;               // S (parametric distributions)
  double round_step = 0.0;       // 0: no rounding
  std::vector<double> observed;  // the changes to resample (distribution resample)
  stats::PairedTestSettings test;
};

struct TwoArmDesign {
  std::int64_t n1 = 0;
  std::int64_t n2 = 0;
  double p1 = 0.0;
  double p2 = 0.0;
  stats::TwoArmTestSettings test;
};

using PowerDesign = std::variant<PairedDesign, TwoArmDesign>;

// Checks the design's fields (the rules above each field's use):
//   n in [1, 100000], at least 2 for ttest; mean-change finite; sd positive and finite;
//   round >= 0 and finite; observed: at least 1 value, all finite; n1, n2 in [1, 100000];
//   p1, p2 in [0, 1]; alpha in (0, 1), below 0.5 for one-sided prop-diff.
util::Expected<void> validate(const PowerDesign& design);

// The smallest sample size the design's test can use (2 for the t-test, else 1).
std::size_t smallest_n(const PowerDesign& design);

// The design with sample size n: the paired n, or n per arm (n1 = n2 = n) for two arms.
PowerDesign with_sample_size(const PowerDesign& design, std::size_t n);

// The design's sample size: n for paired designs, n1 + n2 for two arms.
std::size_t total_n(const PowerDesign& design);

// Validates the design and simulates settings.reps trials (errors of run_trials as there).
util::Expected<stats::RejectionCount> simulate_power(const PowerDesign& design,
                                                     const stats::SimulationSettings& settings);

}  // namespace myoivig::analysis
