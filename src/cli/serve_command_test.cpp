// myoivig serve as a process: listening on a free port, the address as JSON, a clean stop
// on SIGTERM (exit 0), and refusals of bad usage (exit 2).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/command_runner_test_support.hpp"

extern char** environ;

namespace myoivig::cli {
namespace {

using testing::quoted;
using testing::ScratchDir;

class ServeCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::filesystem::path source(MYOIVIG_SOURCE_DIR);
    const auto init = testing::run_myoivig(
        "init --protocol " + quoted(source / "protocols/seed-ivig.toml") + " --db study.db",
        m_scratch.path());
    ASSERT_EQ(init.exit_status, 0) << init.err;
  }
  ScratchDir m_scratch{"serve-command"};
};

TEST_F(ServeCommandTest, PrintsItsAddressAndStopsCleanlyOnSigterm) {
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  const std::string err = (m_scratch.path() / "serve.err").string();
  const std::string db = (m_scratch.path() / "study.db").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<std::string> args{MYOIVIG_BINARY, "serve", "--db",  db, "--port", "0",
                                "--access-log", "",      "--json"};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, MYOIVIG_BINARY, &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  FILE* stdout_of_server = fdopen(out[0], "r");
  char line[512] = {};
  ASSERT_NE(fgets(line, sizeof line, stdout_of_server), nullptr);
  const nlohmann::json address = nlohmann::json::parse(line);
  EXPECT_GT(address["port"].get<int>(), 0);
  EXPECT_EQ(address["url"], "http://127.0.0.1:" + std::to_string(address["port"].get<int>()));
  EXPECT_EQ(address["tls"], false);

  ASSERT_EQ(kill(pid, SIGTERM), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  fclose(stdout_of_server);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_NE(testing::read_text(err).find("stopped; every write in flight was committed"),
            std::string::npos);
}

TEST_F(ServeCommandTest, RefusesAMissingDatabaseHalfOfTheTlsFilesAndABadPublicUrl) {
  const struct {
    const char* arguments;
    const char* message;
  } cases[] = {
      {"serve --db missing.db",
       "myoivig serve: missing.db: no such database (create one with `myoivig init`)\n"},
      {"serve --db study.db --cert cert.pem",
       "myoivig serve: --cert and --key: TLS needs both the certificate and the key\n"},
      {"serve --db study.db --public-url trial.example.org",
       "myoivig serve: --public-url: 'trial.example.org' must start with https:// or "
       "http://\n"},
      {"serve --db study.db --public-url https://trial.example.org/myoivig",
       "myoivig serve: --public-url: 'https://trial.example.org/myoivig' must be "
       "scheme://host[:port] only (no path, query or user)\n"},
  };
  for (const auto& c : cases) {
    const auto refused = testing::run_myoivig(c.arguments, m_scratch.path());
    EXPECT_EQ(refused.exit_status, 2) << c.arguments;
    EXPECT_EQ(refused.err, c.message);
  }
}

}  // namespace
}  // namespace myoivig::cli
