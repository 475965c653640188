// IMACS definition of improvement: 3 of 6 improved by >= 20 %, at most 2 worsened by
// >= 25 %, MMT not worsened; bounds exactly on; undefined and missing measures.
#include "domain/imacs_improvement.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

Rational decimal(const char* text) {
  return *Rational::parse_decimal(text, 6);
}

struct Visit {
  const char* physician;
  const char* patient;
  int mmt;
  const char* haq;
  int ck;
  const char* extramuscular;
};

CoreSet visit(const Visit& v) {
  CoreSet set;
  set.physician_global_cm = decimal(v.physician);
  set.patient_global_cm = decimal(v.patient);
  set.mmt = v.mmt;
  set.haq = decimal(v.haq);
  set.enzymes = {{"CK", v.ck, 200}};
  set.extramuscular_cm = decimal(v.extramuscular);
  return set;
}

using M = CoreMeasure;
using Measures = std::vector<CoreMeasure>;

constexpr Visit k_baseline{"5", "5", 100, "1", 1000, "5"};

struct DoiCase {
  const char* name;
  Visit baseline;
  Visit followup;
  bool improved;
  Measures improved_measures;
  Measures worsened_measures;
};

class Doi : public testing::TestWithParam<DoiCase> {};

TEST_P(Doi, FollowsTheDefinition) {
  const DoiCase& c = GetParam();
  const auto doi =
      imacs_improvement({Population::adult, 150, visit(c.baseline), visit(c.followup)});
  ASSERT_TRUE(doi) << doi.error().message;
  ASSERT_TRUE(doi->computable());
  EXPECT_EQ(*doi->improved, c.improved);
  EXPECT_EQ(doi->improved_measures, c.improved_measures);
  EXPECT_EQ(doi->worsened_measures, c.worsened_measures);
  EXPECT_TRUE(doi->missing_measures.empty());
  EXPECT_TRUE(doi->undefined_measures.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, Doi,
    testing::Values(
        // Case A relative: MD 33.3 %, Pt 28.6 %, MMT 13.6 %, HAQ 25 %, CK 50 %, EM 50 %.
        DoiCase{
            "case_a",
            {"6.0", "7.0", 110, "1.5", 3000, "4.0"},
            {"4.0", "5.0", 125, "1.125", 1500, "2.0"},
            true,
            Measures{M::physician_global, M::patient_global, M::haq, M::enzymes, M::extramuscular},
            {}},
        // Exactly 20 % on three measures is improvement.
        DoiCase{"three_exactly_20_percent",
                k_baseline,
                {"4", "4", 100, "1", 1000, "4"},
                true,
                Measures{M::physician_global, M::patient_global, M::extramuscular},
                {}},
        DoiCase{"two_at_20_one_at_19_9",
                k_baseline,
                {"4", "4", 100, "1", 1000, "4.005"},
                false,
                Measures{M::physician_global, M::patient_global},
                {}},
        // MMT 100 -> 120 is 20 % better.
        DoiCase{"mmt_counts_upwards",
                k_baseline,
                {"4", "4", 120, "1", 1000, "5"},
                true,
                Measures{M::physician_global, M::patient_global, M::mmt},
                {}},
        // Two worsened by exactly 25 % is allowed...
        DoiCase{"two_worsened_25_percent",
                k_baseline,
                {"4", "4", 100, "1.25", 1250, "4"},
                true,
                Measures{M::physician_global, M::patient_global, M::extramuscular},
                Measures{M::haq, M::enzymes}},
        // ...three is not.
        DoiCase{"three_worsened",
                k_baseline,
                {"4", "4", 125, "1.25", 1250, "6.25"},
                false,
                Measures{M::physician_global, M::patient_global, M::mmt},
                Measures{M::haq, M::enzymes, M::extramuscular}},
        // MMT 100 -> 75 is 25 % worse: never improvement.
        DoiCase{"mmt_worsened",
                k_baseline,
                {"4", "4", 75, "1", 1000, "4"},
                false,
                Measures{M::physician_global, M::patient_global, M::extramuscular},
                Measures{M::mmt}},
        // MMT 100 -> 76 is 24 % worse: not worsened.
        DoiCase{"mmt_24_percent_worse",
                k_baseline,
                {"4", "4", 76, "1", 1000, "4"},
                true,
                Measures{M::physician_global, M::patient_global, M::extramuscular},
                {}}),
    [](const testing::TestParamInfo<DoiCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(Doi, BaselineZeroIsUndefinedAndSaid) {
  ResponseInput input{Population::adult, 150, visit({"4", "0", 100, "0", 1000, "5"}),
                      visit({"3", "1", 100, "0", 1000, "4"})};
  const auto doi = imacs_improvement(input);
  ASSERT_TRUE(doi);
  EXPECT_EQ(doi->undefined_measures, (Measures{M::patient_global, M::haq}));
  EXPECT_EQ(doi->improved_measures, (Measures{M::physician_global, M::extramuscular}));
  EXPECT_FALSE(*doi->improved);
}

TEST(Doi, MissingMeasuresCountAsNeitherAndMmtIsRequired) {
  ResponseInput input{Population::adult, 150, visit(k_baseline),
                      visit({"4", "4", 100, "1", 1000, "4"})};
  input.followup.haq.reset();
  auto doi = imacs_improvement(input);
  ASSERT_TRUE(doi);
  EXPECT_EQ(doi->missing_measures, Measures{M::haq});
  EXPECT_TRUE(*doi->improved);
  input.followup.mmt.reset();
  doi = imacs_improvement(input);
  ASSERT_TRUE(doi);
  EXPECT_FALSE(doi->computable());
  EXPECT_EQ(doi->missing_measures, (Measures{M::mmt, M::haq}));
}

TEST(Doi, AbsoluteRuleIsANamedAlternative) {
  // Absolute over the 10 cm range: 5 -> 4 cm is 10 %, not an improvement.
  ResponseInput input{Population::adult, 150, visit(k_baseline),
                      visit({"4", "4", 100, "1", 1000, "4"})};
  const auto doi = imacs_improvement(input, {ChangeRule::absolute_over_range});
  ASSERT_TRUE(doi);
  EXPECT_FALSE(*doi->improved);
  EXPECT_EQ(doi->measures[0].percent_change, Rational(10));
}

TEST(Doi, BadInputNamesTheField) {
  ResponseInput input{Population::adult, 150, visit(k_baseline), visit(k_baseline)};
  input.baseline.patient_global_cm = decimal("10.5");
  const auto doi = imacs_improvement(input);
  ASSERT_FALSE(doi);
  EXPECT_EQ(doi.error().message, "baseline.patient_global: 10.5 cm is outside 0-10 cm");
}

}  // namespace
}  // namespace myoivig::domain
