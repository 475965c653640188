// The subcommands of `myoivig stats`, registered by add_stats_command (cli/commands.hpp):
// the tests on a sample read from a CSV file (cli/stats_command.cpp) and those on counts
// or lists given as flags (cli/stats_count_commands.cpp).
#pragma once

namespace CLI {
class App;
}

namespace myoivig::cli {

void add_stats_count_commands(CLI::App& stats, int& status);

}  // namespace myoivig::cli
