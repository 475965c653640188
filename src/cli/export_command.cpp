// myoivig export <format> ...: the parent of the export subcommands. Each family of formats
// registers its subcommands from its own file (cli/export_subcommands.hpp): CDISC SDTM and
// ADaM (export sdtm, export adam) in export_cdisc_command.cpp.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/export_subcommands.hpp"

namespace myoivig::cli {

void add_export_command(CLI::App& app, int& status) {
  CLI::App* command = app.add_subcommand(
      "export", "Export the study's data: CDISC SDTM and ADaM, listings as XLSX or CSV, FHIR R4");
  command->require_subcommand(1);
  add_export_cdisc_subcommands(*command, status);
  add_export_listing_subcommands(*command, status);
}

}  // namespace myoivig::cli
