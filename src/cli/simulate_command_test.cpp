// End-to-end tests of `myoivig simulate` through the real binary: the JSON fields of the
// issue 4 contract, the same answer for any --threads, power that agrees with R's
// simulation (tests/reference/stats_simulation.csv), resampling the demo study's changes,
// exit statuses, and messages that name the flag.
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

using nlohmann::json;
using testing::run_myoivig;
using testing::ScratchDir;

const std::string k_paired =
    "simulate power --design paired --n 8 --mean-change 1 --sd 1 --test signrank";

class SimulateCommand : public ::testing::Test {
 protected:
  SimulateCommand() : m_scratch("simulate-command") {}
  testing::CommandResult run(const std::string& arguments) {
    return run_myoivig(arguments, m_scratch.path());
  }
  json run_json(const std::string& arguments, int expected_status = 0) {
    const auto result = run(arguments + " --json");
    EXPECT_EQ(result.exit_status, expected_status) << arguments << "\n" << result.err;
    EXPECT_EQ(result.err, "") << "no progress bar or message with --json";
    return result.out.empty() ? json{} : json::parse(result.out);
  }
  [[nodiscard]] std::string path(const std::string& name) const {
    return testing::shell_quote((m_scratch.path() / name).string());
  }

 private:
  ScratchDir m_scratch;
};

TEST_F(SimulateCommand, PowerHasTheContractFieldsAndAgreesWithR) {
  const json result = run_json(k_paired + " --reps 40000 --seed 5 --threads 2");
  for (const char* field :
       {"power", "mcse", "reps", "seed", "threads", "elapsed_s", "trials_per_s"}) {
    EXPECT_TRUE(result.contains(field)) << field;
  }
  EXPECT_EQ(result["reps"], 40000);
  EXPECT_EQ(result["seed"], 5);
  EXPECT_EQ(result["threads"], 2);
  EXPECT_EQ(result["design"], "paired");
  EXPECT_EQ(result["test"], "signrank");
  const double power = result["power"].get<double>();
  EXPECT_DOUBLE_EQ(result["mcse"].get<double>(), std::sqrt(power * (1 - power) / 40000));
  EXPECT_EQ(result["rejections"].get<double>(), power * 40000);
  // R (tests/reference/stats_simulation.csv, normal_n8_signrank): 0.60885, mcse 0.00154.
  const double combined = std::hypot(result["mcse"].get<double>(), 0.0015432163733579292);
  EXPECT_NEAR(power, 0.60885, 4 * combined);
  EXPECT_GT(result["trials_per_s"].get<double>(), 0);
}

TEST_F(SimulateCommand, SameSeedSameAnswerForAnyThreadCount) {
  const std::string design =
      "simulate power --design paired --n 12 --mean-change 2 --sd 4 --round 1 "
      "--distribution t3 --test signrank --reps 3000";
  const json one = run_json(design + " --seed 9 --threads 1");
  const json two = run_json(design + " --seed 9 --threads 2");
  const json three = run_json(design + " --seed 9 --threads 3");
  EXPECT_EQ(one["rejections"], two["rejections"]);
  EXPECT_EQ(one["rejections"], three["rejections"]);
  EXPECT_EQ(one["power"], three["power"]);
  const json other_seed = run_json(design + " --threads 2 --seed 10");
  EXPECT_NE(other_seed["rejections"], one["rejections"]);
}

TEST_F(SimulateCommand, TwoArmDesigns) {
  const json fisher = run_json(
      "simulate power --design two-arm --n1 20 --n2 20 --p1 0.7 --p2 0.3 --test fisher "
      "--reps 40000");
  EXPECT_EQ(fisher["design"], "two-arm");
  EXPECT_EQ(fisher["n1"], 20);
  // R: fisher_20_20 in stats_simulation.csv, 0.5986 (mcse 0.00245).
  EXPECT_NEAR(fisher["power"].get<double>(), 0.5986,
              4 * std::hypot(fisher["mcse"].get<double>(), 0.00245));
  const json prop_diff = run_json(
      "simulate power --design two-arm --n1 30 --n2 30 --p1 0.6 --p2 0.3 --test prop-diff "
      "--alternative greater --reps 2000");
  EXPECT_EQ(prop_diff["test"], "prop-diff");
  EXPECT_EQ(prop_diff["alternative"], "greater");
}

