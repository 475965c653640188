// Rational: exact parsing, arithmetic, ordering and text, against hand-worked fractions;
// and the case that motivates it (a VAS change doubles put above 5 %).
#include "domain/rational.hpp"

#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

struct DecimalCase {
  const char* text;
  int max_decimals;
  std::int64_t numerator;  // 0/0 marks an expected error
  std::int64_t denominator;
};

class RationalDecimal : public testing::TestWithParam<DecimalCase> {};

TEST_P(RationalDecimal, ParsesExactlyOrRefuses) {
  const DecimalCase& c = GetParam();
  const auto value = Rational::parse_decimal(c.text, c.max_decimals);
  if (c.denominator == 0) {
    ASSERT_FALSE(value) << c.text;
    EXPECT_NE(value.error().message.find(c.text), std::string::npos) << value.error().message;
    return;
  }
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(value->numerator(), c.numerator) << c.text;
  EXPECT_EQ(value->denominator(), c.denominator) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, RationalDecimal,
    testing::Values(DecimalCase{"4.49", 6, 449, 100}, DecimalCase{"1.125", 6, 9, 8},
                    DecimalCase{"-0.5", 6, -1, 2}, DecimalCase{"3000", 6, 3000, 1},
                    DecimalCase{"0.000001", 6, 1, 1'000'000}, DecimalCase{"2.50", 2, 5, 2},
                    DecimalCase{"0.0000001", 6, 0, 0}, DecimalCase{"1.", 6, 0, 0},
                    DecimalCase{".5", 6, 0, 0}, DecimalCase{"1e3", 6, 0, 0},
                    DecimalCase{"", 6, 0, 0}, DecimalCase{"12a", 6, 0, 0}));

struct TextCase {
  std::int64_t numerator;
  std::int64_t denominator;
  const char* text;
};

class RationalText : public testing::TestWithParam<TextCase> {};

TEST_P(RationalText, WritesExactDecimalsOrTheFraction) {
  const TextCase& c = GetParam();
  EXPECT_EQ(Rational::fraction(c.numerator, c.denominator).to_string(), c.text);
}

INSTANTIATE_TEST_SUITE_P(Table, RationalText,
                         testing::Values(TextCase{12, 1, "12"}, TextCase{9, 2, "4.5"},
                                         TextCase{1, 8, "0.125"}, TextCase{-3, 8, "-0.375"},
                                         TextCase{10, 7, "10/7"}, TextCase{-1, 3, "-1/3"},
                                         TextCase{6, -4, "-1.5"},
                                         TextCase{1, 1'000'000'000, "0.000000001"},
                                         TextCase{0, 5, "0"}));

TEST(Rational, ArithmeticIsExactAndReduced) {
  const Rational a = Rational::fraction(3, 4);
  const Rational b = Rational::fraction(1, 6);
  EXPECT_EQ(a + b, Rational::fraction(11, 12));
  EXPECT_EQ(a - b, Rational::fraction(7, 12));
  EXPECT_EQ(a * b, Rational::fraction(1, 8));
  EXPECT_EQ(a / b, Rational::fraction(9, 2));
  EXPECT_EQ(-a, Rational::fraction(-3, 4));
  EXPECT_EQ(Rational::fraction(4, 8).numerator(), 1);
  EXPECT_EQ(Rational::fraction(4, -8).denominator(), 2);
  EXPECT_EQ(Rational::fraction(4, -8).sign(), -1);
  EXPECT_TRUE(Rational(3).is_integer());
  EXPECT_DOUBLE_EQ(Rational::fraction(1, 3).to_double(), 1.0 / 3.0);
  EXPECT_THROW((void)Rational::fraction(1, 0), std::invalid_argument);
  EXPECT_THROW((void)(a / Rational()), std::invalid_argument);
}

TEST(Rational, OrdersByValue) {
  EXPECT_LT(Rational::fraction(1, 3), Rational::fraction(1, 2));
  EXPECT_GT(Rational::fraction(-1, 3), Rational::fraction(-1, 2));
  EXPECT_EQ(Rational::fraction(2, 4) <=> Rational::fraction(1, 2), std::strong_ordering::equal);
  EXPECT_LE(Rational(5), 5);
  EXPECT_GT(Rational::fraction(5'000'001, 1'000'000), 5);
  // Large terms compare in 128 bits.
  const Rational big = Rational::fraction(999'999'999'999, 1'000'000'000'000);
  EXPECT_LT(big, 1);
}

TEST(Rational, VasChangeOfHalfACentimetreIsExactlyFivePercent) {
  // (1.1 - 0.6) / 10 x 100 is 5.000000000000001 in doubles: it would score 7.5 points.
  EXPECT_GT((1.1 - 0.6) / 10 * 100, 5.0);
  const Rational baseline = *Rational::parse_decimal("1.1", 6);
  const Rational followup = *Rational::parse_decimal("0.6", 6);
  EXPECT_EQ((baseline - followup) / 10 * 100, Rational(5));
}

}  // namespace
}  // namespace myoivig::domain
