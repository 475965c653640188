#include "stats/simulation.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "stats/check.hpp"

namespace myoivig::stats {
namespace {

constexpr std::string_view k_function = "simulate";
// Trials per block: large enough that threads rarely meet at the counter, small enough
// for an even split and a smooth progress bar.
constexpr std::uint64_t k_block = 256;

struct Shared {
  explicit Shared(const SimulationSettings& run_settings) : settings(run_settings) {}
  const SimulationSettings& settings;
  std::atomic<std::uint64_t> next_block{0};
  std::atomic<std::uint64_t> done{0};
  std::atomic<bool> failed{false};
  std::mutex error_mutex;
  std::exception_ptr error;
};

struct Counts {
  std::uint64_t rejections = 0;
  std::uint64_t undefined = 0;
};

// Takes blocks until none is left; `report` is true on the calling thread only.
void work(Shared& shared, TrialKernel& kernel, Counts& result, bool report) {
  const std::uint64_t reps = shared.settings.reps;
  Counts counts;  // local: the threads' results are not on one cache line while counting
  try {
    for (;;) {
      if (shared.failed.load(std::memory_order_relaxed)) return;
      const std::uint64_t first = shared.next_block.fetch_add(1) * k_block;
      if (first >= reps) return;
      const std::uint64_t last = std::min(reps, first + k_block);
      for (std::uint64_t trial = first; trial < last; ++trial) {
        Rng rng(shared.settings.seed, trial);
        switch (kernel.run(rng)) {
          case TrialOutcome::reject:
            ++counts.rejections;
            break;
          case TrialOutcome::undefined:
            ++counts.undefined;
            break;
          case TrialOutcome::accept:
            break;
        }
      }
      result = counts;
      const std::uint64_t done = shared.done.fetch_add(last - first) + (last - first);
      if (report && shared.settings.progress) shared.settings.progress(done, reps);
    }
  } catch (...) {
    const std::lock_guard lock(shared.error_mutex);
    if (!shared.error) shared.error = std::current_exception();
    shared.failed = true;
  }
}

}  // namespace

double monte_carlo_standard_error(double proportion, std::uint64_t reps) {
  if (reps == 0) return 0.0;
  return std::sqrt(proportion * (1 - proportion) / static_cast<double>(reps));
}

double RejectionCount::power() const {
  return reps == 0 ? 0.0 : static_cast<double>(rejections) / static_cast<double>(reps);
}

double RejectionCount::mcse() const {
  return monte_carlo_standard_error(power(), reps);
}

util::Expected<RejectionCount> run_trials(const TrialKernelFactory& factory,
                                          const SimulationSettings& settings) {
  if (settings.reps < 1 || settings.reps > k_max_reps) {
    return argument_error(
        k_function, "reps",
        "must be in [1, " + std::to_string(k_max_reps) + "], got " + std::to_string(settings.reps));
  }
  if (settings.threads < 1 || settings.threads > k_max_threads) {
    return argument_error(k_function, "threads",
                          "must be in [1, " + std::to_string(k_max_threads) + "], got " +
                              std::to_string(settings.threads));
  }
  // No more threads than blocks: the extra ones would find no work.
  const std::uint64_t blocks = (settings.reps + k_block - 1) / k_block;
  const auto threads = static_cast<unsigned>(std::min<std::uint64_t>(settings.threads, blocks));

  std::vector<std::unique_ptr<TrialKernel>> kernels;
  for (unsigned i = 0; i < threads; ++i) kernels.push_back(factory());
  std::vector<Counts> counts(threads);
  Shared shared(settings);
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i) {
    workers.emplace_back(
        [&shared, &kernels, &counts, i] { work(shared, *kernels[i], counts[i], false); });
  }
  work(shared, *kernels[0], counts[0], true);
  for (std::thread& worker : workers) worker.join();
  if (shared.error) std::rethrow_exception(shared.error);

  RejectionCount result;
  result.reps = settings.reps;
  result.threads = threads;
  for (const Counts& count : counts) {
    result.rejections += count.rejections;
    result.undefined += count.undefined;
  }
  return result;
}

}  // namespace myoivig::stats
