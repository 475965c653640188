// myoivig synth through the real binary: the bundle it writes loads into a new study and
// checks clean, the same seed writes the same files, and bad options exit with 2.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using testing::run_myoivig;
using testing::ScratchDir;
using testing::shell_quote;

const fs::path k_source = MYOIVIG_SOURCE_DIR;

std::string q(const fs::path& path) {
  return shell_quote(path.string());
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(SynthCommand, WritesABundleThatLoadsAndChecksClean) {
  ScratchDir scratch("synth-load");
  const fs::path bundle = scratch.path() / "bundle";
  const auto synth =
      run_myoivig("synth --patients 60 --seed 9 --json --out " + q(bundle), scratch.path());
  ASSERT_EQ(synth.exit_status, 0) << synth.err;
  const auto json = nlohmann::json::parse(synth.out);
  EXPECT_EQ(json.at("study_id"), "SYN-SEED-IVIG-2003-N60-S9");
  EXPECT_EQ(json.at("protocol"), "SEED-IVIG-2003");
  EXPECT_EQ(json.at("synthetic"), true);
  EXPECT_EQ(json.at("seed"), 9);
  EXPECT_EQ(json.at("patients"), 60);
  EXPECT_EQ(json.at("sites"), 2);  // one per 50 patients, at least 2
  EXPECT_EQ(json.at("written").at("patients"), 60);
  EXPECT_EQ(json.at("written").at("conditions"), 7 * 60);
  EXPECT_EQ(json.at("written").at("muscle_grades"), 0);
  EXPECT_NE(read_text(bundle / "manifest.csv").find("\nsynthetic,true\n"), std::string::npos);
  EXPECT_NE(read_text(bundle / "patients.csv").find("\nSYN-000060,"), std::string::npos);

  const fs::path database = scratch.path() / "study.db";
  const auto init = run_myoivig(
      "init --protocol " + q(k_source / "protocols/seed-ivig.toml") + " --db " + q(database),
      scratch.path());
  ASSERT_EQ(init.exit_status, 0) << init.err;
  const auto load =
      run_myoivig("load --json --db " + q(database) + " " + q(bundle), scratch.path());
  ASSERT_EQ(load.exit_status, 0) << load.err;
  const auto loaded = nlohmann::json::parse(load.out);
  EXPECT_EQ(loaded.at("synthetic"), true);
  EXPECT_EQ(loaded.at("loaded"), json.at("written"));
  const auto check = run_myoivig("check --json --db " + q(database), scratch.path());
  EXPECT_EQ(check.exit_status, 0) << check.out;
  const auto checked = nlohmann::json::parse(check.out);
  EXPECT_EQ(checked.at("patients"), 60);
  EXPECT_TRUE(checked.at("findings").empty()) << checked.at("findings").dump(2);
}

TEST(SynthCommand, TheSameSeedWritesTheSameFiles) {
  ScratchDir scratch("synth-seed");
  for (const char* run : {"a", "b"}) {
    const auto result = run_myoivig("synth --patients 25 --seed 5 --out " + q(scratch.path() / run),
                                    scratch.path());
    ASSERT_EQ(result.exit_status, 0) << result.err;
    EXPECT_NE(result.out.find("Wrote SYNTHETIC study SYN-SEED-IVIG-2003-N25-S5"), std::string::npos)
        << result.out;
  }
  ASSERT_EQ(
      run_myoivig("synth --patients 25 --seed 6 --out " + q(scratch.path() / "c"), scratch.path())
          .exit_status,
      0);
  std::size_t compared = 0;
  for (const fs::directory_entry& file : fs::directory_iterator(scratch.path() / "a")) {
    const std::string name = file.path().filename().string();
    EXPECT_EQ(read_text(file.path()), read_text(scratch.path() / "b" / name)) << name;
    ++compared;
  }
  EXPECT_EQ(compared, 9u);  // the manifest and every record file but muscle_grades.csv
  EXPECT_NE(read_text(scratch.path() / "a/assessments.csv"),
            read_text(scratch.path() / "c/assessments.csv"));
}

TEST(SynthCommand, BadOptionsExitWithTwo) {
  ScratchDir scratch("synth-usage");
  struct Case {
    std::string arguments;
    std::string message;  // expected in stderr
  };
  const fs::path occupied = scratch.path() / "occupied";
  fs::create_directories(occupied);
  std::ofstream(occupied / "keep.txt") << "mine";
  const Case cases[] = {
      {"synth --patients 0 --out " + q(scratch.path() / "x"),
       "myoivig synth: patients: must be from 1 to 999999, got 0"},
      {"synth --patients 1000000 --out " + q(scratch.path() / "x"),
       "patients: must be from 1 to 999999, got 1000000"},
      {"synth --patients 10 --sites 100 --out " + q(scratch.path() / "x"),
       "sites: must be from 1 to 99 (0 for automatic), got 100"},
      {"synth --patients ten --out " + q(scratch.path() / "x"), "--patients"},
      {"synth --patients 10", "--out is required"},
      {"synth --patients 10 --out " + q(occupied), "already exists and is not empty"},
      {"synth --patients 10 --protocol no-such.toml --out " + q(scratch.path() / "x"),
       "no-such.toml"},
  };
  for (const Case& c : cases) {
    const auto result = run_myoivig(c.arguments, scratch.path());
    EXPECT_EQ(result.exit_status, 2) << c.arguments;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << c.arguments << "\n" << result.err;
  }
  EXPECT_FALSE(fs::exists(scratch.path() / "x"));
  EXPECT_EQ(read_text(occupied / "keep.txt"), "mine");
  const auto help = run_myoivig("synth --help", scratch.path());
  EXPECT_EQ(help.exit_status, 0);
  for (const char* option : {"--patients", "--out", "--seed", "--sites", "--protocol", "--json"}) {
    EXPECT_NE(help.out.find(option), std::string::npos) << option;
  }
}

}  // namespace
}  // namespace myoivig::cli
