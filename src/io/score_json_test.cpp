// The calculators' JSON output: the fields in its order, values from the domain
// results (case A and hand-scored instruments), null for what does not exist.
#include "io/score_json.hpp"

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/core_set_json.hpp"
#include "io/json_fields.hpp"

namespace myoivig::io {
namespace {

using nlohmann::ordered_json;

const std::filesystem::path k_data = std::filesystem::path(MYOIVIG_SOURCE_DIR) / "tests/data/score";

ResponseDocument case_document(const std::string& name) {
  auto json_document = read_json_file(k_data / name);
  EXPECT_TRUE(json_document);
  auto document = read_response_document(*json_document);
  EXPECT_TRUE(document) << document.error().message;
  return *document;
}

// The first `count` keys of an object, in order.
std::vector<std::string> first_keys(const ordered_json& object, std::size_t count) {
  std::vector<std::string> names;
  for (const auto& [key, unused] : object.items()) {
    if (names.size() < count) names.push_back(key);
  }
  return names;
}

TEST(ScoreJson, TisCaseA) {
  const ResponseDocument document = case_document("tis-case-a.json");
  const auto score = domain::total_improvement_score(document.input, document.tis_settings);
  ASSERT_TRUE(score);
  const ordered_json out = tis_json(*score, document.tis_settings);
  EXPECT_EQ(first_keys(out, 7),
            (std::vector<std::string>{"tis", "category", "points", "percent_change", "computable",
                                      "missing", "partial"}));
  EXPECT_EQ(out["tis"], 55);
  EXPECT_EQ(out["category"], "moderate");
  EXPECT_EQ(out["points"]["physician_global"], 15);
  EXPECT_EQ(out["points"]["patient_global"], 5);
  EXPECT_EQ(out["points"]["mmt"], 10);
  EXPECT_EQ(out["points"]["haq"], 5);
  EXPECT_EQ(out["points"]["enzymes"], 7.5);
  EXPECT_EQ(out["points"]["extramuscular"], 12.5);
  EXPECT_EQ(out["percent_change"]["physician_global"], 20);
  EXPECT_EQ(out["percent_change"]["haq"], 12.5);
  EXPECT_EQ(out["percent_change"]["enzymes"], 50);
  EXPECT_EQ(out["computable"], true);
  EXPECT_EQ(out["missing"], ordered_json::array());
  EXPECT_EQ(out["partial"], false);
  EXPECT_EQ(out["population"], "adult");
  EXPECT_EQ(out["thresholds"]["moderate"], 40);
  EXPECT_EQ(out["enzyme"], "CK");
  EXPECT_EQ(out["percent_change_rules"]["enzymes"], "relative_to_baseline");
  EXPECT_EQ(out["percent_change_rules"]["mmt"], "absolute_over_range");
}

TEST(ScoreJson, TisNotComputableIsNull) {
  const ResponseDocument document = case_document("tis-missing-haq.json");
  const auto score = domain::total_improvement_score(document.input, document.tis_settings);
  ASSERT_TRUE(score);
  const ordered_json out = tis_json(*score, document.tis_settings);
  EXPECT_TRUE(out["tis"].is_null());
  EXPECT_TRUE(out["category"].is_null());
  EXPECT_EQ(out["computable"], false);
  EXPECT_EQ(out["missing"], ordered_json::array({"haq"}));
  EXPECT_TRUE(out["percent_change"]["haq"].is_null());
  EXPECT_EQ(out["points"]["haq"], 0);
  EXPECT_EQ(out["notes"]["haq"], "missing at follow-up");
}

TEST(ScoreJson, DoiCaseA) {
  const ResponseDocument document = case_document("tis-case-a.json");
  const auto doi = domain::imacs_improvement(document.input);
  ASSERT_TRUE(doi);
  const ordered_json out = doi_json(*doi, {});
  EXPECT_EQ(first_keys(out, 3),
            (std::vector<std::string>{"improved", "improved_measures", "worsened_measures"}));
  EXPECT_EQ(out["improved"], true);
  EXPECT_EQ(out["improved_measures"], ordered_json::array({"physician_global", "patient_global",
                                                           "haq", "enzymes", "extramuscular"}));
  EXPECT_EQ(out["worsened_measures"], ordered_json::array());
  EXPECT_EQ(out["percent_change"]["haq"], 25);
  EXPECT_NEAR(out["percent_change"]["physician_global"].get<double>(), 100.0 / 3.0, 1e-12);
  EXPECT_EQ(out["percent_change_rule"], "relative_to_baseline");
}

TEST(ScoreJson, Classification) {
  domain::ClassificationFindings findings;
  findings.age_at_onset_years = 45;
  findings.heliotrope_rash = findings.weakness_proximal_upper = true;
  const auto result = domain::classify_2017(findings);
  ASSERT_TRUE(result);
  const ordered_json out =
      classification_json(*result, domain::bohan_peter({true, false, false, false, true}));
  EXPECT_EQ(first_keys(out, 4),
            (std::vector<std::string>{"score", "probability", "class", "subclass"}));
  EXPECT_EQ(out["score"], 5.9);                                               // 2.1 + 3.1 + 0.7
  EXPECT_NEAR(out["probability"].get<double>(), 0.63876317514884196, 1e-15);  // R
  EXPECT_EQ(out["class"], "probable");
  EXPECT_EQ(out["subclass"], "dm");
  EXPECT_EQ(out["bohan_peter"]["diagnosis"], "dm");
  EXPECT_EQ(out["bohan_peter"]["certainty"], "possible");
}

TEST(ScoreJson, HaqAndMmt8) {
  domain::HaqResult haq;
  haq.answered = 7;
  haq.haq_di = domain::Rational::fraction(10, 7);
  ordered_json out = haq_json(haq);
  EXPECT_NEAR(out["haq_di"].get<double>(), 10.0 / 7.0, 1e-15);
  EXPECT_EQ(out["haq_di_exact"], "10/7");
  EXPECT_EQ(out["computed"], true);
  EXPECT_TRUE(out["categories"]["dressing"]["score"].is_null());

  domain::Mmt8Total unilateral{61, 80, {}, {}, {"quadriceps"}};
  domain::Mmt8Total bilateral{std::nullopt, 150, {}, {"quadriceps (R)"}, {}};
  out = mmt8_json(unilateral, bilateral);
  EXPECT_EQ(out["unilateral"]["total"], 61);
  EXPECT_EQ(out["unilateral"]["left_for_right"], ordered_json::array({"quadriceps"}));
  EXPECT_TRUE(out["bilateral"]["total"].is_null());
  EXPECT_EQ(out["bilateral"]["computed"], false);
  EXPECT_EQ(out["bilateral"]["not_testable"], ordered_json::array({"quadriceps (R)"}));
}

}  // namespace
}  // namespace myoivig::io
