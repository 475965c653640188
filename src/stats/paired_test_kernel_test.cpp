// The fast per-trial decisions of PairedTestKernel equal the engine's tests
// (stats::signrank, ttest, signtest with p <= alpha) on random samples: continuous, rounded
// (ties and zeros: the exact conditional path), small n (pairwise ranks), larger n
// (sorting) and n > 400 (normal method, no table).
#include "stats/paired_test_kernel.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "stats/binom.hpp"
#include "stats/random_variates.hpp"
#include "stats/signrank.hpp"
#include "stats/signtest.hpp"
#include "stats/ttest.hpp"

namespace myoivig::stats {
namespace {

constexpr double k_alpha = 0.05;

// The engine's decision for a sample; undefined when the test fails.
TrialOutcome engine_decision(PairedTest test, std::span<const double> x, Alternative alternative) {
  double p_value = 1.0;
  switch (test) {
    case PairedTest::signrank: {
      SignrankOptions options;
      options.alternative = alternative;
      options.conf_int = false;
      const auto result = signrank(x, options);
      if (!result) return TrialOutcome::undefined;
      p_value = result->p_value;
      break;
    }
    case PairedTest::ttest: {
      const auto result = ttest(x, TtestOptions{0.0, alternative, 0.95});
      if (!result) return TrialOutcome::undefined;
      p_value = result->p_value;
      break;
    }
    case PairedTest::signtest: {
      const auto result = signtest(x, SigntestOptions{0.0, alternative});
      if (!result) return TrialOutcome::undefined;
      p_value = result->p_value;
      break;
    }
  }
  return p_value <= k_alpha ? TrialOutcome::reject : TrialOutcome::accept;
}

struct Case {
  PairedTest test;
  std::size_t n;
  double round_step;  // 0: continuous
  int trials;
};

TEST(PairedTestKernel, DecisionsEqualTheEngine) {
  const std::vector<Case> cases{
      {PairedTest::signrank, 1, 0, 200},   {PairedTest::signrank, 8, 0, 2000},
      {PairedTest::signrank, 8, 1, 2000},  {PairedTest::signrank, 20, 0.5, 500},
      {PairedTest::signrank, 32, 0, 500},  {PairedTest::signrank, 33, 0, 500},
      {PairedTest::signrank, 60, 1, 200},  {PairedTest::signrank, 401, 0, 30},
      {PairedTest::signrank, 401, 1, 30},  {PairedTest::ttest, 2, 0, 1000},
      {PairedTest::ttest, 8, 0, 2000},     {PairedTest::ttest, 8, 2, 2000},
      {PairedTest::ttest, 50, 0, 500},     {PairedTest::signtest, 1, 0, 200},
      {PairedTest::signtest, 12, 0, 2000}, {PairedTest::signtest, 12, 1, 2000},
      {PairedTest::signtest, 101, 1, 300},
  };
  for (const Case& c : cases) {
    for (const Alternative alternative :
         {Alternative::two_sided, Alternative::less, Alternative::greater}) {
      SCOPED_TRACE(std::string(util::name_of(k_paired_test_names, c.test)) + " n " +
                   std::to_string(c.n) + " round " + std::to_string(c.round_step) + " " +
                   std::string(to_string(alternative)));
      const PairedTestPlan plan(c.n, PairedTestSettings{c.test, k_alpha, alternative});
      PairedTestKernel kernel(plan);
      Rng rng(31, c.n);
      std::vector<double> x(c.n);
      int counts[3] = {0, 0, 0};
      for (int trial = 0; trial < c.trials; ++trial) {
        for (double& value : x) {
          value = 0.25 + standard_normal(rng);
          if (c.round_step > 0) value = c.round_step * std::nearbyint(value / c.round_step);
        }
        const TrialOutcome expected = engine_decision(c.test, x, alternative);
        ASSERT_EQ(kernel.decide(x), expected) << "trial " << trial;
        ++counts[static_cast<int>(expected)];
      }
      if (c.n >= 20 && alternative != Alternative::less) {
        EXPECT_GT(counts[static_cast<int>(TrialOutcome::reject)], 0);
      }
    }
  }
}

TEST(PairedTestKernel, SignTestCriticalCountsEqualEveryBinomialPValue) {
  // Every count k of positives among m, at levels up to a liberal 0.6 (where even the
  // centre of a small m can reject), against the engine's binomial p-value.
  for (const double alpha : {0.001, 0.05, 0.3, 0.6}) {
    for (const Alternative alternative :
         {Alternative::two_sided, Alternative::less, Alternative::greater}) {
      for (std::int64_t m = 1; m <= 40; ++m) {
        const PairedTestPlan plan(static_cast<std::size_t>(m),
                                  PairedTestSettings{PairedTest::signtest, alpha, alternative});
        PairedTestKernel kernel(plan);
        std::vector<double> x(static_cast<std::size_t>(m));
        for (std::int64_t k = 0; k <= m; ++k) {
          for (std::int64_t i = 0; i < m; ++i) x[static_cast<std::size_t>(i)] = i < k ? 1.5 : -2;
          const TrialOutcome expected = *binom_p_value(k, m, 0.5, alternative) <= alpha
                                            ? TrialOutcome::reject
                                            : TrialOutcome::accept;
          ASSERT_EQ(kernel.decide(x), expected)
              << "alpha " << alpha << " " << to_string(alternative) << " m " << m << " k " << k;
        }
      }
    }
  }
}

TEST(PairedTestKernel, DegenerateSamplesAreUndefinedTrials) {
  const std::vector<double> zeros(6, 0.0);
  const std::vector<double> constant(6, 2.0);
  for (const PairedTest test : {PairedTest::signrank, PairedTest::ttest, PairedTest::signtest}) {
    const PairedTestPlan plan(6, PairedTestSettings{test, k_alpha, Alternative::two_sided});
    PairedTestKernel kernel(plan);
    EXPECT_EQ(kernel.decide(zeros), TrialOutcome::undefined);
  }
  const PairedTestPlan t_plan(
      6, PairedTestSettings{PairedTest::ttest, k_alpha, Alternative::two_sided});
  PairedTestKernel t_kernel(t_plan);
  EXPECT_EQ(t_kernel.decide(constant), TrialOutcome::undefined);  // t is undefined
  const PairedTestPlan plan(
      6, PairedTestSettings{PairedTest::signrank, k_alpha, Alternative::two_sided});
  PairedTestKernel kernel(plan);
  // Six equal positive changes: exact conditional p = 2 / 64 <= 0.05.
  EXPECT_EQ(kernel.decide(constant), TrialOutcome::reject);
}

}  // namespace
}  // namespace myoivig::stats
