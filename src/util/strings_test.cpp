#include "util/strings.hpp"

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::util {
namespace {

constexpr std::int64_t k_int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t k_int64_min = std::numeric_limits<std::int64_t>::min();

// --- parse_integer -----------------------------------------------------------------------

struct IntegerCase {
  std::string_view text;
  bool valid;
  std::int64_t value;  // when valid
  friend void PrintTo(const IntegerCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }
};

class ParseInteger : public ::testing::TestWithParam<IntegerCase> {};

TEST_P(ParseInteger, AcceptsTheWholeTextOrNothing) {
  const IntegerCase& c = GetParam();
  const auto value = parse_integer(c.text);
  if (!c.valid) {
    ASSERT_FALSE(value) << "accepted '" << c.text << "' as " << *value;
    EXPECT_EQ(value.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(value.error().message, "must be a whole number, got '" + std::string(c.text) + "'");
    return;
  }
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(*value, c.value);
}

INSTANTIATE_TEST_SUITE_P(
    Integers, ParseInteger,
    ::testing::Values(
        IntegerCase{"0", true, 0}, IntegerCase{"12", true, 12}, IntegerCase{"-7", true, -7},
        IntegerCase{"-0", true, 0}, IntegerCase{"007", true, 7}, IntegerCase{"130", true, 130},
        IntegerCase{"9223372036854775807", true, k_int64_max},
        IntegerCase{"-9223372036854775808", true, k_int64_min}, IntegerCase{"", false, 0},
        IntegerCase{"12abc", false, 0}, IntegerCase{" 12", false, 0}, IntegerCase{"12 ", false, 0},
        IntegerCase{"+5", false, 0}, IntegerCase{"1.0", false, 0}, IntegerCase{"1e3", false, 0},
        IntegerCase{"0x10", false, 0}, IntegerCase{"-", false, 0}, IntegerCase{"--1", false, 0},
        IntegerCase{"9223372036854775808", false, 0},
        IntegerCase{"-9223372036854775809", false, 0}));

// --- parse_number ------------------------------------------------------------------------

struct NumberCase {
  std::string_view text;
  bool valid;
  double value;  // when valid
  friend void PrintTo(const NumberCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }
};

class ParseNumber : public ::testing::TestWithParam<NumberCase> {};

TEST_P(ParseNumber, AcceptsFiniteDecimalsOnly) {
  const NumberCase& c = GetParam();
  const auto value = parse_number(c.text);
  if (!c.valid) {
    ASSERT_FALSE(value) << "accepted '" << c.text << "' as " << *value;
    EXPECT_EQ(value.error().message, "must be a number, got '" + std::string(c.text) + "'");
    return;
  }
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_DOUBLE_EQ(*value, c.value);
}

INSTANTIATE_TEST_SUITE_P(
    Numbers, ParseNumber,
    ::testing::Values(
        NumberCase{"12", true, 12}, NumberCase{"-0.5", true, -0.5}, NumberCase{"0.4", true, 0.4},
        NumberCase{"64.3", true, 64.3}, NumberCase{"1e3", true, 1000},
        NumberCase{"2.5E-1", true, 0.25}, NumberCase{"0", true, 0}, NumberCase{"12abc", false, 0},
        NumberCase{"", false, 0}, NumberCase{"nan", false, 0}, NumberCase{"NaN", false, 0},
        NumberCase{"inf", false, 0}, NumberCase{"-inf", false, 0}, NumberCase{"infinity", false, 0},
        NumberCase{"0x10", false, 0}, NumberCase{" 1", false, 0}, NumberCase{"1 ", false, 0},
        NumberCase{"1,5", false, 0}, NumberCase{"1e999", false, 0}, NumberCase{"abc", false, 0}));

// --- parse_scaled ------------------------------------------------------------------------

struct ScaledCase {
  std::string_view text;
  int decimals;
  bool valid;
  std::int64_t value;  // when valid, in 10^-decimals units
  bool too_large = false;
  friend void PrintTo(const ScaledCase& c, std::ostream* os) {
    *os << "'" << c.text << "', " << c.decimals;
  }
};

class ParseScaled : public ::testing::TestWithParam<ScaledCase> {};

TEST_P(ParseScaled, GivesAnExactIntegerOrRefuses) {
  const ScaledCase& c = GetParam();
  const auto value = parse_scaled(c.text, c.decimals);
  if (!c.valid) {
    ASSERT_FALSE(value) << "accepted '" << c.text << "' as " << *value;
    const std::string unit = c.decimals == 1 ? " decimal" : " decimals";
    const std::string message = c.too_large ? "is out of range, got '" + std::string(c.text) + "'"
                                            : "must be a number with at most " +
                                                  std::to_string(c.decimals) + unit + ", got '" +
                                                  std::string(c.text) + "'";
    EXPECT_EQ(value.error().message, message);
    return;
  }
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(*value, c.value);
}

INSTANTIATE_TEST_SUITE_P(
    OneDecimal, ParseScaled,
    ::testing::Values(ScaledCase{"5.5", 1, true, 55}, ScaledCase{"5", 1, true, 50},
                      ScaledCase{"-0.3", 1, true, -3}, ScaledCase{"0", 1, true, 0},
                      ScaledCase{"0.0", 1, true, 0}, ScaledCase{"10", 1, true, 100},
                      ScaledCase{"10.0", 1, true, 100}, ScaledCase{"0.1", 1, true, 1},
                      ScaledCase{"-5", 1, true, -50}, ScaledCase{"05.5", 1, true, 55},
                      ScaledCase{"5.55", 1, false, 0}, ScaledCase{".5", 1, false, 0},
                      ScaledCase{"5.", 1, false, 0}, ScaledCase{"1e3", 1, false, 0},
                      ScaledCase{"", 1, false, 0}, ScaledCase{"-", 1, false, 0},
                      ScaledCase{"-.5", 1, false, 0}, ScaledCase{" 5", 1, false, 0},
                      ScaledCase{"5 ", 1, false, 0}, ScaledCase{"+5", 1, false, 0},
                      ScaledCase{"5,5", 1, false, 0}, ScaledCase{"1.2.3", 1, false, 0},
                      ScaledCase{"--5", 1, false, 0}, ScaledCase{"abc", 1, false, 0},
                      ScaledCase{"nan", 1, false, 0}));

INSTANTIATE_TEST_SUITE_P(
    OtherDecimals, ParseScaled,
    ::testing::Values(ScaledCase{"5.55", 2, true, 555}, ScaledCase{"5.5", 2, true, 550},
                      ScaledCase{"0.07", 2, true, 7}, ScaledCase{"5", 0, true, 5},
                      ScaledCase{"-12", 0, true, -12}, ScaledCase{"1.234", 3, true, 1234},
                      ScaledCase{"5.0", 0, false, 0}, ScaledCase{"5.555", 2, false, 0},
                      ScaledCase{"1.2.3", 3, false, 0}));

// A value too large for the integer must be refused, never wrapped round.
INSTANTIATE_TEST_SUITE_P(
    Overflow, ParseScaled,
    ::testing::Values(ScaledCase{"9223372036854775807", 0, true, k_int64_max},
                      ScaledCase{"922337203685477580.7", 1, true, k_int64_max},
                      ScaledCase{"-922337203685477580.7", 1, true, -k_int64_max},
                      ScaledCase{"9223372036854775808", 0, false, 0, true},
                      ScaledCase{"922337203685477580.8", 1, false, 0, true},
                      // Fits as digits, overflows when scaled by 10.
                      ScaledCase{"922337203685477581", 1, false, 0, true},
                      // 2^64 + 5 would wrap round to 5.
                      ScaledCase{"18446744073709551621", 0, false, 0, true},
                      ScaledCase{"99999999999999999999999", 1, false, 0, true},
                      // A misplaced character is still reported as the shape rule.
                      ScaledCase{"99999999999999999999.99", 1, false, 0}));

// --- format_scaled -----------------------------------------------------------------------

struct FormatCase {
  std::int64_t value;
  int decimals;
  std::string_view text;
  friend void PrintTo(const FormatCase& c, std::ostream* os) {
    *os << c.value << ", " << c.decimals;
  }
};

class FormatScaled : public ::testing::TestWithParam<FormatCase> {};

TEST_P(FormatScaled, WritesEveryDecimal) {
  const FormatCase& c = GetParam();
  EXPECT_EQ(format_scaled(c.value, c.decimals), c.text);
  const auto back = parse_scaled(c.text, c.decimals);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, c.value);
}

INSTANTIATE_TEST_SUITE_P(Values, FormatScaled,
                         ::testing::Values(FormatCase{55, 1, "5.5"}, FormatCase{50, 1, "5.0"},
                                           FormatCase{0, 1, "0.0"}, FormatCase{5, 1, "0.5"},
                                           FormatCase{-3, 1, "-0.3"}, FormatCase{-50, 1, "-5.0"},
                                           FormatCase{1000, 1, "100.0"}, FormatCase{123, 2, "1.23"},
                                           FormatCase{7, 2, "0.07"}, FormatCase{-7, 2, "-0.07"},
                                           FormatCase{100, 2, "1.00"}, FormatCase{5, 0, "5"},
                                           FormatCase{-12, 0, "-12"}, FormatCase{0, 0, "0"}));

TEST(FormatScaled, RoundTripsThroughParseScaled) {
  for (int decimals = 0; decimals <= 3; ++decimals) {
    for (std::int64_t value = -2000; value <= 2000; ++value) {
      const std::string text = format_scaled(value, decimals);
      const auto back = parse_scaled(text, decimals);
      ASSERT_TRUE(back) << text << ": " << back.error().message;
      ASSERT_EQ(*back, value) << text;
    }
  }
}

// --- parse_bool --------------------------------------------------------------------------

struct BoolCase {
  std::string_view text;
  bool valid;
  bool value;
  friend void PrintTo(const BoolCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }
};

class ParseBool : public ::testing::TestWithParam<BoolCase> {};

TEST_P(ParseBool, AcceptsTheSixSpellingsInAnyCase) {
  const BoolCase& c = GetParam();
  const auto value = parse_bool(c.text);
  if (!c.valid) {
    ASSERT_FALSE(value) << "accepted '" << c.text << "'";
    EXPECT_EQ(value.error().message,
              "must be true or false (yes/no, 1/0), got '" + std::string(c.text) + "'");
    return;
  }
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(*value, c.value);
}

INSTANTIATE_TEST_SUITE_P(
    Booleans, ParseBool,
    ::testing::Values(
        BoolCase{"true", true, true}, BoolCase{"false", true, false}, BoolCase{"yes", true, true},
        BoolCase{"no", true, false}, BoolCase{"1", true, true}, BoolCase{"0", true, false},
        BoolCase{"TRUE", true, true}, BoolCase{"Yes", true, true}, BoolCase{"NO", true, false},
        BoolCase{"False", true, false}, BoolCase{"", false, false}, BoolCase{"2", false, false},
        BoolCase{"y", false, false}, BoolCase{"t", false, false}, BoolCase{" true", false, false},
        BoolCase{"truth", false, false}, BoolCase{"01", false, false}));

// --- trim, split, join -------------------------------------------------------------------

struct TrimCase {
  std::string_view text;
  std::string_view trimmed;
  friend void PrintTo(const TrimCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }
};

class Trim : public ::testing::TestWithParam<TrimCase> {};

TEST_P(Trim, RemovesSpaceAtBothEndsOnly) {
  EXPECT_EQ(trim(GetParam().text), GetParam().trimmed);
}

INSTANTIATE_TEST_SUITE_P(Texts, Trim,
                         ::testing::Values(TrimCase{"  a b \t\n", "a b"}, TrimCase{"", ""},
                                           TrimCase{"   ", ""}, TrimCase{"x", "x"},
                                           TrimCase{"\r\nx\r\n", "x"}, TrimCase{"a  b", "a  b"},
                                           TrimCase{"\tx", "x"}));

struct SplitCase {
  std::string_view text;
  char separator;
  std::vector<std::string> parts;
  friend void PrintTo(const SplitCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }
};

class Split : public ::testing::TestWithParam<SplitCase> {};

TEST_P(Split, KeepsEmptyPartsAndJoinUndoesIt) {
  const SplitCase& c = GetParam();
  EXPECT_EQ(split(c.text, c.separator), c.parts);
  EXPECT_EQ(join(c.parts, std::string(1, c.separator)), c.text);
}

INSTANTIATE_TEST_SUITE_P(
    Texts, Split,
    ::testing::Values(SplitCase{"a,b,c", ',', {"a", "b", "c"}}, SplitCase{"", ',', {""}},
                      SplitCase{"a,,b", ',', {"a", "", "b"}}, SplitCase{",a,", ',', {"", "a", ""}},
                      SplitCase{"abc", ',', {"abc"}}, SplitCase{"a;b", ';', {"a", "b"}},
                      SplitCase{"a,b", ';', {"a,b"}}, SplitCase{",", ',', {"", ""}}));

struct JoinCase {
  std::vector<std::string> parts;
  std::string_view separator;
  std::string_view joined;
  friend void PrintTo(const JoinCase& c, std::ostream* os) { *os << "'" << c.joined << "'"; }
};

class Join : public ::testing::TestWithParam<JoinCase> {};

TEST_P(Join, PutsTheSeparatorBetweenParts) {
  EXPECT_EQ(join(GetParam().parts, GetParam().separator), GetParam().joined);
}

INSTANTIATE_TEST_SUITE_P(Parts, Join,
                         ::testing::Values(JoinCase{{}, ", ", ""}, JoinCase{{"a"}, ", ", "a"},
                                           JoinCase{{"a", "b", "c"}, ", ", "a, b, c"},
                                           JoinCase{{"", ""}, ",", ","},
                                           JoinCase{{"mmt", "adl"}, "", "mmtadl"}));

TEST(ToLower, LowersAsciiOnly) {
  EXPECT_EQ(to_lower("TrUe"), "true");
  EXPECT_EQ(to_lower("SEED-01"), "seed-01");
  EXPECT_EQ(to_lower(""), "");
}

TEST(StartsWith, ComparesThePrefix) {
  EXPECT_TRUE(starts_with("SEED-01", "SEED"));
  EXPECT_TRUE(starts_with("SEED", ""));
  EXPECT_FALSE(starts_with("SEED", "SEED-01"));
  EXPECT_FALSE(starts_with("seed", "SEED"));
}

}  // namespace
}  // namespace myoivig::util
