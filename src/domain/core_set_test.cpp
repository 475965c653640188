// The IMACS core set at a visit: each range rule with the message it gives, the most
// abnormal enzyme, and how two visits pair up for a change.
#include "domain/core_set.hpp"

#include <functional>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

Rational decimal(const char* text) {
  return *Rational::parse_decimal(text, 6);
}

CoreSet full_visit() {
  CoreSet visit;
  visit.physician_global_cm = decimal("6.0");
  visit.patient_global_cm = decimal("7.0");
  visit.mmt = 110;
  visit.haq = decimal("1.5");
  visit.enzymes = {{"CK", 3000, 200}, {"aldolase", decimal("12.4"), decimal("7.6")}};
  visit.extramuscular_cm = decimal("4.0");
  return visit;
}

struct RangeCase {
  const char* name;
  std::function<void(CoreSet&)> change;
  int mmt_max;
  const char* error;  // empty when valid
};

class CoreSetRange : public testing::TestWithParam<RangeCase> {};

TEST_P(CoreSetRange, NamesTheFieldTheValueAndTheRule) {
  const RangeCase& c = GetParam();
  CoreSet visit = full_visit();
  c.change(visit);
  const auto checked = validate_core_set(visit, c.mmt_max, "followup.");
  if (std::string(c.error).empty()) {
    EXPECT_TRUE(checked) << checked.error().message;
  } else {
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().message, c.error);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, CoreSetRange,
    testing::Values(
        RangeCase{"valid", [](CoreSet&) {}, 150, ""},
        RangeCase{"vas_on_both_ends",
                  [](CoreSet& v) {
                    v.physician_global_cm = 0;
                    v.patient_global_cm = 10;
                  },
                  150, ""},
        RangeCase{"physician_12_cm", [](CoreSet& v) { v.physician_global_cm = 12; }, 150,
                  "followup.physician_global: 12 cm is outside 0-10 cm"},
        RangeCase{"patient_negative", [](CoreSet& v) { v.patient_global_cm = decimal("-0.5"); },
                  150, "followup.patient_global: -0.5 cm is outside 0-10 cm"},
        RangeCase{"extramuscular_10_1", [](CoreSet& v) { v.extramuscular_cm = decimal("10.1"); },
                  150, "followup.extramuscular: 10.1 cm is outside 0-10 cm"},
        RangeCase{"mmt_above_maximum", [](CoreSet& v) { v.mmt = 151; }, 150,
                  "followup.mmt: 151 is outside 0-150 (the MMT maximum mmt_max)"},
        RangeCase{"mmt_at_unilateral_maximum", [](CoreSet& v) { v.mmt = 80; }, 80, ""},
        RangeCase{"mmt_above_unilateral_maximum", [](CoreSet&) {}, 80,
                  "followup.mmt: 110 is outside 0-80 (the MMT maximum mmt_max)"},
        RangeCase{"mmt_max_zero", [](CoreSet&) {}, 0,
                  "mmt_max: 0 must be a whole number from 1 to 1000 (80 unilateral or 150 "
                  "bilateral MMT-8, 260 MMT-24, 52 CMAS)"},
        RangeCase{"haq_3_125", [](CoreSet& v) { v.haq = decimal("3.125"); }, 150,
                  "followup.haq: 3.125 is outside 0-3"},
        RangeCase{"enzyme_uln_zero", [](CoreSet& v) { v.enzymes[1].uln = 0; }, 150,
                  "followup.enzymes[1].uln: 0 U/l must be above 0 and at most 10000000 U/l (the "
                  "upper limit of normal)"},
        RangeCase{"enzyme_value_negative", [](CoreSet& v) { v.enzymes[0].value = -1; }, 150,
                  "followup.enzymes[0].value: -1 U/l is outside 0-10000000 U/l"},
        RangeCase{"enzyme_twice", [](CoreSet& v) { v.enzymes[1].name = "ck"; }, 150,
                  "followup.enzymes[1].name: 'ck' is listed twice at one visit"},
        RangeCase{"enzyme_without_name", [](CoreSet& v) { v.enzymes[0].name = " "; }, 150,
                  "followup.enzymes[0].name: must name the enzyme (CK, aldolase, LDH, ALT, AST), "
                  "got an empty name"}),
    [](const testing::TestParamInfo<RangeCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(CoreSet, MostAbnormalEnzymeIsTheHighestMultipleOfItsUln) {
  CoreSet visit = full_visit();  // CK 3000/200 = 15 x ULN; aldolase 12.4/7.6 = 1.63 x ULN
  ASSERT_NE(most_abnormal_enzyme(visit), nullptr);
  EXPECT_EQ(most_abnormal_enzyme(visit)->name, "CK");
  visit.enzymes[1] = {"LDH", 3000, 200};  // a tie: the first listed stays
  EXPECT_EQ(most_abnormal_enzyme(visit)->name, "CK");
  visit.enzymes[1] = {"LDH", 3001, 200};
  EXPECT_EQ(most_abnormal_enzyme(visit)->name, "LDH");
  visit.enzymes.clear();
  EXPECT_EQ(most_abnormal_enzyme(visit), nullptr);
}

TEST(CoreSet, PairsTheMostAbnormalBaselineEnzymeWithTheSameEnzymeLater) {
  CoreSet baseline = full_visit();
  CoreSet followup = full_visit();
  followup.enzymes = {{"aldolase", 8, decimal("7.6")}, {"ck", 1500, 200}};
  MeasurePair pair = pair_of(CoreMeasure::enzymes, baseline, followup);
  EXPECT_EQ(pair.enzyme, "CK");
  EXPECT_EQ(pair.baseline, Rational(3000));
  EXPECT_EQ(pair.followup, Rational(1500));
  EXPECT_TRUE(pair.complete());

  followup.enzymes = {{"aldolase", 8, decimal("7.6")}};
  pair = pair_of(CoreMeasure::enzymes, baseline, followup);
  EXPECT_FALSE(pair.complete());
  EXPECT_EQ(pair.missing_note(), "CK missing at follow-up");

  baseline.enzymes.clear();
  pair = pair_of(CoreMeasure::enzymes, baseline, followup);
  EXPECT_EQ(pair.missing_note(), "missing at baseline");

  followup.haq.reset();
  baseline.haq.reset();
  EXPECT_EQ(pair_of(CoreMeasure::haq, baseline, followup).missing_note(), "missing at both visits");
  EXPECT_EQ(pair_of(CoreMeasure::mmt, baseline, followup).baseline, Rational(110));
}

TEST(CoreSet, MeasureTablesAgree) {
  for (CoreMeasure measure : k_core_measures) {
    EXPECT_EQ(*parse_core_measure(code(measure)), measure);
    EXPECT_FALSE(label(measure).empty());
  }
  EXPECT_EQ(better(CoreMeasure::mmt), Better::higher);
  EXPECT_EQ(better(CoreMeasure::haq), Better::lower);
  EXPECT_EQ(range_of(CoreMeasure::mmt, 150), Rational(150));
  EXPECT_EQ(range_of(CoreMeasure::patient_global, 150), Rational(10));
  EXPECT_EQ(range_of(CoreMeasure::haq, 150), Rational(3));
  EXPECT_FALSE(range_of(CoreMeasure::enzymes, 150));
  EXPECT_FALSE(parse_core_measure("ck"));
}

}  // namespace
}  // namespace myoivig::domain
