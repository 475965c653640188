// Benchmarks of the trial-design simulator's kernels (issue 4): one simulated trial per
// iteration, single-threaded, with its own stream as in `myoivig simulate`:
//   paired n = 8 and 30, normal changes, exact signed-rank (table lookup)
//   paired n = 10 rounded to integers (ties and zeros: the exact conditional path)
//   paired n = 8 t-test; two-arm 20 vs 20 Fisher
// Run: build/bench/simulation_bench (Release). bench/power_vs_r compares the whole command
// against R in one run.
#include <cstdint>
#include <memory>

#include <benchmark/benchmark.h>

#include "stats/trial_kernels.hpp"

namespace {

namespace stats = myoivig::stats;

void run(benchmark::State& state, const stats::TrialKernelFactory& factory) {
  const std::unique_ptr<stats::TrialKernel> kernel = factory();
  std::uint64_t trial = 0;
  std::uint64_t rejections = 0;
  for (auto _ : state) {
    stats::Rng rng(1, trial++);
    rejections += kernel->run(rng) == stats::TrialOutcome::reject ? 1 : 0;
  }
  benchmark::DoNotOptimize(rejections);
  state.counters["power"] = static_cast<double>(rejections) / static_cast<double>(trial);
  state.SetItemsProcessed(static_cast<std::int64_t>(trial));
}

stats::TrialKernelFactory paired(std::size_t n, stats::PairedTest test, double round_step) {
  auto generator = std::make_shared<const stats::ChangeGenerator>(
      stats::ChangeDistribution::normal, round_step > 0 ? 2.0 : 0.5, round_step > 0 ? 4.0 : 1.0,
      round_step);
  return stats::paired_trial_factory(generator, n, {test, 0.05, stats::Alternative::two_sided});
}

void BM_PairedSignrank(benchmark::State& state) {
  run(state, paired(static_cast<std::size_t>(state.range(0)), stats::PairedTest::signrank, 0));
}
BENCHMARK(BM_PairedSignrank)->Arg(8)->Arg(30);

void BM_PairedSignrankRoundedTies(benchmark::State& state) {
  run(state, paired(static_cast<std::size_t>(state.range(0)), stats::PairedTest::signrank, 1));
}
BENCHMARK(BM_PairedSignrankRoundedTies)->Arg(10);

void BM_PairedTtest(benchmark::State& state) {
  run(state, paired(static_cast<std::size_t>(state.range(0)), stats::PairedTest::ttest, 0));
}
BENCHMARK(BM_PairedTtest)->Arg(8);

void BM_TwoArmFisher(benchmark::State& state) {
  const auto n = static_cast<std::int64_t>(state.range(0));
  run(state, stats::two_arm_trial_factory(
                 n, 0.7, n, 0.3, {stats::TwoArmTest::fisher, 0.05, stats::Alternative::two_sided}));
}
BENCHMARK(BM_TwoArmFisher)->Arg(20);

}  // namespace

BENCHMARK_MAIN();
