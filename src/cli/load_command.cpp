// myoivig load --db FILE BUNDLE [--json]: loads a study bundle (docs/bundle.md), all or
// nothing.
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "io/bundle_reader.hpp"

namespace myoivig::cli {
namespace {

struct LoadOptions {
  std::string database;
  std::string bundle;
  bool json = false;
};

nlohmann::ordered_json loaded_counts(const domain::StudyData& data) {
  return {{"patients", data.patients.size()},
          {"conditions", data.conditions.size()},
          {"steroid_doses", data.steroid_doses.size()},
          {"courses", data.courses.size()},
          {"administrations", data.administrations.size()},
          {"visits", data.visits.size()},
          {"assessments", data.assessments.size()},
          {"muscle_grades", data.muscle_grades.size()},
          {"adverse_events", data.adverse_events.size()}};
}

}  // namespace

// Loads `bundle_dir` into an open study in one transaction. Shared with `demo`.
util::Expected<domain::StudyData> load_bundle(OpenStudy& study, const std::string& bundle_dir) {
  MYOIVIG_TRY_ASSIGN(bundle, io::read_bundle(bundle_dir));
  MYOIVIG_TRY_ASSIGN(existing, study.store->read_all());
  MYOIVIG_TRY(io::check_bundle(bundle, existing, study.protocol));
  MYOIVIG_TRY(study.store->add(bundle.data, cli_audit_context("load " + bundle_dir)));
  return std::move(bundle.data);
}

namespace {

int run_load(const LoadOptions& options) {
  auto study = open_study(options.database);
  if (!study) return report_error("load", study.error());
  auto loaded = load_bundle(*study, options.bundle);
  if (!loaded) {
    std::cerr << "myoivig load: " << loaded.error().message
              << "\nNothing was loaded: the database is unchanged.\n";
    return k_exit_usage;
  }
  const nlohmann::ordered_json counts = loaded_counts(*loaded);
  if (options.json) {
    std::cout << nlohmann::ordered_json{{"db", options.database},
                                        {"bundle", options.bundle},
                                        {"study_id", loaded->info.study_id},
                                        {"synthetic", loaded->info.synthetic},
                                        {"loaded", counts}}
                     .dump(2)
              << '\n';
    return k_exit_success;
  }
  std::cout << "Loaded " << options.bundle << " into " << options.database << " (study "
            << loaded->info.study_id << (loaded->info.synthetic ? ", SYNTHETIC data" : "")
            << "):\n";
  for (const auto& [entity, count] : counts.items()) {
    if (count.get<std::size_t>() > 0) std::cout << "  " << entity << ": " << count << '\n';
  }
  std::cout << "Next: myoivig check --db " << options.database << '\n';
  return k_exit_success;
}

}  // namespace

void add_load_command(CLI::App& app, int& status) {
  auto options = std::make_shared<LoadOptions>();
  CLI::App* command =
      app.add_subcommand("load", "Load a study bundle (a folder of CSV files, docs/bundle.md)");
  command->add_option("--db", options->database, "Study database (from `myoivig init`)")
      ->required();
  command->add_option("bundle", options->bundle, "Bundle folder")->required();
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, &status] { status = run_load(*options); });
}

}  // namespace myoivig::cli
