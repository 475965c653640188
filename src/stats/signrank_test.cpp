#include "stats/signrank.hpp"

#include <cmath>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "stats/reference_cases.hpp"

namespace myoivig::stats {
namespace {

using testing::near_relative;
using testing::near_root;
using testing::ReferenceTable;

constexpr double k_exact_tolerance = 1e-9;
constexpr double k_root_tolerance = 1e-4;  // R's uniroot(tol = 1e-4)
constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();

SignrankOptions options_of(const ReferenceTable& table, std::size_t row) {
  SignrankOptions options;
  options.mu = table.number(row, "mu");
  options.alternative = *parse_alternative(table.text(row, "alternative"));
  options.conf_level = table.number(row, "conf_level");
  options.method = *util::value_of(k_signrank_method_names, table.text(row, "method"));
  options.correct = table.text(row, "correct") == "true";
  options.zeros = *util::value_of(k_zero_method_names, table.text(row, "zeros"));
  return options;
}

// Every row of stats_signrank.csv: wilcox.test (exact, normal with and without correction,
// R's default choice), exactRankTests::wilcox.exact and coin's Pratt test.
TEST(SignrankReference, MatchesR) {
  const ReferenceTable table("stats_signrank.csv");
  ASSERT_EQ(table.error(), "");
  std::size_t compared_intervals = 0;
  for (std::size_t row = 0; row < table.size(); ++row) {
    SCOPED_TRACE("row " + std::to_string(row + 2) + ": " + table.text(row, "case") + " " +
                 table.text(row, "reference") + " method=" + table.text(row, "method") +
                 " correct=" + table.text(row, "correct") + " " + table.text(row, "alternative") +
                 " conf=" + table.text(row, "conf_level"));
    const SignrankOptions options = options_of(table, row);
    const std::vector<double> x = table.numbers(row, "x");
    const std::vector<double> y = table.numbers(row, "y");
    const auto result = y.empty() ? signrank(x, options) : signrank_paired(x, y, options);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(to_string(result->method), table.text(row, "expected_method"));
    EXPECT_TRUE(
        near_relative(result->statistic, table.number(row, "statistic"), k_exact_tolerance));
    EXPECT_TRUE(near_relative(result->p_value, table.number(row, "p_value"), k_exact_tolerance));
    ASSERT_TRUE(result->interval.has_value());
    EXPECT_TRUE(near_relative(result->interval->estimate, table.number(row, "hl_estimate"),
                              k_exact_tolerance));
    const std::string tolerance = table.text(row, "ci_tolerance");
    if (tolerance == "none") continue;
    ++compared_intervals;
    const double allowed = tolerance == "exact" ? k_exact_tolerance : k_root_tolerance;
    const auto near_end = tolerance == "exact" ? near_relative : near_root;
    EXPECT_TRUE(near_end(result->interval->ci_low, table.number(row, "ci_low"), allowed));
    EXPECT_TRUE(near_end(result->interval->ci_high, table.number(row, "ci_high"), allowed));
    EXPECT_TRUE(near_relative(result->interval->conf_level, table.number(row, "ci_conf_level"),
                              k_exact_tolerance));
  }
  EXPECT_GT(compared_intervals, 500U);
  RecordProperty("rows", static_cast<int>(table.size()));
  RecordProperty("intervals", static_cast<int>(compared_intervals));
}

TEST(Signrank, SeedStudyEightPositiveChangesGiveExactTwoSidedP) {
  const std::vector<double> before{50, 51, 60, 53, 52, 45, 58, 54};
  const std::vector<double> after{62, 58, 70, 55, 66, 49, 73, 60};
  const auto result = signrank_paired(after, before);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->method, SignrankMethodUsed::exact);
  EXPECT_EQ(result->statistic, 36);
  EXPECT_EQ(result->p_value, 0.0078125);  // 2 / 2^8, exactly
  // Tied changes: the exact conditional distribution gives the same extreme tail.
  const std::vector<double> tied{2, 4, 4, 6, 8, 8, 10, 12};
  const auto conditional = signrank(tied);
  ASSERT_TRUE(conditional);
  EXPECT_EQ(conditional->method, SignrankMethodUsed::exact_conditional);
  EXPECT_EQ(conditional->p_value, 0.0078125);
}

TEST(Signrank, RejectsDegenerateAndInvalidInput) {
  struct Case {
    std::vector<double> x;
    SignrankOptions options;
    std::string message;
  };
  SignrankOptions bad_level;
  bad_level.conf_level = 1.0;
  SignrankOptions bad_mu;
  bad_mu.mu = std::numeric_limits<double>::infinity();
  const std::vector<Case> cases{
      {{}, {}, "signrank: x must have at least 1 non-missing value, got 0"},
      {{k_nan, k_nan}, {}, "signrank: x must have at least 1 non-missing value, got 0"},
      {{0, 0, 0},
       {},
       "signrank: x - mu must have at least 1 nonzero value, got 3 values all "
       "equal to mu (0)"},
      {{1, 2}, bad_level, "signrank: conf_level must be in (0, 1), got 1"},
      {{1, 2}, bad_mu, "signrank: mu must be a finite number, got inf"},
      {{1, std::numeric_limits<double>::infinity()},
       {},
       "signrank: x must hold finite values or NaN for missing, got inf at position 2"},
  };
  for (const Case& c : cases) {
    const auto result = signrank(c.x, c.options);
    ASSERT_FALSE(result) << c.message;
    EXPECT_EQ(result.error().message, c.message);
  }
  const std::vector<double> x{1, 2};
  const std::vector<double> y{1};
  EXPECT_EQ(signrank_paired(x, y).error().message,
            "signrank: y must have the same length as x (2), got 1");
}

TEST(Signrank, AutomaticMethodIsExactConditionalWithTiesUpToItsLimit) {
  std::vector<double> x;
  for (int i = 0; i < 200; ++i) x.push_back(static_cast<double>((i * 7) % 11) - 3.0);
  SignrankOptions options;
  const auto result = signrank(x, options);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->method, SignrankMethodUsed::exact_conditional);
  EXPECT_TRUE(result->ties);
  EXPECT_GT(result->n_zero, 0U);
  options.method = SignrankMethod::classic;
  EXPECT_EQ(signrank(x, options)->method, SignrankMethodUsed::normal);
  std::vector<double> large(k_signrank_exact_max_n + 1);
  for (std::size_t i = 0; i < large.size(); ++i) large[i] = static_cast<double>(i) + 1.5;
  EXPECT_EQ(signrank(large)->method, SignrankMethodUsed::normal);
  options.method = SignrankMethod::exact;
  EXPECT_FALSE(signrank(large, options));
}

