// myoivig analyze --db FILE [--out DIR] [--json]: runs the protocol's analysis plan over
// the stored study and prints the results table (or the JSON document); with --out, also
// writes DIR/report.html and DIR/analysis.json. A randomised protocol gets the by-arm
// analysis (analysis/trial_analysis.hpp).
#include <iostream>

#include <CLI/CLI.hpp>

#include "analysis/analyse_study.hpp"
#include "analysis/trial_analysis.hpp"
#include "cli/analysis_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"

namespace myoivig::cli {
namespace {

struct AnalyzeOptions {
  std::string database;
  std::string out;
  bool json = false;
};

int run_trial_analysis(const AnalyzeOptions& options, const domain::StudyData& data,
                       const domain::Protocol& protocol) {
  auto result = analysis::analyse_trial(data, protocol);
  if (!result) return report_error("analyze", result.error());
  print_trial(*result, options.json);
  if (options.out.empty()) return k_exit_success;
  if (auto written = write_trial_folder(options.out, *result, protocol); !written) {
    return report_error("analyze", written.error());
  }
  if (!options.json) std::cout << "\nReport written to " << options.out << "/report.html\n";
  return k_exit_success;
}

int run_analyze(const AnalyzeOptions& options) {
  auto study = open_study(options.database);
  if (!study) return report_error("analyze", study.error());
  auto data = study->store->read_all();
  if (!data) return report_error("analyze", data.error());
  if (study->protocol.design.kind == domain::DesignKind::randomised) {
    return run_trial_analysis(options, *data, study->protocol);
  }
  auto result = analysis::analyse_study(*data, study->protocol);
  if (!result) return report_error("analyze", result.error());
  print_analysis(*result, options.json);
  if (options.out.empty()) return k_exit_success;
  if (auto written = write_report_folder(options.out, *result, study->protocol); !written) {
    return report_error("analyze", written.error());
  }
  if (!options.json) std::cout << "\nReport written to " << options.out << "/report.html\n";
  return k_exit_success;
}

}  // namespace

void add_analyze_command(CLI::App& app, int& status) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* command =
      app.add_subcommand("analyze", "Run the protocol's analysis plan and print the results");
  command->add_option("--db", options->database, "Study database")->required();
  command->add_option("--out", options->out,
                      "Also write DIR/report.html (self-contained HTML report) and "
                      "DIR/analysis.json");
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, &status] { status = run_analyze(*options); });
}

}  // namespace myoivig::cli
