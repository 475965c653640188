// Benchmarks of the statistics engine for issue 4's performance targets:
//   exact conditional signed-rank test with midrank ties at n = 200: under 5 ms per test
//   BCa bootstrap of the Hodges-Lehmann estimator, n = 100, 10,000 resamples: under 1 s
// Run: build/bench/stats_bench (Release build).
#include <cmath>
#include <vector>

#include <benchmark/benchmark.h>

#include "stats/bootstrap.hpp"
#include "stats/rng.hpp"
#include "stats/signrank.hpp"

namespace {

using myoivig::stats::Rng;

// Integer-valued changes (like MMT scores): many ties, some zeros.
std::vector<double> tied_sample(std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<double> x(n);
  for (double& value : x) value = static_cast<double>(rng.below(13)) - 4.0;
  return x;
}

std::vector<double> continuous_sample(std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<double> x(n);
  for (double& value : x) value = std::log(rng.uniform() + 1e-3) + 1.5 * rng.uniform();
  return x;
}

void exact_conditional_signrank(benchmark::State& state, bool conf_int) {
  const std::vector<double> x = tied_sample(static_cast<std::size_t>(state.range(0)), 1);
  myoivig::stats::SignrankOptions options;
  options.method = myoivig::stats::SignrankMethod::exact;
  options.conf_int = conf_int;
  for (auto _ : state) {
    auto result = myoivig::stats::signrank(x, options);
    benchmark::DoNotOptimize(result);
    if (!result || result->method != myoivig::stats::SignrankMethodUsed::exact_conditional) {
      state.SkipWithError("expected an exact conditional test");
      break;
    }
  }
}

void BM_SignrankExactConditional(benchmark::State& state) {
  exact_conditional_signrank(state, false);
}
BENCHMARK(BM_SignrankExactConditional)->Arg(50)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_SignrankExactConditionalWithInterval(benchmark::State& state) {
  exact_conditional_signrank(state, true);
}
BENCHMARK(BM_SignrankExactConditionalWithInterval)->Arg(200)->Unit(benchmark::kMillisecond);

void BM_BootstrapBcaHodgesLehmann(benchmark::State& state) {
  const std::vector<double> x = continuous_sample(static_cast<std::size_t>(state.range(0)), 2);
  myoivig::stats::BootstrapOptions options;
  options.statistic = myoivig::stats::BootstrapStatistic::hodges_lehmann;
  options.reps = static_cast<std::size_t>(state.range(1));
  for (auto _ : state) {
    auto result = myoivig::stats::bootstrap(x, options);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_BootstrapBcaHodgesLehmann)->Args({100, 10000})->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
