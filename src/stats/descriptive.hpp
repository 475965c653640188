// Descriptive statistics of one sample. NaN marks a missing value and is dropped (R's
// na.rm = TRUE); infinite values are errors (stats/sample.hpp).
//
//   mean      x_bar = sum x_i / n, refined by a second pass: x_bar + sum(x_i - x_bar) / n
//   variance  s^2 = sum (x_i - x_bar)^2 / (n - 1)   (two-pass; R's var)
//   sd        s = sqrt(s^2)
//   median    middle order statistic, or the mean of the two middle ones
//   quantile  R's default type 7 (Hyndman & Fan 1996): h = (n - 1) p, j = floor(h),
//             Q(p) = (1 - (h - j)) x_(j+1) + (h - j) x_(j+2)   (order statistics 1-based)
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "util/expected.hpp"

namespace myoivig::stats {

util::Expected<double> mean(std::span<const double> x);
util::Expected<double> variance(std::span<const double> x);  // needs 2 values
util::Expected<double> sd(std::span<const double> x);        // needs 2 values
util::Expected<double> median(std::span<const double> x);
util::Expected<double> quantile(std::span<const double> x, double probability);
util::Expected<double> min(std::span<const double> x);
util::Expected<double> max(std::span<const double> x);

struct Summary {
  std::size_t n = 0;  // non-missing values
  double mean = 0.0;
  std::optional<double> sd;  // empty when n < 2
  double median = 0.0;
  double q1 = 0.0;  // type-7 quartiles
  double q3 = 0.0;
  double min = 0.0;
  double max = 0.0;
};

// Fails when x has no non-missing value.
util::Expected<Summary> summarize(std::span<const double> x);

// The type-7 quantile of values already sorted ascending, without checks (for callers
// that sort once, such as the bootstrap). Precondition: !sorted.empty(), 0 <= p <= 1.
double sorted_quantile(std::span<const double> sorted, double probability);

// The two-pass mean of finite values without checks. Precondition: !x.empty().
double plain_mean(std::span<const double> x);

}  // namespace myoivig::stats
