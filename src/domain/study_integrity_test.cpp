#include "domain/study_integrity.hpp"

#include <cstddef>
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

Patient patient(std::string id, std::string_view enrolment) {
  Patient p;
  p.id = std::move(id);
  p.site = "JP-01";
  p.birth_year = 1950;
  p.biopsy_proven = true;
  p.enrolment_date = date(enrolment);
  return p;
}

Course course(std::string patient_id, int number, std::string_view start) {
  return {std::move(patient_id), number, "seed", "PEG-IgG 5%", date(start), 50.0,
          WeightPolicy::actual,  0.4};
}

// The five daily infusions of a course, dated start + (day - 1).
void add_infusions(StudyData& data, const Course& given) {
  for (int day = 1; day <= 5; ++day) {
    data.administrations.push_back({given.patient_id, given.number, day,
                                    given.start_date.plus_days(day - 1), 20.0, 400.0, std::nullopt,
                                    std::nullopt});
  }
}

Assessment assessment(std::string patient_id, int week) {
  Assessment a;
  a.patient_id = std::move(patient_id);
  a.week = week;
  a.mmt_score = 70;
  return a;
}

// Two patients that hold together. Indexes the cases below rely on:
//   patients: 0 SEED-01, 1 SEED-02
//   courses: 0 SEED-01/1 (2001-03-12), 1 SEED-01/2 (2001-04-23), 2 SEED-02/1 (2001-05-21)
//   administrations: 0-4 SEED-01 course 1 days 1-5, 5-9 course 2, 10-14 SEED-02 course 1
//   steroid_doses: 0 SEED-01 2001-01-11..2001-04-08, 1 SEED-01 2001-04-09.., 2 SEED-02
//   visits: 0 SEED-01/0, 1 SEED-01/12, 2 SEED-02/0; assessments in the same order
StudyData valid_study() {
  StudyData data;
  data.info = {"TEST", "SEED-IVIG-2003", "", true};
  data.patients = {patient("SEED-01", "2001-02-09"), patient("SEED-02", "2001-04-24")};
  data.conditions = {{"SEED-01", "iga_deficiency", false, std::nullopt, ""},
                     {"SEED-01", "prior_ivig", false, std::nullopt, ""},
                     {"SEED-02", "iga_deficiency", false, std::nullopt, ""}};
  data.steroid_doses = {{"SEED-01", 60, date("2001-01-11"), date("2001-04-08")},
                        {"SEED-01", 55, date("2001-04-09"), std::nullopt},
                        {"SEED-02", 60, date("2001-03-01"), date("2001-05-31")}};
  data.courses = {course("SEED-01", 1, "2001-03-12"), course("SEED-01", 2, "2001-04-23"),
                  course("SEED-02", 1, "2001-05-21")};
  for (const Course& given : data.courses) add_infusions(data, given);
  data.visits = {{"SEED-01", 0, date("2001-03-12")},
                 {"SEED-01", 12, date("2001-06-04")},
                 {"SEED-02", 0, date("2001-05-21")}};
  data.assessments = {assessment("SEED-01", 0), assessment("SEED-01", 12),
                      assessment("SEED-02", 0)};
  data.muscle_grades = {{"SEED-01", 0, "deltoid", Side::right, GradeStatus::tested, 4},
                        {"SEED-01", 0, "deltoid", Side::left, GradeStatus::tested, 4}};
  AdverseEvent headache;
  headache.patient_id = "SEED-01";
  headache.course_number = 1;
  headache.term = "headache";
  headache.onset_date = date("2001-03-13");
  data.adverse_events = {headache};
  return data;
}

const Protocol& seed() {
  static const Protocol protocol = seed_protocol_for_tests();
  return protocol;
}

TEST(StudyIntegrity, ValidStudyHasNoViolation) {
  const auto found = find_integrity_violation(valid_study(), seed());
  EXPECT_FALSE(found) << found->entity << "[" << found->index << "]: " << found->error.message;
}

