// Nonparametric bootstrap confidence intervals for a one-sample statistic (mean, median,
// Hodges-Lehmann pseudo-median): B resamples of size n drawn with replacement.
//
//   percentile  [Q(alpha/2), Q(1 - alpha/2)] of the B replicates, Q the type-7 quantile
//               (linear interpolation, as SciPy's; R's boot interpolates at (B+1) alpha on
//               the normal scale instead)
//   BCa         Efron (1987) JASA 82:171, with the jackknife acceleration (Efron &
//               Tibshirani 1993, 14.3; R's boot uses regression influence values):
//                 z0 = Phi^-1(#{theta*_b < theta_hat} / B)
//                 a  = sum (mean_J - theta_(i))^3 / (6 (sum (mean_J - theta_(i))^2)^1.5)
//                 alpha_1,2 = Phi(z0 + (z0 + z_q) / (1 - a (z0 + z_q))), q = alpha/2, 1-alpha/2
//               and the interval is [Q(alpha_1), Q(alpha_2)].
// Resample b uses the generator Rng(seed, b) (stats/rng.hpp): the result depends on the
// seed alone.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "stats/interval.hpp"
#include "util/enum_names.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

enum class BootstrapStatistic { mean, median, hodges_lehmann };

inline constexpr util::EnumNames<BootstrapStatistic, 3> k_bootstrap_statistic_names{{
    {BootstrapStatistic::mean, "mean"},
    {BootstrapStatistic::median, "median"},
    {BootstrapStatistic::hodges_lehmann, "hodges-lehmann"},
}};

inline constexpr std::size_t k_bootstrap_min_reps = 100;
inline constexpr std::size_t k_bootstrap_max_reps = 10'000'000;

struct BootstrapOptions {
  BootstrapStatistic statistic = BootstrapStatistic::mean;
  std::size_t reps = 10'000;
  std::uint64_t seed = 1;
  double conf_level = 0.95;
};

struct BootstrapResult {
  double estimate = 0.0;  // the statistic of the sample
  Interval percentile;
  // Empty when BCa is undefined: every replicate on one side of the estimate (z0 infinite).
  std::optional<Interval> bca;
  std::string bca_note;          // why bca is empty
  double bias_correction = 0.0;  // z0
  double acceleration = 0.0;     // a
  std::size_t n = 0;
  std::size_t reps = 0;
  std::uint64_t seed = 0;
  double conf_level = 0.95;
};

// NaN values are missing. Fails with fewer than 2 values, reps outside
// [k_bootstrap_min_reps, k_bootstrap_max_reps] or a conf_level outside (0, 1).
util::Expected<BootstrapResult> bootstrap(std::span<const double> x,
                                          const BootstrapOptions& options = {});

// The statistic of a sample (no checks; precondition: non-empty, finite).
double bootstrap_statistic(BootstrapStatistic statistic, std::span<const double> x,
                           std::vector<double>& scratch);

// Jackknife acceleration a of the statistic on x (formula above); 0 when every
// leave-one-out value is the same. Precondition: x.size() >= 2.
double jackknife_acceleration(BootstrapStatistic statistic, std::span<const double> x);

}  // namespace myoivig::stats
