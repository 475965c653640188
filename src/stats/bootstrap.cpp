#include "stats/bootstrap.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "stats/check.hpp"
#include "stats/descriptive.hpp"
#include "stats/distributions.hpp"
#include "stats/rng.hpp"
#include "stats/sample.hpp"
#include "stats/walsh.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "bootstrap";
constexpr std::size_t k_all_averages_max_n = 300;  // Hodges-Lehmann by forming all averages

util::Expected<void> check_options(const BootstrapOptions& options) {
  MYOIVIG_TRY(check_conf_level(k_function, options.conf_level));
  if (options.reps < k_bootstrap_min_reps || options.reps > k_bootstrap_max_reps) {
    return argument_error(k_function, "reps",
                          "must be between " + std::to_string(k_bootstrap_min_reps) + " and " +
                              std::to_string(k_bootstrap_max_reps) + ", got " +
                              std::to_string(options.reps));
  }
  return {};
}

// Sorted replicates; replicate b resamples with the generator of stream b.
std::vector<double> replicates(std::span<const double> values, const BootstrapOptions& options) {
  std::vector<double> result(options.reps);
  std::vector<double> resample(values.size());
  std::vector<double> scratch;
  for (std::size_t b = 0; b < options.reps; ++b) {
    Rng rng(options.seed, b);
    for (double& value : resample) value = values[rng.below(values.size())];
    result[b] = bootstrap_statistic(options.statistic, resample, scratch);
  }
  std::sort(result.begin(), result.end());
  return result;
}

// The BCa interval, or the reason it is undefined.
void bca_interval(const std::vector<double>& sorted, double alpha, BootstrapResult& result) {
  if (sorted.front() == sorted.back() && sorted.front() == result.estimate) {
    result.bca = Interval{result.estimate, result.estimate};
    result.bca_note = "every replicate equals the estimate";
    return;
  }
  const auto below = static_cast<double>(
      std::lower_bound(sorted.begin(), sorted.end(), result.estimate) - sorted.begin());
  const auto reps = static_cast<double>(sorted.size());
  if (below == 0 || below == reps) {
    result.bca_note =
        "undefined: every replicate lies on one side of the estimate, so z0 is infinite";
    return;
  }
  const double z0 = normal_quantile(below / reps);
  const double a = result.acceleration;
  result.bias_correction = z0;
  const auto adjusted = [&](double tail) {
    const double z = z0 + normal_quantile(tail);
    return 1 - a * z > 0 ? normal_cdf(z0 + z / (1 - a * z)) : -1.0;
  };
  const double low = adjusted(alpha / 2);
  const double high = adjusted(1 - alpha / 2);
  if (low < 0 || high < 0) {
    result.bca_note = "undefined: the acceleration is too large for the requested level";
    return;
  }
  result.bca = Interval{sorted_quantile(sorted, low), sorted_quantile(sorted, high)};
}

}  // namespace

double bootstrap_statistic(BootstrapStatistic statistic, std::span<const double> x,
                           std::vector<double>& scratch) {
  switch (statistic) {
    case BootstrapStatistic::mean:
      return plain_mean(x);
    case BootstrapStatistic::median: {
      scratch.assign(x.begin(), x.end());
      const std::size_t half = scratch.size() / 2;
      const auto middle = scratch.begin() + static_cast<std::ptrdiff_t>(half);
      std::nth_element(scratch.begin(), middle, scratch.end());
      if (scratch.size() % 2 == 1) return *middle;
      return (*std::max_element(scratch.begin(), middle) + *middle) / 2;
    }
    case BootstrapStatistic::hodges_lehmann:
      if (x.size() <= k_all_averages_max_n) return hodges_lehmann(x, scratch);
      // Past a few hundred values, select the median by bisection instead of forming
      // n(n+1)/2 averages (same value, O(n log n) memory and time per resample).
      scratch.assign(x.begin(), x.end());
      std::sort(scratch.begin(), scratch.end());
      return WalshOrderStatistics(scratch).median();
  }
  return 0.0;
}

double jackknife_acceleration(BootstrapStatistic statistic, std::span<const double> x) {
  const std::size_t n = x.size();
  std::vector<double> leave_out(n - 1);
  std::vector<double> values(n);
  std::vector<double> scratch;
  for (std::size_t i = 0; i < n; ++i) {
    std::copy(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(i), leave_out.begin());
    std::copy(x.begin() + static_cast<std::ptrdiff_t>(i) + 1, x.end(),
              leave_out.begin() + static_cast<std::ptrdiff_t>(i));
    values[i] = bootstrap_statistic(statistic, leave_out, scratch);
  }
  const double centre = plain_mean(values);
  double squares = 0.0;
  double cubes = 0.0;
  for (const double value : values) {
    const double deviation = centre - value;
    squares += deviation * deviation;
    cubes += deviation * deviation * deviation;
  }
  if (squares == 0) return 0.0;
  return cubes / (6 * std::pow(squares, 1.5));
}

util::Expected<BootstrapResult> bootstrap(std::span<const double> x,
                                          const BootstrapOptions& options) {
  MYOIVIG_TRY(check_options(options));
  MYOIVIG_TRY_ASSIGN(values, non_missing(k_function, "x", x));
  MYOIVIG_TRY(check_sample_size(k_function, "x", values.size(), 2));
  BootstrapResult result;
  std::vector<double> scratch;
  result.estimate = bootstrap_statistic(options.statistic, values, scratch);
  result.n = values.size();
  result.reps = options.reps;
  result.seed = options.seed;
  result.conf_level = options.conf_level;
  result.acceleration = jackknife_acceleration(options.statistic, values);
  const std::vector<double> sorted = replicates(values, options);
  const double alpha = 1 - options.conf_level;
  result.percentile =
      Interval{sorted_quantile(sorted, alpha / 2), sorted_quantile(sorted, 1 - alpha / 2)};
  bca_interval(sorted, alpha, result);
  return result;
}

}  // namespace myoivig::stats
