// Student's t-test for one sample or paired samples (d = x - y), with its confidence
// interval for the mean (difference). R's t.test semantics.
//
//   t = (mean(d) - mu) / (s / sqrt(n)),  df = n - 1,  s the two-pass standard deviation
//   p: less P(T <= t), greater P(T >= t), two-sided 2 P(T >= |t|)
//   interval: two-sided mean +- t_{1 - alpha/2, df} s / sqrt(n); one-sided with t_{1 - alpha}
//             and an infinite end
// Reference: Student (1908) Biometrika 6:1; R's stats::t.test.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <span>

#include "stats/alternative.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

struct TtestOptions {
  double mu = 0.0;
  Alternative alternative = Alternative::two_sided;
  double conf_level = 0.95;
};

struct TtestResult {
  double statistic = 0.0;  // t
  double df = 0.0;
  double p_value = 1.0;
  double estimate = 0.0;  // mean of x (or of the differences)
  double std_error = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
  double conf_level = 0.95;
  std::size_t n = 0;
  Alternative alternative = Alternative::two_sided;
};

// NaN values are missing. Fails with fewer than 2 values ("ttest: x must have at least 2
// non-missing values, got 1") and when the values are constant, where t is undefined (R
// gives NaN for all-equal-to-mu data and stops with "data are essentially constant"
// otherwise): "ttest: x must not be constant (every value is 2), the t statistic is
// undefined".
util::Expected<TtestResult> ttest(std::span<const double> x, const TtestOptions& options = {});
util::Expected<TtestResult> ttest_paired(std::span<const double> x, std::span<const double> y,
                                         const TtestOptions& options = {});

}  // namespace myoivig::stats