TEST(Signrank, LargeSampleNormalIntervalNeedsNoQuadraticMemory) {
  // n = 20,000 has 2e8 Walsh averages (1.6 GB as doubles); the order statistics are found
  // by bisection instead.
  std::vector<double> x;
  for (int i = 0; i < 20000; ++i) x.push_back(std::sin(i * 0.37) + 0.05 + (i % 7) * 0.01);
  const auto result = signrank(x);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->method, SignrankMethodUsed::normal);
  ASSERT_TRUE(result->interval.has_value());
  EXPECT_LT(result->interval->ci_low, result->interval->estimate);
  EXPECT_GT(result->interval->ci_high, result->interval->estimate);
}

TEST(Signrank, TinyExactPValuesDoNotUnderflow) {
  // 100 positive distinct differences: two-sided p = 2 / 2^100, far below 1 - (1 - p).
  std::vector<double> x;
  for (int i = 1; i <= 100; ++i) x.push_back(i);
  SignrankOptions options;
  options.method = SignrankMethod::exact;
  options.conf_int = false;
  const auto result = signrank(x, options);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->p_value, std::ldexp(1.0, -99));
  options.alternative = Alternative::less;
  EXPECT_EQ(signrank(x, options)->p_value, 1.0);
}

TEST(Signrank, ConditionalIntervalReportsTheAchievableLevel) {
  // 6 nonzero differences: no interval narrower than all Walsh averages reaches 99 %.
  // wilcox.exact returns the same ends [-3, 6] but labels them 0.99; the achieved level is
  // 1 - 2 / 2^6 = 0.96875, reported as R reports its exact interval's: 1 - signif(., 2).
  const std::vector<double> x{0, 1, 2, -3, 4, 5, 0, 6};
  SignrankOptions options;
  options.conf_level = 0.99;
  const auto result = signrank(x, options);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->method, SignrankMethodUsed::exact_conditional);
  EXPECT_EQ(result->interval->ci_low, -3.0);
  EXPECT_EQ(result->interval->ci_high, 6.0);
  EXPECT_DOUBLE_EQ(result->interval->conf_level, 0.969);
}

TEST(Signrank, ConstantNonzeroDifferencesGiveAPointInterval) {
  const std::vector<double> x(8, 3.0);
  const auto exact = signrank(x);
  ASSERT_TRUE(exact);
  EXPECT_EQ(exact->p_value, 0.0078125);
  EXPECT_EQ(exact->interval->estimate, 3.0);
  EXPECT_EQ(exact->interval->ci_low, 3.0);
  EXPECT_EQ(exact->interval->ci_high, 3.0);
  SignrankOptions normal;
  normal.method = SignrankMethod::normal;
  const auto approximate = signrank(x, normal);
  ASSERT_TRUE(approximate);
  EXPECT_EQ(approximate->interval->ci_low, 3.0);
  EXPECT_EQ(approximate->interval->ci_high, 3.0);
  EXPECT_FALSE(std::isnan(approximate->p_value));
}

}  // namespace
}  // namespace myoivig::stats
