// myoivig eligibility --db FILE [--patient ID] [--json]: evaluates the protocol's
// eligibility rules for every patient of a study, or one, and shows each rule as met,
// not met or unknown with the facts used (domain/eligibility.hpp). Exit 0 whatever the
// verdicts (`check` is the command that flags patients enrolled while ineligible); exit 2
// for an unknown patient or an unreadable database.
#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "domain/eligibility.hpp"

namespace myoivig::cli {
namespace {

struct EligibilityOptions {
  std::string database;
  std::string patient_id;  // empty: every patient
  bool json = false;
};

std::string_view shown(domain::RuleStatus status) {
  switch (status) {
    case domain::RuleStatus::met:
      return "met    ";
    case domain::RuleStatus::not_met:
      return "NOT MET";
    case domain::RuleStatus::unknown:
      return "unknown";
  }
  return "unknown";
}

void print_report(const domain::EligibilityReport& report) {
  std::cout << report.patient_id << ": " << domain::code(report.verdict) << '\n';
  for (const domain::RuleOutcome& rule : report.rules) {
    std::cout << "  " << shown(rule.status) << "  " << rule.label << '\n'
              << "           " << rule.facts << '\n';
  }
}

void print_reports(const std::vector<domain::EligibilityReport>& reports,
                   const domain::Protocol& protocol) {
  for (const domain::EligibilityReport& report : reports) {
    if (&report != &reports.front()) std::cout << '\n';
    print_report(report);
  }
  if (reports.size() == 1) return;
  std::cout << '\n';
  const auto count = [&](domain::Verdict verdict) {
    return std::count_if(reports.begin(), reports.end(),
                         [&](const domain::EligibilityReport& r) { return r.verdict == verdict; });
  };
  std::cout << reports.size() << (reports.size() == 1 ? " patient" : " patients")
            << " against protocol " << protocol.id << ": " << count(domain::Verdict::eligible)
            << " eligible, " << count(domain::Verdict::ineligible) << " ineligible, "
            << count(domain::Verdict::undetermined) << " undetermined.\n";
}

nlohmann::ordered_json to_json(const std::vector<domain::EligibilityReport>& reports) {
  nlohmann::ordered_json patients = nlohmann::ordered_json::array();
  for (const domain::EligibilityReport& report : reports) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const domain::RuleOutcome& rule : report.rules) {
      rules.push_back({{"id", rule.id},
                       {"label", rule.label},
                       {"status", domain::code(rule.status)},
                       {"facts", rule.facts}});
    }
    patients.push_back({{"patient", report.patient_id},
                        {"eligible", domain::code(report.verdict)},
                        {"rules", rules}});
  }
  return {{"patients", patients}};
}

int run_eligibility(const EligibilityOptions& options) {
  auto study = open_study(options.database);
  if (!study) return report_error("eligibility", study.error());
  auto data = study->store->read_all();
  if (!data) return report_error("eligibility", data.error());
  std::vector<domain::EligibilityReport> reports;
  if (options.patient_id.empty()) {
    reports = domain::evaluate_eligibility(*data, study->protocol);
  } else {
    const auto patient = std::find_if(
        data->patients.begin(), data->patients.end(),
        [&](const domain::Patient& candidate) { return candidate.id == options.patient_id; });
    if (patient == data->patients.end()) {
      return report_error("eligibility",
                          util::not_found("--patient: no patient '" + options.patient_id + "' in " +
                                          options.database));
    }
    reports.push_back(domain::evaluate_eligibility(*patient, *data, study->protocol));
  }
  if (options.json) {
    std::cout << to_json(reports).dump(2) << '\n';
  } else {
    print_reports(reports, study->protocol);
  }
  return k_exit_success;
}

}  // namespace

void add_eligibility_command(CLI::App& app, int& status) {
  auto options = std::make_shared<EligibilityOptions>();
  CLI::App* command = app.add_subcommand(
      "eligibility", "Evaluate the protocol's eligibility rules for each patient, with the facts");
  command->add_option("--db", options->database, "Study database")->required();
  command->add_option("--patient", options->patient_id, "Only this patient (study pseudonym)");
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, &status] { status = run_eligibility(*options); });
}

}  // namespace myoivig::cli
