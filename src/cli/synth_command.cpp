// myoivig synth --patients N --out DIR [--seed S] [--sites K] [--protocol FILE] [--json]:
// writes a synthetic study bundle of N invented patients that follow a protocol (the seed
// protocol by default), the same for the same seed, marked synthetic in its manifest
// (domain/synthetic_study.hpp, io/bundle_writer.hpp). A randomised protocol (e.g.
// protocols/rct-ivig-2g.toml) gets a synthetic randomised trial instead
// (domain/synthetic_trial.hpp): --patients defaults to 95 (47 IVIG, 48 placebo) and the
// sites are the protocol's, so --sites is refused. Exit 0 when written; exit 2 for a bad
// option, an unreadable protocol or an occupied output folder.
#include <array>
#include <iostream>
#include <set>
#include <string_view>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "domain/synthetic_study.hpp"
#include "domain/synthetic_trial.hpp"
#include "io/bundle_writer.hpp"
#include "io/protocol_file.hpp"

namespace myoivig::cli {
namespace {

constexpr const char* k_default_protocol = "protocols/seed-ivig.toml";
constexpr std::size_t k_default_trial_patients = 95;
// The bundle's record files, in the order docs/bundle.md lists them.
constexpr std::array<const char*, 10> k_files{
    "patients",        "allocations", "conditions",  "steroid_doses", "courses",
    "administrations", "visits",      "assessments", "muscle_grades", "adverse_events"};

struct SynthOptions {
  std::size_t patients = 0;
  bool patients_given = false;
  std::string out;
  std::uint64_t seed = 1;
  int sites = 0;
  std::string protocol_file;  // empty: the seed protocol shipped with myoivig
  bool json = false;
};

int run_synth(const SynthOptions& options) {
  const std::string protocol_file = options.protocol_file.empty()
                                        ? resource_path(k_default_protocol).string()
                                        : options.protocol_file;
  auto protocol = io::read_protocol_file(protocol_file);
  if (!protocol) return report_error("synth", protocol.error());
  const bool randomised = protocol->design.kind == domain::DesignKind::randomised;
  if (randomised && options.sites != 0) {
    return report_error("synth",
                        util::invalid_argument("--sites: a randomised protocol fixes its sites "
                                               "(design.randomisation.sites); leave --sites out"));
  }
  if (!randomised && !options.patients_given) {
    return report_error("synth", util::invalid_argument("--patients is required for a "
                                                        "single-arm protocol"));
  }
  util::Expected<domain::StudyData> data = util::invalid_argument("no data");
  if (randomised) {
    domain::SyntheticTrialOptions trial;
    trial.patients = options.patients_given ? options.patients : k_default_trial_patients;
    trial.seed = options.seed;
    data = domain::generate_synthetic_trial(trial, *protocol);
  } else {
    data = domain::generate_synthetic_study({options.patients, options.seed, options.sites},
                                            *protocol);
  }
  if (!data) return report_error("synth", data.error());
  auto written = io::write_bundle(*data, options.out);
  if (!written) return report_error("synth", written.error());
  std::set<std::string> sites;
  for (const domain::Patient& patient : data->patients) sites.insert(patient.site);

  if (options.json) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    for (const char* stem : k_files) {
      // Single-arm studies have no allocations; their counts match `load --json`.
      if (randomised || std::string_view(stem) != "allocations") counts[stem] = written->at(stem);
    }
    std::cout << nlohmann::ordered_json{{"out", options.out},
                                        {"study_id", data->info.study_id},
                                        {"protocol", data->info.protocol_id},
                                        {"synthetic", data->info.synthetic},
                                        {"seed", options.seed},
                                        {"patients", data->patients.size()},
                                        {"sites", sites.size()},
                                        {"written", counts}}
                     .dump(2)
              << '\n';
    return k_exit_success;
  }
  std::cout << "Wrote SYNTHETIC study " << data->info.study_id << " to " << options.out << " ("
            << data->patients.size() << " invented patients at " << sites.size() << " sites, seed "
            << options.seed << ", protocol " << data->info.protocol_id << "):\n";
  for (const char* stem : k_files) {
    if (written->at(stem) > 0) std::cout << "  " << stem << ": " << written->at(stem) << '\n';
  }
  std::cout << "Next: myoivig init --protocol " << protocol_file
            << " --db FILE && myoivig load --db FILE " << options.out << '\n';
  return k_exit_success;
}

}  // namespace

void add_synth_command(CLI::App& app, int& status) {
  auto options = std::make_shared<SynthOptions>();
  CLI::App* command = app.add_subcommand(
      "synth",
      "Write a SYNTHETIC study bundle of invented patients (for demos, tests and benchmarks)");
  CLI::Option* patients =
      command->add_option("--patients", options->patients,
                          "Number of patients (1-999999; required for a single-arm protocol; a "
                          "randomised protocol defaults to 95, at most its allocation list)");
  command->add_option("--out", options->out, "Bundle folder to create (must not exist or be empty)")
      ->required();
  command->add_option("--seed", options->seed,
                      "Random seed: the same seed gives the same study (default 1)");
  command->add_option("--sites", options->sites,
                      "Number of sites, 1-99 (default: one per 50 patients, at least 2; not "
                      "for a randomised protocol, whose sites are its strata)");
  command
      ->add_option(
          "--protocol", options->protocol_file,
          std::string("Protocol file the patients follow (default ") + k_default_protocol + ")")
      ->check(CLI::ExistingFile);
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, patients, &status] {
    options->patients_given = patients->count() > 0;
    status = run_synth(*options);
  });
}

}  // namespace myoivig::cli
