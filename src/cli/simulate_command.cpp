// myoivig simulate power --design paired --n N --mean-change D --sd S
//                        [--distribution normal|t3|lognormal] [--round STEP]
//                        --test signrank|ttest|signtest [--alpha A] [--alternative ...]
//                        [--reps B] [--seed S] [--threads T] [--json]
// myoivig simulate power --design paired --from-db F --endpoint ID --n N ...
// myoivig simulate power --design two-arm --n1 N --n2 N --p1 P --p2 P --test fisher|prop-diff
// myoivig simulate sample-size ... --target-power 0.9 [--min-n N] [--max-n N]
// The trial-design simulator of issue 4 (analysis/power_design.hpp,
// analysis/sample_size.hpp). The same seed gives the same answer for any --threads. A
// progress bar goes to stderr for runs over a second, only when stderr is a terminal and
// the output is not JSON. Exit 0 with a result; 1 when sample-size does not reach the
// target by --max-n; 2 for bad usage or input (the message names the flag).
#include <chrono>
#include <iostream>
#include <map>
#include <memory>
#include <thread>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "analysis/power_design.hpp"
#include "analysis/sample_size.hpp"
#include "analysis/study_changes.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/simulate_output.hpp"
#include "cli/stats_input.hpp"
#include "cli/study_access.hpp"
#include "util/progress.hpp"

namespace myoivig::cli {
namespace {

using simulate_cli::ChangeSource;
using simulate_cli::RunInfo;

struct SimulateFlags {
  bool sample_size = false;
  std::string design;
  std::size_t n = 0;
  double mean_change = 0.0;
  double sd = 0.0;
  std::string distribution = "normal";
  double round_step = 0.0;
  std::string from_db;
  std::string endpoint;
  std::int64_t n1 = 0;
  std::int64_t n2 = 0;
  double p1 = 0.0;
  double p2 = 0.0;
  std::string test;
  double alpha = 0.05;
  std::string alternative = "two-sided";
  std::uint64_t reps = 10'000;
  std::uint64_t seed = 1;
  unsigned threads = 1;
  bool json = false;
  double target_power = 0.9;
  std::size_t min_n = 0;
  std::size_t max_n = analysis::k_default_max_n;
  // The options, to ask which were given (nullptr when the subcommand lacks the flag).
  std::map<std::string, CLI::Option*> options;

