// EULAR/ACR 2017 classification: scores summed from the published weights, probabilities
// against R 4.2.2, classes under both named rules (they differ without biopsy at 5.3, 5.5
// and 7.5), the skin-or-biopsy requirement, subclasses, and the age bounds.
// R: p <- function(s, b) 1 / (1 + exp(b - s)); sprintf("%.17g", p(7.5, 5.33))
#include "domain/classification_2017.hpp"

#include <functional>
#include <string>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

constexpr double k_probability_tolerance = 1e-15;

ClassificationFindings adult(double age) {
  ClassificationFindings findings;
  findings.age_at_onset_years = age;
  return findings;
}

struct ClassCase {
  const char* name;
  std::function<ClassificationFindings()> findings;
  int score_tenths;
  double probability;  // R
  IimClass by_probability;
  IimClass by_published_cutoffs;
  bool biopsy_features_needed;
  std::optional<IimSubclass> subclass;  // under the default (probability) rule
};

class Classification : public testing::TestWithParam<ClassCase> {};

TEST_P(Classification, ScoresClassifiesAndSubclassifies) {
  const ClassCase& c = GetParam();
  const auto result = classify_2017(c.findings());
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->score_tenths, c.score_tenths);
  EXPECT_NEAR(result->probability, c.probability, k_probability_tolerance);
  EXPECT_EQ(result->rule, ClassRule::probability);
  EXPECT_EQ(result->iim_class, c.by_probability);
  EXPECT_EQ(result->class_by_other_rule, c.by_published_cutoffs);
  EXPECT_EQ(result->biopsy_features_needed, c.biopsy_features_needed);
  EXPECT_EQ(result->subclass, c.subclass);
  const auto published = classify_2017(c.findings(), ClassRule::published_score_cutoffs);
  ASSERT_TRUE(published);
  EXPECT_EQ(published->iim_class, c.by_published_cutoffs);
  EXPECT_EQ(published->class_by_other_rule, c.by_probability);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Classification,
    testing::Values(
        // 2.1 + 0.7 + 0.8 + 3.1 + 2.1 + 1.3 = 10.1 without biopsy.
        ClassCase{"adult_dm",
                  [] {
                    auto f = adult(45);
                    f.weakness_proximal_upper = f.weakness_proximal_lower = true;
                    f.heliotrope_rash = f.gottron_papules = f.enzymes_above_uln = true;
                    return f;
                  },
                  101, 0.99159093193403691, IimClass::definite, IimClass::definite, false,
                  IimSubclass::dm},
        // 2.1 + 3.1 + 0.7 + 0.7 + 0.9 = 7.5: 89.75 %, so probable; the published cut-off
        // 7.5 says definite.
        ClassCase{"score_7_5_without_biopsy",
                  [] {
                    auto f = adult(45);
                    f.heliotrope_rash = f.dysphagia_or_oesophageal_dysmotility = true;
                    f.weakness_proximal_upper = f.legs_proximal_weaker_than_distal = true;
                    return f;
                  },
                  75, 0.89752296655590269, IimClass::probable, IimClass::definite, false,
                  IimSubclass::dm},
        // 2.1 + 2.1 + 1.3 = 5.5: 54.2 %, possible; published 5.5 is probable. No weakness.
        ClassCase{"score_5_5_amyopathic",
                  [] {
                    auto f = adult(40);
                    f.gottron_papules = f.enzymes_above_uln = true;
                    return f;
                  },
                  55, 0.542397940774351, IimClass::possible, IimClass::probable, false,
                  IimSubclass::amyopathic_dm},
        // 1.3 + 2.1 + 1.9 = 5.3: 49.25 %, not IIM; published 5.3 is possible.
        ClassCase{"score_5_3",
                  [] {
                    auto f = adult(18);
                    f.gottron_papules = f.neck_flexors_weaker_than_extensors = true;
                    return f;
                  },
                  53, 0.49250056244937951, IimClass::not_iim, IimClass::possible, false,
                  std::nullopt},
        // No skin sign and no biopsy: 2.1 + 3.9 + 0.7 + 0.8 + 1.3 = 8.8 is not enough.
        ClassCase{"antisynthetase_without_biopsy",
                  [] {
                    auto f = adult(45);
                    f.anti_jo1 = f.weakness_proximal_upper = f.weakness_proximal_lower = true;
                    f.enzymes_above_uln = true;
                    return f;
                  },
                  88, 0.96982201851412408, IimClass::not_iim, IimClass::not_iim, true,
                  std::nullopt},
        // With an endomysial infiltrate: 2.2 + 3.8 + 0.7 + 0.5 + 1.4 + 1.7 = 10.3 -> PM.
        ClassCase{"antisynthetase_with_biopsy",
                  [] {
                    auto f = adult(45);
                    f.anti_jo1 = f.weakness_proximal_upper = f.weakness_proximal_lower = true;
                    f.enzymes_above_uln = true;
                    f.biopsy = BiopsyFindings{true, false, false, false};
                    return f;
                  },
                  103, 0.9783317336830395, IimClass::definite, IimClass::definite, false,
                  IimSubclass::pm},
        // A biopsy without any of the four features does not lift the requirement:
        // 2.2 + 3.8 + 0.7 + 0.5 + 1.4 = 8.6.
        ClassCase{"biopsy_without_features",
                  [] {
                    auto f = adult(45);
                    f.anti_jo1 = f.weakness_proximal_upper = f.weakness_proximal_lower = true;
                    f.enzymes_above_uln = true;
                    f.biopsy = BiopsyFindings{};
                    return f;
                  },
                  86, 0.89187133323799628, IimClass::not_iim, IimClass::not_iim, true,
                  std::nullopt},
        // Rimmed vacuoles: 2.2 + 3.1 + 0.7 + 1.4 = 7.4 with biopsy -> IBM.
        ClassCase{"ibm_by_rimmed_vacuoles",
                  [] {
                    auto f = adult(65);
                    f.weakness_proximal_upper = f.enzymes_above_uln = true;
                    f.biopsy = BiopsyFindings{false, false, false, true};
                    return f;
                  },
                  74, 0.71300016275228162, IimClass::probable, IimClass::probable, false,
                  IimSubclass::ibm},
        // Finger-flexor weakness unresponsive to treatment: IBM too (2.2 + 0.7 + 0.5 + 1.4 +
        // 1.7 + 1.2 = 7.7 with biopsy).
        ClassCase{"ibm_by_finger_flexors",
                  [] {
                    auto f = adult(70);
                    f.weakness_proximal_upper = f.weakness_proximal_lower = true;
                    f.enzymes_above_uln = f.finger_flexor_weakness = f.no_treatment_response = true;
                    f.biopsy = BiopsyFindings{true, true, false, false};
                    return f;
                  },
                  77, 0.7702989490466019, IimClass::probable, IimClass::probable, false,
                  IimSubclass::ibm},
        // Onset at 10 (no age points): 3.1 + 3.3 + 0.7 + 0.8 = 7.9 -> juvenile DM.
        ClassCase{"juvenile_dm",
                  [] {
                    auto f = adult(10);
                    f.heliotrope_rash = f.gottron_sign = true;
                    f.weakness_proximal_upper = f.weakness_proximal_lower = true;
                    return f;
                  },
                  79, 0.92890569591571293, IimClass::definite, IimClass::definite, false,
                  IimSubclass::juvenile_dm},
        ClassCase{"nothing", [] { return adult(0); }, 0, 0.0048207181161848507, IimClass::not_iim,
                  IimClass::not_iim, false, std::nullopt}),
    [](const testing::TestParamInfo<ClassCase>& case_info) {
      return std::string(case_info.param.name);
    });

