// myoivig user add: the password from standard input (never a flag), checked, stored only
// as an Argon2id hash; the command's refusals.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"
#include "server/password_hash.hpp"
#include "store/open_store.hpp"

namespace myoivig::cli {
namespace {

using testing::CommandResult;
using testing::quoted;
using testing::ScratchDir;
using testing::shell_quote;

// Runs `myoivig <arguments>` in `scratch` with `input` (and a newline) on standard input.
CommandResult run_with_input(const std::string& input, const std::string& arguments,
                             const std::filesystem::path& scratch) {
  const std::filesystem::path err_file = scratch / "stderr.txt";
  const std::string command = "cd " + quoted(scratch) + " && printf '%s\\n' " + shell_quote(input) +
                              " | " + std::string(MYOIVIG_BINARY) + " " + arguments + " 2>" +
                              quoted(err_file);
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.out.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = testing::read_text(err_file);
  return result;
}

class UserCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const CommandResult init = testing::run_myoivig(
        "init --protocol " +
            quoted(std::filesystem::path(MYOIVIG_SOURCE_DIR) / "protocols/seed-ivig.toml") +
            " --db study.db",
        m_scratch.path());
    ASSERT_EQ(init.exit_status, 0) << init.err;
  }
  ScratchDir m_scratch{"user-command"};
};

TEST_F(UserCommandTest, AddsAUserWithThePasswordFromStandardInputStoredAsArgon2id) {
  const CommandResult added = run_with_input(
      "a long enough password",
      "user add --db study.db --name ivy --role investigator --site JP-01", m_scratch.path());
  ASSERT_EQ(added.exit_status, 0) << added.err;
  EXPECT_EQ(added.out, "Added investigator 'ivy' at site JP-01 to study.db.\n");
  const CommandResult json =
      run_with_input("another long password",
                     "user add --db study.db --name mona --role monitor --json", m_scratch.path());
  ASSERT_EQ(json.exit_status, 0) << json.err;
  const nlohmann::json document = nlohmann::json::parse(json.out);
  EXPECT_EQ(document["name"], "mona");
  EXPECT_EQ(document["role"], "monitor");
  EXPECT_EQ(document["id"], 2);

  auto store = store::open_store((m_scratch.path() / "study.db").string());
  ASSERT_TRUE(store);
  auto user = (*store)->find_user("ivy");
  ASSERT_TRUE(user && *user);
  EXPECT_EQ((*user)->password_hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(server::verify_password("a long enough password", (*user)->password_hash));
  EXPECT_FALSE(server::verify_password("a long enough passwort", (*user)->password_hash));
}

TEST_F(UserCommandTest, RefusesShortPasswordsDuplicatesAndMissingSites) {
  ASSERT_EQ(run_with_input("a long enough password",
                           "user add --db study.db --name ivy --role investigator --site JP-01",
                           m_scratch.path())
                .exit_status,
            0);
  const struct {
    const char* password;
    const char* arguments;
    const char* message;
  } cases[] = {
      {"short", "--name otto --role monitor",
       "myoivig user add: password: must have at least 10 characters, got 5\n"},
      {"a long enough password", "--name IVY --role monitor",
       "myoivig user add: name: a user 'ivy' exists already\n"},
      {"a long enough password", "--name otto --role investigator",
       "myoivig user add: site: an investigator needs the site whose patients they see\n"},
      {"a long enough password", "--name otto --role chief",
       "myoivig user add: --role: role: must be one of admin, investigator, monitor, "
       "statistician, got 'chief'\n"},
      {"a long enough password", "--name 'ot to' --role monitor",
       "myoivig user add: name: 'ot to' must be 1-64 letters, digits, '.', '_', '-' or '@'\n"},
  };
  for (const auto& c : cases) {
    const CommandResult refused = run_with_input(
        c.password, std::string("user add --db study.db ") + c.arguments, m_scratch.path());
    EXPECT_EQ(refused.exit_status, 2) << c.arguments;
    EXPECT_EQ(refused.err, c.message);
  }
  EXPECT_EQ(testing::run_myoivig("user add --db study.db --name x --role admin --password pw",
                                 m_scratch.path())
                .exit_status,
            2);  // no password flag
}

}  // namespace
}  // namespace myoivig::cli
