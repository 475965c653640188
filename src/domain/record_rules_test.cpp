// Record rules of the patient-level records: Patient (pseudonym, site, birth year, height,
// biopsy and withdrawal dates), Condition (the protocol's exclusion codes) and SteroidDose.
// Courses, infusions and adverse events: record_rules_course_test.cpp; visits, assessments
// and muscle grades: record_rules_assessment_test.cpp.
#include "domain/record_rules.hpp"

#include <string>

#include <gtest/gtest.h>

#include "domain/record_rules_test_support.hpp"

namespace myoivig::domain {
namespace {

using testing::case_name;
using testing::date;
using testing::expect_rule;
using testing::k_pseudonym_rule;
using testing::RuleCase;
using testing::seed;

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

}  // namespace
}  // namespace myoivig::domain
