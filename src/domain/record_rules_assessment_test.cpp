// Record rules of the follow-up records: Visit (a week of the protocol's schedule),
// Assessment (instrument ranges, the physician's global change) and MuscleGrade.
#include <string>

#include <gtest/gtest.h>

#include "domain/record_rules.hpp"
#include "domain/record_rules_test_support.hpp"
#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::domain {
namespace {

using testing::case_name;
using testing::date;
using testing::expect_rule;
using testing::k_pseudonym_rule;
using testing::RuleCase;
using testing::seed;

// --- Visit -----------------------------------------------------------------------------------

using VisitCase = RuleCase<Visit>;
class VisitRules : public ::testing::TestWithParam<VisitCase> {};

TEST_P(VisitRules, NameFieldAndValue) {
  expect_rule(GetParam(), Visit{"SEED-01", 12, date("2001-06-01")},
              [](const Visit& v) { return validate_record(v, seed()); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, VisitRules,
    ::testing::Values(VisitCase{"week_12", [](Visit&) {}, ""},
                      VisitCase{"screening", [](Visit& v) { v.week = -4; }, ""},
                      VisitCase{"week_6", [](Visit& v) { v.week = 6; },
                                "week: 6 is not a visit of the protocol's schedule"},
                      VisitCase{"week_minus_3", [](Visit& v) { v.week = -3; },
                                "week: -3 is not a visit of the protocol's schedule"},
                      VisitCase{"bad_patient_id", [](Visit& v) { v.patient_id = ""; },
                                "patient_id: '" + k_pseudonym_rule}),
    case_name<Visit>);

// --- Assessment ----------------------------------------------------------------------------

Assessment valid_assessment() {
  Assessment assessment;
  assessment.patient_id = "SEED-01";
  assessment.week = 12;
  assessment.mmt_score = 83;
  assessment.adl_score = 43;
  assessment.ck_iu_per_l = 512;
  assessment.ck_uln_iu_per_l = 200;
  assessment.fatigue_vas_mm = 9;
  assessment.pain_vas_mm = 10;
  assessment.physician_global = PhysicianGlobal::improved;
  assessment.weight_kg = 64.2;
  return assessment;
}

using AssessmentCase = RuleCase<Assessment>;
class AssessmentRules : public ::testing::TestWithParam<AssessmentCase> {};

TEST_P(AssessmentRules, NameFieldAndValue) {
  expect_rule(GetParam(), valid_assessment(),
              [](const Assessment& a) { return validate_record(a, seed()); });
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, AssessmentRules,
    ::testing::Values(
        AssessmentCase{"valid", [](Assessment&) {}, ""},
        AssessmentCase{"all_missing",
                       [](Assessment& a) {
                         a = Assessment{};
                         a.patient_id = "SEED-01";
                         a.week = 2;
                       },
                       ""},
        AssessmentCase{"mmt_0", [](Assessment& a) { a.mmt_score = 0; }, ""},
        AssessmentCase{"mmt_130", [](Assessment& a) { a.mmt_score = 130; }, ""},
        AssessmentCase{"mmt_131", [](Assessment& a) { a.mmt_score = 131; },
                       "mmt: 131 is above the maximum 130 (instruments.mmt)"},
        AssessmentCase{"mmt_minus_1", [](Assessment& a) { a.mmt_score = -1; },
                       "mmt: -1 is below the minimum 0 (instruments.mmt)"},
        AssessmentCase{"adl_100", [](Assessment& a) { a.adl_score = 100; }, ""},
        AssessmentCase{"adl_101", [](Assessment& a) { a.adl_score = 101; },
                       "adl: 101 is above the maximum 100 (instruments.adl)"},
        AssessmentCase{"adl_minus_1", [](Assessment& a) { a.adl_score = -1; },
                       "adl: -1 is below the minimum 0 (instruments.adl)"},
        AssessmentCase{"ck_100000", [](Assessment& a) { a.ck_iu_per_l = 100000; }, ""},
        AssessmentCase{"ck_100001", [](Assessment& a) { a.ck_iu_per_l = 100001; },
                       "ck_iu_per_l: 100001 is above the maximum 100000 (instruments.ck)"},
        AssessmentCase{"ck_minus_1", [](Assessment& a) { a.ck_iu_per_l = -1; },
                       "ck_iu_per_l: -1 is below the minimum 0 (instruments.ck)"},
        AssessmentCase{"ck_uln_1", [](Assessment& a) { a.ck_uln_iu_per_l = 1; }, ""},
        AssessmentCase{"ck_uln_0", [](Assessment& a) { a.ck_uln_iu_per_l = 0; },
                       "ck_uln_iu_per_l: 0 must be above 0"},
        // VAS is stored in mm and checked in cm: 100 mm = 10 cm is the maximum.
        AssessmentCase{"fatigue_0_mm", [](Assessment& a) { a.fatigue_vas_mm = 0; }, ""},
        AssessmentCase{"fatigue_100_mm", [](Assessment& a) { a.fatigue_vas_mm = 100; }, ""},
        AssessmentCase{"fatigue_101_mm", [](Assessment& a) { a.fatigue_vas_mm = 101; },
                       "fatigue_vas_cm: 10.1 is above the maximum 10 (instruments.vas_fatigue)"},
        AssessmentCase{"fatigue_minus_1_mm", [](Assessment& a) { a.fatigue_vas_mm = -1; },
                       "fatigue_vas_cm: -0.1 is below the minimum 0 (instruments.vas_fatigue)"},
        AssessmentCase{"pain_100_mm", [](Assessment& a) { a.pain_vas_mm = 100; }, ""},
        AssessmentCase{"pain_101_mm", [](Assessment& a) { a.pain_vas_mm = 101; },
                       "pain_vas_cm: 10.1 is above the maximum 10 (instruments.vas_pain)"},
        AssessmentCase{"weight_20", [](Assessment& a) { a.weight_kg = 20; }, ""},
        AssessmentCase{"weight_250", [](Assessment& a) { a.weight_kg = 250; }, ""},
        AssessmentCase{"weight_19_9", [](Assessment& a) { a.weight_kg = 19.9; },
                       "weight_kg: 19.9 is below the minimum 20 (instruments.weight)"},
        AssessmentCase{"weight_250_5", [](Assessment& a) { a.weight_kg = 250.5; },
                       "weight_kg: 250.5 is above the maximum 250 (instruments.weight)"},
        AssessmentCase{"bad_patient_id", [](Assessment& a) { a.patient_id = "SEED 01"; },
                       "patient_id: 'SEED 01" + k_pseudonym_rule}),
    case_name<Assessment>);

INSTANTIATE_TEST_SUITE_P(
    GlobalAssessment, AssessmentRules,
    ::testing::Values(
        AssessmentCase{"at_week_2", [](Assessment& a) { a.week = 2; }, ""},
        AssessmentCase{"at_baseline", [](Assessment& a) { a.week = 0; },
                       "physician_global: is a change since baseline and must be empty at week 0"},
        AssessmentCase{"at_screening", [](Assessment& a) { a.week = -4; },
                       "physician_global: is a change since baseline and must be empty at week -4"},
        AssessmentCase{"empty_at_baseline",
                       [](Assessment& a) {
                         a.week = 0;
                         a.physician_global.reset();
                       },
                       ""}),
    case_name<Assessment>);

TEST(AssessmentRules, WithoutAnInstrumentRangeAValueIsNotChecked) {
  Protocol protocol = seed_protocol_for_tests();
  protocol.instruments.pop_back();  // no weight range
  Assessment assessment = valid_assessment();
  assessment.weight_kg = 400;
  EXPECT_TRUE(validate_record(assessment, protocol));
}

// --- MuscleGrade ---------------------------------------------------------------------------

using GradeCase = RuleCase<MuscleGrade>;
class MuscleGradeRules : public ::testing::TestWithParam<GradeCase> {};

TEST_P(MuscleGradeRules, NameFieldAndValue) {
  MuscleGrade grade{"SEED-01", 0, "deltoid", Side::right, GradeStatus::tested, 4};
  expect_rule(GetParam(), grade, [](const MuscleGrade& g) { return validate_record(g); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MuscleGradeRules,
    ::testing::Values(GradeCase{"valid", [](MuscleGrade&) {}, ""},
                      GradeCase{"grade_0", [](MuscleGrade& g) { g.grade = 0; }, ""},
                      GradeCase{"grade_minus_1", [](MuscleGrade& g) { g.grade = -1; },
                                "grade: -1 must be 0 or more"},
                      GradeCase{"empty_group", [](MuscleGrade& g) { g.muscle_group.clear(); },
                                "muscle_group: must not be empty"},
                      GradeCase{"tested_without_grade", [](MuscleGrade& g) { g.grade.reset(); },
                                "grade: is required when status is tested"},
                      GradeCase{"not_testable_with_grade",
                                [](MuscleGrade& g) { g.status = GradeStatus::not_testable; },
                                "grade: must be empty when status is not_testable"},
                      GradeCase{"missing_with_grade",
                                [](MuscleGrade& g) { g.status = GradeStatus::missing; },
                                "grade: must be empty when status is missing"},
                      GradeCase{"not_testable_without_grade",
                                [](MuscleGrade& g) {
                                  g.status = GradeStatus::not_testable;
                                  g.grade.reset();
                                },
                                ""}),
    case_name<MuscleGrade>);

}  // namespace
}  // namespace myoivig::domain
