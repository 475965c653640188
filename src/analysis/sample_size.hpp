// Sample size by simulation (`myoivig simulate sample-size`): the smallest n at which a
// power design (analysis/power_design.hpp) reaches a target power, for a paired design n
// patients, for a two-arm design n per arm (n1 = n2 = n).
//
// Search: power is simulated at n = min_n, 2 min_n, 4 min_n, ... (capped at max_n) until
// the target is reached, then by bisection between the last n below the target and the
// first at or above it, to adjacent integers. Every evaluation uses the same seed, so the
// trials at different n share their random streams (common random numbers) and the
// simulated curve is smooth. The answer is the smallest evaluated n whose simulated power
// is >= target; every evaluated n below it fell short. Bisection assumes power grows with
// n. It does, apart from the saw-tooth of exact tests on discrete statistics (e.g. the
// signed-rank test at n = 5 cannot reject two-sided at 0.05; Fisher's test at adjacent n),
// so a smaller n just below the answer may occasionally reach the target too: the curve
// lists every evaluated point for the reader to see. With the answer near the target,
// more replicates narrow the Monte Carlo error (mcse).
// Thread-safety: pure function (simulations run threads internally).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "analysis/power_design.hpp"
#include "stats/simulation.hpp"
#include "util/expected.hpp"

namespace myoivig::analysis {

inline constexpr std::size_t k_default_max_n = 1000;

struct SampleSizeSettings {
  double target_power = 0.9;
  std::size_t min_n = 0;  // 0: the design's smallest usable n (analysis::smallest_n)
  std::size_t max_n = k_default_max_n;
  // Called before each evaluation with the n about to be simulated (for progress).
  std::function<void(std::size_t n)> evaluating;
};

struct PowerPoint {
  std::size_t n = 0;
  stats::RejectionCount count;
};

struct SampleSizeResult {
  std::optional<std::size_t> n;   // empty when max_n does not reach the target
  std::vector<PowerPoint> curve;  // every evaluated n, ascending
  // The point at n, or (target not reached) at max_n.
  [[nodiscard]] const PowerPoint& answer() const;
};

// Fails on an invalid design (as simulate_power), on target_power outside (0, 1)
// ("target-power: must be in (0, 1), got 1"), or on min_n/max_n outside
// [smallest_n, k_max_paired_n or k_max_arm_n] or min_n > max_n ("max-n: ...").
util::Expected<SampleSizeResult> search_sample_size(const PowerDesign& design,
                                                    const SampleSizeSettings& settings,
                                                    const stats::SimulationSettings& simulation);

}  // namespace myoivig::analysis
