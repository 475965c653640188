// Axis: the domain, scale and tick marks of one plot axis, with "nice" ticks (steps of
// 1, 2 or 5 times a power of ten) for linear axes and 1-2-5, 1-3 or decade ticks for log10
// axes, and the mapping of a data value to its position along the axis.
//
//   nice number (Heckbert 1990, "Nice numbers for graph labels", Graphics Gems I):
//     range = nice(high - low, ceiling), step = nice(range / (target - 1), rounded),
//     axis = [floor(low / step) step, ceil(high / step) step]
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <string>
#include <vector>

namespace myoivig::io {

enum class ScaleKind { linear, log10 };

struct Axis {
  ScaleKind scale = ScaleKind::linear;
  double low = 0.0;  // the domain drawn; on a log10 axis both ends are > 0
  double high = 1.0;
  std::vector<double> ticks;  // ascending, inside [low, high]
  int decimals = 0;           // for tick labels of a linear axis (log labels pick per tick)
};

// A linear axis covering [data_low, data_high] with about `target_ticks` nice ticks; the
// domain ends on ticks. An empty range (data_low == data_high) is widened by 10 % of the
// value each side (by 1 around 0). Precondition: finite values, data_low <= data_high,
// target_ticks >= 2.
Axis linear_axis(double data_low, double data_high, int target_ticks = 5);

// A log10 axis covering [data_low, data_high]: ticks at 1, 2 and 5 times powers of ten
// when the data span at most 2 decades, at 1 and 3 times up to 4 decades, otherwise at
// powers of ten only; the domain ends on ticks.
// A range narrower than a factor of 1.0001 is widened by a factor 2 each side.
// Precondition: 0 < data_low <= data_high, both finite.
Axis log10_axis(double data_low, double data_high);

// An axis over [low, high] with the ticks given (e.g. the scheduled weeks).
Axis fixed_axis(double low, double high, std::vector<double> ticks, int decimals);

// Where `value` lies along the axis: 0 at low, 1 at high (outside [0, 1] beyond the
// domain). On a log10 axis a value <= 0 maps to 0, the axis' low end.
double axis_fraction(const Axis& axis, double value);

// The label of a tick: the axis' decimals on a linear axis; on a log10 axis as many
// decimals as the tick needs (0.5, 20, 1000).
std::string tick_label(const Axis& axis, double value);

}  // namespace myoivig::io
