// Report number formatting: fixed decimals, p-values, intervals and percentages, against
// hand-worked values (R's format(round(x, d), nsmall = d) and signif(p, 4)).
#include "io/number_format.hpp"

#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::io {
namespace {

struct FixedCase {
  double value;
  int decimals;
  const char* text;
};

class FormatFixed : public testing::TestWithParam<FixedCase> {};

TEST_P(FormatFixed, RoundsToTheDecimals) {
  EXPECT_EQ(format_fixed(GetParam().value, GetParam().decimals), GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FormatFixed,
    testing::Values(FixedCase{67.0, 1, "67.0"}, FixedCase{1287.4125, 1, "1287.4"},
                    FixedCase{612.5625, 1, "612.6"}, FixedCase{14.0, 0, "14"},
                    FixedCase{-2.25, 2, "-2.25"}, FixedCase{-0.04, 1, "0.0"},
                    FixedCase{-0.0, 1, "0.0"}, FixedCase{-0.06, 1, "-0.1"},
                    FixedCase{0.125, 2, "0.12"},  // binary 0.125 is a tie: round half even
                    FixedCase{std::numeric_limits<double>::quiet_NaN(), 1, "NA"},
                    FixedCase{std::numeric_limits<double>::infinity(), 1, "Inf"},
                    FixedCase{-std::numeric_limits<double>::infinity(), 1, "-Inf"}));

TEST(FormatFixed, MissingOptionalIsADash) {
  EXPECT_EQ(format_fixed(std::optional<double>{}, 1), k_missing_number);
  EXPECT_EQ(format_fixed(std::optional<double>{3.14159}, 2), "3.14");
}

struct PValueCase {
  double p_value;
  const char* text;
};

class FormatPSignificant : public testing::TestWithParam<PValueCase> {};

TEST_P(FormatPSignificant, FourSignificantDigits) {
  EXPECT_EQ(format_p_significant(GetParam().p_value), GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FormatPSignificant,
    testing::Values(PValueCase{1.0, "1.000"}, PValueCase{0.25, "0.2500"},
                    PValueCase{0.0078125, "0.007812"},  // 2/256, exact signed-rank n = 8
                    PValueCase{0.01171875, "0.01172"}, PValueCase{0.04999, "0.04999"},
                    PValueCase{0.0001, "0.0001000"}, PValueCase{0.00012346, "0.0001235"},
                    PValueCase{0.0000999, "< 0.0001"}, PValueCase{1e-12, "< 0.0001"},
                    PValueCase{0.0, "< 0.0001"},
                    PValueCase{std::numeric_limits<double>::quiet_NaN(), "NA"}));

TEST(FormatInterval, JoinsTheEndsWithTo) {
  EXPECT_EQ(format_interval(8.125, 19.875, 1), "8.1 to 19.9");
  EXPECT_EQ(format_interval(-13.44, -2.06, 1), "-13.4 to -2.1");
  EXPECT_EQ(format_interval(-std::numeric_limits<double>::infinity(), 3.0, 1), "-Inf to 3.0");
}

TEST(FormatPercent, ScalesAndRounds) {
  EXPECT_EQ(format_percent(0.875, 1), "87.5%");
  EXPECT_EQ(format_percent(2.0 / 15.0, 1), "13.3%");
  EXPECT_EQ(format_percent(1.0, 0), "100%");
  EXPECT_EQ(format_confidence_level(0.95), "95%");
  EXPECT_EQ(format_confidence_level(0.975), "97.5%");
  EXPECT_EQ(format_confidence_level(0.9), "90%");
  EXPECT_EQ(format_count_percent(7, 8), "7 (87.5%)");
  EXPECT_EQ(format_count_percent(0, 12), "0 (0.0%)");
  EXPECT_EQ(format_count_percent(3, 0), "3");
}

}  // namespace
}  // namespace myoivig::io
