// Fisher's noncentral hypergeometric distribution: the conditional distribution of the
// top-left cell X of a 2x2 table given its margins, when the odds ratio is psi:
//   P(X = x) = C(m, x) C(n, k - x) psi^x / sum_u C(m, u) C(n, k - u) psi^u,
//   support lo = max(0, k - n) .. hi = min(k, m)
// (m = first column total, n = second column total, k = first row total). Parameterised by
// theta = log(psi) so that the root finding of Fisher's test works on the whole real line.
// Weights are formed in the log domain relative to their maximum, as R's fisher.test does.
// Thread-safety: immutable after construction.
#pragma once

#include <cstdint>
#include <vector>

namespace myoivig::stats {

class NoncentralHypergeometric {
 public:
  // Preconditions: m, n, k >= 0, k <= m + n.
  NoncentralHypergeometric(std::int64_t m, std::int64_t n, std::int64_t k);

  [[nodiscard]] std::int64_t lo() const { return m_lo; }
  [[nodiscard]] std::int64_t hi() const { return m_hi; }

  // E[X] at log odds ratio theta.
  [[nodiscard]] double mean(double theta) const;
  // P(X <= x) and P(X >= x) at log odds ratio theta.
  [[nodiscard]] double cdf(std::int64_t x, double theta) const;
  [[nodiscard]] double upper(std::int64_t x, double theta) const;

 private:
  [[nodiscard]] std::vector<double> weights(double theta) const;  // unnormalised

  std::int64_t m_lo = 0;
  std::int64_t m_hi = 0;
  std::vector<double> m_log_central;  // log P(X = lo + i) at psi = 1
};

}  // namespace myoivig::stats