TEST(StudyIntegrity, EmptyStudyHasNoViolation) {
  EXPECT_FALSE(find_integrity_violation(StudyData{}, seed()));
}

struct IntegrityCase {
  std::string_view name;
  std::function<void(StudyData&)> change;
  std::string entity;  // empty: still valid
  std::size_t index;
  std::string message;
  friend void PrintTo(const IntegrityCase& c, std::ostream* os) { *os << c.name; }
};

class StudyIntegrityCases : public ::testing::TestWithParam<IntegrityCase> {};

TEST_P(StudyIntegrityCases, NamesEntityIndexFieldAndValue) {
  const IntegrityCase& c = GetParam();
  StudyData data = valid_study();
  c.change(data);
  const auto found = find_integrity_violation(data, seed());
  if (c.entity.empty()) {
    EXPECT_FALSE(found) << found->entity << "[" << found->index << "]: " << found->error.message;
    return;
  }
  ASSERT_TRUE(found) << "no violation found";
  EXPECT_EQ(found->entity, c.entity);
  EXPECT_EQ(found->index, c.index);
  EXPECT_EQ(found->error.code, util::ErrorCode::invalid_argument);
  EXPECT_EQ(found->error.message, c.message);
}

std::string case_name(const ::testing::TestParamInfo<IntegrityCase>& param_info) {
  return std::string(param_info.param.name);
}

const std::string k_unknown = "patient_id: unknown patient 'SEED-99' (not in patients)";

