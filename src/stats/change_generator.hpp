// ChangeGenerator: draws the paired changes (follow-up minus baseline) of one simulated
// trial, for the paired design of the trial-design simulator.
//
// Distributions, each with mean `mean` (D) and standard deviation `sd` (S):
//   normal     D + S Z
//   t3         D + S T_3 / sqrt(3)   (Student's t, 3 df, heavy-tailed; variance 1 after
//              scaling, fourth moment infinite)
//   lognormal  D + S (exp(Z) - e^(1/2)) / sqrt(e (e - 1)): the lognormal with meanlog 0
//              and sdlog 1, shifted and scaled to mean D and SD S (right-skewed, skewness
//              6.18; its median is D - 0.30 S, so the signed-rank and sign tests, which
//              test a median or pseudo-median, reject more than alpha when D = 0)
//   resample   values drawn with replacement from observed changes (mean and sd unused)
// (stats/random_variates.hpp). With a rounding step h > 0 every value becomes
// h * round(value / h), rounding half to even as R's round(), e.g. h = 1 for integer
// clinical scores; rounding makes ties and zeros.
// Thread-safety: immutable after construction; fill() uses only the Rng it is given.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "stats/rng.hpp"
#include "util/enum_names.hpp"

namespace myoivig::stats {

enum class ChangeDistribution { normal, t3, lognormal, resample };

inline constexpr util::EnumNames<ChangeDistribution, 4> k_change_distribution_names{{
    {ChangeDistribution::normal, "normal"},
    {ChangeDistribution::t3, "t3"},
    {ChangeDistribution::lognormal, "lognormal"},
    {ChangeDistribution::resample, "resample"},
}};

class ChangeGenerator {
 public:
  // A parametric distribution (not resample). Preconditions: finite mean, sd >= 0,
  // round_step >= 0 (0: no rounding).
  ChangeGenerator(ChangeDistribution distribution, double mean, double sd, double round_step);

  // Resampling of `observed`. Precondition: !observed.empty(), finite values.
  ChangeGenerator(std::vector<double> observed, double round_step);

  // Fills `changes` with independent draws.
  void fill(Rng& rng, std::span<double> changes) const;

  [[nodiscard]] ChangeDistribution distribution() const { return m_distribution; }

 private:
  [[nodiscard]] double draw(Rng& rng) const;

  ChangeDistribution m_distribution;
  double m_mean = 0.0;
  double m_sd = 0.0;
  double m_round_step = 0.0;
  std::vector<double> m_observed;
};

}  // namespace myoivig::stats
