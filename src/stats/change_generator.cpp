#include "stats/change_generator.hpp"

#include <cassert>
#include <cmath>
#include <utility>

#include "stats/random_variates.hpp"

namespace myoivig::stats {

ChangeGenerator::ChangeGenerator(ChangeDistribution distribution, double mean, double sd,
                                 double round_step)
    : m_distribution(distribution), m_mean(mean), m_sd(sd), m_round_step(round_step) {
  assert(distribution != ChangeDistribution::resample);
}

ChangeGenerator::ChangeGenerator(std::vector<double> observed, double round_step)
    : m_distribution(ChangeDistribution::resample),
      m_round_step(round_step),
      m_observed(std::move(observed)) {
  assert(!m_observed.empty());
}

double ChangeGenerator::draw(Rng& rng) const {
  switch (m_distribution) {
    case ChangeDistribution::normal:
      return m_mean + m_sd * standard_normal(rng);
    case ChangeDistribution::t3:
      return m_mean + m_sd * standard_t3(rng);
    case ChangeDistribution::lognormal:
      return m_mean + m_sd * standard_lognormal_change(rng);
    case ChangeDistribution::resample:
      return m_observed[static_cast<std::size_t>(rng.below(m_observed.size()))];
  }
  return 0.0;
}

void ChangeGenerator::fill(Rng& rng, std::span<double> changes) const {
  if (m_distribution == ChangeDistribution::normal) {
    fill_standard_normal(rng, changes);  // the same draws as draw(), in one loop
    for (double& change : changes) change = m_mean + m_sd * change;
  } else {
    for (double& change : changes) change = draw(rng);
  }
  if (m_round_step > 0) {
    // std::nearbyint rounds half to even in the default rounding mode, as R's round().
    for (double& change : changes) change = m_round_step * std::nearbyint(change / m_round_step);
  }
}

}  // namespace myoivig::stats
