// End-to-end tests of `myoivig stats` through the real binary: the JSON fields of issue 4,
// values that R 4.2.2 gives for the same input, exit statuses and error messages.
#include <cmath>
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
using testing::run_myoivig;
using testing::ScratchDir;

// The seed-study shape: 8 patients, MMT before and after, all changes positive; one row
// has a missing "after" for the column d (complete cases only).
constexpr const char* k_seed_csv =
    "id,before,after,d,tied,zeros\n"
    "1,50,62,12,2,0\n"
    "2,51,58,7,4,0\n"
    "3,60,70,10,4,1\n"
    "4,53,55,2,6,-2\n"
    "5,52,66,14,8,3\n"
    "6,45,49,4,8,3\n"
    "7,58,73,15,10,4\n"
    "8,54,60,,12,5\n";

class StatsCommand : public ::testing::Test {
 protected:
  StatsCommand() : m_scratch("stats-command") {
    std::ofstream(m_scratch.path() / "seed.csv") << k_seed_csv;
  }
  [[nodiscard]] std::string csv() const {
    return testing::shell_quote((m_scratch.path() / "seed.csv").string());
  }
  json run_json(const std::string& arguments) {
    const auto result = run_myoivig("stats " + arguments + " --json", m_scratch.path());
    EXPECT_EQ(result.exit_status, 0) << arguments << "\n" << result.err;
    return result.exit_status == 0 ? json::parse(result.out) : json{};
  }
  testing::CommandResult run(const std::string& arguments) {
    return run_myoivig("stats " + arguments, m_scratch.path());
  }

 private:
  ScratchDir m_scratch;
};

TEST_F(StatsCommand, SignrankSeedStudyIsExact) {
  const json result = run_json("signrank --csv " + csv() + " --x after --y before");
  for (const char* field : {"statistic", "p_value", "method", "zeros", "n", "estimate", "ci_low",
                            "ci_high", "conf_level", "alternative"}) {
    EXPECT_TRUE(result.contains(field)) << field;
  }
  EXPECT_EQ(result["statistic"], 36.0);
  EXPECT_EQ(result["p_value"], 0.0078125);
  EXPECT_EQ(result["method"], "exact");
  EXPECT_EQ(result["zeros"], "wilcoxon");
  EXPECT_EQ(result["n"], 8);
  EXPECT_EQ(result["estimate"], 8.75);  // R: wilcox.test(after, before, paired, conf.int)
  EXPECT_EQ(result["ci_low"], 4.0);
  EXPECT_EQ(result["ci_high"], 13.5);
  EXPECT_EQ(result["alternative"], "two-sided");
}

TEST_F(StatsCommand, SignrankMethodsAndZeroHandling) {
  // Tied changes: exact conditional (exactRankTests::wilcox.exact gives 0.0078125 too).
  json result = run_json("signrank --csv " + csv() + " --x tied");
  EXPECT_EQ(result["method"], "exact-conditional");
  EXPECT_EQ(result["p_value"], 0.0078125);
  // One-sided normal approximation without correction; missing cell dropped (n = 7).
  result = run_json("signrank --csv " + csv() +
                    " --x d --method normal --correct false --alternative greater");
  EXPECT_EQ(result["method"], "normal");
  EXPECT_EQ(result["n"], 7);
  EXPECT_TRUE(result["ci_high"].is_null());  // unbounded end
  // R: wilcox.test(d, exact = FALSE, correct = FALSE, alternative = "greater")$p.value
  EXPECT_NEAR(result["p_value"].get<double>(), 0.0089802387630393832, 1e-15);
  // Zeros: Pratt keeps them in the ranking (coin::wilcoxsign_test, exact).
  result = run_json("signrank --csv " + csv() + " --x zeros --zeros pratt");
  EXPECT_EQ(result["zeros"], "pratt");
  EXPECT_EQ(result["method"], "exact-conditional");
  EXPECT_EQ(result["n"], 6);
}

