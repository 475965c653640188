#include "cli/app.hpp"

#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"

namespace myoivig::cli {

int run(int argc, char** argv) {
  CLI::App app{
      "myoivig: a clinical study system for IVIG therapy in refractory polymyositis and "
      "dermatomyositis (research software: every result is for a qualified person to check)"};
  app.require_subcommand(1);
  app.fallthrough(false);
  app.set_version_flag("--version", "myoivig 0.1.0");

  int status = k_exit_success;
  // One line per command, in the order `--help` lists them.
  add_demo_command(app, status);
  add_init_command(app, status);
  add_load_command(app, status);
  add_check_command(app, status);
  add_analyze_command(app, status);
  add_eligibility_command(app, status);
  add_dose_command(app, status);
  add_stats_command(app, status);
  add_simulate_command(app, status);
  add_score_command(app, status);
  add_synth_command(app, status);
  add_randomise_command(app, status);
  add_serve_command(app, status);
  add_user_command(app, status);
  add_import_command(app, status);
  add_export_command(app, status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return k_exit_usage;
  } catch (const std::exception& error) {
    std::cerr << "myoivig: internal error: " << error.what() << '\n';
    return k_exit_usage;
  }
  return status;
}

}  // namespace myoivig::cli
