// myoivig synth through the real binary: the bundle it writes loads into a new study and
// checks clean, the same seed writes the same files, and bad options exit with 2. With the
// randomised protocol it writes a 95-patient trial whose analysis gives 37 of 47 and 21 of
// 48 responders, and whose only check findings are the placebo visit windows (check counts
// weeks from the first IVIG course; data/demo/rct-trial/README.md).
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

TEST(SynthCommand, ARandomisedProtocolGetsASyntheticTrial) {
  ScratchDir scratch("synth-rct");
  const fs::path bundle = scratch.path() / "trial";
  const fs::path protocol = k_source / "protocols/rct-ivig-2g.toml";
  const auto synth = run_myoivig(
      "synth --json --seed 4 --protocol " + q(protocol) + " --out " + q(bundle), scratch.path());
  ASSERT_EQ(synth.exit_status, 0) << synth.err;
  const auto json = nlohmann::json::parse(synth.out);
  EXPECT_EQ(json.at("study_id"), "SYN-RCT-IVIG-2G-N95-S4");
  EXPECT_EQ(json.at("patients"), 95);  // the default for a randomised protocol
  EXPECT_EQ(json.at("sites"), 6);
  EXPECT_EQ(json.at("written").at("allocations"), 95);
  EXPECT_EQ(json.at("written").at("conditions"), 10 * 95);  // 5 Bohan-Peter + 5 exclusions

  const fs::path database = scratch.path() / "trial.db";
  ASSERT_EQ(run_myoivig("init --protocol " + q(protocol) + " --db " + q(database), scratch.path())
                .exit_status,
            0);
  const auto load = run_myoivig("load --db " + q(database) + " " + q(bundle), scratch.path());
  ASSERT_EQ(load.exit_status, 0) << load.err;
  const auto analyze = run_myoivig("analyze --json --db " + q(database), scratch.path());
  ASSERT_EQ(analyze.exit_status, 0) << analyze.err;
  const auto primary = nlohmann::json::parse(analyze.out).at("primary");
  EXPECT_EQ(primary.at("arms")[0].at("responders"), 37);
  EXPECT_EQ(primary.at("arms")[0].at("n"), 47);
  EXPECT_EQ(primary.at("arms")[1].at("responders"), 21);
  EXPECT_EQ(primary.at("arms")[1].at("n"), 48);
  const auto check =
      run_myoivig("check --json --as-of 2021-01-01 --db " + q(database), scratch.path());
  for (const auto& finding : nlohmann::json::parse(check.out).at("findings")) {
    EXPECT_EQ(finding.at("entity"), "visits") << finding.dump();
    EXPECT_NE(finding.at("rule").get<std::string>().find("outside the visit window"),
              std::string::npos)
        << finding.dump();
  }

  const auto sites =
      run_myoivig("synth --sites 3 --protocol " + q(protocol) + " --out " + q(scratch.path() / "x"),
                  scratch.path());
  EXPECT_EQ(sites.exit_status, 2);
  EXPECT_NE(sites.err.find("--sites: a randomised protocol fixes its sites"), std::string::npos)
      << sites.err;
  const auto too_many = run_myoivig(
      "synth --patients 145 --protocol " + q(protocol) + " --out " + q(scratch.path() / "x"),
      scratch.path());
  EXPECT_EQ(too_many.exit_status, 2);
  EXPECT_NE(too_many.err.find("patients: must be from 2 to 144"), std::string::npos)
      << too_many.err;
  const auto seed_without_patients =
      run_myoivig("synth --out " + q(scratch.path() / "x"), scratch.path());
  EXPECT_EQ(seed_without_patients.exit_status, 2);
  EXPECT_NE(seed_without_patients.err.find("--patients is required for a single-arm protocol"),
            std::string::npos)
      << seed_without_patients.err;
  EXPECT_FALSE(fs::exists(scratch.path() / "x"));
}

}  // namespace
}  // namespace myoivig::cli
