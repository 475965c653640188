#include "stats/welch_ttest.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

#include "stats/check.hpp"
#include "stats/descriptive.hpp"
#include "stats/distributions.hpp"
#include "stats/sample.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "welch_ttest";
constexpr double k_infinity = std::numeric_limits<double>::infinity();
// R's test for "essentially constant" data: se < 10 eps max(|mean x|, |mean y|).
constexpr double k_constant_factor = 10 * std::numeric_limits<double>::epsilon();

// The variance of the mean, s^2 / n, by the two-pass sum of squares.
double variance_of_mean(const std::vector<double>& values, double mean) {
  const auto n = static_cast<double>(values.size());
  double squares = 0.0;
  for (const double value : values) squares += (value - mean) * (value - mean);
  return squares / (n - 1) / n;
}

}  // namespace

util::Expected<WelchResult> welch_ttest(std::span<const double> x, std::span<const double> y,
                                        const TtestOptions& options) {
  MYOIVIG_TRY(check_finite(k_function, "mu", options.mu));
  MYOIVIG_TRY(check_conf_level(k_function, options.conf_level));
  MYOIVIG_TRY_ASSIGN(xs, non_missing(k_function, "x", x));
  MYOIVIG_TRY_ASSIGN(ys, non_missing(k_function, "y", y));
  MYOIVIG_TRY(check_sample_size(k_function, "x", xs.size(), 2));
  MYOIVIG_TRY(check_sample_size(k_function, "y", ys.size(), 2));
  const double mean_x = plain_mean(xs);
  const double mean_y = plain_mean(ys);
  const double vx = variance_of_mean(xs, mean_x);
  const double vy = variance_of_mean(ys, mean_y);
  const double std_error = std::sqrt(vx + vy);
  if (!(std_error > k_constant_factor * std::max(std::fabs(mean_x), std::fabs(mean_y)))) {
    return argument_error(k_function, "x and y",
                          "must not both be constant, the t statistic is undefined");
  }
  WelchResult result;
  result.n_x = xs.size();
  result.n_y = ys.size();
  result.df = std::pow(std_error, 4) / (vx * vx / static_cast<double>(xs.size() - 1) +
                                        vy * vy / static_cast<double>(ys.size() - 1));
  result.estimate = mean_x - mean_y;
  result.std_error = std_error;
  result.statistic = (result.estimate - options.mu) / std_error;
  result.alternative = options.alternative;
  result.conf_level = options.conf_level;
  const double t = result.statistic;
  switch (options.alternative) {
    case Alternative::less:
      result.p_value = t_cdf(t, result.df);
      result.ci_low = -k_infinity;
      result.ci_high = options.mu + (t + t_quantile(options.conf_level, result.df)) * std_error;
      break;
    case Alternative::greater:
      result.p_value = t_upper(t, result.df);
      result.ci_low = options.mu + (t - t_quantile(options.conf_level, result.df)) * std_error;
      result.ci_high = k_infinity;
      break;
    case Alternative::two_sided: {
      result.p_value = 2 * t_upper(std::fabs(t), result.df);
      const double quantile = t_quantile(1 - (1 - options.conf_level) / 2, result.df);
      // R's arithmetic: mu + (t -+ q) se.
      result.ci_low = options.mu + (t - quantile) * std_error;
      result.ci_high = options.mu + (t + quantile) * std_error;
      break;
    }
  }
  return result;
}

}  // namespace myoivig::stats
