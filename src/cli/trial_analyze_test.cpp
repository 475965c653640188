// End-to-end tests of a randomised trial through the real binary: init with the randomised
// protocol, load the four-patient fixture (tests/data/trial-bundle: allocations and the
// IMACS core set), analyze by arm; and a bundle whose allocation names an unknown arm is
// refused with its file and line, changing nothing.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::quoted;
using testing::read_text;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_source = MYOIVIG_SOURCE_DIR;
const fs::path k_fixture = k_source / "tests/data/trial-bundle";

fs::path new_trial(const ScratchDir& scratch) {
  const fs::path database = scratch.path() / "trial.db";
  const auto init =
      run_myoivig("init --protocol " + quoted(k_source / "protocols/rct-ivig-2g.toml") + " --db " +
                      quoted(database),
                  scratch.path());
  EXPECT_EQ(init.exit_status, 0) << init.err;
  return database;
}

TEST(TrialAnalyze, RespondersByArmFromTheLoadedCoreSet) {
  ScratchDir scratch("trial-analyze");
  const fs::path database = new_trial(scratch);
  const auto load =
      run_myoivig("load --db " + quoted(database) + " " + quoted(k_fixture), scratch.path());
  ASSERT_EQ(load.exit_status, 0) << load.err;
  const auto analyze = run_myoivig(
      "analyze --json --db " + quoted(database) + " --out " + quoted(scratch.path() / "report"),
      scratch.path());
  ASSERT_EQ(analyze.exit_status, 0) << analyze.err;
  const json document = json::parse(analyze.out);
  EXPECT_EQ(document["design"], "randomised");
  EXPECT_EQ(document["primary_week"], 16);
  const json& primary = document["primary"];
  EXPECT_EQ(primary["arms"][0]["arm"], "ivig");
  EXPECT_EQ(primary["arms"][0]["responders"], 1);  // T-01 (TIS 55); T-02 unchanged
  EXPECT_EQ(primary["arms"][1]["responders"], 1);  // T-04; T-03 deteriorated
  EXPECT_DOUBLE_EQ(primary["p_value"].get<double>(), 1.0);
  const json& t03 = document["patients"][2];
  EXPECT_EQ(t03["patient"], "T-03");
  EXPECT_EQ(t03["confirmed_deterioration"], true);
  EXPECT_EQ(t03["deterioration_week"], 8);
  EXPECT_DOUBLE_EQ(document["patients"][0]["tis_primary"].get<double>(), 55.0);
  EXPECT_EQ(document["safety"]["arms"][0]["special_interest_events"], 1);
  EXPECT_EQ(json::parse(read_text(scratch.path() / "report/analysis.json")), document);
  EXPECT_NE(read_text(scratch.path() / "report/report.html").find("Responders by arm"),
            std::string::npos);
}

TEST(TrialAnalyze, AnAllocationToAnUnknownArmIsRefusedWithItsLine) {
  ScratchDir scratch("trial-bad-arm");
  const fs::path bundle = scratch.path() / "bundle";
  fs::copy(k_fixture, bundle, fs::copy_options::recursive);
  std::string allocations = read_text(bundle / "allocations.csv");
  allocations.replace(allocations.find("T-03,placebo"), 12, "T-03,open");
  {
    std::ofstream out(bundle / "allocations.csv", std::ios::binary | std::ios::trunc);
    out << allocations;
  }
  const fs::path database = new_trial(scratch);
  const auto load =
      run_myoivig("load --db " + quoted(database) + " " + quoted(bundle), scratch.path());
  EXPECT_EQ(load.exit_status, 2);
  EXPECT_NE(load.err.find("allocations.csv:4"), std::string::npos) << load.err;
  EXPECT_NE(load.err.find("'open' is not an arm of the design (ivig, placebo)"), std::string::npos)
      << load.err;
  const auto analyze = run_myoivig("analyze --json --db " + quoted(database), scratch.path());
  ASSERT_EQ(analyze.exit_status, 0) << analyze.err;
  EXPECT_EQ(json::parse(analyze.out)["arms"][0]["randomised"], 0);  // nothing was loaded
}

}  // namespace
}  // namespace myoivig::cli
