// SignedRankDistribution: the exact permutation null distribution of a signed-rank
// statistic T = sum_i s_i B_i, where the scores s_i are positive integers and the B_i
// independent fair signs (B_i = 1 when observation i is positive). With scores 1..n this
// is the distribution of Wilcoxon's V (R's psignrank); with doubled midranks it is the
// exact conditional distribution given ties and zeros (exactRankTests::wilcox.exact,
// coin's wilcoxsign_test).
//
// Algorithm (Streitberg & Roehmel 1986, the shift algorithm): H[0] = 1; for each score s
// in increasing order and t from the running total down to s, H[t] += H[t - s]; then
// P(T = t) = H[t] / 2^m. Scores are first divided by their greatest common divisor. Only
// t <= S/2 is built (S = sum of scores); the rest follows from the symmetry T ~ S - T.
// Cost O(m S / 2) additions, e.g. about 4e6 for m = 200 with midranks (~1.5 ms).
//
// Counts are exact uint64 integers for m <= 63 and DoubleDouble (106-bit) beyond, so they
// are exact to 2^106 and never overflow for m <= k_max_scores. Tail probabilities are
// sums of counts scaled once by 2^-m; a small tail is never computed as 1 - other tail.
// Thread-safety: immutable after construction.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "stats/double_double.hpp"

namespace myoivig::stats {

class SignedRankDistribution {
 public:
  static constexpr std::size_t k_max_scores = 1000;  // 2^m must stay a finite double

  // Preconditions: 1 <= scores.size() <= k_max_scores, every score > 0.
  explicit SignedRankDistribution(std::span<const std::int64_t> scores);

  [[nodiscard]] std::size_t size() const { return m_size; }
  [[nodiscard]] std::int64_t total() const { return m_total_units * m_divisor; }

  // P(T <= t) and P(T >= t), for any integer t.
  [[nodiscard]] double cdf(std::int64_t t) const;
  [[nodiscard]] double upper(std::int64_t t) const;

  // Smallest t with P(T <= t) >= p (strict: > p); always a point of the support. This is
  // exactRankTests' qperm when strict is false. Precondition: 0 <= p <= 1.
  [[nodiscard]] std::int64_t quantile(double p, bool strict = false) const;

 private:
  // Number of sign patterns with T <= units * divisor; any integer units.
  [[nodiscard]] DoubleDouble count_at_most(std::int64_t units) const;
  [[nodiscard]] double probability(DoubleDouble count) const;

  std::size_t m_size = 0;
  std::int64_t m_divisor = 1;
  std::int64_t m_total_units = 0;
  std::vector<DoubleDouble> m_cumulative;  // [u] = #patterns with T / divisor <= u, u <= S/2
};

}  // namespace myoivig::stats
