// MMT-8 totals: unilateral (right, left standing in for a right that cannot be tested) and
// bilateral (neck flexors once), no proration, and the validation of each grade record.
#include "domain/mmt8.hpp"

#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace myoivig::domain {
namespace {

MuscleGrade graded(std::string group, Side side, int grade) {
  return {"P1", 0, std::move(group), side, GradeStatus::tested, grade};
}

// Neck flexors 7; right sides 9, 8, 10, 6, 7, 5, 10 (sum 55); left sides one less each
// (sum 48). Unilateral 7 + 55 = 62; bilateral 7 + 55 + 48 = 110.
std::vector<MuscleGrade> full_set() {
  std::vector<MuscleGrade> grades{graded("neck_flexors", Side::axial, 7)};
  const std::vector<std::pair<std::string, int>> right{
      {"deltoid", 9},        {"biceps", 8},     {"wrist_extensors", 10},   {"gluteus_maximus", 6},
      {"gluteus_medius", 7}, {"quadriceps", 5}, {"ankle_dorsiflexors", 10}};
  for (const auto& [group, grade] : right) {
    grades.push_back(graded(group, Side::right, grade));
    grades.push_back(graded(group, Side::left, grade - 1));
  }
  return grades;
}

void set(std::vector<MuscleGrade>& grades, const std::string& group, Side side, GradeStatus status,
         std::optional<int> grade = std::nullopt) {
  for (MuscleGrade& record : grades) {
    if (record.muscle_group == group && record.side == side) {
      record.status = status;
      record.grade = grade;
    }
  }
}

void drop(std::vector<MuscleGrade>& grades, const std::string& group, Side side) {
  std::erase_if(grades,
                [&](const MuscleGrade& g) { return g.muscle_group == group && g.side == side; });
}

struct TotalCase {
  const char* name;
  std::function<void(std::vector<MuscleGrade>&)> change;
  std::optional<int> unilateral;
  std::vector<std::string> unilateral_missing;
  std::vector<std::string> unilateral_not_testable;
  std::vector<std::string> left_for_right;
  std::optional<int> bilateral;
  std::vector<std::string> bilateral_missing;
  std::vector<std::string> bilateral_not_testable;
};

class Mmt8Totals : public testing::TestWithParam<TotalCase> {};

TEST_P(Mmt8Totals, AreComputedOnlyWhenComplete) {
  const TotalCase& c = GetParam();
  std::vector<MuscleGrade> grades = full_set();
  c.change(grades);
  const auto unilateral = mmt8_unilateral(grades);
  ASSERT_TRUE(unilateral) << unilateral.error().message;
  EXPECT_EQ(unilateral->maximum, 80);
  EXPECT_EQ(unilateral->total, c.unilateral);
  EXPECT_EQ(unilateral->computed(), c.unilateral.has_value());
  EXPECT_EQ(unilateral->missing, c.unilateral_missing);
  EXPECT_EQ(unilateral->not_testable, c.unilateral_not_testable);
  EXPECT_EQ(unilateral->left_for_right, c.left_for_right);
  const auto bilateral = mmt8_bilateral(grades);
  ASSERT_TRUE(bilateral) << bilateral.error().message;
  EXPECT_EQ(bilateral->maximum, 150);
  EXPECT_EQ(bilateral->total, c.bilateral);
  EXPECT_EQ(bilateral->missing, c.bilateral_missing);
  EXPECT_EQ(bilateral->not_testable, c.bilateral_not_testable);
  EXPECT_TRUE(bilateral->left_for_right.empty());
}

using Names = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    Table, Mmt8Totals,
    testing::Values(
        TotalCase{"complete", [](auto&) {}, 62, {}, {}, {}, 110, {}, {}},
        TotalCase{"all_ten",
                  [](auto& g) {
                    for (MuscleGrade& record : g) record.grade = 10;
                  },
                  80,
                  {},
                  {},
                  {},
                  150,
                  {},
                  {}},
        TotalCase{"all_zero",
                  [](auto& g) {
                    for (MuscleGrade& record : g) record.grade = 0;
                  },
                  0,
                  {},
                  {},
                  {},
                  0,
                  {},
                  {}},
        // Right quadriceps (5) not testable: the left (4) stands in: 62 - 5 + 4 = 61.
        TotalCase{"right_not_testable_left_stands_in",
                  [](auto& g) { set(g, "quadriceps", Side::right, GradeStatus::not_testable); },
                  61,
                  {},
                  {},
                  Names{"quadriceps"},
                  std::nullopt,
                  {},
                  Names{"quadriceps (R)"}},
        TotalCase{"right_missing_left_does_not_stand_in",
                  [](auto& g) { set(g, "deltoid", Side::right, GradeStatus::missing); },
                  std::nullopt,
                  Names{"deltoid (R)"},
                  {},
                  {},
                  std::nullopt,
                  Names{"deltoid (R)"},
                  {}},
        TotalCase{"right_absent_is_missing",
                  [](auto& g) { drop(g, "biceps", Side::right); },
                  std::nullopt,
                  Names{"biceps (R)"},
                  {},
                  {},
                  std::nullopt,
                  Names{"biceps (R)"},
                  {}},
        TotalCase{"left_only_missing_unilateral_still_computed",
                  [](auto& g) { drop(g, "biceps", Side::left); },
                  62,
                  {},
                  {},
                  {},
                  std::nullopt,
                  Names{"biceps (L)"},
                  {}},
        TotalCase{"both_sides_not_testable",
                  [](auto& g) {
                    set(g, "gluteus_medius", Side::right, GradeStatus::not_testable);
                    set(g, "gluteus_medius", Side::left, GradeStatus::not_testable);
                  },
                  std::nullopt,
                  {},
                  Names{"gluteus_medius (R, L)"},
                  {},
                  std::nullopt,
                  {},
                  Names{"gluteus_medius (R)", "gluteus_medius (L)"}},
        TotalCase{"right_not_testable_left_missing",
                  [](auto& g) {
                    set(g, "wrist_extensors", Side::right, GradeStatus::not_testable);
                    drop(g, "wrist_extensors", Side::left);
                  },
                  std::nullopt,
                  Names{"wrist_extensors (L)"},
                  {},
                  {},
                  std::nullopt,
                  Names{"wrist_extensors (L)"},
                  Names{"wrist_extensors (R)"}},
        TotalCase{"neck_flexors_not_testable",
                  [](auto& g) { set(g, "neck_flexors", Side::axial, GradeStatus::not_testable); },
                  std::nullopt,
                  {},
                  Names{"neck_flexors"},
                  {},
                  std::nullopt,
                  {},
                  Names{"neck_flexors"}},
        TotalCase{"nothing_graded",
                  [](auto& g) { g.clear(); },
                  std::nullopt,
                  Names{"neck_flexors", "deltoid (R)", "biceps (R)", "wrist_extensors (R)",
                        "gluteus_maximus (R)", "gluteus_medius (R)", "quadriceps (R)",
                        "ankle_dorsiflexors (R)"},
                  {},
                  {},
                  std::nullopt,
                  Names{"neck_flexors", "deltoid (R)", "deltoid (L)", "biceps (R)", "biceps (L)",
                        "wrist_extensors (R)", "wrist_extensors (L)", "gluteus_maximus (R)",
                        "gluteus_maximus (L)", "gluteus_medius (R)", "gluteus_medius (L)",
                        "quadriceps (R)", "quadriceps (L)", "ankle_dorsiflexors (R)",
                        "ankle_dorsiflexors (L)"},
                  {}}),
    [](const testing::TestParamInfo<TotalCase>& case_info) {
      return std::string(case_info.param.name);
    });

