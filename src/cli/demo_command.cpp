// myoivig demo [--study seed|rct] [--db FILE] [--out DIR] [--json]: builds a bundled demo
// study (synthetic data) in a fresh database, runs the protocol's analysis plan, prints the
// results table (or the same JSON document as `analyze --json`) and writes the HTML report
// to DIR. `seed` (the default) is the seed study (data/demo/seed-study; database
// myoivig-demo.db, report ./myoivig-report); `rct` the randomised IVIG trial
// (data/demo/rct-trial, protocols/rct-ivig-2g.toml; database myoivig-rct-demo.db, report
// ./myoivig-rct-report), analysed by arm.
#include <array>
#include <filesystem>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

#include "analysis/analyse_study.hpp"
#include "analysis/study_summary.hpp"
#include "analysis/trial_analysis.hpp"
#include "cli/analysis_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "domain/data_check.hpp"
#include "domain/randomisation.hpp"
#include "io/protocol_file.hpp"
#include "store/open_store.hpp"
#include "util/file.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;

// A bundled demo: its protocol and bundle (under the resource path) and default outputs.
struct DemoStudy {
  const char* name;
  const char* protocol;
  const char* bundle;
  const char* database;
  const char* report;
};

constexpr std::array<DemoStudy, 2> k_studies{{
    {"seed", "protocols/seed-ivig.toml", "data/demo/seed-study", "myoivig-demo.db",
     "myoivig-report"},
    {"rct", "protocols/rct-ivig-2g.toml", "data/demo/rct-trial", "myoivig-rct-demo.db",
     "myoivig-rct-report"},
}};

struct DemoOptions {
  std::string study = "seed";
  std::string database;  // empty: the study's default
  std::string out;       // empty: the study's default
  bool json = false;
};

const DemoStudy& demo_study(const std::string& name) {
  for (const DemoStudy& study : k_studies) {
    if (study.name == name) return study;
  }
  return k_studies.front();  // unreachable: --study is checked against the names
}

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

util::Expected<OpenStudy> build_demo(const DemoStudy& demo, const std::string& database) {
  MYOIVIG_TRY(clear_previous_demo(database));
  const fs::path protocol_file = resource_path(demo.protocol);
  MYOIVIG_TRY_ASSIGN(protocol_text, util::read_file(protocol_file));
  MYOIVIG_TRY_ASSIGN(protocol, io::parse_protocol(protocol_text));
  store::NewStudy study{store::StudyKind::demo, protocol.id, protocol_text, {}};
  if (protocol.design.kind == domain::DesignKind::randomised) {
    // Stored concealed, as `init` does; the bundle's allocations took its slots.
    MYOIVIG_TRY_ASSIGN(scheme, domain::randomisation_scheme(protocol.design));
    MYOIVIG_TRY_ASSIGN(list, domain::allocation_list(scheme));
    study.allocation_list = std::move(list);
  }
  MYOIVIG_TRY(store::create_store(database, study, cli_audit_context("demo")));
  MYOIVIG_TRY_ASSIGN(opened, open_study(database));
  MYOIVIG_TRY(load_bundle(opened, resource_path(demo.bundle).string()));
  return opened;
}

void print_summary(const DemoOptions& options, const OpenStudy& study,
                   const domain::StudyData& data, const analysis::StudySummary& summary,
                   std::size_t findings) {
  std::map<std::string, std::size_t> per_arm;
  for (const domain::Allocation& allocation : data.allocations) ++per_arm[allocation.arm];
  std::cout << "myoivig demo: " << data.info.study_id
            << (data.info.synthetic ? " -- SYNTHETIC DATA: a reconstruction, no real patient" : "")
            << "\n"
            << "  " << data.info.description << "\n"
            << "Protocol " << study.protocol.id << ": " << study.protocol.title << "\n"
            << "Database " << options.database << "\n\n"
            << "  Patients   " << summary.patients << " enrolled, " << summary.treated
            << " treated, " << summary.withdrawn << " withdrawn\n";
  if (!per_arm.empty()) {
    std::cout << "  Randomised";
    for (const domain::Arm& arm : study.protocol.design.arms) {
      std::cout << " " << arm.id << " " << per_arm[arm.id];
    }
    std::cout << "\n";
  }
  std::cout << "  Courses    " << summary.courses;
  if (per_arm.empty()) {
    std::cout << " (" << summary.patients_with_second_course << " patients with a second course)";
  }
  std::cout << ", " << summary.administrations << " infusions\n"
            << "  Visits     " << summary.visits << ", assessments " << summary.assessments << "\n"
            << "  Adverse events " << summary.adverse_events << " ("
            << summary.serious_adverse_events << " serious)\n"
            << "  Data check "
            << (findings == 0 ? "no findings"
                              : std::to_string(findings) + " findings (myoivig check" +
                                    (per_arm.empty() ? std::string(")")
                                                     : std::string("; the bundle's README.md "
                                                                   "explains them)")))
            << "\n";
}

// The randomised trial: the by-arm analysis, its table or JSON, and its report.
int run_trial_demo(const DemoOptions& options, const OpenStudy& study,
                   const domain::StudyData& data) {
  auto result = analysis::analyse_trial(data, study.protocol);
  if (!result) return report_error("demo", result.error());
  print_trial(*result, options.json);
  if (auto written = write_trial_folder(options.out, *result, study.protocol); !written) {
    return report_error("demo", written.error());
  }
  if (!options.json) std::cout << "\nReport written to " << options.out << "/report.html\n";
  return k_exit_success;
}

int run_demo(DemoOptions options) {
  const DemoStudy& demo = demo_study(options.study);
  if (options.database.empty()) options.database = demo.database;
  if (options.out.empty()) options.out = demo.report;
  auto study = build_demo(demo, options.database);
  if (!study) return report_error("demo", study.error());
  auto data = study->store->read_all();
  if (!data) return report_error("demo", data.error());
  if (!options.json) {
    const auto findings = domain::check_study(*data, study->protocol, today_utc());
    print_summary(options, *study, *data, analysis::summarise(*data), findings.size());
    std::cout << '\n';
  }
  if (study->protocol.design.kind == domain::DesignKind::randomised) {
    return run_trial_demo(options, *study, *data);
  }
  auto result = analysis::analyse_study(*data, study->protocol);
  if (!result) return report_error("demo", result.error());
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
      "Build a bundled demo study (synthetic data) in a fresh database, analyse it and write "
      "the report");
  command
      ->add_option("--study", options->study,
                   "Which demo: seed (the seed study, default) or rct (the randomised IVIG "
                   "trial, 47 IVIG and 48 placebo patients)")
      ->check(CLI::IsMember({"seed", "rct"}));
  command->add_option("--db", options->database,
                      "Database file (default myoivig-demo.db, for rct myoivig-rct-demo.db; an "
                      "existing demo is rebuilt, any other file is refused)");
  command->add_option("--out", options->out,
                      "Folder for report.html and analysis.json (default myoivig-report, for rct "
                      "myoivig-rct-report)");
  command->add_flag("--json", options->json,
                    "Print the analysis as one JSON document (as analyze --json)");
  command->callback([options, &status] { status = run_demo(*options); });
}

}  // namespace myoivig::cli
