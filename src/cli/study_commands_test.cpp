// End-to-end tests of init, load, check and demo through the real binary: exit statuses,
// messages, and that a rejected load leaves the database unchanged.
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using testing::quoted;
using testing::read_text;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_source = MYOIVIG_SOURCE_DIR;

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

// Copies the demo bundle into `scratch/bundle` and replaces `from` by `to` in one file.
fs::path broken_bundle(const fs::path& scratch, const std::string& file, const std::string& from,
                       const std::string& to) {
  const fs::path bundle = scratch / "bundle";
  fs::copy(k_source / "data/demo/seed-study", bundle, fs::copy_options::recursive);
  std::string text = read_text(bundle / file);
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from << " not in " << file;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  write_text(bundle / file, text);
  return bundle;
}

int patients_in(const fs::path& database, const fs::path& scratch) {
  const auto checked =
      run_myoivig("check --json --as-of 2000-01-01 --db " + quoted(database), scratch);
  return nlohmann::json::parse(checked.out).at("patients").get<int>();
}

TEST(StudyCommands, UsageErrorsExitWithTwo) {
  ScratchDir scratch("usage");
  EXPECT_EQ(run_myoivig("", scratch.path()).exit_status, 2);
  EXPECT_EQ(run_myoivig("no-such-command", scratch.path()).exit_status, 2);
  const auto unknown_flag = run_myoivig("check --db x.db --colour", scratch.path());
  EXPECT_EQ(unknown_flag.exit_status, 2);
  EXPECT_NE(unknown_flag.err.find("--colour"), std::string::npos) << unknown_flag.err;
  EXPECT_EQ(run_myoivig("--help", scratch.path()).exit_status, 0);
  for (const char* command : {"demo", "init", "load", "check"}) {
    const auto help = run_myoivig(std::string(command) + " --help", scratch.path());
    EXPECT_EQ(help.exit_status, 0) << command;
    EXPECT_NE(help.out.find("--db"), std::string::npos) << command;
  }
}

TEST(StudyCommands, InitRefusesAnInvalidProtocolNamingTheKey) {
  ScratchDir scratch("init-bad");
  std::string protocol = read_text(k_source / "protocols/seed-ivig.toml");
  protocol.replace(protocol.find("days = 5"), 8, "days = 0");
  write_text(scratch.path() / "bad.toml", protocol);
  const auto result = run_myoivig("init --protocol " + quoted(scratch.path() / "bad.toml") +
                                      " --db " + quoted(scratch.path() / "s.db"),
                                  scratch.path());
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("regimen.days: must be a positive integer, got 0"), std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(scratch.path() / "s.db"));
}

TEST(StudyCommands, InitLoadCheckTheDemoBundle) {
  ScratchDir scratch("init-load");
  const fs::path database = scratch.path() / "s.db";
  const auto init = run_myoivig("init --protocol " + quoted(k_source / "protocols/seed-ivig.toml") +
                                    " --db " + quoted(database),
                                scratch.path());
  ASSERT_EQ(init.exit_status, 0) << init.err;
  const auto load = run_myoivig(
      "load --json --db " + quoted(database) + " " + quoted(k_source / "data/demo/seed-study"),
      scratch.path());
  ASSERT_EQ(load.exit_status, 0) << load.err;
  const auto loaded = nlohmann::json::parse(load.out);
  EXPECT_EQ(loaded["loaded"]["patients"], 12);
  EXPECT_EQ(loaded["loaded"]["courses"], 15);
  EXPECT_EQ(loaded["loaded"]["administrations"], 75);
  EXPECT_EQ(loaded["loaded"]["adverse_events"], 2);
  EXPECT_EQ(loaded["synthetic"], true);
  const auto check = run_myoivig("check --db " + quoted(database), scratch.path());
  EXPECT_EQ(check.exit_status, 0) << check.out << check.err;

  // Loading the same bundle again is refused whole (the patients exist already).
  const auto again =
      run_myoivig("load --db " + quoted(database) + " " + quoted(k_source / "data/demo/seed-study"),
                  scratch.path());
  EXPECT_EQ(again.exit_status, 2);
  EXPECT_NE(again.err.find("patients.csv:2: patient_id: 'SEED-01' appears more than once"),
            std::string::npos)
      << again.err;
  EXPECT_EQ(patients_in(database, scratch.path()), 12);
}

struct BadBundleCase {
  const char* name;
  const char* file;
  const char* from;
  const char* to;
  const char* message;  // a regular expression the error must match
};

class BadBundle : public ::testing::TestWithParam<BadBundleCase> {};