struct InvalidCase {
  const char* name;
  std::function<void(std::vector<MuscleGrade>&)> change;
  const char* error;
};

class Mmt8Invalid : public testing::TestWithParam<InvalidCase> {};

TEST_P(Mmt8Invalid, NamesTheRecord) {
  const InvalidCase& c = GetParam();
  std::vector<MuscleGrade> grades = full_set();
  c.change(grades);
  const auto total = mmt8_bilateral(grades);
  ASSERT_FALSE(total);
  EXPECT_EQ(total.error().message, c.error);
  EXPECT_FALSE(mmt8_unilateral(grades));
}

INSTANTIATE_TEST_SUITE_P(
    Table, Mmt8Invalid,
    testing::Values(
        InvalidCase{"grade_11", [](auto& g) { g[3].grade = 11; },
                    "grades[3].grade: 11 is outside 0-10 (Kendall scale)"},
        InvalidCase{"grade_negative", [](auto& g) { g[0].grade = -1; },
                    "grades[0].grade: -1 is outside 0-10 (Kendall scale)"},
        InvalidCase{"tested_without_grade", [](auto& g) { g[1].grade.reset(); },
                    "grades[1].grade: missing for a tested group (0-10 Kendall scale)"},
        InvalidCase{"grade_with_not_testable",
                    [](auto& g) { g[2].status = GradeStatus::not_testable; },
                    "grades[2].grade: 8 given for a group whose status is not_testable (a grade "
                    "goes with status tested)"},
        InvalidCase{"unknown_group", [](auto& g) { g[1].muscle_group = "triceps"; },
                    "grades[1].group: must be one of neck_flexors, deltoid, biceps, "
                    "wrist_extensors, gluteus_maximus, gluteus_medius, quadriceps, "
                    "ankle_dorsiflexors, got 'triceps'"},
        InvalidCase{"neck_on_a_side", [](auto& g) { g[0].side = Side::right; },
                    "grades[0].side: R for neck_flexors must be axial (neck flexors are scored "
                    "once)"},
        InvalidCase{"limb_axial", [](auto& g) { g[1].side = Side::axial; },
                    "grades[1].side: axial for deltoid must be R or L (only neck flexors are "
                    "axial)"},
        InvalidCase{"graded_twice", [](auto& g) { g.push_back(g[1]); },
                    "grades[15]: deltoid (R) is graded twice (also grades[1])"}),
    [](const testing::TestParamInfo<InvalidCase>& case_info) {
      return std::string(case_info.param.name);
    });

TEST(Mmt8, GroupTablesAgree) {
  for (Mmt8Group group : k_mmt8_groups) {
    EXPECT_EQ(*parse_mmt8_group(code(group)), group);
    EXPECT_FALSE(label(group).empty());
  }
  EXPECT_EQ(label(Mmt8Group::deltoid), "deltoid (middle)");
}

}  // namespace
}  // namespace myoivig::domain
