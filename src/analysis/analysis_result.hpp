// AnalysisResult: everything a protocol's analysis plan produces for one study, as plain
// values: the populations (with the reason each enrolled patient is not analysed), the
// analysed set's demographics, each endpoint at the primary timepoint and at every
// scheduled visit, the physician's assessment, the steroid dose, and safety per course.
// Built by analyse_study (analysis/analyse_study.hpp); rendered by io/ as a terminal
// table, JSON and an HTML report.
// Thread-safety: plain value types.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/adverse_event.hpp"
#include "domain/measure.hpp"
#include "domain/patient.hpp"
#include "stats/descriptive.hpp"
#include "stats/interval.hpp"
#include "stats/signrank.hpp"
#include "stats/ttest.hpp"
#include "util/date.hpp"

namespace myoivig::analysis {

struct StudyIdentity {
  std::string study_id;
  std::string protocol_id;
  std::string protocol_title;
  std::string description;
  bool synthetic = false;
};

// Where in the flow an enrolled patient left: never treated, or treated but not analysed.
enum class ExclusionStage { not_treated, not_analysed };

struct ExcludedPatient {
  std::string patient_id;
  ExclusionStage stage = ExclusionStage::not_analysed;
  std::string reason;  // e.g. "withdrawn 2001-07-20, before week 12: Withdrew consent ..."
};

struct Populations {
  std::size_t enrolled = 0;
  std::size_t treated = 0;  // with at least one infusion
  std::size_t analysed = 0;
  std::size_t courses = 0;  // courses given (with at least one infusion), all treated patients
  std::size_t patients_with_repeat_course = 0;
  std::vector<std::string> analysed_ids;  // in enrolment order
  std::vector<ExcludedPatient> excluded;  // every enrolled patient not analysed
};

struct Demographics {
  std::size_t n = 0;
  std::size_t polymyositis = 0;
  std::size_t dermatomyositis = 0;
  std::size_t male = 0;
  std::size_t female = 0;
  // Age at enrolment in whole years (birth year only, domain::Patient::age_at); empty
  // when n = 0.
  std::optional<double> age_mean;
  std::optional<int> age_min;
  std::optional<int> age_max;
};

// One scheduled visit's values among the analysed patients.
struct VisitSummary {
  int week = 0;
  std::size_t n = 0;
  std::optional<stats::Summary> summary;   // empty when n = 0
  std::optional<stats::Interval> mean_ci;  // t interval; empty when n < 2 or constant
};

// One patient's values over the scheduled visits, for trajectory plots.
struct TrajectoryPoint {
  int week = 0;
  double value = 0.0;
};
struct Trajectory {
  std::string patient_id;
  std::vector<TrajectoryPoint> points;  // ascending week, recorded values only
};

struct EndpointResult {
  domain::Measure measure = domain::Measure::mmt;
  int baseline_week = 0;
  int timepoint = 0;                       // the primary week
  std::size_t n = 0;                       // analysed patients with the measure at both weeks
  std::vector<std::string> patient_ids;    // those n patients, in analysed order
  std::vector<double> changes;             // their follow-up minus baseline, same order
  std::optional<stats::Summary> baseline;  // empty when n = 0
  std::optional<stats::Summary> followup;
  std::optional<stats::Summary> change;           // follow-up minus baseline
  std::optional<stats::Interval> change_ci;       // t interval of the mean change
  std::optional<stats::SignrankResult> signrank;  // exact (conditional) as the plan says
  std::optional<stats::TtestResult> ttest;        // paired
  std::vector<std::string> notes;        // why a statistic is absent, e.g. "signrank: every ..."
  std::vector<VisitSummary> by_visit;    // every scheduled week, ascending
  std::vector<Trajectory> trajectories;  // one per analysed patient
};

struct PhysicianAssessment {
  int week = 0;
  std::size_t improved = 0;
  std::size_t n = 0;  // analysed patients with an assessment at the primary week
  std::optional<double> proportion;
  std::optional<stats::Interval> ci;  // Clopper-Pearson
};

// Prednisolone dose (mg/day) in force on the baseline and primary visit dates, among the
// analysed patients the physician judged improved.
struct SteroidOutcome {
  std::size_t improved_n = 0;
  std::size_t baseline_n = 0;  // of them, with a recorded dose on the baseline visit date
  std::size_t followup_n = 0;
  std::optional<double> dose_baseline_mean;
  std::optional<double> dose_followup_mean;
};

struct AdverseEventListing {
  std::string patient_id;
  int course_number = 1;
  std::string term;
  util::Date onset_date;
  bool serious = false;
  domain::Severity severity = domain::Severity::mild;
  domain::Relatedness relatedness = domain::Relatedness::possible;
  domain::AdverseEventOutcome outcome = domain::AdverseEventOutcome::unknown;
};

// Safety over every treated patient and every course given (not only the analysed set).
struct Safety {
  std::size_t courses = 0;
  std::size_t courses_with_event = 0;
  std::optional<double> rate_per_course;
  std::optional<stats::Interval> ci;  // Clopper-Pearson, per course
  std::size_t patients = 0;           // treated
  std::size_t patients_with_event = 0;
  std::optional<double> rate_per_patient;
  std::size_t events = 0;
  std::size_t serious_events = 0;
  std::vector<AdverseEventListing> listing;  // by patient, course, onset
};

struct AnalysisResult {
  StudyIdentity study;
  double conf_level = 0.95;
  std::string primary_test;  // the plan's, e.g. "signrank"
  Populations population;
  Demographics demographics;
  std::vector<EndpointResult> endpoints;  // in the plan's order
  PhysicianAssessment physician;
  SteroidOutcome steroid;
  Safety safety;
};

}  // namespace myoivig::analysis
