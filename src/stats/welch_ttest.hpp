// Welch's two-sample t-test (unequal variances) for the difference of two means, with its
// confidence interval. R's t.test(x, y) semantics (var.equal = FALSE).
//
//   se = sqrt(s_x^2 / n_x + s_y^2 / n_y)
//   t  = (mean(x) - mean(y) - mu) / se
//   df = se^4 / ((s_x^2 / n_x)^2 / (n_x - 1) + (s_y^2 / n_y)^2 / (n_y - 1))
//        (Welch-Satterthwaite)
//   p: less P(T <= t), greater P(T >= t), two-sided 2 P(T >= |t|)
//   interval: mu + (t -+ t_{1 - alpha/2, df}) se; one-sided with t_{1 - alpha} and an
//             infinite end
// Reference: Welch BL (1947) Biometrika 34:28-35; Satterthwaite FE (1946) Biometrics
// Bulletin 2:110-114; R's stats::t.test.
// Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <span>

#include "stats/ttest.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

struct WelchResult {
  double statistic = 0.0;  // t
  double df = 0.0;
  double p_value = 1.0;
  double estimate = 0.0;  // mean(x) - mean(y)
  double std_error = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
  double conf_level = 0.95;
  std::size_t n_x = 0;
  std::size_t n_y = 0;
  Alternative alternative = Alternative::two_sided;
};

// NaN values are missing. Fails when x or y has fewer than 2 values ("welch_ttest: y must
// have at least 2 non-missing values, got 1") and when both samples are constant, where t
// is undefined ("welch_ttest: x and y must not both be constant, the t statistic is
// undefined"), as R stops with "data are essentially constant".
util::Expected<WelchResult> welch_ttest(std::span<const double> x, std::span<const double> y,
                                        const TtestOptions& options = {});

}  // namespace myoivig::stats
