// myoivig check --db FILE [--as-of DATE] [--json]: validates stored data against the
// protocol; exit 1 when there are findings.
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "domain/data_check.hpp"

namespace myoivig::cli {
namespace {

struct CheckOptions {
  std::string database;
  std::string as_of;
  bool json = false;
};

void print_findings(const std::vector<domain::Finding>& findings) {
  for (const domain::Finding& finding : findings) {
    std::cout << finding.patient_id << "  " << finding.entity;
    if (!finding.record.empty()) std::cout << " (" << finding.record << ")";
    std::cout << "  " << finding.field;
    if (!finding.value.empty()) std::cout << " = " << finding.value;
    std::cout << ": " << finding.rule << '\n';
  }
}

int run_check(const CheckOptions& options) {
  auto study = open_study(options.database);
  if (!study) return report_error("check", study.error());
  util::Date as_of = today_utc();
  if (!options.as_of.empty()) {
    auto parsed = util::parse_iso_date(options.as_of);
    if (!parsed) return report_error("check", parsed.error().with_context("--as-of"));
    as_of = *parsed;
  }
  auto data = study->store->read_all();
  if (!data) return report_error("check", data.error());
  const auto findings = domain::check_study(*data, study->protocol, as_of);
  if (options.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const domain::Finding& f : findings) {
      list.push_back({{"patient", f.patient_id},
                      {"entity", f.entity},
                      {"record", f.record},
                      {"field", f.field},
                      {"value", f.value},
                      {"rule", f.rule}});
    }
    std::cout << nlohmann::ordered_json{{"db", options.database},
                                        {"as_of", as_of.iso()},
                                        {"patients", data->patients.size()},
                                        {"findings", list}}
                     .dump(2)
              << '\n';
  } else if (findings.empty()) {
    std::cout << "No findings: " << data->patients.size() << " patients checked against protocol "
              << study->protocol.id << " as of " << as_of.iso() << ".\n";
  } else {
    print_findings(findings);
    std::cout << findings.size() << (findings.size() == 1 ? " finding" : " findings") << " in "
              << data->patients.size() << " patients (protocol " << study->protocol.id << ", as of "
              << as_of.iso() << ").\n";
  }
  return findings.empty() ? k_exit_success : k_exit_findings;
}

}  // namespace

void add_check_command(CLI::App& app, int& status) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check", "Validate stored data against the protocol (exit 1 when there are findings)");
  command->add_option("--db", options->database, "Study database")->required();
  command->add_option("--as-of", options->as_of,
                      "Judge missed visits as of this date (YYYY-MM-DD; default today)");
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, &status] { status = run_check(*options); });
}

}  // namespace myoivig::cli
