// myoivig demo [--db FILE] [--out DIR] [--json]: builds the bundled seed study (synthetic
// data) in a fresh database, runs the protocol's analysis plan, prints the results table
// (or the same JSON document as `analyze --json`) and writes the HTML report to DIR
// (default ./myoivig-report).
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>

#include "analysis/analyse_study.hpp"
#include "analysis/study_summary.hpp"
#include "cli/analysis_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "domain/data_check.hpp"
#include "io/protocol_file.hpp"
#include "store/open_store.hpp"
#include "util/file.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* k_default_database = "myoivig-demo.db";
constexpr const char* k_protocol = "protocols/seed-ivig.toml";
constexpr const char* k_bundle = "data/demo/seed-study";
constexpr const char* k_default_report = "myoivig-report";

struct DemoOptions {
  std::string database = k_default_database;
  std::string out = k_default_report;
  bool json = false;
};

// Removes an earlier demo database; refuses to touch any other file.
util::Expected<void> clear_previous_demo(const std::string& database) {
  if (!fs::exists(database)) return {};
  auto existing = open_study(database);
  if (!existing || existing->record.kind != store::StudyKind::demo) {
    return util::conflict(database +
                          " exists and is not a myoivig demo database; it was left untouched "
                          "(choose another file with --db)");
  }
  existing->store.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(database + suffix);
  return {};
}

util::Expected<OpenStudy> build_demo(const std::string& database) {
  MYOIVIG_TRY(clear_previous_demo(database));
  const fs::path protocol_file = resource_path(k_protocol);
  MYOIVIG_TRY_ASSIGN(protocol_text, util::read_file(protocol_file));
  MYOIVIG_TRY_ASSIGN(protocol, io::parse_protocol(protocol_text));
  const store::NewStudy demo{store::StudyKind::demo, protocol.id, protocol_text};
  MYOIVIG_TRY(store::create_store(database, demo, cli_audit_context("demo")));
  MYOIVIG_TRY_ASSIGN(study, open_study(database));
  MYOIVIG_TRY(load_bundle(study, resource_path(k_bundle).string()));
  return study;
}

void print_summary(const DemoOptions& options, const OpenStudy& study,
                   const domain::StudyData& data, const analysis::StudySummary& summary,
                   std::size_t findings) {
  std::cout << "myoivig demo: " << data.info.study_id
            << (data.info.synthetic ? " -- SYNTHETIC DATA: a reconstruction, no real patient" : "")
            << "\n"
            << "  " << data.info.description << "\n"
            << "Protocol " << study.protocol.id << ": " << study.protocol.title << "\n"
            << "Database " << options.database << "\n\n"
            << "  Patients   " << summary.patients << " enrolled, " << summary.treated
            << " treated, " << summary.withdrawn << " withdrawn\n"
            << "  Courses    " << summary.courses << " (" << summary.patients_with_second_course
            << " patients with a second course), " << summary.administrations << " infusions\n"
            << "  Visits     " << summary.visits << ", assessments " << summary.assessments << "\n"
            << "  Adverse events " << summary.adverse_events << " ("
            << summary.serious_adverse_events << " serious)\n"
            << "  Data check "
            << (findings == 0 ? "no findings"
                              : std::to_string(findings) + " findings (myoivig check)")
            << "\n";
}

int run_demo(const DemoOptions& options) {
  auto study = build_demo(options.database);
  if (!study) return report_error("demo", study.error());
  auto data = study->store->read_all();
  if (!data) return report_error("demo", data.error());
  auto result = analysis::analyse_study(*data, study->protocol);
  if (!result) return report_error("demo", result.error());
  if (!options.json) {
    const auto findings = domain::check_study(*data, study->protocol, today_utc());
    print_summary(options, *study, *data, analysis::summarise(*data), findings.size());
    std::cout << '\n';
  }
  print_analysis(*result, options.json);
  if (auto written = write_report_folder(options.out, *result, study->protocol); !written) {
    return report_error("demo", written.error());
  }
  if (!options.json) std::cout << "\nReport written to " << options.out << "/report.html\n";
  return k_exit_success;
}

}  // namespace

void add_demo_command(CLI::App& app, int& status) {
  auto options = std::make_shared<DemoOptions>();
  CLI::App* command = app.add_subcommand(
      "demo",
      "Build the bundled seed study (synthetic data) in a fresh database, analyse it and "
      "write the report");
  command->add_option("--db", options->database,
                      "Database file (default myoivig-demo.db; an existing demo is rebuilt, "
                      "any other file is refused)");
  command->add_option("--out", options->out,
                      "Folder for report.html and analysis.json (default myoivig-report)");
  command->add_flag("--json", options->json,
                    "Print the analysis as one JSON document (as analyze --json)");
  command->callback([options, &status] { status = run_demo(*options); });
}

}  // namespace myoivig::cli
