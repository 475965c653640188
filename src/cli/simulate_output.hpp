// Output of `myoivig simulate power|sample-size` (cli/simulate_command.cpp): the JSON
// documents of the issue 4 contract and the text for people.
//   power:       {"power", "mcse", "reps", "seed", "threads", "elapsed_s", "trials_per_s",
//                 ... the design and counts}
//   sample-size: {"n", "power", "mcse", "curve": [{"n", "power", "mcse"}], ...}
// Thread-safety: writes to std::cout; call from one thread.
#pragma once

#include <cstdint>
#include <string>

#include "analysis/power_design.hpp"
#include "analysis/sample_size.hpp"
#include "stats/simulation.hpp"

namespace myoivig::cli::simulate_cli {

// How the run went, measured by the command.
struct RunInfo {
  std::uint64_t reps = 0;  // per evaluated design
  std::uint64_t seed = 0;
  unsigned threads = 1;
  double elapsed_s = 0.0;
  std::uint64_t trials = 0;  // simulated in all
};

// Where resampled changes came from ("" for a parametric design).
struct ChangeSource {
  std::string database;
  std::string endpoint;
};

void print_power(const analysis::PowerDesign& design, const ChangeSource& source,
                 const stats::RejectionCount& count, const RunInfo& run, bool json);

void print_sample_size(const analysis::PowerDesign& design, const ChangeSource& source,
                       const analysis::SampleSizeSettings& settings,
                       const analysis::SampleSizeResult& result, const RunInfo& run, bool json);

}  // namespace myoivig::cli::simulate_cli
