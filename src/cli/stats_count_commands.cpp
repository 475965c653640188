// myoivig stats binom --successes K --trials N [--p P] [--alternative A] [--conf-level L]
// myoivig stats fisher --table a,b,c,d [--alternative A] [--conf-level L]   (rows a b / c d)
// myoivig stats prop-diff --x1 K --n1 N --x2 K --n2 N [--conf-level L]
// myoivig stats p-adjust --method holm|hochberg|BH|bonferroni --p 0.01,0.04,...
// All take --json. Registered by add_stats_command (cli/stats_command.cpp).
#include <cmath>
#include <iostream>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/exit_status.hpp"
#include "cli/stats_input.hpp"
#include "cli/stats_subcommands.hpp"
#include "stats/binom.hpp"
#include "stats/fisher.hpp"
#include "stats/p_adjust.hpp"
#include "stats/prop_diff.hpp"
#include "util/strings.hpp"

namespace myoivig::cli {
namespace {

using nlohmann::ordered_json;
using stats_cli::human;
using stats_cli::interval_text;
using stats_cli::json_number;
using stats_cli::percent;

struct BinomFlags {
  std::int64_t successes = 0;
  std::int64_t trials = 0;
  double p = 0.5;
  std::string alternative = "two-sided";
  double conf_level = 0.95;
  bool wilson_correct = false;
  bool json = false;
};

struct FisherFlags {
  std::vector<std::string> table;
  std::string alternative = "two-sided";
  double conf_level = 0.95;
  bool json = false;
};

struct PropDiffFlags {
  std::int64_t x1 = 0, n1 = 0, x2 = 0, n2 = 0;
  double conf_level = 0.95;
  bool json = false;
};

struct PAdjustFlags {
  std::string method;
  std::vector<std::string> p;
  bool json = false;
};

void print(const ordered_json& document) {
  std::cout << document.dump(2) << '\n';
}

int run_binom(const BinomFlags& flags) {
  constexpr const char* k_name = "stats binom";
  auto alternative = stats_cli::parse_alternative_flag(flags.alternative);
  if (!alternative) return report_error(k_name, alternative.error());
  const stats::BinomOptions options{flags.p, *alternative, flags.conf_level, flags.wilson_correct};
  auto result = stats::binom_test(flags.successes, flags.trials, options);
  if (!result) return report_error("stats", result.error());  // "<test>: ..."
  if (flags.json) {
    print(ordered_json{
        {"test", "binom"},
        {"p_value", result->p_value},
        {"estimate", result->estimate},
        {"ci_low", result->ci_low},
        {"ci_high", result->ci_high},
        {"ci_method", "clopper-pearson"},
        {"wilson_low", result->wilson_low},
        {"wilson_high", result->wilson_high},
        {"wilson_continuity_correction", result->wilson_continuity_correction},
        {"conf_level", result->conf_level},
        {"alternative", stats::to_string(result->alternative)},
    });
    return k_exit_success;
  }
  std::cout << "Exact binomial test: " << flags.successes << " successes in " << flags.trials
            << " trials, p = " << human(flags.p) << "\n"
            << "p-value = " << human(result->p_value) << " ("
            << stats::to_string(result->alternative) << ")\n"
            << "estimate " << human(result->estimate) << ", " << percent(result->conf_level)
            << " CI Clopper-Pearson " << interval_text(result->ci_low, result->ci_high)
            << ", Wilson"
            << (result->wilson_continuity_correction ? " (continuity corrected) " : " ")
            << interval_text(result->wilson_low, result->wilson_high) << '\n';
  return k_exit_success;
}

util::Expected<std::vector<std::int64_t>> parse_table(const std::vector<std::string>& cells) {
  if (cells.size() != 4) {
    return util::invalid_argument("--table: must be four counts a,b,c,d (rows a b / c d), got " +
                                  std::to_string(cells.size()));
  }
  std::vector<std::int64_t> counts;
  for (const std::string& cell : cells) {
    auto count = util::parse_integer(util::trim(cell));
    if (!count) return count.error().with_context("--table");
    counts.push_back(*count);
  }
  return counts;
}

int run_fisher(const FisherFlags& flags) {
  constexpr const char* k_name = "stats fisher";
  auto alternative = stats_cli::parse_alternative_flag(flags.alternative);
  if (!alternative) return report_error(k_name, alternative.error());
  auto counts = parse_table(flags.table);
  if (!counts) return report_error(k_name, counts.error());
  const auto& t = *counts;
  auto result = stats::fisher_exact(t[0], t[1], t[2], t[3], {*alternative, flags.conf_level});
  if (!result) return report_error("stats", result.error());  // "<test>: ..."
  const auto& odds = result->odds_ratio;
  const std::string note =
      odds ? "" : "a row or column total is zero: the odds ratio is not estimable";
  if (flags.json) {
    print(ordered_json{
        {"test", "fisher"},
        {"p_value", result->p_value},
        {"estimate", odds ? json_number(odds->estimate) : nullptr},
        {"ci_low", odds ? json_number(odds->ci_low) : nullptr},
        {"ci_high", odds ? json_number(odds->ci_high) : nullptr},
        {"estimate_infinite", odds.has_value() && std::isinf(odds->estimate)},
        {"note", note},
        {"conf_level", result->conf_level},
        {"alternative", stats::to_string(result->alternative)},
    });
    return k_exit_success;
  }
  std::cout << "Fisher's exact test on [" << t[0] << " " << t[1] << " / " << t[2] << " " << t[3]
            << "]\np-value = " << human(result->p_value) << " ("
            << stats::to_string(result->alternative) << ")\n";
  if (odds) {
    std::cout << "conditional MLE odds ratio " << human(odds->estimate) << ", "
              << percent(result->conf_level) << " CI " << interval_text(odds->ci_low, odds->ci_high)
              << '\n';
  } else {
    std::cout << note << '\n';
  }
  return k_exit_success;
}

int run_prop_diff(const PropDiffFlags& flags) {
  auto result = stats::prop_diff(flags.x1, flags.n1, flags.x2, flags.n2, flags.conf_level);
  if (!result) return report_error("stats", result.error());  // "<test>: ..."
  if (flags.json) {
    print(ordered_json{
        {"test", "prop-diff"},
        {"difference", result->difference},
        {"p1", result->p1},
        {"p2", result->p2},
        {"ci_low", result->ci_low},
        {"ci_high", result->ci_high},
        {"conf_level", result->conf_level},
        {"method", result->method},
        {"p_value", result->p_value},
        {"p_value_method", result->p_value_method},
    });
    return k_exit_success;
  }
  std::cout << "Difference of proportions " << flags.x1 << "/" << flags.n1 << " - " << flags.x2
            << "/" << flags.n2 << " = " << human(result->p1) << " - " << human(result->p2) << " = "
            << human(result->difference) << "\n"
            << percent(result->conf_level) << " CI "
            << interval_text(result->ci_low, result->ci_high) << " (" << result->method
            << ", Newcombe 1998 method 10)\n"
            << "p-value = " << human(result->p_value) << " (" << result->p_value_method << ")\n";
  return k_exit_success;
}

util::Expected<std::vector<double>> parse_p_values(const std::vector<std::string>& texts) {
  std::vector<double> values;
  for (const std::string& text : texts) {
    const std::string_view cell = util::trim(text);
    if (cell.empty() || cell == "NA") {
      values.push_back(std::numeric_limits<double>::quiet_NaN());
      continue;
    }
    auto value = util::parse_number(cell);
    if (!value) return value.error().with_context("--p");
    values.push_back(*value);
  }
  return values;
}

int run_p_adjust(const PAdjustFlags& flags) {
  constexpr const char* k_name = "stats p-adjust";
  auto method = util::value_of(stats::k_p_adjust_method_names, flags.method);
  if (!method) return report_error(k_name, method.error().with_context("--method"));
  auto p = parse_p_values(flags.p);
  if (!p) return report_error(k_name, p.error());
  auto adjusted = stats::p_adjust(*p, *method);
  if (!adjusted) return report_error("stats", adjusted.error());
  if (flags.json) {
    ordered_json list = ordered_json::array();
    for (const double value : *adjusted) list.push_back(json_number(value));
    print(ordered_json{{"test", "p-adjust"}, {"method", flags.method}, {"adjusted", list}});
    return k_exit_success;
  }
  std::cout << "p-values adjusted by " << flags.method << " (NA = missing, not counted)\n";
  for (std::size_t i = 0; i < adjusted->size(); ++i) {
    std::cout << "  " << human((*p)[i]) << " -> " << human((*adjusted)[i]) << '\n';
  }
  return k_exit_success;
}

}  // namespace

void add_stats_count_commands(CLI::App& stats, int& status) {
  auto binom = std::make_shared<BinomFlags>();
  CLI::App* binom_command = stats.add_subcommand(
      "binom", "Exact binomial test with Clopper-Pearson and Wilson intervals");
  binom_command->add_option("--successes", binom->successes, "Number of successes")->required();
  binom_command->add_option("--trials", binom->trials, "Number of trials")->required();
  binom_command->add_option("--p", binom->p, "Null probability of success (default 0.5)");
  binom_command->add_option("--alternative", binom->alternative, "two-sided, less or greater");
  binom_command->add_option("--conf-level", binom->conf_level, "Confidence level (0.95)");
  binom_command->add_flag("--wilson-correct", binom->wilson_correct,
                          "Continuity-corrected Wilson interval (Newcombe method 4)");
  binom_command->add_flag("--json", binom->json, "Print one JSON document");
  binom_command->callback([binom, &status] { status = run_binom(*binom); });

  auto fisher = std::make_shared<FisherFlags>();
  CLI::App* fisher_command = stats.add_subcommand(
      "fisher", "Fisher's exact test for a 2x2 table with the conditional MLE odds ratio");
  fisher_command->add_option("--table", fisher->table, "Counts a,b,c,d: rows a b / c d")
      ->required()
      ->delimiter(',');
  fisher_command->add_option("--alternative", fisher->alternative, "two-sided, less or greater");
  fisher_command->add_option("--conf-level", fisher->conf_level, "Confidence level (0.95)");
  fisher_command->add_flag("--json", fisher->json, "Print one JSON document");
  fisher_command->callback([fisher, &status] { status = run_fisher(*fisher); });

  auto prop_diff = std::make_shared<PropDiffFlags>();
  CLI::App* prop_diff_command = stats.add_subcommand(
      "prop-diff", "Difference of two proportions with Newcombe's hybrid score CI");
  prop_diff_command->add_option("--x1", prop_diff->x1, "Successes in group 1")->required();
  prop_diff_command->add_option("--n1", prop_diff->n1, "Size of group 1")->required();
  prop_diff_command->add_option("--x2", prop_diff->x2, "Successes in group 2")->required();
  prop_diff_command->add_option("--n2", prop_diff->n2, "Size of group 2")->required();
  prop_diff_command->add_option("--conf-level", prop_diff->conf_level, "Confidence level");
  prop_diff_command->add_flag("--json", prop_diff->json, "Print one JSON document");
  prop_diff_command->callback([prop_diff, &status] { status = run_prop_diff(*prop_diff); });

  auto p_adjust = std::make_shared<PAdjustFlags>();
  CLI::App* p_adjust_command =
      stats.add_subcommand("p-adjust", "Adjust p-values for multiple comparisons");
  p_adjust_command->add_option("--method", p_adjust->method, "holm, hochberg, BH or bonferroni")
      ->required();
  p_adjust_command->add_option("--p", p_adjust->p, "Comma-separated p-values (NA = missing)")
      ->required()
      ->delimiter(',');
  p_adjust_command->add_flag("--json", p_adjust->json, "Print one JSON document");
  p_adjust_command->callback([p_adjust, &status] { status = run_p_adjust(*p_adjust); });
}

}  // namespace myoivig::cli
