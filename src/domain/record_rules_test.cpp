#include "domain/record_rules.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "domain/seed_protocol_for_tests.hpp"

namespace myoivig::domain {
namespace {

util::Date date(std::string_view iso) {
  return *util::parse_iso_date(iso);
}
util::TimeOfDay time_of_day(std::string_view hh_mm) {
  return *util::parse_time_of_day(hh_mm);
}

// One case: a change to a valid record and the message it must give (empty: still valid).
template <typename Record>
struct RuleCase {
  std::string_view name;
  std::function<void(Record&)> change;
  std::string message;
  friend void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }
};

template <typename Record>
std::string case_name(const ::testing::TestParamInfo<RuleCase<Record>>& param_info) {
  return std::string(param_info.param.name);
}

// Applies the case's change to `record` and checks validate(record) against its message.
template <typename Record, typename Validate>
void expect_rule(const RuleCase<Record>& c, Record record, Validate validate) {
  c.change(record);
  const util::Expected<void> valid = validate(record);
  if (c.message.empty()) {
    EXPECT_TRUE(valid) << valid.error().message;
    return;
  }
  ASSERT_FALSE(valid) << "accepted";
  EXPECT_EQ(valid.error().code, util::ErrorCode::invalid_argument);
  EXPECT_EQ(valid.error().message, c.message);
}

const Protocol& seed() {
  static const Protocol protocol = seed_protocol_for_tests();
  return protocol;
}

const std::string k_pseudonym_rule =
    "' is not a study pseudonym (letters, digits, - and _, 1-32 characters)";

// --- Patient -----------------------------------------------------------------------------

Patient valid_patient() {
  Patient patient;
  patient.id = "SEED-01";
  patient.site = "JP-01";
  patient.sex = Sex::male;
  patient.birth_year = 1949;
  patient.diagnosis = Diagnosis::polymyositis;
  patient.biopsy_proven = true;
  patient.biopsy_date = date("2001-01-05");
  patient.height_cm = 168.0;
  patient.enrolment_date = date("2001-02-09");
  return patient;
}

using PatientCase = RuleCase<Patient>;
class PatientRules : public ::testing::TestWithParam<PatientCase> {};

TEST_P(PatientRules, NameFieldAndValue) {
  expect_rule(GetParam(), valid_patient(), [](const Patient& p) { return validate_record(p); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PatientRules,
    ::testing::Values(
        PatientCase{"valid", [](Patient&) {}, ""},
        PatientCase{"no_optional_fields",
                    [](Patient& p) {
                      p.biopsy_date.reset();
                      p.height_cm.reset();
                    },
                    ""},
        PatientCase{"empty_id", [](Patient& p) { p.id = ""; }, "patient_id: '" + k_pseudonym_rule},
        PatientCase{"id_with_space", [](Patient& p) { p.id = "SEED 01"; },
                    "patient_id: 'SEED 01" + k_pseudonym_rule},
        PatientCase{"id_looks_like_a_name", [](Patient& p) { p.id = "Tanaka.Taro"; },
                    "patient_id: 'Tanaka.Taro" + k_pseudonym_rule},
        PatientCase{"id_32_characters", [](Patient& p) { p.id = std::string(32, 'A'); }, ""},
        PatientCase{"id_33_characters", [](Patient& p) { p.id = std::string(33, 'A'); },
                    "patient_id: '" + std::string(33, 'A') + k_pseudonym_rule},
        PatientCase{"id_with_underscore", [](Patient& p) { p.id = "site_2-p07"; }, ""},
        PatientCase{"empty_site", [](Patient& p) { p.site.clear(); }, "site: must not be empty"},
        PatientCase{"birth_year_1900", [](Patient& p) { p.birth_year = 1900; }, ""},
        PatientCase{"birth_year_1899", [](Patient& p) { p.birth_year = 1899; },
                    "birth_year: 1899 must be from 1900 to the enrolment year 2001"},
        PatientCase{"birth_year_enrolment_year", [](Patient& p) { p.birth_year = 2001; }, ""},
        PatientCase{"birth_year_after_enrolment", [](Patient& p) { p.birth_year = 2002; },
                    "birth_year: 2002 must be from 1900 to the enrolment year 2001"},
        PatientCase{"height_100", [](Patient& p) { p.height_cm = 100; }, ""},
        PatientCase{"height_230", [](Patient& p) { p.height_cm = 230; }, ""},
        PatientCase{"height_99_9", [](Patient& p) { p.height_cm = 99.9; },
                    "height_cm: 99.9 is below the minimum 100 (plausible adult height)"},
        PatientCase{"height_230_5", [](Patient& p) { p.height_cm = 230.5; },
                    "height_cm: 230.5 is above the maximum 230 (plausible adult height)"},
        PatientCase{"biopsy_on_enrolment", [](Patient& p) { p.biopsy_date = date("2001-02-09"); },
                    ""},
        PatientCase{"biopsy_after_enrolment",
                    [](Patient& p) { p.biopsy_date = date("2001-02-10"); },
                    "biopsy_date: 2001-02-10 is after enrolment 2001-02-09"},
        PatientCase{"withdrawn_on_enrolment_day",
                    [](Patient& p) {
                      p.withdrawal_date = date("2001-02-09");
                      p.withdrawal_reason = "consent withdrawn";
                    },
                    ""},
        PatientCase{"withdrawn_before_enrolment",
                    [](Patient& p) {
                      p.withdrawal_date = date("2001-02-08");
                      p.withdrawal_reason = "consent withdrawn";
                    },
                    "withdrawal_date: 2001-02-08 is before enrolment 2001-02-09"},
        PatientCase{"withdrawn_without_reason",
                    [](Patient& p) { p.withdrawal_date = date("2001-05-01"); },
                    "withdrawal_reason: is required when withdrawal_date is given"},
        PatientCase{"reason_without_withdrawal",
                    [](Patient& p) { p.withdrawal_reason = "moved away"; },
                    "withdrawal_date: is required when withdrawal_reason is given"}),
    case_name<Patient>);

// --- Condition -----------------------------------------------------------------------------

using ConditionCase = RuleCase<Condition>;
class ConditionRules : public ::testing::TestWithParam<ConditionCase> {};

TEST_P(ConditionRules, NameFieldAndValue) {
  Condition condition{"SEED-01", "prior_ivig", true, date("2000-11-20"), ""};
  expect_rule(GetParam(), condition, [](const Condition& c) { return validate_record(c, seed()); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConditionRules,
    ::testing::Values(
        ConditionCase{"valid", [](Condition&) {}, ""},
        ConditionCase{"last_code", [](Condition& c) { c.code = "malignancy"; }, ""},
        ConditionCase{"unknown_code", [](Condition& c) { c.code = "diabetes"; },
                      "condition: 'diabetes' is not an exclusion code of the protocol "
                      "(iga_deficiency, thrombosis_history, ischaemic_heart_disease, "
                      "severe_renal_disease, severe_hepatic_disease, prior_ivig, malignancy)"},
        ConditionCase{"code_in_other_case", [](Condition& c) { c.code = "Prior_IVIG"; },
                      "condition: 'Prior_IVIG' is not an exclusion code of the protocol "
                      "(iga_deficiency, thrombosis_history, ischaemic_heart_disease, "
                      "severe_renal_disease, severe_hepatic_disease, prior_ivig, malignancy)"},
        ConditionCase{"bad_patient_id", [](Condition& c) { c.patient_id = "SEED/01"; },
                      "patient_id: 'SEED/01" + k_pseudonym_rule}),
    case_name<Condition>);

// --- SteroidDose ---------------------------------------------------------------------------

using SteroidCase = RuleCase<SteroidDose>;
class SteroidDoseRules : public ::testing::TestWithParam<SteroidCase> {};

TEST_P(SteroidDoseRules, NameFieldAndValue) {
  SteroidDose dose{"SEED-01", 60, date("2001-01-11"), date("2001-04-08")};
  expect_rule(GetParam(), dose, [](const SteroidDose& d) { return validate_record(d); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SteroidDoseRules,
    ::testing::Values(
        SteroidCase{"valid", [](SteroidDose&) {}, ""},
        SteroidCase{"ongoing", [](SteroidDose& d) { d.to.reset(); }, ""},
        SteroidCase{"zero_dose", [](SteroidDose& d) { d.prednisolone_mg_per_day = 0; }, ""},
        SteroidCase{"dose_200", [](SteroidDose& d) { d.prednisolone_mg_per_day = 200; }, ""},
        SteroidCase{"dose_200_5", [](SteroidDose& d) { d.prednisolone_mg_per_day = 200.5; },
                    "prednisolone_mg_per_day: 200.5 is above the maximum 200 (plausible "
                    "prednisolone dose)"},
        SteroidCase{"negative_dose", [](SteroidDose& d) { d.prednisolone_mg_per_day = -5; },
                    "prednisolone_mg_per_day: -5 is below the minimum 0 (plausible prednisolone "
                    "dose)"},
        SteroidCase{"one_day", [](SteroidDose& d) { d.to = d.from; }, ""},
        SteroidCase{"to_before_from", [](SteroidDose& d) { d.to = date("2001-01-10"); },
                    "to_date: 2001-01-10 is before from_date 2001-01-11"}),
    case_name<SteroidDose>);

TEST(SteroidDose, DaysCountBothEnds) {
  const SteroidDose closed{"SEED-01", 60, date("2001-01-11"), date("2001-04-08")};
  // 2001-01-11 to 2001-04-08: 21 (Jan) + 28 (Feb) + 31 (Mar) + 8 (Apr) = 88 days.
  EXPECT_EQ(closed.days(date("2002-01-01")), 88);
  const SteroidDose ongoing{"SEED-01", 45, date("2001-05-21"), std::nullopt};
  EXPECT_EQ(ongoing.days(date("2001-05-21")), 1);
  EXPECT_EQ(ongoing.days(date("2001-06-20")), 31);
}

// --- Course --------------------------------------------------------------------------------

Course valid_course() {
  Course course;
  course.patient_id = "SEED-01";
  course.number = 1;
  course.regimen = "seed";
  course.product = "PEG-IgG 5%";
  course.start_date = date("2001-03-12");
  course.dosing_weight_kg = 64.3;
  course.weight_policy = WeightPolicy::actual;
  course.dose_g_per_kg_per_day = 0.4;
  return course;
}

using CourseCase = RuleCase<Course>;
class CourseRules : public ::testing::TestWithParam<CourseCase> {};

TEST_P(CourseRules, NameFieldAndValue) {
  expect_rule(GetParam(), valid_course(),
              [](const Course& c) { return validate_record(c, seed()); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CourseRules,
    ::testing::Values(
        CourseCase{"valid", [](Course&) {}, ""},
        CourseCase{"second_course", [](Course& c) { c.number = 2; }, ""},
        CourseCase{"course_0", [](Course& c) { c.number = 0; },
                   "course: 0 must be from 1 to 2 (regimen.max_courses)"},
        CourseCase{"course_3", [](Course& c) { c.number = 3; },
                   "course: 3 must be from 1 to 2 (regimen.max_courses)"},
        CourseCase{"empty_regimen", [](Course& c) { c.regimen.clear(); },
                   "regimen: must not be empty"},
        CourseCase{"weight_20", [](Course& c) { c.dosing_weight_kg = 20; }, ""},
        CourseCase{"weight_250", [](Course& c) { c.dosing_weight_kg = 250; }, ""},
        CourseCase{"weight_19_9", [](Course& c) { c.dosing_weight_kg = 19.9; },
                   "dosing_weight_kg: 19.9 is below the minimum 20 (plausible dosing weight)"},
        CourseCase{"weight_250_1", [](Course& c) { c.dosing_weight_kg = 250.1; },
                   "dosing_weight_kg: 250.1 is above the maximum 250 (plausible dosing weight)"},
        CourseCase{"dose_2", [](Course& c) { c.dose_g_per_kg_per_day = 2; }, ""},
        CourseCase{"dose_0", [](Course& c) { c.dose_g_per_kg_per_day = 0; },
                   "dose_g_per_kg_per_day: 0 must be above 0 and at most 2 g/kg/day"},
        CourseCase{"dose_negative", [](Course& c) { c.dose_g_per_kg_per_day = -0.4; },
                   "dose_g_per_kg_per_day: -0.4 must be above 0 and at most 2 g/kg/day"},
        CourseCase{"dose_2_1", [](Course& c) { c.dose_g_per_kg_per_day = 2.1; },
                   "dose_g_per_kg_per_day: 2.1 must be above 0 and at most 2 g/kg/day"},
        CourseCase{"bad_patient_id", [](Course& c) { c.patient_id = "SEED-01!"; },
                   "patient_id: 'SEED-01!" + k_pseudonym_rule}),
    case_name<Course>);

// --- Administration ------------------------------------------------------------------------

Administration valid_administration() {
  Administration given;
  given.patient_id = "SEED-01";
  given.course_number = 1;
  given.day = 1;
  given.date = date("2001-03-12");
  given.dose_g = 27.5;
  given.volume_ml = 550;
  given.start_time = time_of_day("09:15");
  given.end_time = time_of_day("15:40");
  return given;
}

using AdministrationCase = RuleCase<Administration>;
class AdministrationRules : public ::testing::TestWithParam<AdministrationCase> {};

TEST_P(AdministrationRules, NameFieldAndValue) {
  expect_rule(GetParam(), valid_administration(),
              [](const Administration& a) { return validate_record(a, seed()); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AdministrationRules,
    ::testing::Values(
        AdministrationCase{"valid", [](Administration&) {}, ""},
        AdministrationCase{"day_5", [](Administration& a) { a.day = 5; }, ""},
        AdministrationCase{"day_0", [](Administration& a) { a.day = 0; },
                           "day: 0 must be from 1 to 5 (regimen.days)"},
        AdministrationCase{"day_6", [](Administration& a) { a.day = 6; },
                           "day: 6 must be from 1 to 5 (regimen.days)"},
        AdministrationCase{"dose_200", [](Administration& a) { a.dose_g = 200; }, ""},
        AdministrationCase{"dose_0", [](Administration& a) { a.dose_g = 0; },
                           "dose_g: 0 must be above 0 and at most 200 g per day"},
        AdministrationCase{"dose_200_5", [](Administration& a) { a.dose_g = 200.5; },
                           "dose_g: 200.5 must be above 0 and at most 200 g per day"},
        AdministrationCase{"no_volume_or_times",
                           [](Administration& a) {
                             a.volume_ml.reset();
                             a.start_time.reset();
                             a.end_time.reset();
                           },
                           ""},
        AdministrationCase{"volume_0", [](Administration& a) { a.volume_ml = 0; },
                           "volume_ml: 0 must be above 0"},
        AdministrationCase{"volume_negative", [](Administration& a) { a.volume_ml = -550; },
                           "volume_ml: -550 must be above 0"},
        AdministrationCase{"end_equals_start",
                           [](Administration& a) { a.end_time = time_of_day("09:15"); },
                           "end_time: 09:15 is not after start_time 09:15"},
        AdministrationCase{"end_before_start",
                           [](Administration& a) { a.end_time = time_of_day("09:00"); },
                           "end_time: 09:00 is not after start_time 09:15"},
        AdministrationCase{"end_one_minute_after",
                           [](Administration& a) { a.end_time = time_of_day("09:16"); }, ""},
        AdministrationCase{"end_without_start", [](Administration& a) { a.start_time.reset(); },
                           ""}),
    case_name<Administration>);

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

// --- AdverseEvent --------------------------------------------------------------------------

AdverseEvent valid_event() {
  AdverseEvent event;
  event.patient_id = "SEED-04";
  event.course_number = 1;
  event.term = "asymptomatic myocardial infarction";
  event.onset_date = date("2001-09-15");
  event.end_date = date("2001-10-06");
  event.serious = true;
  event.severity = Severity::moderate;
  event.relatedness = Relatedness::possible;
  event.outcome = AdverseEventOutcome::recovered;
  return event;
}

using EventCase = RuleCase<AdverseEvent>;
class AdverseEventRules : public ::testing::TestWithParam<EventCase> {};

TEST_P(AdverseEventRules, NameFieldAndValue) {
  expect_rule(GetParam(), valid_event(), [](const AdverseEvent& e) { return validate_record(e); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AdverseEventRules,
    ::testing::Values(
        EventCase{"valid", [](AdverseEvent&) {}, ""},
        EventCase{"ongoing", [](AdverseEvent& e) { e.end_date.reset(); }, ""},
        EventCase{"ends_on_onset_day", [](AdverseEvent& e) { e.end_date = e.onset_date; }, ""},
        EventCase{"ends_before_onset", [](AdverseEvent& e) { e.end_date = date("2001-09-14"); },
                  "end_date: 2001-09-14 is before onset_date 2001-09-15"},
        EventCase{"empty_term", [](AdverseEvent& e) { e.term.clear(); }, "term: must not be empty"},
        EventCase{"course_0", [](AdverseEvent& e) { e.course_number = 0; },
                  "course: 0 must be 1 or more"},
        EventCase{"digits_only_id", [](AdverseEvent& e) { e.patient_id = "04"; }, ""},
        EventCase{"bad_patient_id", [](AdverseEvent& e) { e.patient_id = "SEED-04 "; },
                  "patient_id: 'SEED-04 " + k_pseudonym_rule}),
    case_name<AdverseEvent>);

}  // namespace
}  // namespace myoivig::domain
