// The labels /api/v1/study gives the UI from the domain's own tables: the MMT-8 muscle
// groups with their sides and maxima, the measures, the Bohan and Peter criteria, the
// steroid resistance rule and the labels of sex and diagnosis codes.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "server/server_test_support.hpp"

namespace myoivig::server {
namespace {

using testing::ServerTest;
using StudyLabelsApiTest = ServerTest;

using TrialStudyLabelsApiTest = testing::TrialServerTest;

// The rule of the patient page's eligibility report with `id`.
nlohmann::json rule(const nlohmann::json& page, const std::string& id) {
  for (const auto& r : page["eligibility"]["rules"]) {
    if (r["id"] == id) return r;
  }
  return nullptr;
}

TEST_F(StudyLabelsApiTest, TheMmt8GroupsHaveTheirSidesAndMaxima) {
  const testing::Response study = signed_in("ivy").get("/api/v1/study");
  ASSERT_EQ(study.status, 200) << study.body;
  const nlohmann::json& mmt8 = study.json["mmt8"];
  const struct {
    const char* code;
    const char* label;
    std::vector<std::string> sides;
  } expected[] = {
      {"neck_flexors", "neck flexors", {"axial"}},
      {"deltoid", "deltoid (middle)", {"R", "L"}},
      {"biceps", "biceps brachii", {"R", "L"}},
      {"wrist_extensors", "wrist extensors", {"R", "L"}},
      {"gluteus_maximus", "gluteus maximus", {"R", "L"}},
      {"gluteus_medius", "gluteus medius", {"R", "L"}},
      {"quadriceps", "quadriceps", {"R", "L"}},
      {"ankle_dorsiflexors", "ankle dorsiflexors", {"R", "L"}},
  };
  ASSERT_EQ(mmt8["groups"].size(), 8u) << mmt8.dump();
  int unilateral = 0;
  int bilateral = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    const nlohmann::json& group = mmt8["groups"][i];
    EXPECT_EQ(group["code"], expected[i].code);
    EXPECT_EQ(group["label"], expected[i].label);
    EXPECT_EQ(group["sides"].get<std::vector<std::string>>(), expected[i].sides);
    EXPECT_EQ(group["max"], 10) << expected[i].code;  // Kendall 0-10
    unilateral += group["max"].get<int>();
    bilateral += group["max"].get<int>() * static_cast<int>(group["sides"].size());
  }
  // 8 groups of 10 once; neck flexors once and 7 groups on both sides: 10 + 7 x 2 x 10.
  EXPECT_EQ(mmt8["unilateral_max"], 80);
  EXPECT_EQ(unilateral, 80);
  EXPECT_EQ(mmt8["bilateral_max"], 150);
  EXPECT_EQ(bilateral, 150);
}

TEST_F(StudyLabelsApiTest, EveryMeasureHasItsFieldLabelAndUnit) {
  const testing::Response study = signed_in("mona").get("/api/v1/study");
  const nlohmann::json& measures = study.json["measures"];
  ASSERT_EQ(measures.size(), 11u) << measures.dump();
  const struct {
    const char* measure;
    const char* field;
    const char* label;
    const char* unit;
  } cases[] = {
      {"mmt", "mmt", "MMT score", "points"},
      {"ck", "ck_iu_per_l", "CK", "IU/l"},
      {"vas_fatigue", "fatigue_vas_cm", "Fatigue VAS", "cm"},
      {"vas_pain", "pain_vas_cm", "Muscle pain VAS", "cm"},
      {"mmt8", "mmt8", "MMT-8", "points"},
      {"extramuscular_activity", "extramuscular_vas_cm", "Extramuscular activity", "cm"},
      {"haq", "haq_di", "HAQ-DI", "score"},
  };
  for (const auto& c : cases) {
    const auto found = std::find_if(measures.begin(), measures.end(), [&](const nlohmann::json& m) {
      return m["measure"] == c.measure;
    });
    ASSERT_NE(found, measures.end()) << c.measure;
    EXPECT_EQ((*found)["field"], c.field);
    EXPECT_EQ((*found)["label"], c.label);
    EXPECT_EQ((*found)["unit"], c.unit);
  }
}

TEST_F(StudyLabelsApiTest, TheSteroidResistanceRuleIsLabelledAsTheEligibilityReportNamesIt) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json eligibility = ivy.get("/api/v1/study").json["eligibility"];
  const nlohmann::json& rule_json = eligibility["steroid_resistance"];
  ASSERT_TRUE(rule_json.is_object()) << eligibility.dump();
  EXPECT_EQ(rule_json["label"],
            "Steroid-resistant: no MMT improvement despite prednisolone > 50 mg/day for > 4 weeks");
  EXPECT_EQ(rule_json["prednisolone_above_mg_per_day"], 50);
  EXPECT_EQ(rule_json["duration_above_weeks"], 4);
  EXPECT_EQ(rule_json["mmt_improvement_min_points"], 1);
  EXPECT_EQ(rule(ivy.get("/api/v1/patients/SEED-01").json, "steroid_resistance")["label"],
            rule_json["label"]);
  EXPECT_EQ(eligibility["bohan_peter"], nullptr);
  EXPECT_EQ(eligibility["bohan_peter_criteria"], nlohmann::json::array());
  EXPECT_EQ(eligibility["exclusions"][5]["label"], "IVIG within 6 weeks before enrolment");
  EXPECT_EQ(eligibility["exclusions"][5]["within_weeks"], 6);
}

TEST_F(StudyLabelsApiTest, SexAndDiagnosisCodesHaveLabels) {
  const nlohmann::json study = signed_in("stan").get("/api/v1/study").json;
  EXPECT_EQ(study["code_labels"]["sex"], nlohmann::json({{"M", "male"}, {"F", "female"}}));
  EXPECT_EQ(study["code_labels"]["diagnosis"],
            nlohmann::json({{"PM", "polymyositis"}, {"DM", "dermatomyositis"}}));
  EXPECT_EQ(study["codes"]["sex"], nlohmann::json({"M", "F"}));
}

TEST_F(TrialStudyLabelsApiTest, TheBohanAndPeterCriteriaComeWithTheirLabels) {
  testing::ApiClient ivy = signed_in("ivy");
  const nlohmann::json eligibility = ivy.get("/api/v1/study").json["eligibility"];
  EXPECT_EQ(eligibility["bohan_peter"], "probable");
  EXPECT_EQ(eligibility["steroid_resistance"], nullptr);
  const nlohmann::json expected = nlohmann::json::array({
      {{"code", "bohan_peter_weakness"}, {"label", "symmetric proximal weakness"}},
      {{"code", "bohan_peter_enzymes"}, {"label", "raised muscle enzymes"}},
      {{"code", "bohan_peter_emg"}, {"label", "myopathic EMG"}},
      {{"code", "bohan_peter_biopsy"},
       {"label", "biopsy with inflammation, necrosis or regeneration"}},
      {{"code", "bohan_peter_rash"}, {"label", "typical skin rash"}},
  });
  EXPECT_EQ(eligibility["bohan_peter_criteria"], expected);
  // The eligibility report's facts use the same words.
  const nlohmann::json bohan = rule(ivy.get("/api/v1/patients/RCT-001").json, "bohan_peter");
  ASSERT_TRUE(bohan.is_object());
  EXPECT_NE(bohan["facts"].get<std::string>().find("symmetric proximal weakness present"),
            std::string::npos)
      << bohan.dump();
}

}  // namespace
}  // namespace myoivig::server
