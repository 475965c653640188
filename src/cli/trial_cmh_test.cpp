// The randomised demo trial analysed under a protocol whose primary test is the Cochran-
// Mantel-Haenszel test over the randomisation strata (sites), through the real binary:
// init with the protocol text changed to primary_test = "cmh", load data/demo/rct-trial,
// analyze --json. Expected values: R 4.2.2, `Rscript data/demo/rct-trial/verify.R`, i.e.
// mantelhaen.test(table(arm, responder, site)) on the responders R recomputes itself.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

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

void expect_near(const json& value, double expected) {
  ASSERT_TRUE(value.is_number()) << value;
  EXPECT_LE(std::fabs(value.get<double>() - expected), 1e-9 * std::fabs(expected)) << value;
}

TEST(TrialCmh, TheDemoTrialStratifiedBySiteGivesRsMantelHaenszel) {
  ScratchDir scratch("trial-cmh");
  std::string protocol = read_text(k_source / "protocols/rct-ivig-2g.toml");
  const std::string fisher = "primary_test = \"fisher\"";
  const std::size_t at = protocol.find(fisher);
  ASSERT_NE(at, std::string::npos);
  protocol.replace(at, fisher.size(), "primary_test = \"cmh\"");
  const fs::path protocol_file = scratch.path() / "rct-cmh.toml";
  {
    std::ofstream out(protocol_file);
    out << protocol;
  }
  const fs::path db = scratch.path() / "trial.db";
  const auto init = run_myoivig("init --protocol " + quoted(protocol_file) + " --db " + quoted(db),
                                scratch.path());
  ASSERT_EQ(init.exit_status, 0) << init.err;
  const auto load = run_myoivig(
      "load --db " + quoted(db) + " " + quoted(k_source / "data/demo/rct-trial"), scratch.path());
  ASSERT_EQ(load.exit_status, 0) << load.err;
  const auto analyzed = run_myoivig("analyze --db " + quoted(db) + " --json", scratch.path());
  ASSERT_EQ(analyzed.exit_status, 0) << analyzed.err;
  const json primary = json::parse(analyzed.out).at("primary");
  EXPECT_EQ(primary.at("test"), "cmh");
  EXPECT_EQ(primary.at("arms")[0].at("responders"), 37);
  EXPECT_EQ(primary.at("arms")[1].at("responders"), 21);
  expect_near(primary.at("p_value"), 0.0014242716913662288);
  const json& cmh = primary.at("cmh");
  expect_near(cmh.at("statistic"), 10.174100449775111);
  expect_near(cmh.at("odds_ratio"), 4.694599627560522);
  expect_near(cmh.at("ci_low"), 1.8945581714242168);
  expect_near(cmh.at("ci_high"), 11.632931622534226);
  EXPECT_EQ(cmh.at("strata"), 6);

  const auto table = run_myoivig("analyze --db " + quoted(db), scratch.path());
  EXPECT_NE(table.out.find("CMH p = 0.001424 (MH odds ratio 4.69, 6 strata)"), std::string::npos)
      << table.out;
}

TEST(TrialCmh, NeedsStratifiedRandomisation) {
  ScratchDir scratch("trial-cmh-unstratified");
  std::string protocol = read_text(k_source / "protocols/rct-ivig-2g.toml");
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"primary_test = \"fisher\"", "primary_test = \"cmh\""},
        {"stratify_by = \"site\"", "stratify_by = \"none\""}}) {
    const std::size_t at = protocol.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    protocol.replace(at, from.size(), to);
  }
  const fs::path protocol_file = scratch.path() / "rct-cmh.toml";
  {
    std::ofstream out(protocol_file);
    out << protocol;
  }
  const auto init = run_myoivig(
      "init --protocol " + quoted(protocol_file) + " --db " + quoted(scratch.path() / "trial.db"),
      scratch.path());
  EXPECT_EQ(init.exit_status, 2);
  EXPECT_NE(init.err.find("analysis.primary_test: cmh tests over the randomisation strata"),
            std::string::npos)
      << init.err;
}

}  // namespace
}  // namespace myoivig::cli
