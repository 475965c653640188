#include "stats/descriptive.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "stats/check.hpp"
#include "stats/sample.hpp"

namespace myoivig::stats {
namespace {

util::Expected<std::vector<double>> usable(std::string_view function, std::span<const double> x,
                                           std::size_t minimum) {
  MYOIVIG_TRY_ASSIGN(values, non_missing(function, "x", x));
  MYOIVIG_TRY(check_sample_size(function, "x", values.size(), minimum));
  return values;
}

double sum_of_squares(std::span<const double> x, double center) {
  double sum = 0.0;
  for (const double value : x) sum += (value - center) * (value - center);
  return sum;
}

}  // namespace

double plain_mean(std::span<const double> x) {
  const auto n = static_cast<double>(x.size());
  double sum = 0.0;
  for (const double value : x) sum += value;
  const double first = sum / n;
  double residual = 0.0;
  for (const double value : x) residual += value - first;
  return first + residual / n;
}

double sorted_quantile(std::span<const double> sorted, double probability) {
  // R's arithmetic: a 1-based index 1 + (n - 1) p, so that results agree to the last bit.
  const double index = 1.0 + static_cast<double>(sorted.size() - 1) * probability;
  const double low_index = std::floor(index);
  const double fraction = index - low_index;
  const auto low = static_cast<std::size_t>(low_index) - 1;
  const double low_value = sorted[low];
  if (fraction <= 0.0 || low + 1 >= sorted.size()) return low_value;
  const double high_value = sorted[low + 1];
  if (high_value == low_value) return low_value;
  return (1.0 - fraction) * low_value + fraction * high_value;
}

util::Expected<double> mean(std::span<const double> x) {
  MYOIVIG_TRY_ASSIGN(values, usable("mean", x, 1));
  return plain_mean(values);
}

util::Expected<double> variance(std::span<const double> x) {
  MYOIVIG_TRY_ASSIGN(values, usable("variance", x, 2));
  return sum_of_squares(values, plain_mean(values)) / static_cast<double>(values.size() - 1);
}

util::Expected<double> sd(std::span<const double> x) {
  MYOIVIG_TRY_ASSIGN(values, usable("sd", x, 2));
  return std::sqrt(sum_of_squares(values, plain_mean(values)) /
                   static_cast<double>(values.size() - 1));
}

util::Expected<double> median(std::span<const double> x) {
  MYOIVIG_TRY_ASSIGN(values, usable("median", x, 1));
  std::sort(values.begin(), values.end());
  return sorted_quantile(values, 0.5);
}

util::Expected<double> quantile(std::span<const double> x, double probability) {
  MYOIVIG_TRY(check_probability("quantile", "probability", probability));
  MYOIVIG_TRY_ASSIGN(values, usable("quantile", x, 1));
  std::sort(values.begin(), values.end());
  return sorted_quantile(values, probability);
}

util::Expected<double> min(std::span<const double> x) {
  MYOIVIG_TRY_ASSIGN(values, usable("min", x, 1));
  return *std::min_element(values.begin(), values.end());
}

util::Expected<double> max(std::span<const double> x) {
  MYOIVIG_TRY_ASSIGN(values, usable("max", x, 1));
  return *std::max_element(values.begin(), values.end());
}

util::Expected<Summary> summarize(std::span<const double> x) {
  MYOIVIG_TRY_ASSIGN(values, usable("summarize", x, 1));
  std::sort(values.begin(), values.end());
  Summary summary;
  summary.n = values.size();
  summary.mean = plain_mean(values);
  if (values.size() >= 2) {
    summary.sd =
        std::sqrt(sum_of_squares(values, summary.mean) / static_cast<double>(values.size() - 1));
  }
  summary.median = sorted_quantile(values, 0.5);
  summary.q1 = sorted_quantile(values, 0.25);
  summary.q3 = sorted_quantile(values, 0.75);
  summary.min = values.front();
  summary.max = values.back();
  return summary;
}

}  // namespace myoivig::stats
