// Random variates against their distribution functions: the fraction of draws below a
// table of quantiles must be within 5 binomial standard errors of the exact probability
// (Boost.Math's CDFs, stats/distributions.hpp), and the moments of the standardised t3 and
// lognormal must be 0 and 1.
#include "stats/random_variates.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "stats/distributions.hpp"

namespace myoivig::stats {
namespace {

constexpr int k_draws = 1'000'000;

struct Moments {
  double mean = 0.0;
  double variance = 0.0;
  double skewness = 0.0;
  double kurtosis = 0.0;
};

Moments moments(const std::vector<double>& x) {
  Moments m;
  const auto n = static_cast<double>(x.size());
  for (const double v : x) m.mean += v;
  m.mean /= n;
  double m3 = 0.0;
  double m4 = 0.0;
  for (const double v : x) {
    const double d = v - m.mean;
    m.variance += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  m.variance /= n;
  m.skewness = (m3 / n) / std::pow(m.variance, 1.5);
  m.kurtosis = (m4 / n) / (m.variance * m.variance);
  return m;
}

template <typename Draw>
std::vector<double> draws(std::uint64_t seed, Draw draw) {
  Rng rng(seed, 0);
  std::vector<double> x(k_draws);
  for (double& value : x) value = draw(rng);
  return x;
}

// Fraction of x below q, against the probability p, within 5 standard errors.
void expect_fraction_below(const std::vector<double>& x, double q, double p) {
  double below = 0;
  for (const double value : x) below += value <= q ? 1 : 0;
  const double fraction = below / static_cast<double>(x.size());
  const double se = std::sqrt(p * (1 - p) / static_cast<double>(x.size()));
  EXPECT_NEAR(fraction, p, 5 * se + 1e-7) << "at quantile " << q;
}

TEST(RandomVariates, ZigguratNormalMatchesTheNormalCdfIncludingTheTails) {
  const std::vector<double> x = draws(11, standard_normal);
  for (const double q : {-4.0, -3.5, -3.442, -3.0, -2.0, -1.0, -0.5, 0.0, 0.3, 1.0, 1.96, 2.5, 3.0,
                         3.442, 3.6, 4.0}) {
    expect_fraction_below(x, q, normal_cdf(q));
  }
  const Moments m = moments(x);
  EXPECT_NEAR(m.mean, 0.0, 0.005);      // se 0.001
  EXPECT_NEAR(m.variance, 1.0, 0.007);  // se 0.0014
  EXPECT_NEAR(m.skewness, 0.0, 0.0125);
  EXPECT_NEAR(m.kurtosis, 3.0, 0.025);
}

TEST(RandomVariates, T3IsStudentsTWithThreeDfScaledToVarianceOne) {
  const std::vector<double> x = draws(12, standard_t3);
  const double scale = std::sqrt(3.0);
  for (const double q : {-10.0, -5.0, -3.182, -2.0, -1.0, 0.0, 0.5, 1.5, 2.353, 4.541, 8.0}) {
    expect_fraction_below(x, q / scale, t_cdf(q, 3));
  }
  const Moments m = moments(x);
  EXPECT_NEAR(m.mean, 0.0, 0.005);
  // The fourth moment is infinite, so the sample variance converges slowly.
  EXPECT_NEAR(m.variance, 1.0, 0.05);
}

TEST(RandomVariates, LognormalChangeIsTheStandardLognormalStandardised) {
  const std::vector<double> x = draws(13, standard_lognormal_change);
  const double mean = std::exp(0.5);
  const double sd = std::sqrt(std::exp(1.0) * (std::exp(1.0) - 1.0));
  // X = (exp(Z) - mean) / sd  <=  q  iff  Z <= log(q sd + mean).
  for (const double q : {-0.7, -0.6, -0.5, -0.3, 0.0, 0.5, 1.0, 2.0, 4.0, 8.0}) {
    expect_fraction_below(x, q, normal_cdf(std::log(q * sd + mean)));
  }
  const Moments m = moments(x);
  EXPECT_NEAR(m.mean, 0.0, 0.005);
  EXPECT_NEAR(m.variance, 1.0, 0.06);  // kurtosis ~114: se of the variance ~0.011
  EXPECT_GT(m.skewness, 3.0);          // 6.18 in theory; the sample value is noisy
  EXPECT_GT(*std::min_element(x.begin(), x.end()), -mean / sd);  // bounded below
}

TEST(RandomVariates, DrawsAreReproducibleFromTheStream) {
  Rng a(99, 5);
  Rng b(99, 5);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_EQ(standard_normal(a), standard_normal(b));
    EXPECT_EQ(standard_t3(a), standard_t3(b));
  }
}

TEST(BinomialSampler, FrequenciesMatchTheBinomialPmf) {
  struct Case {
    std::int64_t n;
    double p;
  };
  for (const Case c : {Case{10, 0.3}, Case{1, 0.5}, Case{25, 0.9}, Case{60, 0.02}}) {
    const BinomialSampler sampler(c.n, c.p);
    Rng rng(7, static_cast<std::uint64_t>(c.n));
    constexpr int k_samples = 400'000;
    std::vector<double> counts(static_cast<std::size_t>(c.n) + 1, 0.0);
    for (int i = 0; i < k_samples; ++i) {
      const std::int64_t x = sampler.draw(rng);
      ASSERT_GE(x, 0);
      ASSERT_LE(x, c.n);
      ++counts[static_cast<std::size_t>(x)];
    }
    for (std::int64_t k = 0; k <= c.n; ++k) {
      const double p = binomial_pmf(k, c.n, c.p);
      const double se = std::sqrt(p * (1 - p) / k_samples);
      EXPECT_NEAR(counts[static_cast<std::size_t>(k)] / k_samples, p, 5 * se + 1e-6)
          << "n " << c.n << " p " << c.p << " k " << k;
    }
  }
}

TEST(BinomialSampler, DegenerateProbabilitiesGiveTheSupportEnds) {
  Rng rng(1, 1);
  const BinomialSampler never(12, 0.0);
  const BinomialSampler always(12, 1.0);
  const BinomialSampler empty(0, 0.4);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_EQ(never.draw(rng), 0);
    EXPECT_EQ(always.draw(rng), 12);
    EXPECT_EQ(empty.draw(rng), 0);
  }
}

}  // namespace
}  // namespace myoivig::stats
