// Random variates for simulation, drawn from an Rng (stats/rng.hpp):
//   standard_normal   Marsaglia & Tsang's ziggurat (2000, J Stat Softw 5:8) with 128
//                     layers; the layer index and the 32-bit abscissa come from disjoint
//                     bits of one 64-bit draw (avoiding the correlation Doornik 2005 found
//                     in the original, which used the same bits for both).
//   standard_t3       Student's t with 3 degrees of freedom scaled to variance 1:
//                     Z / sqrt(Z1^2 + Z2^2 + Z3^2) = T_3 / sqrt(3).
//   standard_lognormal_change  exp(Z) (meanlog 0, sdlog 1) standardised to mean 0 and
//                     variance 1: (exp(Z) - e^(1/2)) / sqrt(e (e - 1)); right-skewed,
//                     skewness (e + 2) sqrt(e - 1) = 6.18.
// BinomialSampler draws Binomial(n, p) by inversion of a CDF table built once.
// Thread-safety: the functions are pure given the Rng; the ziggurat tables are built once
// during static initialisation (do not draw before main()); a BinomialSampler is immutable after
// construction.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "stats/rng.hpp"

namespace myoivig::stats {

double standard_normal(Rng& rng);
void fill_standard_normal(Rng& rng, std::span<double> values);  // the same, in a loop
double standard_t3(Rng& rng);
double standard_lognormal_change(Rng& rng);

class BinomialSampler {
 public:
  // Preconditions: trials >= 0, 0 <= p <= 1.
  BinomialSampler(std::int64_t trials, double p);

  [[nodiscard]] std::int64_t draw(Rng& rng) const;
  [[nodiscard]] std::int64_t trials() const { return m_trials; }

 private:
  std::int64_t m_trials;
  std::vector<double> m_cdf;  // P(X <= k), k = 0..trials; the last is exactly 1
};

}  // namespace myoivig::stats
