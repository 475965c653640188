#include "stats/binom.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "stats/check.hpp"
#include "stats/distributions.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "binom";
constexpr double k_relative_error = 1 + 1e-7;  // R's tolerance for "as likely as x"

util::Expected<void> check_counts(std::int64_t successes, std::int64_t trials) {
  MYOIVIG_TRY(check_count(k_function, "successes", successes));
  if (trials < 1) {
    return argument_error(k_function, "trials",
                          "must be a positive whole number, got " + std::to_string(trials));
  }
  if (successes > trials) {
    return argument_error(k_function, "successes",
                          "must not exceed trials (" + std::to_string(trials) + "), got " +
                              std::to_string(successes));
  }
  return {};
}

// Number of i in [first, last] with pmf(i) <= threshold, where the pmf is monotone on the
// range (decreasing when `decreasing`): the matching points form one end of the range.
std::int64_t count_unlikely(std::int64_t first, std::int64_t last, bool decreasing, std::int64_t n,
                            double p, double threshold) {
  // Binary search for the boundary instead of R's scan, so that huge n stays fast.
  std::int64_t low = first;
  std::int64_t high = last + 1;  // first index (decreasing) or one past the last (increasing)
  while (low < high) {
    const std::int64_t middle = low + (high - low) / 2;
    const bool unlikely = binomial_pmf(middle, n, p) <= threshold;
    if (unlikely == decreasing) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return decreasing ? last + 1 - low : low - first;
}

double two_sided_p(std::int64_t x, std::int64_t n, double p) {
  if (p == 0) return x == 0 ? 1.0 : 0.0;
  if (p == 1) return x == n ? 1.0 : 0.0;
  const double threshold = binomial_pmf(x, n, p) * k_relative_error;
  const double m = static_cast<double>(n) * p;
  if (static_cast<double>(x) == m) return 1.0;
  // The pmf decreases from ceil(m) to n and increases from 0 to floor(m).
  if (static_cast<double>(x) < m) {
    const std::int64_t count =
        count_unlikely(static_cast<std::int64_t>(std::ceil(m)), n, true, n, p, threshold);
    return std::min(1.0, binomial_cdf(x, n, p) + binomial_upper(n - count + 1, n, p));
  }
  const std::int64_t count =
      count_unlikely(0, static_cast<std::int64_t>(std::floor(m)), false, n, p, threshold);
  return std::min(1.0, binomial_cdf(count - 1, n, p) + binomial_upper(x, n, p));
}

}  // namespace

util::Expected<double> binom_p_value(std::int64_t successes, std::int64_t trials, double p,
                                     Alternative alternative) {
  MYOIVIG_TRY(check_counts(successes, trials));
  MYOIVIG_TRY(check_probability(k_function, "p", p));
  switch (alternative) {
    case Alternative::less:
      return binomial_cdf(successes, trials, p);
    case Alternative::greater:
      return binomial_upper(successes, trials, p);
    case Alternative::two_sided:
      return two_sided_p(successes, trials, p);
  }
  return 1.0;
}

util::Expected<Interval> clopper_pearson(std::int64_t successes, std::int64_t trials,
                                         double conf_level, Alternative alternative) {
  MYOIVIG_TRY(check_counts(successes, trials));
  MYOIVIG_TRY(check_conf_level(k_function, conf_level));
  const double alpha = 1 - conf_level;
  const double tail = alternative == Alternative::two_sided ? alpha / 2 : alpha;
  const auto x = static_cast<double>(successes);
  const auto n = static_cast<double>(trials);
  Interval interval{0.0, 1.0};
  if (alternative != Alternative::less && successes > 0) {
    interval.low = beta_quantile(tail, x, n - x + 1);
  }
  if (alternative != Alternative::greater && successes < trials) {
    interval.high = beta_quantile(1 - tail, x + 1, n - x);
  }
  return interval;
}

util::Expected<Interval> wilson(std::int64_t successes, std::int64_t trials, double conf_level,
                                Alternative alternative, bool continuity_correction) {
  MYOIVIG_TRY(check_counts(successes, trials));
  MYOIVIG_TRY(check_conf_level(k_function, conf_level));
  const double z =
      normal_quantile(alternative == Alternative::two_sided ? (1 + conf_level) / 2 : conf_level);
  const auto n = static_cast<double>(trials);
  const double estimate = static_cast<double>(successes) / n;
  const double correction = continuity_correction ? 0.5 / n : 0.0;
  const double z22n = z * z / (2 * n);
  const auto end = [&](double centre, double sign) {
    return (centre + z22n + sign * z * std::sqrt(centre * (1 - centre) / n + z22n / (2 * n))) /
           (1 + 2 * z22n);
  };
  const double upper_centre = estimate + correction;
  const double lower_centre = estimate - correction;
  const double upper = upper_centre >= 1 ? 1.0 : std::min(end(upper_centre, 1.0), 1.0);
  const double lower = lower_centre <= 0 ? 0.0 : std::max(end(lower_centre, -1.0), 0.0);
  switch (alternative) {
    case Alternative::two_sided:
      return Interval{lower, upper};
    case Alternative::greater:
      return Interval{lower, 1.0};
    case Alternative::less:
      return Interval{0.0, upper};
  }
  return Interval{lower, upper};
}

util::Expected<BinomResult> binom_test(std::int64_t successes, std::int64_t trials,
                                       const BinomOptions& options) {
  MYOIVIG_TRY(check_conf_level(k_function, options.conf_level));
  MYOIVIG_TRY_ASSIGN(p_value, binom_p_value(successes, trials, options.p, options.alternative));
  MYOIVIG_TRY_ASSIGN(exact,
                     clopper_pearson(successes, trials, options.conf_level, options.alternative));
  MYOIVIG_TRY_ASSIGN(score, wilson(successes, trials, options.conf_level, options.alternative,
                                   options.wilson_continuity_correction));
  BinomResult result;
  result.p_value = p_value;
  result.estimate = static_cast<double>(successes) / static_cast<double>(trials);
  result.ci_low = exact.low;
  result.ci_high = exact.high;
  result.wilson_low = score.low;
  result.wilson_high = score.high;
  result.wilson_continuity_correction = options.wilson_continuity_correction;
  result.conf_level = options.conf_level;
  result.alternative = options.alternative;
  return result;
}

}  // namespace myoivig::stats
