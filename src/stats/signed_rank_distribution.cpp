#include "stats/signed_rank_distribution.hpp"

#include <algorithm>
#include <cassert>
#include <numeric>

namespace myoivig::stats {
namespace {

constexpr std::size_t k_max_uint64_scores = 63;  // 2^63 patterns still fit a uint64

// Prefix sums of the shift-algorithm counts H[0..cap] in uint64 (exact for m <= 63).
std::vector<DoubleDouble> cumulative_uint64(std::span<const std::int64_t> sorted_scores,
                                            std::int64_t cap) {
  std::vector<std::uint64_t> counts(static_cast<std::size_t>(cap) + 1, 0);
  counts[0] = 1;
  std::int64_t running = 0;
  for (const std::int64_t score : sorted_scores) {
    running += score;
    for (std::int64_t t = std::min(running, cap); t >= score; --t) {
      counts[static_cast<std::size_t>(t)] += counts[static_cast<std::size_t>(t - score)];
    }
  }
  std::vector<DoubleDouble> cumulative(counts.size());
  std::uint64_t sum = 0;
  for (std::size_t t = 0; t < counts.size(); ++t) {
    sum += counts[t];
    cumulative[t] = DoubleDouble::from_uint64(sum);
  }
  return cumulative;
}

// The same in DoubleDouble, high and low parts in separate arrays so the loop vectorises.
std::vector<DoubleDouble> cumulative_double_double(std::span<const std::int64_t> sorted_scores,
                                                   std::int64_t cap) {
  const auto length = static_cast<std::size_t>(cap) + 1;
  std::vector<double> high(length, 0.0);
  std::vector<double> low(length, 0.0);
  high[0] = 1.0;
  double* h = high.data();
  double* l = low.data();
  std::int64_t running = 0;
  for (const std::int64_t score : sorted_scores) {
    running += score;
    for (std::int64_t t = std::min(running, cap); t >= score; --t) {
      const DoubleDouble sum = DoubleDouble{h[t], l[t]} + DoubleDouble{h[t - score], l[t - score]};
      h[t] = sum.hi;
      l[t] = sum.lo;
    }
  }
  std::vector<DoubleDouble> cumulative(length);
  DoubleDouble sum;
  for (std::size_t t = 0; t < length; ++t) {
    sum = sum + DoubleDouble{high[t], low[t]};
    cumulative[t] = sum;
  }
  return cumulative;
}

}  // namespace

SignedRankDistribution::SignedRankDistribution(std::span<const std::int64_t> scores)
    : m_size(scores.size()) {
  assert(!scores.empty() && scores.size() <= k_max_scores);
  std::int64_t divisor = 0;
  for (const std::int64_t score : scores) {
    assert(score > 0);
    divisor = std::gcd(divisor, score);
  }
  m_divisor = divisor;
  std::vector<std::int64_t> units(scores.begin(), scores.end());
  for (std::int64_t& unit : units) unit /= divisor;
  std::sort(units.begin(), units.end());
  m_total_units = std::accumulate(units.begin(), units.end(), std::int64_t{0});
  const std::int64_t cap = m_total_units / 2;
  m_cumulative = m_size <= k_max_uint64_scores ? cumulative_uint64(units, cap)
                                               : cumulative_double_double(units, cap);
}

DoubleDouble SignedRankDistribution::count_at_most(std::int64_t units) const {
  if (units < 0) return DoubleDouble{};
  const DoubleDouble all{std::ldexp(1.0, static_cast<int>(m_size)), 0.0};
  if (units >= m_total_units) return all;
  if (static_cast<std::size_t>(units) < m_cumulative.size()) {
    return m_cumulative[static_cast<std::size_t>(units)];
  }
  // Above the middle: #(T <= u) = 2^m - #(T >= u + 1) = 2^m - #(T <= S - u - 1). The
  // subtracted count is at most half of 2^m, so nothing cancels.
  return all - m_cumulative[static_cast<std::size_t>(m_total_units - units - 1)];
}

double SignedRankDistribution::probability(DoubleDouble count) const {
  return count.scaled(-static_cast<int>(m_size)).to_double();
}

double SignedRankDistribution::cdf(std::int64_t t) const {
  if (t < 0) return 0.0;
  return probability(count_at_most(t / m_divisor));
}

double SignedRankDistribution::upper(std::int64_t t) const {
  if (t <= 0) return 1.0;
  // P(T >= t) = P(T <= S - t) by symmetry; in units, T >= t means T/d >= ceil(t/d).
  const std::int64_t units = (t + m_divisor - 1) / m_divisor;
  return probability(count_at_most(m_total_units - units));
}

std::int64_t SignedRankDistribution::quantile(double p, bool strict) const {
  const DoubleDouble target{std::ldexp(p, static_cast<int>(m_size)), 0.0};
  const auto reaches = [&](std::int64_t units) {
    const DoubleDouble count = count_at_most(units);
    return strict ? target < count : !(count < target);
  };
  std::int64_t low = 0;
  std::int64_t high = m_total_units;  // reaches(high) unless strict and p = 1
  if (!reaches(high)) return total();
  while (low < high) {
    const std::int64_t middle = low + (high - low) / 2;
    if (reaches(middle)) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low * m_divisor;
}

}  // namespace myoivig::stats
