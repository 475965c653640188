// Test support, not part of the library: one eligible, fully documented patient of the seed
// protocol and the table-driven harness of the check_study finding tests
// (data_check_findings_test.cpp: doses, dates and record rules;
// data_check_findings_visits_test.cpp: visit windows, missed visits, withdrawal and required
// measures). A case changes the complete study and lists the exact findings it must give.
// Thread-safety: the seed protocol is built once (a function-local static); the rest is pure.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "domain/data_check.hpp"
#include "domain/seed_protocol_for_tests.hpp"
#include "domain/study_data.hpp"
#include "util/date.hpp"

namespace myoivig::domain::testing {

inline util::Date date(std::string_view iso) {
  return *util::parse_iso_date(iso);
}

inline const Protocol& seed() {
  static const Protocol protocol = seed_protocol_for_tests();
  return protocol;
}

// Visit windows of the seed protocol for a first course starting 2003-03-03 (day 1):
//   week -4: target 2003-02-03, window 2003-01-06 .. 2003-02-10 (28 before, 7 after)
//   week  0: target 2003-03-03, window 2003-02-17 .. 2003-03-03 (14 before, 0 after)
//   week  2: target 2003-03-17, window 2003-03-14 .. 2003-03-20 (3 either side)
//   week  4: target 2003-03-31, window 2003-03-28 .. 2003-04-03
//   week  8: target 2003-04-28, window 2003-04-21 .. 2003-05-05 (7 either side)
//   week 12: target 2003-05-26, window 2003-05-19 .. 2003-06-02
inline constexpr std::string_view k_day_1 = "2003-03-03";
inline constexpr std::string_view k_as_of = "2003-07-01";  // after every window

inline Assessment full_assessment(int week, int mmt) {
  Assessment a;
  a.patient_id = "P-01";
  a.week = week;
  a.mmt_score = mmt;
  if (week == -4) return a;  // screening requires MMT only
  a.adl_score = 30 + week;
  a.ck_iu_per_l = 1500 - 50 * week;
  a.fatigue_vas_mm = 60 - 2 * week;
  a.pain_vas_mm = 40 - 2 * week;
  if (week > 0) a.physician_global = PhysicianGlobal::improved;
  a.weight_kg = 50.0;
  return a;
}

// One eligible, fully documented patient: every visit on its target day with every
// required measure, five infusions of 50 kg x 0.4 g/kg = 20 g. No findings as of k_as_of.
// Indexes the cases rely on: visits and assessments 0..5 are weeks -4, 0, 2, 4, 8, 12;
// administrations 0..4 are days 1..5.
inline StudyData complete_study() {
  StudyData data;
  Patient patient;
  patient.id = "P-01";
  patient.site = "JP-01";
  patient.sex = Sex::female;
  patient.birth_year = 1955;
  patient.diagnosis = Diagnosis::polymyositis;
  patient.biopsy_proven = true;
  patient.biopsy_date = date("2003-01-10");
  patient.height_cm = 160;
  patient.enrolment_date = date("2003-02-03");
  data.patients = {patient};
  for (const Exclusion& exclusion : seed().eligibility.exclusions) {
    data.conditions.push_back({"P-01", exclusion.code, false, std::nullopt, ""});
  }
  // Prednisolone 60 mg/day for 13 weeks before day 1, MMT unchanged: steroid-resistant.
  data.steroid_doses = {{"P-01", 60, date("2002-12-02"), std::nullopt}};
  data.courses = {
      {"P-01", 1, "seed", "PEG-IgG 5%", date(k_day_1), 50.0, WeightPolicy::actual, 0.4}};
  for (int day = 1; day <= 5; ++day) {
    data.administrations.push_back({"P-01", 1, day, date(k_day_1).plus_days(day - 1), 20.0, 400.0,
                                    std::nullopt, std::nullopt});
  }
  const int weeks[] = {-4, 0, 2, 4, 8, 12};
  const int mmt[] = {60, 60, 64, 68, 74, 80};
  for (int i = 0; i < 6; ++i) {
    data.visits.push_back({"P-01", weeks[i], date(k_day_1).plus_days(7 * weeks[i])});
    data.assessments.push_back(full_assessment(weeks[i], mmt[i]));
  }
  AdverseEvent headache;
  headache.patient_id = "P-01";
  headache.course_number = 1;
  headache.term = "headache";
  headache.onset_date = date("2003-03-04");
  data.adverse_events = {headache};
  return data;
}

// A finding as one line, so that a failed comparison shows every field.
inline std::string line(const Finding& f) {
  return f.patient_id + " | " + f.entity + " | " + f.record + " | " + f.field + " | " + f.value +
         " | " + f.rule;
}

inline std::vector<std::string> lines(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& finding : findings) out.push_back(line(finding));
  return out;
}

struct CheckCase {
  std::string_view name;
  std::function<void(StudyData&)> change;
  std::string_view as_of;
  std::vector<std::string> findings;  // as line() writes them, in check_study's order
  friend void PrintTo(const CheckCase& c, std::ostream* os) { *os << c.name; }
};

inline std::string case_name(const ::testing::TestParamInfo<CheckCase>& param_info) {
  return std::string(param_info.param.name);
}

}  // namespace myoivig::domain::testing