  [[nodiscard]] bool given(const std::string& flag) const {
    const auto found = options.find(flag);
    return found != options.end() && found->second != nullptr && found->second->count() > 0;
  }
};

unsigned default_threads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

// "mean-change: ..." from analysis/ becomes "--mean-change: ...".
util::Error flag_error(const util::Error& error) {
  for (const char* field : {"n", "mean-change", "sd", "round", "alpha", "n1", "n2", "p1", "p2",
                            "target-power", "min-n", "max-n", "endpoint"}) {
    if (error.message.rfind(std::string(field) + ": ", 0) == 0) {
      return util::Error{error.code, "--" + error.message};
    }
  }
  return error;
}

util::Error usage(const std::string& message) {
  return util::invalid_argument(message);
}

// The flags of the other design, or of the wrong kind, must not be given.
util::Expected<void> refuse(const SimulateFlags& flags, std::initializer_list<const char*> names,
                            const std::string& why) {
  for (const char* name : names) {
    if (flags.given(name)) return usage(std::string(name) + ": not used " + why);
  }
  return {};
}

util::Expected<void> require(const SimulateFlags& flags, std::initializer_list<const char*> names,
                             const std::string& why) {
  for (const char* name : names) {
    if (!flags.given(name)) return usage(std::string(name) + ": required " + why);
  }
  return {};
}

util::Expected<std::vector<double>> study_changes(const SimulateFlags& flags) {
  MYOIVIG_TRY_ASSIGN(study, open_study(flags.from_db));
  MYOIVIG_TRY_ASSIGN(data, study.store->read_all());
  auto changes = analysis::observed_changes(data, study.protocol, flags.endpoint);
  if (!changes) return flag_error(changes.error());
  return changes;
}

util::Expected<analysis::PowerDesign> paired_design(const SimulateFlags& flags) {
  MYOIVIG_TRY(refuse(flags, {"--n1", "--n2", "--p1", "--p2"}, "with --design paired"));
  analysis::PairedDesign design;
  auto test = util::value_of(stats::k_paired_test_names, flags.test);
  if (!test) return test.error().with_context("--test (paired designs)");
  MYOIVIG_TRY_ASSIGN(alternative, stats_cli::parse_alternative_flag(flags.alternative));
  design.test = {*test, flags.alpha, alternative};
  design.n = flags.n;
  design.round_step = flags.round_step;
  if (!flags.sample_size) MYOIVIG_TRY(require(flags, {"--n"}, "with --design paired"));
  if (flags.given("--from-db") || flags.given("--endpoint")) {
    const std::string why = "with --from-db (the study's observed changes are resampled)";
    MYOIVIG_TRY(refuse(flags, {"--mean-change", "--sd", "--distribution"}, why));
    MYOIVIG_TRY(require(flags, {"--from-db", "--endpoint"}, "to resample a study's changes"));
    design.distribution = stats::ChangeDistribution::resample;
    MYOIVIG_TRY_ASSIGN(observed, study_changes(flags));
    design.observed = std::move(observed);
    return design;
  }
  MYOIVIG_TRY(require(flags, {"--mean-change", "--sd"},
                      "with --design paired (or resample a study with --from-db F --endpoint ID)"));
  auto distribution = util::value_of(stats::k_change_distribution_names, flags.distribution);
  if (!distribution || *distribution == stats::ChangeDistribution::resample) {
    return usage("--distribution: must be one of normal, t3, lognormal, got '" +
                 flags.distribution + "' (to resample a study use --from-db F --endpoint ID)");
  }
  design.distribution = *distribution;
  design.mean_change = flags.mean_change;
  design.sd = flags.sd;
  return design;
}

util::Expected<analysis::PowerDesign> two_arm_design(const SimulateFlags& flags) {
  MYOIVIG_TRY(refuse(
      flags,
      {"--n", "--mean-change", "--sd", "--distribution", "--round", "--from-db", "--endpoint"},
      "with --design two-arm (use --n1, --n2, --p1, --p2)"));
  if (!flags.sample_size) {
    MYOIVIG_TRY(require(flags, {"--n1", "--n2"}, "with --design two-arm"));
  }
  MYOIVIG_TRY(require(flags, {"--p1", "--p2"}, "with --design two-arm"));
  auto test = util::value_of(stats::k_two_arm_test_names, flags.test);
  if (!test) return test.error().with_context("--test (two-arm designs)");
  MYOIVIG_TRY_ASSIGN(alternative, stats_cli::parse_alternative_flag(flags.alternative));
  analysis::TwoArmDesign design;
  design.n1 = flags.n1;
  design.n2 = flags.n2;
  design.p1 = flags.p1;
  design.p2 = flags.p2;
  design.test = {*test, flags.alpha, alternative};
  return design;
}

util::Expected<analysis::PowerDesign> build_design(const SimulateFlags& flags) {
  util::Expected<analysis::PowerDesign> design =
      flags.design == "paired" ? paired_design(flags)
      : flags.design == "two-arm"
          ? two_arm_design(flags)
          : usage("--design: must be one of paired, two-arm, got '" + flags.design + "'");
  if (!design) return design;
  if (!flags.sample_size) {
    if (auto valid = analysis::validate(*design); !valid) return flag_error(valid.error());
  }
  return design;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int run_simulate(const SimulateFlags& flags) {
  const std::string command = flags.sample_size ? "simulate sample-size" : "simulate power";
  auto design = build_design(flags);
  if (!design) return report_error(command, design.error());

  // isatty here: only the command line knows where the output goes.
  util::ProgressBar progress(std::cerr, command, !flags.json && ::isatty(STDERR_FILENO) == 1);
  stats::SimulationSettings simulation;
  simulation.reps = flags.reps;
  simulation.seed = flags.seed;
  simulation.threads = flags.threads;
  simulation.progress = [&progress](std::uint64_t done, std::uint64_t total) {
    progress.update(done, total);
  };
  RunInfo run{flags.reps, flags.seed, flags.threads, 0.0, 0};
  const ChangeSource source{flags.from_db, flags.endpoint};
  const auto start = std::chrono::steady_clock::now();

  if (!flags.sample_size) {
    auto count = analysis::simulate_power(*design, simulation);
    if (!count) return report_error(command, flag_error(count.error()));
    progress.finish();
    run.elapsed_s = seconds_since(start);
    run.threads = count->threads;
    run.trials = count->reps;
    simulate_cli::print_power(*design, source, *count, run, flags.json);
    return k_exit_success;
  }
  analysis::SampleSizeSettings settings;
  settings.target_power = flags.target_power;
  settings.min_n = flags.min_n;
  settings.max_n = flags.max_n;
  settings.evaluating = [&progress, &command](std::size_t n) {
    progress.set_label(command + " n = " + std::to_string(n));
  };
  auto result = analysis::search_sample_size(*design, settings, simulation);
  if (!result) return report_error(command, flag_error(result.error()));
  progress.finish();
  run.elapsed_s = seconds_since(start);
  run.threads = result->curve.front().count.threads;
  run.trials = flags.reps * result->curve.size();
  simulate_cli::print_sample_size(*design, source, settings, *result, run, flags.json);
  return result->n ? k_exit_success : k_exit_findings;
}

void add_design_flags(CLI::App& command, SimulateFlags& flags) {
  auto& o = flags.options;
  command.add_option("--design", flags.design, "paired or two-arm")->required();
  o["--mean-change"] = command.add_option("--mean-change", flags.mean_change,
                                          "Paired: mean change D (follow-up minus baseline)");
  o["--sd"] = command.add_option("--sd", flags.sd, "Paired: SD S of the changes");
  o["--distribution"] = command.add_option(
      "--distribution", flags.distribution,
      "Paired: normal (default), t3 (Student t with 3 df scaled to SD S) or lognormal (meanlog "
      "0, sdlog 1, shifted and scaled to mean D and SD S)");
  o["--round"] = command.add_option(
      "--round", flags.round_step,
      "Paired: round each change to a multiple of STEP, like a clinical score (ties, zeros)");
  o["--from-db"] = command.add_option("--from-db", flags.from_db,
                                      "Paired: resample the observed changes of the study in FILE");
  o["--endpoint"] = command.add_option("--endpoint", flags.endpoint,
                                       "With --from-db: the endpoint's measure id, e.g. mmt");
  o["--p1"] = command.add_option("--p1", flags.p1, "Two-arm: response probability of arm 1");
  o["--p2"] = command.add_option("--p2", flags.p2, "Two-arm: response probability of arm 2");
  command
      .add_option("--test", flags.test,
                  "Paired: signrank (exact), ttest or signtest; two-arm: fisher or prop-diff "
                  "(Newcombe interval excludes 0)")
      ->required();
  command.add_option("--alpha", flags.alpha,
                     "Significance level (default 0.05); reject p <= alpha");
  command.add_option("--alternative", flags.alternative,
                     "two-sided (default), less or greater (two-arm: p1 vs p2)");
  command.add_option("--reps", flags.reps, "Simulated trials (per n; default 10000)")
      ->check(CLI::Range(std::uint64_t{1}, stats::k_max_reps));
  command.add_option("--seed", flags.seed, "Seed (default 1): same seed, same answer");
  command
      .add_option("--threads", flags.threads,
                  "Threads (default: all cores); the answer does not depend on it")
      ->check(CLI::Range(1U, stats::k_max_threads));
  command.add_flag("--json", flags.json, "Print one JSON document");
}

}  // namespace

void add_simulate_command(CLI::App& app, int& status) {
  CLI::App* simulate = app.add_subcommand(
      "simulate", "Trial-design simulator: power and sample size by simulation (seeded)");
  simulate->require_subcommand(1);

  auto power = std::make_shared<SimulateFlags>();
  power->threads = default_threads();
  CLI::App* power_command =
      simulate->add_subcommand("power", "Simulated power of a paired or two-arm design");
  add_design_flags(*power_command, *power);
  power->options["--n"] = power_command->add_option("--n", power->n, "Paired: number of patients");
  power->options["--n1"] = power_command->add_option("--n1", power->n1, "Two-arm: arm 1 size");
  power->options["--n2"] = power_command->add_option("--n2", power->n2, "Two-arm: arm 2 size");
  power_command->callback([power, &status] { status = run_simulate(*power); });

  auto size = std::make_shared<SimulateFlags>();
  size->sample_size = true;
  size->threads = default_threads();
  CLI::App* size_command = simulate->add_subcommand(
      "sample-size",
      "Smallest n (patients, or per arm with n1 = n2) whose simulated power reaches a target");
  add_design_flags(*size_command, *size);
  size_command->add_option("--target-power", size->target_power, "Target power, e.g. 0.9")
      ->required();
  size_command->add_option("--min-n", size->min_n,
                           "Smallest n to try (default: 2 for ttest, else 1)");
  size_command->add_option("--max-n", size->max_n, "Largest n to try (default 1000)");
  size_command->callback([size, &status] { status = run_simulate(*size); });
}

}  // namespace myoivig::cli
