// Record rules of the treatment records: Course (number, regimen, dosing weight, dose),
// Administration (infusion day, dose, volume, times) and AdverseEvent.
#include <string>

#include <gtest/gtest.h>

#include "domain/record_rules.hpp"
#include "domain/record_rules_test_support.hpp"

namespace myoivig::domain {
namespace {

using testing::case_name;
using testing::date;
using testing::expect_rule;
using testing::k_pseudonym_rule;
using testing::RuleCase;
using testing::seed;
using testing::time_of_day;

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
