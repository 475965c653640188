// The subcommands of `myoivig export` (cli/export_command.cpp makes the parent command and
// calls one registration function per family, each defined in its own file). A callback
// stores its exit status (cli/exit_status.hpp) in `status`.
#pragma once

namespace CLI {
class App;
}

namespace myoivig::cli {

// export sdtm, export adam (cli/export_cdisc_command.cpp).
void add_export_cdisc_subcommands(CLI::App& export_app, int& status);
void add_export_listing_subcommands(CLI::App& export_app, int& status);  // xlsx, csv, fhir

}  // namespace myoivig::cli