INSTANTIATE_TEST_SUITE_P(
    UnknownPatient, StudyIntegrityCases,
    ::testing::Values(
        IntegrityCase{"condition", [](StudyData& d) { d.conditions[2].patient_id = "SEED-99"; },
                      "conditions", 2, k_unknown},
        IntegrityCase{"steroid_dose",
                      [](StudyData& d) { d.steroid_doses[1].patient_id = "SEED-99"; },
                      "steroid_doses", 1, k_unknown},
        IntegrityCase{"course",
                      [](StudyData& d) { d.courses.push_back(course("SEED-99", 1, "2001-06-01")); },
                      "courses", 3, k_unknown},
        IntegrityCase{"visit", [](StudyData& d) { d.visits[2].patient_id = "SEED-99"; }, "visits",
                      2, k_unknown},
        // These four reach a patient through a course or visit; the error still names the
        // patient rather than the missing course or visit.
        IntegrityCase{"administration",
                      [](StudyData& d) { d.administrations[7].patient_id = "SEED-99"; },
                      "administrations", 7, k_unknown},
        IntegrityCase{"assessment", [](StudyData& d) { d.assessments[1].patient_id = "SEED-99"; },
                      "assessments", 1, k_unknown},
        IntegrityCase{"muscle_grade",
                      [](StudyData& d) { d.muscle_grades[1].patient_id = "SEED-99"; },
                      "muscle_grades", 1, k_unknown},
        IntegrityCase{"adverse_event",
                      [](StudyData& d) { d.adverse_events[0].patient_id = "SEED-99"; },
                      "adverse_events", 0, k_unknown}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    DuplicateKeys, StudyIntegrityCases,
    ::testing::Values(
        IntegrityCase{"patient", [](StudyData& d) { d.patients.push_back(d.patients[0]); },
                      "patients", 2, "patient_id: 'SEED-01' appears more than once"},
        IntegrityCase{"condition", [](StudyData& d) { d.conditions.push_back(d.conditions[1]); },
                      "conditions", 3,
                      "patient_id: 'SEED-01' already has a record with this condition"},
        IntegrityCase{"course", [](StudyData& d) { d.courses[1].number = 1; }, "courses", 1,
                      "patient_id: 'SEED-01' already has a record with this course number"},
        IntegrityCase{"administration_day",
                      [](StudyData& d) {
                        d.administrations[4].day = 4;
                        d.administrations[4].date = date("2001-03-15");
                      },
                      "administrations", 4,
                      "patient_id: 'SEED-01' already has a record with this course and day"},
        IntegrityCase{"visit_week",
                      [](StudyData& d) {
                        d.visits.push_back({"SEED-02", 0, date("2001-05-22")});
                      },
                      "visits", 3, "patient_id: 'SEED-02' already has a record with this week"},
        IntegrityCase{"assessment_week",
                      [](StudyData& d) { d.assessments.push_back(assessment("SEED-01", 12)); },
                      "assessments", 3,
                      "patient_id: 'SEED-01' already has a record with this week"},
        IntegrityCase{"muscle_grade", [](StudyData& d) { d.muscle_grades[1].side = Side::right; },
                      "muscle_grades", 1,
                      "patient_id: 'SEED-01' already has a record with this week, muscle group "
                      "and side"},
        // The same key for different patients is no duplicate.
        IntegrityCase{"same_week_other_patient",
                      [](StudyData& d) {
                        d.visits.push_back({"SEED-02", 12, date("2001-08-13")});
                        d.assessments.push_back(assessment("SEED-02", 12));
                      },
                      "", 0, ""}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    Courses, StudyIntegrityCases,
    ::testing::Values(
        IntegrityCase{"course_2_without_course_1",
                      [](StudyData& d) {
                        d.courses[2].number = 2;
                        for (std::size_t i = 10; i < 15; ++i)
                          d.administrations[i].course_number = 2;
                      },
                      "courses", 2, "course: 2 for patient 'SEED-02' has no course 1 before it"},
        IntegrityCase{"course_above_max",
                      [](StudyData& d) { d.courses.push_back(course("SEED-01", 3, "2001-06-01")); },
                      "courses", 3, "course: 3 must be from 1 to 2 (regimen.max_courses)"},
        IntegrityCase{"administration_of_missing_course",
                      [](StudyData& d) { d.administrations[12].course_number = 2; },
                      "administrations", 12, "course: patient 'SEED-02' has no course 2"},
        IntegrityCase{"administration_one_day_late",
                      [](StudyData& d) { d.administrations[2].date = date("2001-03-15"); },
                      "administrations", 2,
                      "date: 2001-03-15 is not day 3 of a course starting 2001-03-12 (expected "
                      "2001-03-14)"},
        IntegrityCase{"administration_one_day_early",
                      [](StudyData& d) { d.administrations[5].date = date("2001-04-22"); },
                      "administrations", 5,
                      "date: 2001-04-22 is not day 1 of a course starting 2001-04-23 (expected "
                      "2001-04-23)"},
        IntegrityCase{"administration_day_6",
                      [](StudyData& d) {
                        d.administrations.push_back({"SEED-02", 1, 6, date("2001-05-26"), 20.0,
                                                     std::nullopt, std::nullopt, std::nullopt});
                      },
                      "administrations", 15, "day: 6 must be from 1 to 5 (regimen.days)"},
        IntegrityCase{"adverse_event_of_missing_course",
                      [](StudyData& d) {
                        d.adverse_events[0].patient_id = "SEED-02";
                        d.adverse_events[0].course_number = 2;
                      },
                      "adverse_events", 0, "course: patient 'SEED-02' has no course 2"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    SteroidPeriods, StudyIntegrityCases,
    ::testing::Values(
        // Periods are inclusive: a period starting on the day the previous one ends overlaps.
        IntegrityCase{"touching",
                      [](StudyData& d) { d.steroid_doses[1].from = date("2001-04-08"); },
                      "steroid_doses", 1,
                      "from_date: 2001-04-08 overlaps the period from 2001-01-11 for patient "
                      "'SEED-01'"},
        IntegrityCase{
            "inside",
            [](StudyData& d) {
              d.steroid_doses.push_back({"SEED-01", 80, date("2001-02-01"), date("2001-02-10")});
            },
            "steroid_doses", 3,
            "from_date: 2001-02-01 overlaps the period from 2001-01-11 for patient "
            "'SEED-01'"},
        IntegrityCase{
            "after_an_ongoing_period",
            [](StudyData& d) {
              d.steroid_doses.push_back({"SEED-01", 40, date("2001-07-01"), std::nullopt});
            },
            "steroid_doses", 3,
            "from_date: 2001-07-01 overlaps the period from 2001-04-09 for patient "
            "'SEED-01'"},
        // Listed out of order: the later-starting record is the one reported.
        IntegrityCase{"listed_out_of_order",
                      [](StudyData& d) {
                        d.steroid_doses.insert(d.steroid_doses.begin(),
                                               {"SEED-02", 20, date("2001-05-31"), std::nullopt});
                      },
                      "steroid_doses", 0,
                      "from_date: 2001-05-31 overlaps the period from 2001-03-01 for patient "
                      "'SEED-02'"},
        IntegrityCase{"other_patient_same_days",
                      [](StudyData& d) { d.steroid_doses[2].from = date("2001-01-11"); }, "", 0,
                      ""},
        IntegrityCase{
            "adjacent_after_closing_the_ongoing",
            [](StudyData& d) {
              d.steroid_doses[1].to = date("2001-06-30");
              d.steroid_doses.push_back({"SEED-01", 40, date("2001-07-01"), std::nullopt});
            },
            "", 0, ""}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    VisitsAndAssessments, StudyIntegrityCases,
    ::testing::Values(
        IntegrityCase{"assessment_without_visit",
                      [](StudyData& d) { d.visits.erase(d.visits.begin() + 1); }, "assessments", 1,
                      "week: patient 'SEED-01' has no visit at week 12 (add it to visits)"},
        IntegrityCase{"muscle_grade_without_assessment",
                      [](StudyData& d) {
                        d.muscle_grades.push_back(
                            {"SEED-02", 12, "deltoid", Side::right, GradeStatus::tested, 5});
                      },
                      "muscle_grades", 2, "week: patient 'SEED-02' has no assessment at week 12"},
        IntegrityCase{"visit_week_not_scheduled",
                      [](StudyData& d) {
                        d.visits.push_back({"SEED-02", 6, date("2001-07-02")});
                      },
                      "visits", 3, "week: 6 is not a visit of the protocol's schedule"},
        IntegrityCase{"assessment_out_of_range",
                      [](StudyData& d) { d.assessments[1].mmt_score = 131; }, "assessments", 1,
                      "mmt: 131 is above the maximum 130 (instruments.mmt)"},
        IntegrityCase{
            "physician_global_at_baseline",
            [](StudyData& d) { d.assessments[2].physician_global = PhysicianGlobal::improved; },
            "assessments", 2,
            "physician_global: is a change since baseline and must be empty at week 0"}),
    case_name);

INSTANTIATE_TEST_SUITE_P(
    RecordRules, StudyIntegrityCases,
    ::testing::Values(
        IntegrityCase{"patient", [](StudyData& d) { d.patients[1].site.clear(); }, "patients", 1,
                      "site: must not be empty"},
        IntegrityCase{"condition", [](StudyData& d) { d.conditions[0].code = "asthma"; },
                      "conditions", 0,
                      "condition: 'asthma' is not an exclusion code of the protocol "
                      "(iga_deficiency, thrombosis_history, ischaemic_heart_disease, "
                      "severe_renal_disease, severe_hepatic_disease, prior_ivig, malignancy)"},
        IntegrityCase{"adverse_event",
                      [](StudyData& d) { d.adverse_events[0].end_date = date("2001-03-12"); },
                      "adverse_events", 0, "end_date: 2001-03-12 is before onset_date 2001-03-13"},
        // Patients come first: a duplicate patient is reported before a later bad record.
        IntegrityCase{"patients_checked_first",
                      [](StudyData& d) {
                        d.assessments[0].mmt_score = 200;
                        d.patients.push_back(d.patients[1]);
                      },
                      "patients", 2, "patient_id: 'SEED-02' appears more than once"}),
    case_name);

}  // namespace
}  // namespace myoivig::domain
