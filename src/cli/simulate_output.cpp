#include "cli/simulate_output.hpp"

#include <cstdio>
#include <iostream>
#include <variant>

#include <nlohmann/json.hpp>

#include "cli/stats_input.hpp"
#include "io/number_format.hpp"
#include "stats/alternative.hpp"
#include "stats/signrank.hpp"

namespace myoivig::cli::simulate_cli {
namespace {

using nlohmann::ordered_json;
using stats_cli::human;

double trials_per_second(const RunInfo& run) {
  return run.elapsed_s > 0 ? static_cast<double>(run.trials) / run.elapsed_s : 0.0;
}

// The design's fields, in the flags' names.
void add_design(ordered_json& document, const analysis::PowerDesign& design,
                const ChangeSource& source, bool with_n) {
  if (const auto* paired = std::get_if<analysis::PairedDesign>(&design)) {
    document["design"] = "paired";
    if (with_n) document["n"] = paired->n;
    document["test"] = util::name_of(stats::k_paired_test_names, paired->test.test);
    document["alpha"] = paired->test.alpha;
    document["alternative"] = stats::to_string(paired->test.alternative);
    document["distribution"] =
        util::name_of(stats::k_change_distribution_names, paired->distribution);
    if (paired->distribution == stats::ChangeDistribution::resample) {
      document["from_db"] = source.database;
      document["endpoint"] = source.endpoint;
      document["observed_changes"] = paired->observed;
    } else {
      document["mean_change"] = paired->mean_change;
      document["sd"] = paired->sd;
    }
    document["round"] = paired->round_step;
    return;
  }
  const auto& arms = std::get<analysis::TwoArmDesign>(design);
  document["design"] = "two-arm";
  if (with_n) {
    document["n1"] = arms.n1;
    document["n2"] = arms.n2;
  }
  document["p1"] = arms.p1;
  document["p2"] = arms.p2;
  document["test"] = util::name_of(stats::k_two_arm_test_names, arms.test.test);
  document["alpha"] = arms.test.alpha;
  document["alternative"] = stats::to_string(arms.test.alternative);
}

void add_run(ordered_json& document, const RunInfo& run) {
  document["reps"] = run.reps;
  document["seed"] = run.seed;
  document["threads"] = run.threads;
  document["elapsed_s"] = run.elapsed_s;
  document["trials_per_s"] = trials_per_second(run);
}

std::string design_text(const analysis::PowerDesign& design, const ChangeSource& source,
                        bool with_n) {
  std::string text;
  if (const auto* paired = std::get_if<analysis::PairedDesign>(&design)) {
    text = "paired design";
    if (with_n) text += ", n = " + std::to_string(paired->n);
    if (paired->distribution == stats::ChangeDistribution::resample) {
      text += ", changes resampled from the " + std::to_string(paired->observed.size()) +
              " observed '" + source.endpoint + "' changes of " + source.database;
    } else {
      text += ", changes " +
              std::string(util::name_of(stats::k_change_distribution_names, paired->distribution)) +
              " (mean " + human(paired->mean_change) + ", SD " + human(paired->sd) + ")";
    }
    if (paired->round_step > 0) text += " rounded to " + human(paired->round_step);
    const char* method = "";
    if (paired->test.test == stats::PairedTest::signrank) {
      method = !with_n ? " (exact up to n = 400; exact conditional with ties or zeros)"
               : paired->n <= stats::k_signrank_auto_exact_max_n
                   ? " (exact; exact conditional with ties or zeros)"
                   : " (normal approximation above n = 400)";
    }
    return text + "\ntest " +
           std::string(util::name_of(stats::k_paired_test_names, paired->test.test)) + method +
           ", alpha " + human(paired->test.alpha) + ", " +
           std::string(stats::to_string(paired->test.alternative));
  }
  const auto& arms = std::get<analysis::TwoArmDesign>(design);
  text = "two-arm design";
  if (with_n) text += ", n1 = " + std::to_string(arms.n1) + ", n2 = " + std::to_string(arms.n2);
  return text + ", response p1 = " + human(arms.p1) + ", p2 = " + human(arms.p2) + "\ntest " +
         std::string(util::name_of(stats::k_two_arm_test_names, arms.test.test)) + ", alpha " +
         human(arms.test.alpha) + ", " + std::string(stats::to_string(arms.test.alternative));
}

std::string run_text(const RunInfo& run, const std::string& what) {
  return std::to_string(run.reps) + " simulated trials" + what + ", seed " +
         std::to_string(run.seed) + ", " + std::to_string(run.threads) +
         (run.threads == 1 ? " thread, " : " threads, ") + io::format_fixed(run.elapsed_s, 3) +
         " s (" + io::format_fixed(trials_per_second(run), 0) + " trials/s)\n";
}

}  // namespace

void print_power(const analysis::PowerDesign& design, const ChangeSource& source,
                 const stats::RejectionCount& count, const RunInfo& run, bool json) {
  if (json) {
    ordered_json document{{"power", count.power()}, {"mcse", count.mcse()}};
    add_run(document, run);
    document["rejections"] = count.rejections;
    document["undefined"] = count.undefined;
    add_design(document, design, source, true);
    std::cout << document.dump(2) << '\n';
    return;
  }
  std::cout << "Simulated power " << io::format_fixed(count.power(), 4) << " (Monte Carlo SE "
            << io::format_fixed(count.mcse(), 4) << ")\n"
            << design_text(design, source, true) << '\n'
            << run_text(run, "");
  if (count.undefined > 0) {
    std::cout << count.undefined
              << " trials where the test was undefined (e.g. every change zero) counted as "
                 "not rejecting\n";
  }
}

void print_sample_size(const analysis::PowerDesign& design, const ChangeSource& source,
                       const analysis::SampleSizeSettings& settings,
                       const analysis::SampleSizeResult& result, const RunInfo& run, bool json) {
  const analysis::PowerPoint& answer = result.answer();
  const bool arms = std::holds_alternative<analysis::TwoArmDesign>(design);
  const std::string not_reached = "target power " + human(settings.target_power) +
                                  " not reached by --max-n " + std::to_string(settings.max_n) +
                                  " (simulated power " + io::format_fixed(answer.count.power(), 4) +
                                  " at n = " + std::to_string(answer.n) + "); raise --max-n";
  if (json) {
    ordered_json document;
    document["n"] = result.n ? ordered_json(*result.n) : ordered_json(nullptr);
    document["power"] = answer.count.power();
    document["mcse"] = answer.count.mcse();
    ordered_json curve = ordered_json::array();
    for (const analysis::PowerPoint& point : result.curve) {
      curve.push_back(ordered_json{
          {"n", point.n}, {"power", point.count.power()}, {"mcse", point.count.mcse()}});
    }
    document["curve"] = curve;
    document["reached"] = result.n.has_value();
    document["target_power"] = settings.target_power;
    document["max_n"] = settings.max_n;
    document["n_per"] = arms ? "arm" : "patient";
    if (!result.n) document["note"] = not_reached;
    add_run(document, run);
    add_design(document, design, source, false);
    std::cout << document.dump(2) << '\n';
    return;
  }
  if (result.n) {
    std::cout << "Sample size for power >= " << human(settings.target_power)
              << ": n = " << *result.n << (arms ? " per arm" : " patients") << " (simulated power "
              << io::format_fixed(answer.count.power(), 4) << ", Monte Carlo SE "
              << io::format_fixed(answer.count.mcse(), 4) << ")\n";
  } else {
    std::cout << "Sample size: " << not_reached << '\n';
  }
  std::cout << design_text(design, source, false) << "\n\n"
            << (arms ? "  n/arm" : "      n") << "   power    mcse\n";
  for (const analysis::PowerPoint& point : result.curve) {
    char line[96];
    std::snprintf(line, sizeof line, "%7zu  %.4f  %.4f%s\n", point.n, point.count.power(),
                  point.count.mcse(), result.n && point.n == *result.n ? "  <-" : "");
    std::cout << line;
  }
  std::cout << '\n' << run_text(run, " per n");
}

}  // namespace myoivig::cli::simulate_cli
