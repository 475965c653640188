// Confirmed deterioration: each of the three criteria exactly on its bound and just
// short of it, confirmation at two consecutive visits, criteria without data, bad input.
#include "domain/confirmed_deterioration.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

Rational decimal(const char* text) {
  return *Rational::parse_decimal(text, 6);
}

struct Values {
  const char* physician;
  const char* patient;
  int mmt;
  const char* haq;
  const char* extramuscular;
};

CoreSet core_set(const Values& v) {
  CoreSet set;
  set.physician_global_cm = decimal(v.physician);
  set.patient_global_cm = decimal(v.patient);
  set.mmt = v.mmt;
  set.haq = decimal(v.haq);
  set.enzymes = {{"CK", 1000, 200}};
  set.extramuscular_cm = decimal(v.extramuscular);
  return set;
}

constexpr Values k_baseline{"4", "4", 100, "1", "2"};
constexpr int k_mmt_max = 150;

struct VisitCase {
  const char* name;
  Values visit;
  bool deteriorated;
  std::vector<std::string> reasons;
};

class Deterioration : public testing::TestWithParam<VisitCase> {};

TEST_P(Deterioration, AtOneVisit) {
  const VisitCase& c = GetParam();
  const DeteriorationCheck check =
      check_deterioration(core_set(k_baseline), {4, core_set(c.visit)}, k_mmt_max);
  EXPECT_EQ(check.week, 4);
  EXPECT_EQ(check.deteriorated, c.deteriorated);
  EXPECT_EQ(check.reasons, c.reasons);
  EXPECT_TRUE(check.not_evaluable.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, Deterioration,
    testing::Values(
        VisitCase{"unchanged", k_baseline, false, {}},
        // Criterion 1: physician +2 cm and MMT 100 -> 80 (20 %), both exactly on the bound.
        VisitCase{"physician_2_cm_and_mmt_20_percent",
                  {"6", "4", 80, "1", "2"},
                  true,
                  {"physician global worse by 2 cm and MMT worse by 20 %"}},
        VisitCase{"mmt_19_percent", {"6", "4", 81, "1", "2"}, false, {}},
        VisitCase{"physician_1_99_cm", {"5.99", "4", 80, "1", "2"}, false, {}},
        // Criterion 2: extramuscular +2 cm exactly.
        VisitCase{"extramuscular_2_cm",
                  {"4", "4", 100, "1", "4"},
                  true,
                  {"extramuscular global worse by 2 cm"}},
        VisitCase{"extramuscular_1_99_cm", {"4", "4", 100, "1", "3.99"}, false, {}},
        // Criterion 3: physician, patient and HAQ each exactly 30 % worse.
        VisitCase{"three_measures_30_percent",
                  {"5.2", "5.2", 100, "1.3", "2"},
                  true,
                  {"3 of 5 measures worse by >= 30 %: physician_global 30 %, patient_global 30 "
                   "%, haq 30 %"}},
        VisitCase{"third_measure_29_percent", {"5.2", "5.2", 100, "1.29", "2"}, false, {}},
        // MMT 100 -> 70 is 30 % worse and counts among the five.
        VisitCase{"mmt_among_the_five",
                  {"5.2", "4", 70, "1.3", "2"},
                  true,
                  {"3 of 5 measures worse by >= 30 %: physician_global 30 %, mmt 30 %, haq 30 %"}},
        VisitCase{"all_three_criteria",
                  {"6", "5.2", 70, "1", "4"},
                  true,
                  {"physician global worse by 2 cm and MMT worse by 30 %",
                   "extramuscular global worse by 2 cm",
                   "4 of 5 measures worse by >= 30 %: physician_global 50 %, patient_global 30 %, "
                   "mmt 30 %, extramuscular 100 %"}}),
    [](const testing::TestParamInfo<VisitCase>& case_info) {
      return std::string(case_info.param.name);
    });

constexpr Values k_worse{"4", "4", 100, "1", "4"};  // extramuscular +2 cm

struct SeriesCase {
  const char* name;
  std::vector<Values> visits;
  bool confirmed;
  std::optional<int> onset_week;
  std::optional<int> confirmed_week;
};

class Confirmation : public testing::TestWithParam<SeriesCase> {};

TEST_P(Confirmation, NeedsTwoConsecutiveVisits) {
  const SeriesCase& c = GetParam();
  std::vector<VisitCoreSet> visits;
  for (std::size_t i = 0; i < c.visits.size(); ++i) {
    visits.push_back({4 * static_cast<int>(i + 1), core_set(c.visits[i])});
  }
  const auto result = confirmed_deterioration(core_set(k_baseline), visits, k_mmt_max);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->confirmed, c.confirmed);
  EXPECT_EQ(result->onset_week, c.onset_week);
  EXPECT_EQ(result->confirmed_week, c.confirmed_week);
  EXPECT_EQ(result->visits.size(), c.visits.size());
}

INSTANTIATE_TEST_SUITE_P(
    Table, Confirmation,
    testing::Values(
        SeriesCase{"none", {k_baseline, k_baseline}, false, std::nullopt, std::nullopt},
        SeriesCase{"single_visit", {k_worse}, false, std::nullopt, std::nullopt},
        SeriesCase{"two_consecutive", {k_baseline, k_worse, k_worse}, true, 8, 12},
        SeriesCase{
            "not_consecutive", {k_worse, k_baseline, k_worse}, false, std::nullopt, std::nullopt},
        SeriesCase{"first_pair_counts", {k_worse, k_worse, k_worse, k_baseline}, true, 4, 8}),
    [](const testing::TestParamInfo<SeriesCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(Deterioration, CriteriaWithoutDataAreNotEvaluable) {
  CoreSet visit = core_set({"4", "4", 70, "1", "2"});  // MMT 30 % worse
  visit.physician_global_cm.reset();
  visit.extramuscular_cm.reset();
  const DeteriorationCheck check = check_deterioration(core_set(k_baseline), {4, visit}, k_mmt_max);
  EXPECT_FALSE(check.deteriorated);
  EXPECT_EQ(check.not_evaluable,
            (std::vector<std::string>{"physician global >= 2 cm and MMT >= 20 % worse",
                                      "extramuscular global >= 2 cm worse",
                                      "3 of 5 measures >= 30 % worse"}));
}

TEST(Deterioration, BadInputNamesTheVisit) {
  std::vector<VisitCoreSet> visits{{4, core_set(k_baseline)}, {4, core_set(k_baseline)}};
  auto result = confirmed_deterioration(core_set(k_baseline), visits, k_mmt_max);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message,
            "visits[1].week: 4 is not after week 4 (visits must be in week order)");
  visits[1].week = 8;
  visits[1].measures.physician_global_cm = 12;
  result = confirmed_deterioration(core_set(k_baseline), visits, k_mmt_max);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message, "visits[1].physician_global: 12 cm is outside 0-10 cm");
}

}  // namespace
}  // namespace myoivig::domain
