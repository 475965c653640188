// Copies of the demo bundle with wrong values and broken references: each is refused
// naming the file, the line and the column or rule (or loads, at a range's limit).
#include <string>

#include <gtest/gtest.h>

#include "io/bundle_reader_test_support.hpp"

namespace myoivig::io::testing {
namespace {

INSTANTIATE_TEST_SUITE_P(
    Values, CorruptedBundle,
    ::testing::Values(
        CorruptCase{"impossible_date",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 3, "2001-04-24", "2003-02-30");
                    },
                    "patients.csv:3: column 'enrolment_date': '2003-02-30' is not a real date "
                    "(day 30 does not exist in 2003-02)"},
        CorruptCase{"date_wrong_shape",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 11, "2001-06-20", "20/06/2001");
                    },
                    "visits.csv:11: column 'date': must be an ISO 8601 date YYYY-MM-DD, got "
                    "'20/06/2001'"},
        CorruptCase{
            "vas_two_decimals",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 9, ",5.5,", ",5.55,"); },
            "assessments.csv:9: column 'pain_vas_cm': must be a number with at most 1 "
            "decimal, got '5.55'"},
        // 429496735.1 cm = 4294967351 mm = 2^32 + 55: must not be read as 5.5 cm.
        CorruptCase{"vas_too_large_for_mm",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 9, ",5.5,", ",429496735.1,");
                    },
                    "assessments.csv:9: column 'pain_vas_cm': 429496735.1 is too large"},
        CorruptCase{
            "vas_above_max",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 9, ",5.5,", ",10.1,"); },
            "assessments.csv:9: pain_vas_cm: 10.1 is above the maximum 10 "
            "(instruments.vas_pain)"},
        CorruptCase{
            "vas_at_max",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 9, ",5.5,", ",10.0,"); },
            ""},
        CorruptCase{"mmt_above_max",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 7, "SEED-01,12,83,", "SEED-01,12,131,");
                    },
                    "assessments.csv:7: mmt: 131 is above the maximum 130 (instruments.mmt)"},
        CorruptCase{"mmt_at_max",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 7, "SEED-01,12,83,", "SEED-01,12,130,");
                    },
                    ""},
        CorruptCase{
            "integer_in_exponent_form",
            [](const TemporaryBundle& b) { b.edit_line("assessments.csv", 7, ",512,", ",1e3,"); },
            "assessments.csv:7: column 'ck_iu_per_l': must be a whole number, got '1e3'"},
        CorruptCase{"physician_global_at_baseline",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 9, ",5.5,,", ",5.5,improved,");
                    },
                    "assessments.csv:9: physician_global: is a change since baseline and must "
                    "be empty at week 0"},
        CorruptCase{"required_value_empty",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 2, "SEED-01,JP-01,M,", "SEED-01,JP-01,,");
                    },
                    "patients.csv:2: column 'sex': a value is required"},
        CorruptCase{"unknown_code",
                    [](const TemporaryBundle& b) {
                      b.edit_line("patients.csv", 2, "SEED-01,JP-01,M,", "SEED-01,JP-01,X,");
                    },
                    "patients.csv:2: column 'sex': must be one of M, F, got 'X'"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    References, CorruptedBundle,
    ::testing::Values(
        CorruptCase{"unknown_patient_in_visits",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 11, "SEED-02,4,", "SEED-99,4,");
                    },
                    "visits.csv:11: patient_id: unknown patient 'SEED-99' (not in patients)"},
        CorruptCase{"unknown_patient_in_assessments",
                    [](const TemporaryBundle& b) {
                      b.edit_line("assessments.csv", 9, "SEED-02,0,", "SEED-99,0,");
                    },
                    "assessments.csv:9: patient_id: unknown patient 'SEED-99' (not in patients)"},
        CorruptCase{"duplicate_patient",
                    [](const TemporaryBundle& b) {
                      b.write("patients.csv", b.read("patients.csv") +
                                                  "SEED-01,JP-02,F,1950,DM,true,,,2001-03-01,,\n");
                    },
                    "patients.csv:14: patient_id: 'SEED-01' appears more than once"},
        CorruptCase{"duplicate_visit",
                    [](const TemporaryBundle& b) {
                      b.write("visits.csv", b.read("visits.csv") + "SEED-12,12,2003-02-06\n");
                    },
                    "visits.csv:66: patient_id: 'SEED-12' already has a record with this week"},
        CorruptCase{"infusion_on_the_wrong_day",
                    [](const TemporaryBundle& b) {
                      b.edit_line("administrations.csv", 3, "2001-03-13", "2001-03-14");
                    },
                    "administrations.csv:3: date: 2001-03-14 is not day 2 of a course starting "
                    "2001-03-12 (expected 2001-03-13)"},
        CorruptCase{"adverse_event_of_missing_course",
                    [](const TemporaryBundle& b) {
                      b.edit_line("adverse_events.csv", 3, "SEED-05,2,", "SEED-06,2,");
                    },
                    "adverse_events.csv:3: course: patient 'SEED-06' has no course 2"},
        // Emptying visits.csv line 11 (SEED-02 week 4) leaves a blank line, which is skipped.
        CorruptCase{"assessment_without_visit",
                    [](const TemporaryBundle& b) {
                      b.edit_line("visits.csv", 11, "SEED-02,4,2001-06-20", "");
                    },
                    "assessments.csv:11: week: patient 'SEED-02' has no visit at week 4 (add it "
                    "to visits)"},
        CorruptCase{"protocol_mismatch",
                    [](const TemporaryBundle& b) {
                      b.edit_line("manifest.csv", 3, "SEED-IVIG-2003", "OTHER-2024");
                    },
                    "manifest.csv: protocol 'OTHER-2024' does not match the database's protocol "
                    "'SEED-IVIG-2003'"}),
    case_name);

}  // namespace
}  // namespace myoivig::io::testing
