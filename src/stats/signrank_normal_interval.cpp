// The normal-approximation interval of the signed-rank test (declared in
// stats/signrank_interval.hpp): the exact solution of the step equation that R's
// wilcox.test(exact = FALSE, conf.int = TRUE) solves with uniroot.
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "stats/distributions.hpp"
#include "stats/ranks.hpp"
#include "stats/signrank_interval.hpp"
#include "stats/walsh.hpp"

namespace myoivig::stats::detail {
namespace {

constexpr double k_infinity = std::numeric_limits<double>::infinity();

// Normal quantiles for tail areas that R's alpha doubling may push to 1 and beyond.
double upper_quantile(double tail) {
  return tail >= 1 ? -k_infinity : normal_upper_quantile(tail);
}
double lower_quantile(double tail) {
  return tail >= 1 ? k_infinity : normal_quantile(tail);
}

double correction(double centered, Alternative alternative, bool correct) {
  if (!correct) return 0.0;
  switch (alternative) {
    case Alternative::two_sided:
      return centered > 0 ? 0.5 : (centered < 0 ? -0.5 : 0.0);
    case Alternative::greater:
      return 0.5;
    case Alternative::less:
      return -0.5;
  }
  return 0.0;
}

// R's W(d): the standardised statistic of x - d with zeros dropped, midranks, tie-corrected
// sigma and the continuity correction. Not finite when every x equals d.
double statistic_at_point(std::span<const double> values, double d, Alternative alternative,
                          bool correct) {
  std::vector<double> shifted;
  std::vector<double> magnitudes;
  for (const double value : values) {
    const double difference = value - d;
    if (difference == 0) continue;
    shifted.push_back(difference);
    magnitudes.push_back(std::fabs(difference));
  }
  const auto n = static_cast<double>(shifted.size());
  const DoubledRanks ranks = doubled_midranks(magnitudes);
  std::int64_t doubled = 0;
  for (std::size_t i = 0; i < shifted.size(); ++i) {
    if (shifted[i] > 0) doubled += ranks.ranks[i];
  }
  const double centered = static_cast<double>(doubled) / 2 - n * (n + 1) / 4;
  const double sigma =
      std::sqrt(n * (n + 1) * (2 * n + 1) / 24 - static_cast<double>(ranks.tie_sum) / 48);
  if (!(sigma > 0)) return std::numeric_limits<double>::quiet_NaN();
  return (centered - correction(centered, alternative, correct)) / sigma;
}

}  // namespace

ShiftInterval normal_interval(std::span<const double> values, const WalshOrderStatistics& walsh,
                              Alternative alternative, double conf_level, bool correct) {
  const auto n = static_cast<double>(values.size());
  const double mean = n * (n + 1) / 4;
  const double tie_sum = static_cast<double>(doubled_midranks(values).tie_sum);
  const double sigma = std::sqrt(n * (n + 1) * (2 * n + 1) / 24 - tie_sum / 48);
  // Between two neighbouring distinct Walsh averages the statistic is #{W > d}, the ties
  // are those of the values themselves, and nothing is zero.
  const auto statistic_above = [&](std::size_t greater_count) {
    const double centered = static_cast<double>(greater_count) - mean;
    return (centered - correction(centered, alternative, correct)) / sigma;
  };
  // The root of W(d) = z is the first Walsh average after which W drops below z. W there
  // depends only on c = #{W > d} and increases with c: with c* the smallest count at which
  // it reaches z, the root is the (M - c* + 1)-th smallest Walsh average.
  const std::size_t count = walsh.size();
  const auto root = [&](double z) {
    std::size_t low = 0;
    std::size_t high = count + 1;  // "no count reaches z"
    while (low < high) {
      const std::size_t middle = low + (high - low) / 2;
      if (middle <= count && statistic_above(middle) >= z) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    const std::size_t rank = std::clamp<std::size_t>(count + 1 - low, 1, count);
    return walsh.at(rank);
  };

  ShiftInterval interval;
  interval.estimate = walsh.median();
  const double at_min = statistic_at_point(values, values.front(), alternative, correct);
  const double at_max = statistic_at_point(values, values.back(), alternative, correct);
  if (!std::isfinite(at_min) || !std::isfinite(at_max)) {
    // Every value is the same: R gives NaN with level 0; the interval is that value.
    interval.ci_low = alternative == Alternative::less ? -k_infinity : values.front();
    interval.ci_high = alternative == Alternative::greater ? k_infinity : values.front();
    interval.conf_level = 0.0;
    return interval;
  }
  // R doubles alpha until the ends of the data bracket the roots (its "less" branch checks
  // alpha / 2 but solves for alpha; kept so that the levels agree).
  double alpha = 1.0 - conf_level;
  const auto reachable = [&] {
    switch (alternative) {
      case Alternative::two_sided:
        return at_min >= upper_quantile(alpha / 2) && at_max <= lower_quantile(alpha / 2);
      case Alternative::greater:
        return at_min >= upper_quantile(alpha);
      case Alternative::less:
        return at_max <= lower_quantile(alpha / 2);
    }
    return true;
  };
  while (!reachable()) alpha *= 2;
  interval.conf_level = conf_level;
  if (alpha >= 1 || 1 - conf_level < alpha * 0.75) interval.conf_level = 1 - std::min(1.0, alpha);
  const double middle = median_of_sorted(values);
  switch (alternative) {
    case Alternative::two_sided:
      interval.ci_low = alpha < 1 ? root(upper_quantile(alpha / 2)) : middle;
      interval.ci_high = alpha < 1 ? root(lower_quantile(alpha / 2)) : middle;
      break;
    case Alternative::greater:
      interval.ci_low = alpha < 1 ? root(upper_quantile(alpha)) : middle;
      interval.ci_high = k_infinity;
      break;
    case Alternative::less:
      interval.ci_low = -k_infinity;
      interval.ci_high = alpha < 1 ? root(lower_quantile(alpha)) : middle;
      break;
  }
  return interval;
}

}  // namespace myoivig::stats::detail
