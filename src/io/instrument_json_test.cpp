// The HAQ, MMT-8 and classification input documents: the fixtures read and scored, and bad
// documents refused with the JSON path named.
#include "io/instrument_json.hpp"

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "domain/mmt8.hpp"
#include "io/json_fields.hpp"

namespace myoivig::io {
namespace {

using nlohmann::json;

const std::filesystem::path k_data = std::filesystem::path(MYOIVIG_SOURCE_DIR) / "tests/data/score";

json fixture(const std::string& name) {
  auto document = read_json_file(k_data / name);
  EXPECT_TRUE(document) << document.error().message;
  return document ? *document : json();
}

TEST(InstrumentJson, HaqFixtureScoresElevenEighths) {
  const auto answers = read_haq_answers(fixture("haq.json"));
  ASSERT_TRUE(answers) << answers.error().message;
  // dressing 2 (help, already 2), arising 1, eating 1, walking 1 -> 2 (aids), hygiene 1,
  // reach 1, grip 1, activities 2: 11 / 8.
  const auto result = domain::score_haq_di(*answers);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->haq_di, domain::Rational::fraction(11, 8));
  EXPECT_TRUE(result->categories[3].raised_by_aids_or_help);
  EXPECT_FALSE(result->categories[0].raised_by_aids_or_help);
  EXPECT_FALSE(answers->categories[4].items[1]);  // null: unanswered
}

TEST(InstrumentJson, HaqAbsentCategoriesAreUnanswered) {
  const auto answers = read_haq_answers(fixture("haq-five-categories.json"));
  ASSERT_TRUE(answers) << answers.error().message;
  const auto result = domain::score_haq_di(*answers);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->answered, 5);
  EXPECT_FALSE(result->computed());
}

struct BadCase {
  const char* name;
  const char* document;
  const char* error;
};

class InstrumentJsonBad : public testing::TestWithParam<BadCase> {};

TEST_P(InstrumentJsonBad, NamesThePath) {
  const BadCase& c = GetParam();
  const json document = json::parse(c.document);
  std::string message;
  if (std::string(c.name).rfind("haq", 0) == 0) {
    message = read_haq_answers(document).error().message;
  } else if (std::string(c.name).rfind("mmt", 0) == 0) {
    message = read_mmt8_grades(document).error().message;
  } else {
    message = read_classify_document(document).error().message;
  }
  EXPECT_EQ(message, c.error);
}

INSTANTIATE_TEST_SUITE_P(
    Table, InstrumentJsonBad,
    testing::Values(
        BadCase{"haq_unknown_category", R"({"dresing": {"items": [1, 1]}})",
                "the document: unknown key 'dresing' (known: dressing, arising, eating, walking, "
                "hygiene, reach, grip, activities)"},
        BadCase{"haq_items_missing", R"({"grip": {"aids_or_devices": true}})",
                "grip.items: must be a list of item scores 0-3 (null if unanswered)"},
        BadCase{"haq_item_text", R"({"grip": {"items": [1, "2", 0]}})",
                "grip.items[1]: must be a number, got \"2\""},
        BadCase{"haq_help_text", R"({"grip": {"items": [1, 2, 0], "help": 1}})",
                "grip.help: must be true or false, got 1"},
        BadCase{"mmt_no_grades", R"({"grade": []})",
                "the document: unknown key 'grade' (known: grades)"},
        BadCase{"mmt_no_side", R"({"grades": [{"group": "deltoid", "grade": 9}]})",
                "grades[0].side: missing (R or L for deltoid)"},
        BadCase{"mmt_bad_side",
                R"({"grades": [{"group": "deltoid", "side": "right", "grade": 9}]})",
                "grades[0].side: must be one of R, L, axial, got 'right'"},
        BadCase{"mmt_grade_11", R"({"grades": [{"group": "neck_flexors", "grade": 11}]})",
                "grades[0].grade: 11 is outside 0-10 (Kendall scale)"},
        BadCase{"mmt_bad_status",
                R"({"grades": [{"group": "biceps", "side": "L", "status": "absent"}]})",
                "grades[0].status: must be one of tested, not_testable, missing, got 'absent'"},
        BadCase{"classify_no_age", R"({"heliotrope_rash": true})",
                "age_at_onset_years: missing (age at onset of the first symptom, in years)"},
        BadCase{"classify_flag_text", R"({"age_at_onset_years": 40, "gottron_sign": "yes"})",
                "gottron_sign: must be true or false, got \"yes\""},
        BadCase{"classify_biopsy_key",
                R"({"age_at_onset_years": 40, "biopsy": {"vacuoles": true}})",
                "biopsy: unknown key 'vacuoles' (known: endomysial_infiltrate, "
                "perimysial_or_perivascular_infiltrate, perifascicular_atrophy, rimmed_vacuoles, "
                "necrosis_or_regeneration)"},
        BadCase{"classify_rule", R"({"age_at_onset_years": 40, "class_rule": "score"})",
                "class_rule: must be one of probability, published_score_cutoffs, got 'score'"}),
    [](const testing::TestParamInfo<BadCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(InstrumentJson, Mmt8FixtureTotals) {
  const auto grades = read_mmt8_grades(fixture("mmt8.json"));
  ASSERT_TRUE(grades) << grades.error().message;
  EXPECT_EQ(grades->front().side, domain::Side::axial);  // neck flexors default
  const auto unilateral = domain::mmt8_unilateral(*grades);
  ASSERT_TRUE(unilateral);
  // 7 + 9 + 8 + 10 + 6 + 7 + 4 (left quadriceps for the right) + 10 = 61.
  EXPECT_EQ(unilateral->total, 61);
  EXPECT_EQ(unilateral->left_for_right, std::vector<std::string>{"quadriceps"});
  const auto bilateral = domain::mmt8_bilateral(*grades);
  ASSERT_TRUE(bilateral);
  EXPECT_FALSE(bilateral->computed());
  EXPECT_EQ(bilateral->not_testable, std::vector<std::string>{"quadriceps (R)"});
}

TEST(InstrumentJson, ClassifyFixturesAndBohanPeterMapping) {
  auto document = read_classify_document(fixture("classify-ibm.json"));
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->findings.age_at_onset_years, 65);
  ASSERT_TRUE(document->findings.biopsy);
  EXPECT_TRUE(document->findings.biopsy->rimmed_vacuoles);
  EXPECT_FALSE(document->findings.biopsy->endomysial_infiltrate);
  EXPECT_TRUE(document->bohan_peter.symmetric_proximal_weakness);
  EXPECT_TRUE(document->bohan_peter.raised_muscle_enzymes);
  EXPECT_TRUE(document->bohan_peter.myopathic_emg);
  EXPECT_TRUE(document->bohan_peter.biopsy_inflammation_necrosis_regeneration);
  EXPECT_FALSE(document->bohan_peter.typical_skin_rash);
  EXPECT_EQ(document->rule, domain::ClassRule::probability);

  document = read_classify_document(fixture("classify-dm.json"));
  ASSERT_TRUE(document);
  EXPECT_FALSE(document->findings.biopsy);
  EXPECT_TRUE(document->bohan_peter.typical_skin_rash);
  EXPECT_FALSE(document->bohan_peter.biopsy_inflammation_necrosis_regeneration);
}

}  // namespace
}  // namespace myoivig::io
