#include "io/axis_scale.hpp"

#include <algorithm>
#include <cmath>

#include "io/number_format.hpp"

namespace myoivig::io {
namespace {

// Floating-point slack when a ratio such as 0.3 / 0.1 should be a whole number.
constexpr double k_ratio_slack = 1e-9;
constexpr double k_log_min_ratio = 1.0001;
constexpr double k_widen_fraction = 0.1;
constexpr double k_decades_for_one_two_five = 2.0;
constexpr double k_decades_for_one_three = 4.0;

// 10^exponent, exact for |exponent| <= 22 (products and quotients of exact powers).
double power_of_ten(int exponent) {
  double power = 1.0;
  for (int i = 0; i < std::abs(exponent); ++i) power *= 10.0;
  return power;
}

// mantissa x 10^exponent as the double nearest the decimal value (0.3, not 0.30000000000000004).
double scaled(double mantissa, int exponent) {
  return exponent >= 0 ? mantissa * power_of_ten(exponent) : mantissa / power_of_ten(-exponent);
}

struct NiceStep {
  int mantissa = 1;  // 1, 2 or 5
  int exponent = 0;
};

// Heckbert's nice number: 1, 2, 5 or 10 times a power of ten, the nearest when `rounded`,
// otherwise the smallest not below x.
NiceStep nice_number(double x, bool rounded) {
  int exponent = static_cast<int>(std::floor(std::log10(x)));
  const double fraction = x / scaled(1.0, exponent);
  int mantissa = 10;
  if (rounded) {
    mantissa = fraction < 1.5 ? 1 : fraction < 3.0 ? 2 : fraction < 7.0 ? 5 : 10;
  } else {
    mantissa = fraction <= 1.0 ? 1 : fraction <= 2.0 ? 2 : fraction <= 5.0 ? 5 : 10;
  }
  if (mantissa == 10) {
    mantissa = 1;
    ++exponent;
  }
  return {mantissa, exponent};
}

double step_value(const NiceStep& step) {
  return scaled(step.mantissa, step.exponent);
}

}  // namespace

Axis linear_axis(double data_low, double data_high, int target_ticks) {
  if (data_high <= data_low) {
    const double widen = data_low == 0.0 ? 1.0 : std::abs(data_low) * k_widen_fraction;
    data_low -= widen;
    data_high += widen;
  }
  const NiceStep range = nice_number(data_high - data_low, false);
  const NiceStep step =
      nice_number(step_value(range) / static_cast<double>(std::max(target_ticks - 1, 1)), true);
  const double step_size = step_value(step);
  const auto first = static_cast<long long>(std::floor(data_low / step_size + k_ratio_slack));
  const auto last = static_cast<long long>(std::ceil(data_high / step_size - k_ratio_slack));

  Axis axis;
  axis.scale = ScaleKind::linear;
  axis.decimals = std::max(0, -step.exponent);
  for (long long index = first; index <= last; ++index) {
    axis.ticks.push_back(scaled(static_cast<double>(index) * step.mantissa, step.exponent));
  }
  axis.low = axis.ticks.front();
  axis.high = axis.ticks.back();
  return axis;
}

Axis log10_axis(double data_low, double data_high) {
  if (data_high / data_low < k_log_min_ratio) {
    data_low /= 2.0;
    data_high *= 2.0;
  }
  const int first_decade = static_cast<int>(std::floor(std::log10(data_low)));
  const int last_decade = static_cast<int>(std::ceil(std::log10(data_high)));
  // About 3 ticks per decade up to 2 decades, 2 (1 and 3) up to 4, then 1: at most ~8.
  const double decades = std::log10(data_high / data_low);
  std::vector<int> mantissas{1};
  if (decades <= k_decades_for_one_two_five) {
    mantissas = {1, 2, 5};
  } else if (decades <= k_decades_for_one_three) {
    mantissas = {1, 3};
  }

  std::vector<double> candidates;
  for (int decade = first_decade; decade <= last_decade; ++decade) {
    for (const int mantissa : mantissas) {
      candidates.push_back(scaled(mantissa, decade));
    }
  }
  // The domain runs from the last candidate at or below the data to the first at or above.
  auto low = std::find_if(candidates.rbegin(), candidates.rend(),
                          [&](double tick) { return tick <= data_low * (1 + k_ratio_slack); });
  auto high = std::find_if(candidates.begin(), candidates.end(),
                           [&](double tick) { return tick >= data_high * (1 - k_ratio_slack); });
  Axis axis;
  axis.scale = ScaleKind::log10;
  axis.low = low == candidates.rend() ? candidates.front() : *low;
  axis.high = high == candidates.end() ? candidates.back() : *high;
  for (const double tick : candidates) {
    if (tick >= axis.low && tick <= axis.high) axis.ticks.push_back(tick);
  }
  return axis;
}

Axis fixed_axis(double low, double high, std::vector<double> ticks, int decimals) {
  Axis axis;
  axis.scale = ScaleKind::linear;
  axis.low = low;
  axis.high = high;
  axis.ticks = std::move(ticks);
  axis.decimals = decimals;
  return axis;
}

double axis_fraction(const Axis& axis, double value) {
  if (axis.scale == ScaleKind::log10) {
    if (value <= 0.0) return 0.0;
    return (std::log10(value) - std::log10(axis.low)) /
           (std::log10(axis.high) - std::log10(axis.low));
  }
  return (value - axis.low) / (axis.high - axis.low);
}

std::string tick_label(const Axis& axis, double value) {
  if (axis.scale == ScaleKind::log10) {
    const int exponent = static_cast<int>(std::floor(std::log10(value) + k_ratio_slack));
    return format_fixed(value, std::max(0, -exponent));
  }
  return format_fixed(value, axis.decimals);
}

}  // namespace myoivig::io
