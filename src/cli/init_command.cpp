// myoivig init --protocol FILE --db FILE [--json]: creates a study database for a protocol;
// for a randomised protocol, with its concealed allocation list.
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "io/protocol_file.hpp"
#include "store/open_store.hpp"
#include "util/file.hpp"

namespace myoivig::cli {
namespace {

struct InitOptions {
  std::string protocol_file;
  std::string database;
  bool json = false;
};

int run_init(const InitOptions& options) {
  auto text = util::read_file(options.protocol_file);
  if (!text) return report_error("init", text.error());
  auto protocol = io::parse_protocol(*text);
  if (!protocol) return report_error("init", protocol.error().with_context(options.protocol_file));
  store::NewStudy study{store::StudyKind::study, protocol->id, *text, {}};
  if (protocol->design.kind == domain::DesignKind::randomised) {
    // The allocation list is made once, from the protocol's seed, and stored concealed.
    auto scheme = domain::randomisation_scheme(protocol->design);
    if (!scheme) return report_error("init", scheme.error());
    auto list = domain::allocation_list(*scheme);
    if (!list) return report_error("init", list.error());
    study.allocation_list = std::move(*list);
  }
  auto created = store::create_store(options.database, study,
                                     cli_audit_context("init --protocol " + options.protocol_file));
  if (!created) return report_error("init", created.error());
  if (options.json) {
    std::cout << nlohmann::json{{"db", options.database},
                                {"protocol_id", protocol->id},
                                {"protocol_title", protocol->title},
                                {"allocation_slots", study.allocation_list.size()}}
                     .dump(2)
              << '\n';
  } else {
    std::cout << "Created study database " << options.database << " for protocol " << protocol->id
              << " (" << protocol->title << ").\n";
    if (!study.allocation_list.empty()) {
      std::cout << "Stored the concealed allocation list: " << study.allocation_list.size()
                << " slots (myoivig randomise --db " << options.database << " --patient ID).\n";
    }
    std::cout << "Next: myoivig load --db " << options.database << " BUNDLE_DIR\n";
  }
  return k_exit_success;
}

}  // namespace

void add_init_command(CLI::App& app, int& status) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* command = app.add_subcommand("init", "Create a study database for a protocol file");
  command->add_option("--protocol", options->protocol_file, "Protocol file (TOML)")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--db", options->database, "Database file to create (must not exist)")
      ->required();
  command->add_flag("--json", options->json, "Print one JSON document");
  command->callback([options, &status] { status = run_init(*options); });
}

}  // namespace myoivig::cli
