// myoivig stats signrank|ttest|signtest|bootstrap --csv F --x C [--y C] ... [--json]
// myoivig stats binom|fisher|prop-diff|p-adjust ...           (cli/stats_count_commands.cpp)
// The statistics engine (src/stats) on numbers from a CSV file or the command line: the
// contract of issue 4 (flags and JSON fields). Exit 0 with a result, 2 for bad usage or
// input (an unknown column, a non-numeric cell, degenerate data such as all differences
// zero). Unbounded interval ends and undefined values are JSON null.
#include <iostream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/stats_input.hpp"
#include "cli/stats_subcommands.hpp"
#include "stats/bootstrap.hpp"
#include "stats/sample.hpp"
#include "stats/signrank.hpp"
#include "stats/signtest.hpp"
#include "stats/ttest.hpp"

namespace myoivig::cli {
namespace {

using nlohmann::ordered_json;
using stats_cli::human;
using stats_cli::interval_text;
using stats_cli::json_number;
using stats_cli::percent;
using stats_cli::SampleFlags;

struct SignrankFlags {
  SampleFlags sample;
  std::string method = "auto";
  std::string correct = "true";
  std::string zeros = "wilcoxon";
};

struct BootstrapFlags {
  SampleFlags sample;
  std::string statistic;
  std::size_t reps = 10'000;
  std::uint64_t seed = 1;
};

util::Expected<stats::SignrankOptions> signrank_options(const SignrankFlags& flags) {
  stats::SignrankOptions options;
  options.mu = flags.sample.mu;
  options.conf_level = flags.sample.conf_level;
  MYOIVIG_TRY_ASSIGN(alternative, stats_cli::parse_alternative_flag(flags.sample.alternative));
  options.alternative = alternative;
  auto method = util::value_of(stats::k_signrank_method_names, flags.method);
  if (!method) return method.error().with_context("--method");
  options.method = *method;
  MYOIVIG_TRY_ASSIGN(correct, stats_cli::parse_bool_flag("--correct", flags.correct));
  options.correct = correct;
  auto zeros = util::value_of(stats::k_zero_method_names, flags.zeros);
  if (!zeros) return zeros.error().with_context("--zeros");
  options.zeros = *zeros;
  return options;
}

int run_signrank(const SignrankFlags& flags) {
  constexpr const char* k_name = "stats signrank";
  auto options = signrank_options(flags);
  if (!options) return report_error(k_name, options.error());
  auto sample = stats_cli::read_sample(flags.sample);
  if (!sample) return report_error(k_name, sample.error());
  auto result = sample->paired ? stats::signrank_paired(sample->x, sample->y, *options)
                               : stats::signrank(sample->x, *options);
  if (!result) return report_error("stats", result.error());  // "<test>: ..."
  const stats::ShiftInterval& interval = *result->interval;
  if (flags.sample.json) {
    ordered_json document{
        {"test", "signrank"},
        {"statistic", result->statistic},
        {"p_value", result->p_value},
        {"method", stats::to_string(result->method)},
        {"zeros", stats::to_string(result->zeros)},
        {"n", result->n},
        {"n_zero", result->n_zero},
        {"ties", result->ties},
        {"continuity_correction", result->continuity_correction},
        {"estimate", json_number(interval.estimate)},
        {"ci_low", json_number(interval.ci_low)},
        {"ci_high", json_number(interval.ci_high)},
        {"conf_level", interval.conf_level},
        {"alternative", stats::to_string(result->alternative)},
    };
    std::cout << document.dump(2) << '\n';
    return k_exit_success;
  }
  std::cout << "Wilcoxon signed-rank test on " << sample->label << " ("
            << stats::to_string(result->method) << ", zeros: " << stats::to_string(result->zeros)
            << (result->continuity_correction ? ", continuity correction" : "") << ")\n"
            << "n = " << result->n << " nonzero differences (" << result->n_zero
            << " equal to mu dropped" << (result->ties ? ", ties present" : "") << ")\n"
            << "V = " << human(result->statistic) << ", p-value = " << human(result->p_value)
            << " (" << stats::to_string(result->alternative) << ", mu = " << human(flags.sample.mu)
            << ")\n"
            << "Hodges-Lehmann estimate " << human(interval.estimate) << ", "
            << percent(interval.conf_level) << " CI "
            << interval_text(interval.ci_low, interval.ci_high) << '\n';
  return k_exit_success;
}

int run_ttest(const SampleFlags& flags) {
  constexpr const char* k_name = "stats ttest";
  auto alternative = stats_cli::parse_alternative_flag(flags.alternative);
  if (!alternative) return report_error(k_name, alternative.error());
  auto sample = stats_cli::read_sample(flags);
  if (!sample) return report_error(k_name, sample.error());
  const stats::TtestOptions options{flags.mu, *alternative, flags.conf_level};
  auto result = sample->paired ? stats::ttest_paired(sample->x, sample->y, options)
                               : stats::ttest(sample->x, options);
  if (!result) return report_error("stats", result.error());  // "<test>: ..."
  if (flags.json) {
    ordered_json document{
        {"test", "ttest"},
        {"statistic", result->statistic},
        {"df", result->df},
        {"p_value", result->p_value},
        {"estimate", result->estimate},
        {"std_error", result->std_error},
        {"ci_low", json_number(result->ci_low)},
        {"ci_high", json_number(result->ci_high)},
        {"conf_level", result->conf_level},
        {"n", result->n},
        {"alternative", stats::to_string(result->alternative)},
    };
    std::cout << document.dump(2) << '\n';
    return k_exit_success;
  }
  std::cout << (sample->paired ? "Paired" : "One-sample") << " t-test on " << sample->label
            << ", n = " << result->n << "\n"
            << "t = " << human(result->statistic) << ", df = " << human(result->df)
            << ", p-value = " << human(result->p_value) << " ("
            << stats::to_string(result->alternative) << ", mu = " << human(flags.mu) << ")\n"
            << "mean " << human(result->estimate) << ", " << percent(result->conf_level) << " CI "
            << interval_text(result->ci_low, result->ci_high) << '\n';
  return k_exit_success;
}

int run_signtest(const SampleFlags& flags) {
  constexpr const char* k_name = "stats signtest";
  auto alternative = stats_cli::parse_alternative_flag(flags.alternative);
  if (!alternative) return report_error(k_name, alternative.error());
  auto sample = stats_cli::read_sample(flags);
  if (!sample) return report_error(k_name, sample.error());
  const stats::SigntestOptions options{flags.mu, *alternative};
  auto result = sample->paired ? stats::signtest_paired(sample->x, sample->y, options)
                               : stats::signtest(sample->x, options);
  if (!result) return report_error("stats", result.error());  // "<test>: ..."
  if (flags.json) {
    ordered_json document{
        {"test", "signtest"},
        {"positives", result->positives},
        {"negatives", result->negatives},
        {"n", result->n},
        {"n_zero", result->n_zero},
        {"p_value", result->p_value},
        {"alternative", stats::to_string(result->alternative)},
    };
    std::cout << document.dump(2) << '\n';
    return k_exit_success;
  }
  std::cout << "Sign test on " << sample->label << ": " << result->positives << " positive, "
            << result->negatives << " negative, " << result->n_zero << " equal to mu dropped\n"
            << "p-value = " << human(result->p_value) << " ("
            << stats::to_string(result->alternative) << ", exact binomial)\n";
  return k_exit_success;
}

int run_bootstrap(const BootstrapFlags& flags) {
  constexpr const char* k_name = "stats bootstrap";
  auto statistic = util::value_of(stats::k_bootstrap_statistic_names, flags.statistic);
  if (!statistic) return report_error(k_name, statistic.error().with_context("--statistic"));
  auto sample = stats_cli::read_sample(flags.sample);
  if (!sample) return report_error(k_name, sample.error());
  std::vector<double> values = sample->x;
  if (sample->paired) {
    auto differences = stats::paired_differences("bootstrap", sample->x, sample->y);
    if (!differences) return report_error("stats", differences.error());
    values = std::move(*differences);
  }
  const stats::BootstrapOptions options{*statistic, flags.reps, flags.seed,
                                        flags.sample.conf_level};
  auto result = stats::bootstrap(values, options);
  if (!result) return report_error("stats", result.error());  // "<test>: ..."
  if (flags.sample.json) {
    ordered_json bca = nullptr;
    if (result->bca) bca = ordered_json::array({result->bca->low, result->bca->high});
    ordered_json document{
        {"test", "bootstrap"},
        {"statistic", flags.statistic},
        {"estimate", result->estimate},
        {"percentile", ordered_json::array({result->percentile.low, result->percentile.high})},
        {"bca", bca},
        {"bca_note", result->bca_note},
        {"bias_correction", result->bias_correction},
        {"acceleration", result->acceleration},
        {"conf_level", result->conf_level},
        {"n", result->n},
        {"reps", result->reps},
        {"seed", result->seed},
    };
    std::cout << document.dump(2) << '\n';
    return k_exit_success;
  }
  std::cout << "Bootstrap of the " << flags.statistic << " of " << sample->label
            << " (n = " << result->n << ", " << result->reps << " resamples, seed " << result->seed
            << ")\n"
            << "estimate " << human(result->estimate) << "\n"
            << percent(result->conf_level) << " percentile CI "
            << interval_text(result->percentile.low, result->percentile.high) << "\n"
            << percent(result->conf_level) << " BCa CI (jackknife acceleration) "
            << (result->bca ? interval_text(result->bca->low, result->bca->high) : "not available")
            << (result->bca_note.empty() ? "" : ": " + result->bca_note) << '\n';
  return k_exit_success;
}

}  // namespace

void add_stats_command(CLI::App& app, int& status) {
  CLI::App* stats = app.add_subcommand(
      "stats", "Statistical tests and intervals on numbers (results agree with R 4.2.2)");
  stats->require_subcommand(1);

  auto signrank = std::make_shared<SignrankFlags>();
  CLI::App* signrank_command = stats->add_subcommand(
      "signrank", "Wilcoxon signed-rank test, Hodges-Lehmann estimate and exact CI");
  stats_cli::add_sample_flags(*signrank_command, signrank->sample, true, true);
  signrank_command->add_option(
      "--method", signrank->method,
      "auto (exact, conditional with ties/zeros, up to n = 400), exact, normal, or classic "
      "(R <= 4.5 wilcox.test defaults)");
  signrank_command->add_option("--correct", signrank->correct,
                               "Continuity correction of the normal method: true or false");
  signrank_command->add_option("--zeros", signrank->zeros,
                               "Zero differences: wilcoxon (drop, default) or pratt");
  signrank_command->callback([signrank, &status] { status = run_signrank(*signrank); });

  auto ttest = std::make_shared<SampleFlags>();
  CLI::App* ttest_command =
      stats->add_subcommand("ttest", "One-sample or paired t-test with a CI for the mean");
  stats_cli::add_sample_flags(*ttest_command, *ttest, true, true);
  ttest_command->callback([ttest, &status] { status = run_ttest(*ttest); });

  auto signtest = std::make_shared<SampleFlags>();
  CLI::App* signtest_command =
      stats->add_subcommand("signtest", "Sign test (exact binomial on the nonzero signs)");
  stats_cli::add_sample_flags(*signtest_command, *signtest, true, false);
  signtest_command->callback([signtest, &status] { status = run_signtest(*signtest); });

  auto bootstrap = std::make_shared<BootstrapFlags>();
  CLI::App* bootstrap_command = stats->add_subcommand(
      "bootstrap", "Percentile and BCa bootstrap intervals (seeded, reproducible)");
  stats_cli::add_sample_flags(*bootstrap_command, bootstrap->sample, false, true);
  bootstrap_command
      ->add_option("--statistic", bootstrap->statistic, "mean, median or hodges-lehmann")
      ->required();
  bootstrap_command->add_option("--reps", bootstrap->reps, "Resamples (default 10000)");
  bootstrap_command->add_option("--seed", bootstrap->seed, "Seed (default 1)");
  bootstrap_command->callback([bootstrap, &status] { status = run_bootstrap(*bootstrap); });

  add_stats_count_commands(*stats, status);
}

}  // namespace myoivig::cli
