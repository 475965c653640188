// Monte Carlo estimation of a test's rejection rate (power, or size under the null) over
// independent simulated trials, on several threads with a result that does not depend on
// how many.
//
// Trial t (0-based) draws all its random numbers from its own stream Rng(seed, t)
// (stats/rng.hpp: xoshiro256++ seeded through splitmix64 from (seed, t)); trials are
// handed to threads in blocks, and the counts are sums, so the same seed gives the same
// counts for any thread count. Consecutive designs simulated with the same seed use the
// same streams (common random numbers), which makes a power curve over n smooth.
//
// power = rejections / reps; mcse = sqrt(power (1 - power) / reps), the Monte Carlo
// standard error. A trial whose test is undefined (e.g. every difference zero) does not
// reject and is counted in `undefined`.
// Thread-safety: run_trials creates one TrialKernel per thread through the factory and
// calls it from that thread only; the factory is called from the calling thread; the
// progress callback is called from the calling thread only.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include "stats/rng.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

enum class TrialOutcome : std::uint8_t { accept, reject, undefined };

// Simulates and tests one trial from the stream it is given; owns its scratch buffers.
class TrialKernel {
 public:
  virtual ~TrialKernel() = default;
  virtual TrialOutcome run(Rng& rng) = 0;
};

using TrialKernelFactory = std::function<std::unique_ptr<TrialKernel>()>;

// done trials of total; called every block or so.
using ProgressCallback = std::function<void(std::uint64_t done, std::uint64_t total)>;

inline constexpr std::uint64_t k_max_reps = 1'000'000'000;
inline constexpr unsigned k_max_threads = 256;

struct SimulationSettings {
  std::uint64_t reps = 10'000;
  std::uint64_t seed = 1;
  unsigned threads = 1;
  ProgressCallback progress;  // optional
};

struct RejectionCount {
  std::uint64_t reps = 0;
  std::uint64_t rejections = 0;
  std::uint64_t undefined = 0;  // trials whose test could not be computed (not rejections)
  unsigned threads = 1;

  [[nodiscard]] double power() const;
  [[nodiscard]] double mcse() const;
};

// sqrt(p (1 - p) / reps).
double monte_carlo_standard_error(double proportion, std::uint64_t reps);

// Runs settings.reps trials. Fails with "simulate: reps must be in [1, 1000000000], got 0"
// or "simulate: threads must be in [1, 256], got 0". An exception thrown by a kernel is
// rethrown on the calling thread after every thread has stopped.
util::Expected<RejectionCount> run_trials(const TrialKernelFactory& factory,
                                          const SimulationSettings& settings);

}  // namespace myoivig::stats
