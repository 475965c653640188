#include "stats/ttest.hpp"

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

constexpr std::string_view k_function = "ttest";
constexpr double k_infinity = std::numeric_limits<double>::infinity();
// R's test for "essentially constant" data: se < 10 eps |mean|.
constexpr double k_constant_factor = 10 * std::numeric_limits<double>::epsilon();

util::Expected<void> check_options(const TtestOptions& options) {
  MYOIVIG_TRY(check_finite(k_function, "mu", options.mu));
  MYOIVIG_TRY(check_conf_level(k_function, options.conf_level));
  return {};
}

util::Expected<TtestResult> run(std::string_view name, const std::vector<double>& values,
                                const TtestOptions& options) {
  MYOIVIG_TRY(check_sample_size(k_function, name, values.size(), 2));
  const auto n = static_cast<double>(values.size());
  const double estimate = plain_mean(values);
  double squares = 0.0;
  for (const double value : values) squares += (value - estimate) * (value - estimate);
  const double std_error = std::sqrt(squares / (n - 1) / n);
  if (!(std_error > k_constant_factor * std::fabs(estimate))) {
    return argument_error(k_function, name,
                          "must not be constant (every value is " + format_number(values[0]) +
                              "), the t statistic is undefined");
  }
  TtestResult result;
  result.n = values.size();
  result.df = n - 1;
  result.estimate = estimate;
  result.std_error = std_error;
  result.statistic = (estimate - options.mu) / std_error;
  result.alternative = options.alternative;
  result.conf_level = options.conf_level;
  const double t = result.statistic;
  const double alpha = 1.0 - options.conf_level;
  switch (options.alternative) {
    case Alternative::less: {
      result.p_value = t_cdf(t, result.df);
      const double quantile = t_quantile(options.conf_level, result.df);
      result.ci_low = -k_infinity;
      result.ci_high = options.mu + (t + quantile) * std_error;
      break;
    }
    case Alternative::greater: {
      result.p_value = t_upper(t, result.df);
      const double quantile = t_quantile(options.conf_level, result.df);
      result.ci_low = options.mu + (t - quantile) * std_error;
      result.ci_high = k_infinity;
      break;
    }
    case Alternative::two_sided: {
      result.p_value = 2 * t_upper(std::fabs(t), result.df);
      const double quantile = t_quantile(1 - alpha / 2, result.df);
      // R's arithmetic: mu + (t -+ q) se.
      result.ci_low = options.mu + (t - quantile) * std_error;
      result.ci_high = options.mu + (t + quantile) * std_error;
      break;
    }
  }
  return result;
}

}  // namespace

util::Expected<TtestResult> ttest(std::span<const double> x, const TtestOptions& options) {
  MYOIVIG_TRY(check_options(options));
  MYOIVIG_TRY_ASSIGN(values, non_missing(k_function, "x", x));
  return run("x", values, options);
}

util::Expected<TtestResult> ttest_paired(std::span<const double> x, std::span<const double> y,
                                         const TtestOptions& options) {
  MYOIVIG_TRY(check_options(options));
  MYOIVIG_TRY_ASSIGN(differences, paired_differences(k_function, x, y));
  return run("x - y", differences, options);
}

}  // namespace myoivig::stats
