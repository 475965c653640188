// run_trials: the same seed gives the same counts for every thread count; arguments are
// checked; a kernel's exception reaches the caller; progress reaches the total.
#include "stats/simulation.hpp"

#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::stats {
namespace {

// Rejects with probability 0.3, undefined with probability 0.01, from the trial's stream.
class CoinKernel final : public TrialKernel {
 public:
  TrialOutcome run(Rng& rng) override {
    const double u = rng.uniform();
    if (u < 0.01) return TrialOutcome::undefined;
    return u < 0.31 ? TrialOutcome::reject : TrialOutcome::accept;
  }
};

TrialKernelFactory coin_factory() {
  return [] { return std::make_unique<CoinKernel>(); };
}

TEST(RunTrials, CountsDoNotDependOnTheThreadCount) {
  for (const std::uint64_t reps : {1ULL, 255ULL, 256ULL, 257ULL, 10'000ULL, 100'003ULL}) {
    SimulationSettings settings;
    settings.reps = reps;
    settings.seed = 42;
    settings.threads = 1;
    const auto one = run_trials(coin_factory(), settings);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->reps, reps);
    for (const unsigned threads : {2U, 3U, 7U, 16U}) {
      settings.threads = threads;
      const auto many = run_trials(coin_factory(), settings);
      ASSERT_TRUE(many);
      EXPECT_EQ(many->rejections, one->rejections) << reps << " reps, " << threads << " threads";
      EXPECT_EQ(many->undefined, one->undefined);
      EXPECT_LE(many->threads, threads);
    }
  }
}

TEST(RunTrials, PowerAndMonteCarloStandardError) {
  SimulationSettings settings;
  settings.reps = 200'000;
  settings.seed = 3;
  settings.threads = 2;
  const auto count = run_trials(coin_factory(), settings);
  ASSERT_TRUE(count);
  EXPECT_NEAR(count->power(), 0.30, 4 * std::sqrt(0.3 * 0.7 / 200'000));
  EXPECT_NEAR(static_cast<double>(count->undefined) / 200'000, 0.01, 0.001);
  EXPECT_DOUBLE_EQ(count->mcse(), std::sqrt(count->power() * (1 - count->power()) / 200'000));
  EXPECT_DOUBLE_EQ(monte_carlo_standard_error(0.5, 100), 0.05);
  EXPECT_EQ(monte_carlo_standard_error(0.0, 100), 0.0);
  // A different seed gives different (but statistically equal) counts.
  settings.seed = 4;
  const auto other = run_trials(coin_factory(), settings);
  ASSERT_TRUE(other);
  EXPECT_NE(other->rejections, count->rejections);
}

TEST(RunTrials, RejectsBadSettings) {
  struct Case {
    std::uint64_t reps;
    unsigned threads;
    const char* message;
  };
  for (const Case& c :
       {Case{0, 1, "simulate: reps must be in [1, 1000000000], got 0"},
        Case{2'000'000'000, 1, "simulate: reps must be in [1, 1000000000], got 2000000000"},
        Case{10, 0, "simulate: threads must be in [1, 256], got 0"},
        Case{10, 300, "simulate: threads must be in [1, 256], got 300"}}) {
    SimulationSettings settings;
    settings.reps = c.reps;
    settings.threads = c.threads;
    const auto result = run_trials(coin_factory(), settings);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, c.message);
  }
}

TEST(RunTrials, ProgressIsReportedUpToTheTotal) {
  std::vector<std::uint64_t> seen;
  SimulationSettings settings;
  settings.reps = 5'000;
  settings.threads = 1;
  settings.progress = [&seen](std::uint64_t done, std::uint64_t total) {
    EXPECT_EQ(total, 5'000U);
    seen.push_back(done);
  };
  ASSERT_TRUE(run_trials(coin_factory(), settings));
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back(), 5'000U);
  for (std::size_t i = 1; i < seen.size(); ++i) EXPECT_GT(seen[i], seen[i - 1]);
}

class ThrowingKernel final : public TrialKernel {
 public:
  TrialOutcome run(Rng& rng) override {
    if (rng.uniform() < 0.001) throw std::runtime_error("kernel failed");
    return TrialOutcome::accept;
  }
};

TEST(RunTrials, AKernelExceptionReachesTheCaller) {
  SimulationSettings settings;
  settings.reps = 100'000;
  settings.threads = 3;
  const TrialKernelFactory factory = [] { return std::make_unique<ThrowingKernel>(); };
  EXPECT_THROW((void)run_trials(factory, settings), std::runtime_error);
}

}  // namespace
}  // namespace myoivig::stats
