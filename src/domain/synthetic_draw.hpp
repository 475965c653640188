// SyntheticDraw: the random draws of the synthetic generators (synthetic_study.hpp and
// synthetic_trial.hpp), from one stats::Rng stream (seed, stream): uniform reals and
// integers, chances, clamped normals (Box-Muller) and shuffles. Everything a generated
// record depends on comes from such a stream, so a generated study depends only on its
// options and the protocol.
// Thread-safety: a plain value; use one per thread.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

#include "stats/rng.hpp"

namespace myoivig::domain {

class SyntheticDraw {
 public:
  SyntheticDraw(std::uint64_t seed, std::uint64_t stream) : m_rng(seed, stream) {}

  double uniform() { return m_rng.uniform(); }
  double uniform(double low, double high) { return low + (high - low) * m_rng.uniform(); }
  bool chance(double probability) { return m_rng.uniform() < probability; }
  // An integer in [low, high].
  int between(int low, int high) {
    return low + static_cast<int>(m_rng.below(static_cast<std::uint64_t>(high - low) + 1));
  }
  // A normal deviate, clamped to [low, high].
  double normal(double mean, double sd, double low, double high) {
    const double radius = std::sqrt(-2 * std::log(1 - m_rng.uniform()));
    const double value = mean + sd * radius * std::cos(2 * std::numbers::pi * m_rng.uniform());
    return std::clamp(value, low, high);
  }
  // Fisher-Yates.
  template <typename T>
  void shuffle(std::vector<T>& values) {
    for (std::size_t i = values.size(); i > 1; --i) {
      std::swap(values[i - 1], values[m_rng.below(i)]);
    }
  }

 private:
  stats::Rng m_rng;
};

}  // namespace myoivig::domain
