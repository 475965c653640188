// myoivig user add --db FILE --name NAME --role admin|investigator|monitor|statistician
//                  [--site SITE] [--json]
// Adds a user of the web application. The password is asked at the terminal without echo
// (twice), or read as the first line of standard input when that is not a terminal; it is
// never a flag (flags show in process lists and shell history). It must have at least 10
// characters; the store keeps only its Argon2id hash. Exit 0 when added, 2 otherwise.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <termios.h>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/exit_status.hpp"
#include "cli/study_access.hpp"
#include "server/password_hash.hpp"
#include "store/account.hpp"

namespace myoivig::cli {
namespace {

constexpr const char* k_command = "user add";

struct UserOptions {
  std::string database;
  std::string name;
  std::string role;
  std::string site;
  bool json = false;
};

// One line from standard input, with echo off when it is a terminal.
std::string read_line_quietly(const char* prompt, bool terminal) {
  termios saved{};
  if (terminal) {
    std::cerr << prompt << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << '\n';
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

util::Expected<std::string> read_password(const std::string& name) {
  const bool terminal = isatty(STDIN_FILENO) != 0;
  const std::string password = read_line_quietly("Password: ", terminal);
  MYOIVIG_TRY(server::check_new_password(password, name));
  if (terminal && read_line_quietly("Password again: ", terminal) != password) {
    return util::invalid_argument("password: the two entries differ");
  }
  return password;
}

int run_user_add(const UserOptions& options) {
  auto role = store::parse_role(options.role);
  if (!role) return report_error(k_command, role.error().with_context("--role"));
  if (auto name = store::check_user_name(options.name); !name) {
    return report_error(k_command, name.error());
  }
  auto study = open_study(options.database);
  if (!study) return report_error(k_command, study.error());
  auto password = read_password(options.name);
  if (!password) return report_error(k_command, password.error());
  auto hash = server::hash_password(*password);
  if (!hash) return report_error(k_command, hash.error());
  const store::NewUser user{options.name, *role, options.site, *hash};
  auto added = study->store->write(
      store::Write{store::AddUser{user}, cli_audit_context("user add --name " + options.name)});
  if (!added) return report_error(k_command, added.error());
  if (options.json) {
    std::cout << nlohmann::json{{"db", options.database},
                                {"name", options.name},
                                {"role", store::code(*role)},
                                {"site", options.site},
                                {"id", added->id}}
                     .dump(2)
              << '\n';
  } else {
    std::cout << "Added " << store::code(*role) << " '" << options.name << "'"
              << (options.site.empty() ? "" : " at site " + options.site) << " to "
              << options.database << ".\n";
  }
  return k_exit_success;
}

}  // namespace

void add_user_command(CLI::App& app, int& status) {
  CLI::App* command = app.add_subcommand("user", "Manage the web application's users");
  command->require_subcommand(1);
  auto options = std::make_shared<UserOptions>();
  CLI::App* add = command->add_subcommand(
      "add", "Add a user; the password is asked without echo, or read from standard input");
  add->add_option("--db", options->database, "Study database")->required();
  add->add_option("--name", options->name, "User name (letters, digits, . _ - @)")->required();
  add->add_option("--role", options->role, "admin, investigator, monitor or statistician")
      ->required();
  add->add_option("--site", options->site, "The investigator's site (required for them)");
  add->add_flag("--json", options->json, "Print one JSON document");
  add->callback([options, &status] { status = run_user_add(*options); });
}

}  // namespace myoivig::cli
