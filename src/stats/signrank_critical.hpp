// SignrankRejectionTable: which values of Wilcoxon's V the exact signed-rank test rejects,
// for n differences without ties or zeros, built once per (n, alpha, alternative) so that a
// simulated trial only ranks, sums and looks up.
//
// Rule: reject when the exact p-value (stats/signrank.hpp, method exact) is <= alpha:
//   less      P(V* <= v) <= alpha
//   greater   P(V* >= v) <= alpha
//   two-sided min(1, 2 P(V* >= v)) <= alpha when v > n(n+1)/4, else min(1, 2 P(V* <= v))
// computed from the same SignedRankDistribution and the same arithmetic as
// stats::signrank, so a table decision is identical to `signrank(x).p_value <= alpha`.
// The critical values: lower() = the largest v rejected in the lower tail (R:
// max{v : psignrank(v, n) <= alpha/2} two-sided), upper() = the smallest rejected in the
// upper tail (= n(n+1)/2 - lower() by symmetry).
// Thread-safety: immutable after construction; share it between threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "stats/alternative.hpp"

namespace myoivig::stats {

class SignrankRejectionTable {
 public:
  // Preconditions: 1 <= n <= k_signrank_exact_max_n, 0 < alpha < 1.
  SignrankRejectionTable(std::size_t n, double alpha, Alternative alternative);

  [[nodiscard]] std::size_t n() const { return m_n; }
  [[nodiscard]] std::int64_t total() const { return m_total; }  // n(n+1)/2, the largest V

  // Precondition: 0 <= statistic <= total().
  [[nodiscard]] bool rejects(std::int64_t statistic) const {
    return m_rejects[static_cast<std::size_t>(statistic)] != 0;
  }

  // -1 when no lower value is rejected (also for alternative greater).
  [[nodiscard]] std::int64_t lower() const { return m_lower; }
  // total() + 1 when no upper value is rejected (also for alternative less).
  [[nodiscard]] std::int64_t upper() const { return m_upper; }
  // The exact size of the test, P(reject) under the null: at most alpha.
  [[nodiscard]] double attained_alpha() const { return m_attained_alpha; }

 private:
  std::size_t m_n;
  std::int64_t m_total;
  std::vector<std::uint8_t> m_rejects;  // [v] = 1 when V = v is rejected
  std::int64_t m_lower = -1;
  std::int64_t m_upper = 0;
  double m_attained_alpha = 0.0;
};

}  // namespace myoivig::stats