TEST_F(StatsCommand, TtestSigntestBinomFisherPropDiffPAdjust) {
  json result = run_json("ttest --csv " + csv() + " --x after --y before");
  EXPECT_NEAR(result["statistic"].get<double>(), 5.2174919474995090, 1e-12);
  EXPECT_EQ(result["df"], 7.0);
  EXPECT_NEAR(result["p_value"].get<double>(), 0.0012291799522102043, 1e-15);
  EXPECT_EQ(result["estimate"], 8.75);
  result = run_json("signtest --csv " + csv() + " --x after --y before");
  EXPECT_EQ(result["positives"], 8);
  EXPECT_EQ(result["n"], 8);
  EXPECT_EQ(result["p_value"], 0.0078125);
  result = run_json("binom --successes 7 --trials 10");
  EXPECT_EQ(result["p_value"], 0.34375);
  EXPECT_NEAR(result["ci_low"].get<double>(), 0.34754714994000269, 1e-14);
  EXPECT_TRUE(result.contains("wilson_low"));
  result = run_json("fisher --table 3,1,1,3");
  EXPECT_NEAR(result["p_value"].get<double>(), 0.48571428571428582, 1e-15);
  EXPECT_NEAR(result["estimate"].get<double>(), 6.4083, 1e-4);  // R: 6.408309
  result = run_json("prop-diff --x1 37 --n1 47 --x2 21 --n2 48");
  EXPECT_NEAR(result["difference"].get<double>(), 0.34973404255319152, 1e-15);
  EXPECT_NEAR(result["ci_low"].get<double>(), 0.15454003321663198, 1e-12);
  EXPECT_NEAR(result["ci_high"].get<double>(), 0.50989510638178703, 1e-12);
  EXPECT_EQ(result["method"], "newcombe-hybrid-score");
  EXPECT_TRUE(result.contains("p_value"));
  result = run_json("p-adjust --method holm --p 0.01,NA,0.04,0.03");
  ASSERT_EQ(result["adjusted"].size(), 4U);
  EXPECT_NEAR(result["adjusted"][0].get<double>(), 0.03, 1e-15);
  EXPECT_TRUE(result["adjusted"][1].is_null());
  EXPECT_NEAR(result["adjusted"][2].get<double>(), 0.06, 1e-15);
}

TEST_F(StatsCommand, BootstrapIsReproducibleForASeed) {
  const std::string arguments =
      "bootstrap --csv " + csv() + " --x after --y before --statistic hodges-lehmann --reps 2000";
  const json first = run_json(arguments + " --seed 11");
  const json second = run_json(arguments + " --seed 11");
  EXPECT_EQ(first, second);
  EXPECT_EQ(first["estimate"], 8.75);
  EXPECT_EQ(first["reps"], 2000);
  EXPECT_EQ(first["seed"], 11);
  ASSERT_EQ(first["percentile"].size(), 2U);
  ASSERT_EQ(first["bca"].size(), 2U);
  EXPECT_LT(first["percentile"][0].get<double>(), 8.75);
}

TEST_F(StatsCommand, HumanOutputNamesTheMethod) {
  const auto result = run("signrank --csv " + csv() + " --x after --y before");
  EXPECT_EQ(result.exit_status, 0);
  EXPECT_NE(result.out.find("p-value = 0.0078125"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("(exact, zeros: wilcoxon)"), std::string::npos) << result.out;
}

TEST_F(StatsCommand, BadInputExitsTwoWithAMessage) {
  struct Case {
    std::string arguments;
    std::string message;
  };
  const std::vector<Case> cases{
      {"signrank --csv " + csv() + " --x nope", "--x: no column 'nope'"},
      {"signrank --csv " + csv() + " --x d --alternative both",
       "--alternative: must be one of two-sided, less, greater, got 'both'"},
      {"signrank --csv " + csv() + " --x d --method fast", "--method: must be one of"},
      {"signrank --csv " + csv() + " --x d --correct maybe", "--correct: must be true or false"},
      {"ttest --csv " + csv() + " --x d --conf-level 1.5",
       "ttest: conf_level must be in (0, 1), got 1.5"},
      {"binom --successes 11 --trials 10", "binom: successes must not exceed trials (10)"},
      {"fisher --table 1,2,3", "--table: must be four counts"},
      {"p-adjust --method holm --p 0.1,2", "p must hold probabilities in [0, 1]"},
      {"bootstrap --csv " + csv() + " --x d --statistic mode", "--statistic: must be one of"},
      {"signrank --csv /nonexistent.csv --x d", "/nonexistent.csv"},
  };
  for (const Case& c : cases) {
    const auto result = run(c.arguments);
    EXPECT_EQ(result.exit_status, 2) << c.arguments;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << c.arguments << "\n" << result.err;
  }
  EXPECT_EQ(run("signrank --csv " + csv() + " --x d --bogus").exit_status, 2);
  EXPECT_EQ(run("").exit_status, 2);
}

TEST_F(StatsCommand, DegenerateDataIsAClearError) {
  const auto zeros = run("signrank --csv " + csv() + " --x d --mu 100 --json");
  EXPECT_EQ(zeros.exit_status, 0);  // all differences negative: a valid test
  const auto constant = run("ttest --csv " + csv() + " --x tied --y tied");
  EXPECT_EQ(constant.exit_status, 2);
  EXPECT_NE(constant.err.find("must not be constant"), std::string::npos) << constant.err;
  const auto all_zero = run("signrank --csv " + csv() + " --x tied --y tied");
  EXPECT_EQ(all_zero.exit_status, 2);
  EXPECT_NE(all_zero.err.find("signrank: x - mu must have at least 1 nonzero value"),
            std::string::npos)
      << all_zero.err;
}

}  // namespace
}  // namespace myoivig::cli