TEST_P(BadBundle, IsRefusedWithFileLineAndColumnAndChangesNothing) {
  const BadBundleCase& bad = GetParam();
  ScratchDir scratch(std::string("bad-") + bad.name);
  const fs::path database = scratch.path() / "s.db";
  ASSERT_EQ(run_myoivig("init --protocol " + quoted(k_source / "protocols/seed-ivig.toml") +
                            " --db " + quoted(database),
                        scratch.path())
                .exit_status,
            0);
  const fs::path bundle = broken_bundle(scratch.path(), bad.file, bad.from, bad.to);
  const auto load =
      run_myoivig("load --db " + quoted(database) + " " + quoted(bundle), scratch.path());
  EXPECT_EQ(load.exit_status, 2);
  EXPECT_TRUE(std::regex_search(load.err, std::regex(bad.message))) << load.err;
  EXPECT_NE(load.err.find("the database is unchanged"), std::string::npos);
  EXPECT_EQ(patients_in(database, scratch.path()), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadBundle,
    ::testing::Values(
        BadBundleCase{"date", "patients.csv", "2001-", "2001-02-30-",
                      "patients\\.csv:\\d+: column"},
        BadBundleCase{"impossible_date", "visits.csv", ",2001-02-09", ",2001-02-30",
                      "visits\\.csv:2: column 'date': '2001-02-30' is not a real date"},
        BadBundleCase{"unknown_column", "assessments.csv", "weight_kg", "weight_lb",
                      "assessments\\.csv:1: unknown column 'weight_lb'"},
        BadBundleCase{"unknown_patient", "visits.csv", "SEED-03,", "SEED-99,",
                      "visits\\.csv:\\d+: patient_id: unknown patient 'SEED-99'"},
        BadBundleCase{"sex", "patients.csv", ",M,", ",X,",
                      "patients\\.csv:\\d+: column 'sex': must be one of M, F, got 'X'"},
        BadBundleCase{"ragged", "courses.csv", "\n", ",extra\n",
                      "courses\\.csv:2: has 8 fields, the header has 9"}),
    [](const ::testing::TestParamInfo<BadBundleCase>& param_info) {
      return std::string(param_info.param.name);
    });

TEST(StudyCommands, DemoRebuildsItsOwnDatabaseAndRefusesAnyOther) {
  ScratchDir scratch("demo");
  const fs::path demo = scratch.path() / "demo.db";
  const auto first = run_myoivig("demo --json --db " + quoted(demo), scratch.path());
  ASSERT_EQ(first.exit_status, 0) << first.err;
  const auto analysis = nlohmann::json::parse(first.out);
  EXPECT_EQ(analysis["study"]["synthetic"], true);
  EXPECT_EQ(analysis["population"]["enrolled"], 12);
  EXPECT_EQ(analysis["population"]["excluded"].size(), 4u);
  EXPECT_EQ(analysis["population"]["courses"], 15);
  EXPECT_EQ(analysis["safety"]["events"].size(), 2u);
  EXPECT_EQ(run_myoivig("demo --db " + quoted(demo), scratch.path()).exit_status, 0);

  const fs::path study = scratch.path() / "study.db";
  ASSERT_EQ(run_myoivig("init --protocol " + quoted(k_source / "protocols/seed-ivig.toml") +
                            " --db " + quoted(study),
                        scratch.path())
                .exit_status,
            0);
  const auto refused = run_myoivig("demo --db " + quoted(study), scratch.path());
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_NE(refused.err.find("is not a myoivig demo database"), std::string::npos) << refused.err;
  EXPECT_EQ(patients_in(study, scratch.path()), 0);

  write_text(scratch.path() / "notes.txt", "precious notes\n");
  const auto text =
      run_myoivig("demo --db " + quoted(scratch.path() / "notes.txt"), scratch.path());
  EXPECT_EQ(text.exit_status, 2);
  EXPECT_EQ(read_text(scratch.path() / "notes.txt"), "precious notes\n");
}

TEST(StudyCommands, CheckReportsFindingsWithExitOne) {
  ScratchDir scratch("check");
  const fs::path database = scratch.path() / "s.db";
  ASSERT_EQ(run_myoivig("init --protocol " + quoted(k_source / "protocols/seed-ivig.toml") +
                            " --db " + quoted(database),
                        scratch.path())
                .exit_status,
            0);
  // SEED-01's week-12 target is 2001-06-04 (day 1 2001-03-12 + 84 days), window +-7 days.
  const fs::path bundle =
      broken_bundle(scratch.path(), "visits.csv", "SEED-01,12,2001-06-01", "SEED-01,12,2001-06-21");
  ASSERT_EQ(run_myoivig("load --db " + quoted(database) + " " + quoted(bundle), scratch.path())
                .exit_status,
            0);
  const auto check = run_myoivig("check --json --db " + quoted(database), scratch.path());
  EXPECT_EQ(check.exit_status, 1);
  const auto findings = nlohmann::json::parse(check.out)["findings"];
  bool window_finding = false;
  for (const auto& finding : findings) {
    if (finding["patient"] == "SEED-01" && finding["record"] == "week 12" &&
        finding["value"] == "2001-06-21") {
      window_finding = finding["rule"] ==
                       "outside the visit window 2001-05-28 to 2001-06-11 (target 2001-06-04)";
    }
  }
  EXPECT_TRUE(window_finding) << check.out;
}

}  // namespace
}  // namespace myoivig::cli
