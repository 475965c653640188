// Test support for CLI tests: runs the built myoivig binary (MYOIVIG_BINARY) with
// arguments and captures exit status, standard output and standard error; and a scratch
// folder removed after each test. For *_test.cpp files only.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace myoivig::cli::testing {

struct CommandResult {
  int exit_status = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// A path quoted for the shell.
inline std::string quoted(const std::filesystem::path& path) {
  return shell_quote(path.string());
}

// A whole file's text, or empty when it cannot be read.
inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `myoivig <arguments>` (already shell-quoted where needed) in the folder `scratch`, so
// that relative outputs land there, with stdin from /dev/null.
inline CommandResult run_myoivig(const std::string& arguments,
                                 const std::filesystem::path& scratch) {
  const std::filesystem::path err_file = scratch / "stderr.txt";
  const std::string command = "cd " + shell_quote(scratch.string()) + " && " +
                              std::string(MYOIVIG_BINARY) + " " + arguments + " 2>" +
                              shell_quote(err_file.string()) + " </dev/null";
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), read);
  const int status = pclose(pipe);
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_file);
  std::stringstream text;
  text << err.rdbuf();
  result.err = text.str();
  return result;
}

// A fresh folder under the system temporary directory, removed when destroyed.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : m_path(std::filesystem::temp_directory_path() /
               ("myoivig-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
  }
  ~ScratchDir() { std::filesystem::remove_all(m_path); }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

}  // namespace myoivig::cli::testing
