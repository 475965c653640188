// Percent change under each adopted rule, signed as an improvement, against the
// specification's examples and hand-worked fractions.
#include "domain/percent_change.hpp"

#include <optional>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

struct ChangeCase {
  const char* name;
  ChangeRule rule;
  Better direction;
  Rational baseline;
  Rational followup;
  std::optional<Rational> range;
  std::optional<Rational> percent;  // empty: undefined
};

class PercentChange : public testing::TestWithParam<ChangeCase> {};

TEST_P(PercentChange, IsExact) {
  const ChangeCase& c = GetParam();
  EXPECT_EQ(improvement_percent(c.rule, c.direction, c.baseline, c.followup, c.range), c.percent);
}

constexpr auto k_absolute = ChangeRule::absolute_over_range;
constexpr auto k_relative = ChangeRule::relative_to_baseline;

INSTANTIATE_TEST_SUITE_P(
    Table, PercentChange,
    testing::Values(
        // The specification's example: physician VAS 5 -> 3 cm = 20 %.
        ChangeCase{"vas_5_to_3", k_absolute, Better::lower, 5, 3, Rational(10), Rational(20)},
        ChangeCase{"vas_worse", k_absolute, Better::lower, 3, 5, Rational(10), Rational(-20)},
        // MMT 110 -> 125 of 150 = 10 %; relative 15/110 = 150/11 %.
        ChangeCase{"mmt_absolute", k_absolute, Better::higher, 110, 125, Rational(150),
                   Rational(10)},
        ChangeCase{"mmt_relative", k_relative, Better::higher, 110, 125, Rational(150),
                   Rational::fraction(150, 11)},
        // HAQ 1.5 -> 1.125 of 3 = 12.5 %.
        ChangeCase{"haq_absolute", k_absolute, Better::lower, Rational::fraction(3, 2),
                   Rational::fraction(9, 8), Rational(3), Rational::fraction(25, 2)},
        ChangeCase{"ck_relative", k_relative, Better::lower, 3000, 1500, std::nullopt,
                   Rational(50)},
        ChangeCase{"relative_baseline_zero", k_relative, Better::lower, 0, 1, Rational(10),
                   std::nullopt},
        ChangeCase{"absolute_without_range", k_absolute, Better::lower, 3000, 1500, std::nullopt,
                   std::nullopt}),
    [](const testing::TestParamInfo<ChangeCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(PercentChange, RuleNamesRoundTrip) {
  for (ChangeRule rule : {k_absolute, k_relative}) EXPECT_EQ(*parse_change_rule(code(rule)), rule);
  EXPECT_EQ(code(k_absolute), "absolute_over_range");
  EXPECT_FALSE(parse_change_rule("relative"));
}

}  // namespace
}  // namespace myoivig::domain
