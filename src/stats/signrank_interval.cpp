#include "stats/signrank_interval.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "stats/walsh.hpp"

namespace myoivig::stats::detail {
namespace {

constexpr double k_infinity = std::numeric_limits<double>::infinity();
constexpr double k_quantile_fuzz = 10 * std::numeric_limits<double>::epsilon();

// R reports the achieved level, 1 - signif(achieved alpha, 2), when it is off by more
// than half of alpha. R's psignrank scales the counts by exp(-n log 2), which is not
// exactly 2^-n (3e-17 above 1/8 for n = 3), and signif rounds halves to even, so ties such
// as 0.125 fall either way: the reported level repeats that arithmetic to agree with R.
double reported_level(double conf_level, double alpha, double achieved_alpha, std::size_t n) {
  const auto scores = static_cast<double>(n);
  const double as_r =
      std::ldexp(achieved_alpha, static_cast<int>(n)) * std::exp(-scores * std::numbers::ln2);
  if (as_r - alpha > alpha / 2) return 1.0 - signif2(as_r);
  return conf_level;
}

}  // namespace

double signif2(double x) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  const double magnitude = std::floor(std::log10(std::fabs(x)));
  const double scale = std::pow(10.0, 1.0 - magnitude);
  return std::nearbyint(x * scale) / scale;  // halves to even, as R
}

std::int64_t qsignrank(const SignedRankDistribution& distribution, double p) {
  if (p <= 0.5) return distribution.quantile(p - k_quantile_fuzz);
  return distribution.total() - distribution.quantile(1.0 - p + k_quantile_fuzz, true);
}

std::int64_t doubled_statistic_at(std::span<const double> sorted_x, double d) {
  // x_i - d is non-decreasing in i, so |x_i - d| ascending is a merge of the negative part
  // read backwards and the non-negative part read forwards.
  const auto n = static_cast<std::ptrdiff_t>(sorted_x.size());
  std::ptrdiff_t positive = 0;
  while (positive < n && sorted_x[positive] - d < 0) ++positive;
  std::ptrdiff_t negative = positive - 1;
  std::int64_t position = 0;  // ranks handed out so far
  std::int64_t statistic = 0;
  while (negative >= 0 || positive < n) {
    const double next_negative = negative >= 0 ? -(sorted_x[negative] - d) : k_infinity;
    const double next_positive = positive < n ? sorted_x[positive] - d : k_infinity;
    const double value = std::min(next_negative, next_positive);
    std::int64_t group = 0;
    std::int64_t positives = 0;
    while (negative >= 0 && -(sorted_x[negative] - d) == value) {
      --negative;
      ++group;
    }
    while (positive < n && sorted_x[positive] - d == value) {
      ++positive;
      ++group;
      if (value > 0) ++positives;
    }
    statistic += positives * (2 * position + group + 1);
    position += group;
  }
  return statistic;
}

ShiftInterval exact_interval(const WalshOrderStatistics& walsh,
                             const SignedRankDistribution& distribution, Alternative alternative,
                             double conf_level) {
  const auto count = static_cast<std::int64_t>(walsh.size());
  const double alpha = 1.0 - conf_level;
  const auto at = [&](std::int64_t rank) { return walsh.at(static_cast<std::size_t>(rank)); };
  ShiftInterval interval;
  interval.estimate = walsh.median();
  const double tail = alternative == Alternative::two_sided ? alpha / 2 : alpha;
  // The distribution is over doubled ranks 2, 4, ..., 2n: halve its quantile.
  const std::int64_t lower_rank = std::max<std::int64_t>(qsignrank(distribution, tail) / 2, 1);
  const double tail_achieved = distribution.cdf(2 * (lower_rank - 1));
  interval.ci_low = alternative == Alternative::less ? -k_infinity : at(lower_rank);
  interval.ci_high = alternative == Alternative::greater ? k_infinity : at(count - lower_rank + 1);
  const double achieved = alternative == Alternative::two_sided ? 2 * tail_achieved : tail_achieved;
  interval.conf_level = reported_level(conf_level, alpha, achieved, distribution.size());
  return interval;
}

ShiftInterval conditional_interval(std::span<const double> values, std::span<const double> walsh,
                                   const SignedRankDistribution& distribution,
                                   std::int64_t min_score, bool ties, Alternative alternative,
                                   double conf_level) {
  const std::size_t count = walsh.size();
  std::vector<std::int64_t> statistic(count);
  for (std::size_t k = 0; k < count; ++k) {
    statistic[k] =
        ties ? doubled_statistic_at(values, walsh[k]) : 2 * static_cast<std::int64_t>(count - k);
  }
  const auto [min_it, max_it] = std::minmax_element(statistic.begin(), statistic.end());
  const std::int64_t min_statistic = *min_it;
  const std::int64_t max_statistic = *max_it;

  // wilcox.exact: upper end = min W_k with V(W_k) <= q(alpha/2) (max W when q <= min V),
  // lower end = max W_k with V(W_k) > q(1 - alpha/2) (min W when q >= max V).
  const auto upper_end = [&](double p) {
    const std::int64_t q = distribution.quantile(p);
    if (q <= min_statistic) return walsh.back();
    double end = k_infinity;
    for (std::size_t k = 0; k < count; ++k) {
      if (statistic[k] <= q) end = std::min(end, walsh[k]);
    }
    return end;
  };
  const auto lower_end = [&](double p) {
    const std::int64_t q = distribution.quantile(p);
    if (q >= max_statistic) return walsh.front();
    double end = -k_infinity;
    for (std::size_t k = 0; k < count; ++k) {
      if (statistic[k] > q) end = std::max(end, walsh[k]);
    }
    return end;
  };

  const double alpha = 1.0 - conf_level;
  const double tail = alternative == Alternative::two_sided ? alpha / 2 : alpha;
  ShiftInterval interval;
  interval.estimate = median_of_sorted(walsh);
  interval.ci_low = alternative == Alternative::less ? -k_infinity : lower_end(1.0 - tail);
  interval.ci_high = alternative == Alternative::greater ? k_infinity : upper_end(tail);
  // With a quantile of 0 the interval spans all Walsh averages and cannot widen further:
  // its level is then 1 - P(T = 0) per tail, reported as R reports the exact interval's.
  const std::int64_t q = std::max(distribution.quantile(tail), min_score);
  const double tail_achieved = distribution.cdf(q - 1);
  const double achieved = alternative == Alternative::two_sided ? 2 * tail_achieved : tail_achieved;
  interval.conf_level = reported_level(conf_level, alpha, achieved, distribution.size());
  return interval;
}

}  // namespace myoivig::stats::detail
