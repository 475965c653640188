// One registration function per command (each defined in its own <name>_command.cpp).
// A command's callback stores its exit status (cli/exit_status.hpp) in `status`.
#pragma once

namespace CLI {
class App;
}

namespace myoivig::cli {

void add_demo_command(CLI::App& app, int& status);
void add_init_command(CLI::App& app, int& status);
void add_load_command(CLI::App& app, int& status);
void add_check_command(CLI::App& app, int& status);
void add_analyze_command(CLI::App& app, int& status);
void add_eligibility_command(CLI::App& app, int& status);
void add_dose_command(CLI::App& app, int& status);
void add_stats_command(CLI::App& app, int& status);
void add_simulate_command(CLI::App& app, int& status);
void add_score_command(CLI::App& app, int& status);
void add_synth_command(CLI::App& app, int& status);
void add_randomise_command(CLI::App& app, int& status);
void add_serve_command(CLI::App& app, int& status);
void add_user_command(CLI::App& app, int& status);
void add_import_command(CLI::App& app, int& status);
void add_export_command(CLI::App& app, int& status);

}  // namespace myoivig::cli
