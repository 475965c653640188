// myoivig randomise --db FILE --patient ID [--date YYYY-MM-DD] [--show-arm] [--json]: takes
// the next slot of the patient's stratum from the study's concealed allocation list and
// records the allocation. In a blinded study the arm is not printed unless --show-arm is
// given (for the unblinded pharmacist); the allocation number always is.
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"

namespace myoivig::cli {
namespace {

struct RandomiseOptions {
  std::string database;
  std::string patient;
  std::string date;
  bool show_arm = false;
  bool json = false;
};

int run_randomise(const RandomiseOptions& options) {
  auto study = open_study(options.database);
  if (!study) return report_error("randomise", study.error());
  const domain::StudyDesign& design = study->protocol.design;
  if (design.kind != domain::DesignKind::randomised) {
    return report_error("randomise", util::invalid_argument("protocol " + study->protocol.id +
                                                            " is not randomised"));
  }
  util::Date on = today_utc();
  if (!options.date.empty()) {
    auto parsed = util::parse_iso_date(options.date);
    if (!parsed) return report_error("randomise", parsed.error().with_context("--date"));
    on = *parsed;
  }
  auto allocation = study->store->randomise(
      options.patient, on, cli_audit_context("randomise --patient " + options.patient));
  if (!allocation) return report_error("randomise", allocation.error());
  const bool reveal = !design.blinded || options.show_arm;
  const std::string slot = allocation->stratum + "/" + std::to_string(allocation->sequence);
  if (options.json) {
    std::cout << nlohmann::ordered_json{{"patient", allocation->patient_id},
                                        {"stratum", allocation->stratum},
                                        {"sequence", allocation->sequence},
                                        {"randomised_on", allocation->randomised_on.iso()},
                                        {"arm", reveal ? nlohmann::ordered_json(allocation->arm)
                                                       : nlohmann::ordered_json(nullptr)},
                                        {"blinded", design.blinded}}
                     .dump(2)
              << '\n';
    return k_exit_success;
  }
  std::cout << allocation->patient_id << " randomised on " << allocation->randomised_on.iso()
            << ": allocation " << slot;
  if (reveal) {
    std::cout << ", arm " << allocation->arm << " (" << design.arm(allocation->arm)->label << ")\n";
  } else {
    std::cout << "; the arm stays concealed (blinded study: --show-arm for the unblinded "
                 "pharmacist)\n";
  }
  return k_exit_success;
}

}  // namespace

void add_randomise_command(CLI::App& app, int& status) {
  auto options = std::make_shared<RandomiseOptions>();
  CLI::App* command = app.add_subcommand(
      "randomise", "Randomise a patient: take the next slot of the concealed allocation list");
  command->add_option("--db", options->database, "Study database")->required();
  command->add_option("--patient", options->patient, "Patient pseudonym")->required();
  command->add_option("--date", options->date, "Date of randomisation (YYYY-MM-DD; default today)");
  command->add_flag("--show-arm", options->show_arm,
                    "Print the arm even in a blinded study (for the unblinded pharmacist)");
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, &status] { status = run_randomise(*options); });
}

}  // namespace myoivig::cli
