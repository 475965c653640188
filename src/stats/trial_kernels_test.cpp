// Simulated power of the paired and two-arm trial kernels against power computed exactly:
// by the binomial distribution (sign test), the noncentral t (t-test), enumeration of all
// samples (signed-rank test on a discrete distribution; Fisher and Newcombe over all
// tables) and the exact size of the signed-rank test under a symmetric null. Agreement
// within 4 Monte Carlo standard errors, and identical counts for any thread count.
#include "stats/trial_kernels.hpp"

#include <cmath>
#include <functional>
#include <vector>

#include <boost/math/distributions/non_central_t.hpp>
#include <gtest/gtest.h>

#include "stats/binom.hpp"
#include "stats/distributions.hpp"
#include "stats/fisher.hpp"
#include "stats/prop_diff.hpp"
#include "stats/signrank.hpp"
#include "stats/signrank_critical.hpp"

namespace myoivig::stats {
namespace {

constexpr std::uint64_t k_reps = 200'000;

RejectionCount simulate(const TrialKernelFactory& factory, unsigned threads = 2,
                        std::uint64_t reps = k_reps) {
  SimulationSettings settings;
  settings.reps = reps;
  settings.seed = 20240604;
  settings.threads = threads;
  auto count = run_trials(factory, settings);
  EXPECT_TRUE(count);
  return count ? *count : RejectionCount{};
}

void expect_within_mcse(const RejectionCount& count, double exact) {
  const double mcse = monte_carlo_standard_error(exact, count.reps);
  EXPECT_NEAR(count.power(), exact, 4 * mcse + 1e-12) << "exact power " << exact;
}

std::shared_ptr<const ChangeGenerator> normal(double mean, double sd) {
  return std::make_shared<const ChangeGenerator>(ChangeDistribution::normal, mean, sd, 0.0);
}

TEST(TrialKernels, SignTestPowerUnderNormalIsBinomial) {
  constexpr std::int64_t n = 12;
  const double d = 0.5;
  const double positive = normal_cdf(d);  // P(change > 0) for N(0.5, 1)
  for (const Alternative alternative : {Alternative::two_sided, Alternative::greater}) {
    double exact = 0.0;
    for (std::int64_t k = 0; k <= n; ++k) {
      if (*binom_p_value(k, n, 0.5, alternative) <= 0.05) {
        exact += binomial_pmf(k, n, positive);
      }
    }
    const auto count = simulate(paired_trial_factory(
        normal(d, 1.0), n, PairedTestSettings{PairedTest::signtest, 0.05, alternative}));
    expect_within_mcse(count, exact);
    EXPECT_EQ(count.undefined, 0U);
  }
}

TEST(TrialKernels, TTestPowerUnderNormalIsNoncentralT) {
  for (const std::size_t n : {4U, 8U, 20U}) {
    const double d = 0.8;
    const double sd = 1.5;
    const double df = static_cast<double>(n - 1);
    const boost::math::non_central_t shifted(df, d / sd * std::sqrt(static_cast<double>(n)));
    const double q = t_quantile(0.975, df);
    const double exact =
        boost::math::cdf(boost::math::complement(shifted, q)) + boost::math::cdf(shifted, -q);
    const auto count = simulate(paired_trial_factory(
        normal(d, sd), n, PairedTestSettings{PairedTest::ttest, 0.05, Alternative::two_sided}));
    expect_within_mcse(count, exact);
  }
}

TEST(TrialKernels, SignrankSizeUnderSymmetricNullsIsTheExactSize) {
  for (const ChangeDistribution distribution :
       {ChangeDistribution::normal, ChangeDistribution::t3}) {
    const std::size_t n = 8;
    const SignrankRejectionTable table(n, 0.05, Alternative::two_sided);
    const auto generator = std::make_shared<const ChangeGenerator>(distribution, 0.0, 2.0, 0.0);
    const auto count = simulate(paired_trial_factory(
        generator, n, PairedTestSettings{PairedTest::signrank, 0.05, Alternative::two_sided}));
    expect_within_mcse(count, table.attained_alpha());  // 10/256
  }
}

// Exact power of the signed-rank test (the engine, exact conditional) when each change is
// drawn uniformly from `support`: every one of |support|^n index sequences is equally
// likely.
double enumerated_signrank_power(const std::vector<double>& support, std::size_t n,
                                 Alternative alternative) {
  const std::size_t k = support.size();
  std::vector<std::size_t> index(n, 0);
  std::vector<double> x(n);
  double rejected = 0;
  double total = 0;
  for (;;) {
    for (std::size_t i = 0; i < n; ++i) x[i] = support[index[i]];
    SignrankOptions options;
    options.alternative = alternative;
    options.conf_int = false;
    const auto result = signrank(x, options);
    if (result && result->p_value <= 0.05) ++rejected;
    ++total;
    std::size_t i = 0;
    while (i < n && ++index[i] == k) index[i++] = 0;
    if (i == n) break;
  }
  return rejected / total;
}

TEST(TrialKernels, SignrankPowerOnADiscreteDistributionEqualsEnumeration) {
  const std::vector<double> support{-1, 2, 3, 3, 0};  // ties and zeros: exact conditional
  for (const Alternative alternative : {Alternative::two_sided, Alternative::greater}) {
    const double exact = enumerated_signrank_power(support, 7, alternative);
    EXPECT_GT(exact, 0.15) << "a design with real power";
    const auto generator = std::make_shared<const ChangeGenerator>(support, 0.0);
    const auto count =
        simulate(paired_trial_factory(generator, 7,
                                      PairedTestSettings{PairedTest::signrank, 0.05, alternative}),
                 2, 50'000);
    expect_within_mcse(count, exact);
  }
}

// Exact power over all tables: sum of P(x1) P(x2) over the rejected ones.
double enumerated_two_arm_power(std::int64_t n1, double p1, std::int64_t n2, double p2,
                                const std::function<bool(std::int64_t, std::int64_t)>& rejects) {
  double power = 0.0;
  for (std::int64_t x1 = 0; x1 <= n1; ++x1) {
    for (std::int64_t x2 = 0; x2 <= n2; ++x2) {
      if (rejects(x1, x2)) power += binomial_pmf(x1, n1, p1) * binomial_pmf(x2, n2, p2);
    }
  }
  return power;
}

TEST(TrialKernels, FisherPowerEqualsEnumerationOverTables) {
  const std::int64_t n1 = 20;
  const std::int64_t n2 = 15;
  for (const Alternative alternative : {Alternative::two_sided, Alternative::greater}) {
    const double exact =
        enumerated_two_arm_power(n1, 0.7, n2, 0.35, [&](std::int64_t x1, std::int64_t x2) {
          return *fisher_p_value(x1, n1 - x1, x2, n2 - x2, alternative) <= 0.05;
        });
    const auto count = simulate(two_arm_trial_factory(
        n1, 0.7, n2, 0.35, TwoArmTestSettings{TwoArmTest::fisher, 0.05, alternative}));
    expect_within_mcse(count, exact);
  }
}

TEST(TrialKernels, PropDiffPowerEqualsEnumerationOverTables) {
  const std::int64_t n1 = 30;
  const std::int64_t n2 = 25;
  const double exact =
      enumerated_two_arm_power(n1, 0.3, n2, 0.65, [&](std::int64_t x1, std::int64_t x2) {
        const auto result = prop_diff(x1, n1, x2, n2, 0.90);  // one-sided 0.05: level 0.90
        return result->ci_high < 0;
      });
  const auto count = simulate(two_arm_trial_factory(
      n1, 0.3, n2, 0.65, TwoArmTestSettings{TwoArmTest::prop_diff, 0.05, Alternative::less}));
  expect_within_mcse(count, exact);
}

TEST(TrialKernels, PairedCountsAreIdenticalForAnyThreadCount) {
  const auto generator =
      std::make_shared<const ChangeGenerator>(ChangeDistribution::lognormal, 0.4, 1.0, 0.5);
  const auto factory = paired_trial_factory(
      generator, 10, PairedTestSettings{PairedTest::signrank, 0.05, Alternative::two_sided});
  const RejectionCount one = simulate(factory, 1, 20'000);
  for (const unsigned threads : {2U, 5U}) {
    const RejectionCount many = simulate(factory, threads, 20'000);
    EXPECT_EQ(many.rejections, one.rejections);
    EXPECT_EQ(many.undefined, one.undefined);
  }
}

}  // namespace
}  // namespace myoivig::stats