TEST_F(SimulateCommand, SampleSizeReportsTheCurve) {
  // R: power.t.test(n, delta = 1, sd = 1, type = "one.sample") is 0.883 at n = 12 and
  // 0.911 at n = 13.
  const json result = run_json(
      "simulate sample-size --design paired --mean-change 1 --sd 1 --test ttest "
      "--target-power 0.9 --reps 20000");
  for (const char* field : {"n", "power", "mcse", "curve"}) {
    EXPECT_TRUE(result.contains(field)) << field;
  }
  EXPECT_EQ(result["n"], 13);
  EXPECT_EQ(result["reached"], true);
  ASSERT_TRUE(result["curve"].is_array());
  bool found = false;
  for (const json& point : result["curve"]) {
    EXPECT_TRUE(point.contains("n") && point.contains("power") && point.contains("mcse"));
    EXPECT_EQ(point["power"].get<double>() >= 0.9, point["n"].get<int>() >= 13) << point;
    if (point["n"] == 13) {
      found = true;
      EXPECT_EQ(point["power"], result["power"]);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(SimulateCommand, SampleSizeNotReachedByMaxNExitsWithOne) {
  const json result = run_json(
      "simulate sample-size --design two-arm --p1 0.5 --p2 0.4 --test fisher "
      "--target-power 0.9 --max-n 40 --reps 500",
      1);
  EXPECT_TRUE(result["n"].is_null());
  EXPECT_EQ(result["reached"], false);
  EXPECT_EQ(result["curve"].back()["n"], 40);
  EXPECT_NE(result["note"].get<std::string>().find("not reached by --max-n 40"), std::string::npos);
  const auto text =
      run("simulate sample-size --design two-arm --p1 0.5 --p2 0.4 --test fisher "
          "--target-power 0.9 --max-n 40 --reps 500");
  EXPECT_EQ(text.exit_status, 1);
  EXPECT_NE(text.out.find("raise --max-n"), std::string::npos) << text.out;
}

TEST_F(SimulateCommand, ResamplesTheDemoStudysChanges) {
  ASSERT_EQ(run("demo --db " + path("demo.db")).exit_status, 0);
  const json result = run_json("simulate power --design paired --from-db " + path("demo.db") +
                               " --endpoint mmt --n 6 --test ttest --reps 2000");
  EXPECT_EQ(result["distribution"], "resample");
  EXPECT_EQ(result["endpoint"], "mmt");
  ASSERT_TRUE(result["observed_changes"].is_array());
  // The demo study's MMT changes, as `myoivig analyze` summarises them.
  const json analysis = json::parse(run("analyze --json --db " + path("demo.db")).out);
  const json& mmt = analysis["endpoints"][0];
  ASSERT_EQ(mmt["id"], "mmt");
  ASSERT_EQ(result["observed_changes"].size(), mmt["n"].get<std::size_t>());
  double sum = 0;
  for (const json& change : result["observed_changes"]) sum += change.get<double>();
  EXPECT_DOUBLE_EQ(sum / static_cast<double>(mmt["n"].get<std::size_t>()),
                   mmt["change"]["mean"].get<double>());
  EXPECT_GT(result["power"].get<double>(), 0.5);
  const auto unknown = run("simulate power --design paired --from-db " + path("demo.db") +
                           " --endpoint grip --n 6 --test ttest");
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_NE(unknown.err.find("--endpoint: 'grip' is not an endpoint"), std::string::npos)
      << unknown.err;
}

TEST_F(SimulateCommand, BadInputIsExitTwoNamingTheFlag) {
  const std::string two_arm = "simulate power --design two-arm --n1 10 --n2 10 --test fisher";
  struct Case {
    std::string arguments;
    std::string message;
  };
  const std::vector<Case> cases{
      {"simulate power --design paired --n 8 --mean-change 1 --sd -1 --test signrank",
       "--sd: must be positive and finite, got -1"},
      {k_paired + " --alpha 1.5", "--alpha: must be in (0, 1), got 1.5"},
      {k_paired + " --round -1", "--round: must be >= 0"},
      {k_paired + " --alternative sideways", "--alternative: must be one of"},
      {k_paired + " --distribution cauchy",
       "--distribution: must be one of normal, t3, lognormal, got 'cauchy'"},
      {k_paired + " --reps 0", "--reps"},
      {k_paired + " --threads 0", "--threads"},
      {k_paired + " --n1 5", "--n1: not used with --design paired"},
      {k_paired + " --colour", "--colour"},
      {"simulate power --design paired --n 0 --mean-change 1 --sd 1 --test signrank",
       "--n: must be in [1, 100000], got 0"},
      {"simulate power --design paired --n 1 --mean-change 1 --sd 1 --test ttest",
       "--n: must be in [2, 100000] for the t-test, got 1"},
      {"simulate power --design paired --mean-change 1 --sd 1 --test signrank",
       "--n: required with --design paired"},
      {"simulate power --design paired --n 8 --sd 1 --test signrank",
       "--mean-change: required with --design paired"},
      {"simulate power --design paired --n 8 --mean-change 1 --sd 1 --test fisher",
       "--test (paired designs): must be one of signrank, ttest, signtest, got 'fisher'"},
      {"simulate power --design crossover --n 8 --test signrank",
       "--design: must be one of paired, two-arm, got 'crossover'"},
      {"simulate power --design paired --n 8 --from-db x.db --test signrank",
       "--endpoint: required to resample a study's changes"},
      {"simulate power --design paired --n 8 --from-db x.db --endpoint mmt --sd 2 --test "
       "signrank",
       "--sd: not used with --from-db"},
      {"simulate power --design paired --n 8 --from-db " + path("none.db") +
           " --endpoint mmt --test signrank",
       "no such database"},
      {two_arm + " --p1 1.2 --p2 0.3", "--p1: must be in [0, 1], got 1.2"},
      {two_arm + " --p1 0.5", "--p2: required with --design two-arm"},
      {two_arm + " --p1 0.5 --p2 0.2 --n 8", "--n: not used with --design two-arm"},
      {"simulate power --design two-arm --n1 10 --n2 10 --p1 0.5 --p2 0.2 --test ttest",
       "--test (two-arm designs): must be one of fisher, prop-diff, got 'ttest'"},
      {"simulate sample-size --design paired --mean-change 1 --sd 1 --test ttest "
       "--target-power 1",
       "--target-power: must be in (0, 1), got 1"},
      {"simulate sample-size --design paired --mean-change 1 --sd 1 --test ttest",
       "--target-power"},
      {"simulate sample-size --design paired --n 5 --mean-change 1 --sd 1 --test ttest "
       "--target-power 0.8",
       "--n"},
      {"simulate sample-size --design paired --mean-change 1 --sd 1 --test ttest "
       "--target-power 0.8 --min-n 30 --max-n 10",
       "--max-n: must be at least min-n (30), got 10"},
  };
  for (const Case& c : cases) {
    const auto result = run(c.arguments);
    EXPECT_EQ(result.exit_status, 2) << c.arguments << "\n" << result.err;
    EXPECT_NE(result.err.find(c.message), std::string::npos)
        << c.arguments << "\nstderr: " << result.err;
    EXPECT_EQ(result.out, "") << c.arguments;
  }
}

TEST_F(SimulateCommand, HelpAndHumanOutput) {
  const auto overview = run("simulate --help");
  EXPECT_EQ(overview.exit_status, 0);
  EXPECT_NE(overview.out.find("sample-size"), std::string::npos) << overview.out;
  for (const char* command : {"simulate power --help", "simulate sample-size --help"}) {
    const auto help = run(command);
    EXPECT_EQ(help.exit_status, 0) << command;
    for (const char* flag :
         {"--design", "--test", "--alpha", "--reps", "--seed", "--threads", "--json"}) {
      EXPECT_NE(help.out.find(flag), std::string::npos) << command << " " << flag;
    }
  }
  const auto text = run(k_paired + " --reps 1000 --seed 3");
  EXPECT_EQ(text.exit_status, 0);
  EXPECT_EQ(text.out.rfind("Simulated power 0.", 0), 0U) << text.out;
  EXPECT_NE(text.out.find("1000 simulated trials, seed 3"), std::string::npos) << text.out;
  EXPECT_EQ(text.err, "") << "stderr is not a terminal: no progress bar";
}

}  // namespace
}  // namespace myoivig::cli
