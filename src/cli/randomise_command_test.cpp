// End-to-end tests of `myoivig randomise` and of the concealed allocation list that `init`
// stores for a randomised protocol: slots are taken in order per site, the arm stays hidden
// in a blinded study unless asked for, a patient is randomised once, and loaded
// allocations must agree with the list.
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

// A randomised study holding the trial fixture's patients, with or without its allocations.
class RandomiseCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(k_source / "tests/data/trial-bundle", bundle(), fs::copy_options::recursive);
    const auto init =
        run_myoivig("init --json --protocol " + quoted(k_source / "protocols/rct-ivig-2g.toml") +
                        " --db " + quoted(database()),
                    m_scratch.path());
    ASSERT_EQ(init.exit_status, 0) << init.err;
    EXPECT_EQ(json::parse(init.out)["allocation_slots"], 144);  // 6 sites x 24
  }
  fs::path bundle() const { return m_scratch.path() / "bundle"; }
  fs::path database() const { return m_scratch.path() / "trial.db"; }
  testing::CommandResult run(const std::string& arguments) {
    return run_myoivig(arguments + " --db " + quoted(database()), m_scratch.path());
  }
  void load_patients_only() {
    fs::remove(bundle() / "allocations.csv");
    const auto load = run("load " + quoted(bundle()));
    ASSERT_EQ(load.exit_status, 0) << load.err;
  }

  ScratchDir m_scratch{"randomise"};
};

TEST_F(RandomiseCommand, TakesTheNextSlotOfTheSiteAndKeepsTheArmHidden) {
  load_patients_only();
  const auto first = run("randomise --json --patient T-01 --date 2020-02-03");
  ASSERT_EQ(first.exit_status, 0) << first.err;
  const json allocation = json::parse(first.out);
  EXPECT_EQ(allocation["stratum"], "US-01");
  EXPECT_EQ(allocation["sequence"], 1);
  EXPECT_EQ(allocation["arm"], nullptr);  // blinded
  EXPECT_EQ(allocation["blinded"], true);
  const auto second = run("randomise --json --show-arm --patient T-03 --date 2020-02-17");
  ASSERT_EQ(second.exit_status, 0) << second.err;
  EXPECT_EQ(json::parse(second.out)["sequence"], 2);
  EXPECT_EQ(json::parse(second.out)["arm"], "ivig");  // slot US-01/2 of the seeded list
  const auto text = run("randomise --patient T-02 --date 2020-02-10");
  ASSERT_EQ(text.exit_status, 0) << text.err;
  EXPECT_NE(text.out.find("T-02 randomised on 2020-02-10: allocation EU-01/1; the arm stays "
                          "concealed"),
            std::string::npos)
      << text.out;
  const auto analysis = json::parse(run("analyze --json").out);
  EXPECT_EQ(
      analysis["arms"][0]["randomised"].get<int>() + analysis["arms"][1]["randomised"].get<int>(),
      3);
}

TEST_F(RandomiseCommand, RefusesTwiceAndUnknownPatients) {
  load_patients_only();
  ASSERT_EQ(run("randomise --patient T-01").exit_status, 0);
  const auto again = run("randomise --patient T-01");
  EXPECT_EQ(again.exit_status, 2);
  EXPECT_NE(again.err.find("T-01' is randomised already (slot US-01/1)"), std::string::npos)
      << again.err;
  const auto unknown = run("randomise --patient NOBODY");
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_NE(unknown.err.find("patient 'NOBODY' is not in the study"), std::string::npos)
      << unknown.err;
  const auto bad_date = run("randomise --patient T-02 --date 2020-02-30");
  EXPECT_EQ(bad_date.exit_status, 2);
  EXPECT_NE(bad_date.err.find("--date"), std::string::npos) << bad_date.err;
}

TEST_F(RandomiseCommand, LoadedAllocationsMustAgreeWithTheList) {
  std::string allocations = read_text(bundle() / "allocations.csv");
  allocations.replace(allocations.find("T-01,ivig,US-01,2"), 17, "T-01,ivig,US-01,1");
  allocations.replace(allocations.find("T-03,placebo,US-01,1"), 20, "T-03,placebo,US-01,2");
  {
    std::ofstream out(bundle() / "allocations.csv", std::ios::binary | std::ios::trunc);
    out << allocations;
  }
  const auto load = run("load " + quoted(bundle()));
  EXPECT_EQ(load.exit_status, 2);
  EXPECT_NE(load.err.find("is recorded in arm 'ivig' but slot US-01/1 of the study's allocation "
                          "list is another arm"),
            std::string::npos)
      << load.err;
  EXPECT_EQ(json::parse(run("analyze --json").out)["arms"][0]["randomised"], 0);
}

}  // namespace
}  // namespace myoivig::cli