struct AgeCase {
  double age;
  int tenths_without_biopsy;
  int tenths_with_biopsy;
};

class ClassificationAge : public testing::TestWithParam<AgeCase> {};

TEST_P(ClassificationAge, BoundsAt18And40) {
  const AgeCase& c = GetParam();
  ClassificationFindings findings = adult(c.age);
  EXPECT_EQ(classify_2017(findings)->score_tenths, c.tenths_without_biopsy) << c.age;
  findings.biopsy = BiopsyFindings{};
  EXPECT_EQ(classify_2017(findings)->score_tenths, c.tenths_with_biopsy) << c.age;
}

INSTANTIATE_TEST_SUITE_P(Table, ClassificationAge,
                         testing::Values(AgeCase{17.9, 0, 0}, AgeCase{18, 13, 15},
                                         AgeCase{39.9, 13, 15}, AgeCase{40, 21, 22},
                                         AgeCase{120, 21, 22}));

TEST(Classification, BadAgeNamesTheField) {
  auto result = classify_2017(adult(-1));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "age_at_onset_years: -1 is outside 0-120 years");
  result = classify_2017(adult(130.5));
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "age_at_onset_years: 130.5 is outside 0-120 years");
}

TEST(Classification, ListsTheItemsCounted) {
  ClassificationFindings findings = adult(45);
  findings.heliotrope_rash = true;
  const auto result = classify_2017(findings);
  EXPECT_EQ(result->items,
            (std::vector<std::string>{"age at onset >= 40 2.1", "heliotrope rash 3.1"}));
  EXPECT_DOUBLE_EQ(result->score(), 5.2);
  EXPECT_EQ(*parse_class_rule("published_score_cutoffs"), ClassRule::published_score_cutoffs);
}

}  // namespace
}  // namespace myoivig::domain
