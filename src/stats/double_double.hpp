// DoubleDouble: an unevaluated sum hi + lo of two doubles, about 106 bits of precision
// (Dekker 1971; Knuth TAOCP vol. 2, 4.2.2, TwoSum). Used for the counts of the exact
// signed-rank distribution past n = 63, where uint64 would overflow: integer counts below
// 2^106 stay exact, larger ones carry a relative error near 1e-32, and additions of
// positive counts never cancel. Long double (x87) was measured 4x slower here.
//
// Requires IEEE round-to-nearest without value-changing optimisations (no -ffast-math;
// GCC in ISO C++ mode does not contract a*b+c into FMA).
// Thread-safety: a plain value type.
#pragma once

#include <cmath>
#include <cstdint>

namespace myoivig::stats {

struct DoubleDouble {
  double hi = 0.0;
  double lo = 0.0;

  static DoubleDouble from_uint64(std::uint64_t value) {
    // Split so that both halves convert exactly.
    const double high = static_cast<double>(value >> 32U) * 4294967296.0;
    const double low = static_cast<double>(value & 0xFFFFFFFFU);
    return DoubleDouble{high, 0.0} + DoubleDouble{low, 0.0};
  }

  friend DoubleDouble operator+(DoubleDouble a, DoubleDouble b) {
    // TwoSum of the high parts, the low parts added to its error, then renormalised.
    const double sum = a.hi + b.hi;
    const double b_virtual = sum - a.hi;
    double error = (a.hi - (sum - b_virtual)) + (b.hi - b_virtual);
    error += a.lo + b.lo;
    const double hi = sum + error;
    return DoubleDouble{hi, error - (hi - sum)};
  }

  friend DoubleDouble operator-(DoubleDouble a, DoubleDouble b) {
    return a + DoubleDouble{-b.hi, -b.lo};
  }

  // Multiplication by 2^exponent (exact unless it underflows).
  [[nodiscard]] DoubleDouble scaled(int exponent) const {
    return DoubleDouble{std::ldexp(hi, exponent), std::ldexp(lo, exponent)};
  }

  [[nodiscard]] double to_double() const { return hi + lo; }

  friend bool operator<(DoubleDouble a, DoubleDouble b) {
    return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
  }
};

}  // namespace myoivig::stats
