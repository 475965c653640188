#include "domain/data_check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "domain/eligibility.hpp"
#include "domain/record_rules.hpp"
#include "domain/rule_outcome.hpp"
#include "domain/visit_window.hpp"

namespace myoivig::domain {
namespace {

// Per-patient index of the records the checks look up.
struct PatientRecords {
  const Patient* patient = nullptr;
  const Course* first_course = nullptr;
  const Allocation* allocation = nullptr;  // randomised studies
  std::map<int, const Course*> courses;
  std::map<int, const Visit*> visits;
  std::map<int, const Assessment*> assessments;
  std::map<int, std::set<int>> infusion_days;  // course -> days given
};

// Records of each patient id, found by hashing (a study's records number in the millions).
template <typename Records>
class ById {
 public:
  Records& operator[](std::string_view patient_id) {
    const auto [found, added] = m_slots.try_emplace(patient_id, m_records.size());
    if (added) m_records.emplace_back();
    return m_records[found->second];
  }
  // std::out_of_range when `patient_id` has no records, as std::map::at.
  const Records& at(std::string_view patient_id) const { return m_records[m_slots.at(patient_id)]; }
  [[nodiscard]] const std::vector<Records>& all() const { return m_records; }
  [[nodiscard]] const Records* find(std::string_view patient_id) const {
    const auto found = m_slots.find(patient_id);
    return found == m_slots.end() ? nullptr : &m_records[found->second];
  }

 private:
  std::unordered_map<std::string_view, std::size_t> m_slots;
  std::vector<Records> m_records;
};

using StudyIndex = ById<PatientRecords>;

StudyIndex index_records(const StudyData& data) {
  StudyIndex index;
  for (const Patient& patient : data.patients) index[patient.id].patient = &patient;
  for (const Course& course : data.courses) {
    PatientRecords& records = index[course.patient_id];
    records.courses[course.number] = &course;
    if (course.number == 1) records.first_course = &course;
  }
  for (const Allocation& allocation : data.allocations) {
    index[allocation.patient_id].allocation = &allocation;
  }
  for (const Visit& visit : data.visits) index[visit.patient_id].visits[visit.week] = &visit;
  for (const Assessment& assessment : data.assessments) {
    index[assessment.patient_id].assessments[assessment.week] = &assessment;
  }
  for (const Administration& given : data.administrations) {
    index[given.patient_id].infusion_days[given.course_number].insert(given.day);
  }
  return index;
}

// Splits "mmt: 140 is above ..." into field and rule.
Finding from_error(const std::string& patient_id, std::string_view entity, std::string record,
                   const util::Error& error) {
  const std::size_t colon = error.message.find(": ");
  const std::string field = colon == std::string::npos ? "" : error.message.substr(0, colon);
  const std::string rule =
      colon == std::string::npos ? error.message : error.message.substr(colon + 2);
  return {patient_id, std::string(entity), std::move(record), field, "", rule};
}

template <typename Record, typename... Context>
void check_records(std::vector<Finding>& findings, std::string_view entity,
                   const std::vector<Record>& records, auto describe, const Context&... context) {
  for (const Record& record : records) {
    auto valid = validate_record(record, context...);
    if (!valid) {
      findings.push_back(from_error(record.patient_id, entity, describe(record), valid.error()));
    }
  }
}

std::string week_label(int week) {
  return "week " + std::to_string(week);
}

void check_visit_windows(std::vector<Finding>& findings, const Protocol& protocol,
                         const PatientRecords& records, util::Date as_of) {
  const Patient& patient = *records.patient;
  // Weeks count from randomisation in a randomised study (a placebo patient's first course
  // may be open-label IVIG months later), otherwise from day 1 of the first course.
  if (!records.allocation && !records.first_course) return;
  const util::Date day_1 =
      records.allocation ? records.allocation->randomised_on : records.first_course->start_date;
  for (const ScheduledVisit& scheduled : protocol.schedule) {
    const VisitWindow window = visit_window(scheduled, day_1);
    const util::Date earliest = window.earliest;
    const util::Date latest = window.latest;
    const auto visit = records.visits.find(scheduled.week);
    if (visit == records.visits.end()) {
      // A scheduled visit without a record: missed, unless the patient withdrew while its
      // window was open (VisitWindow::expected_of) or the window has not closed yet. A
      // visit on the withdrawal day itself is recorded and counts (the branch below).
      if (window.expected_of(patient.withdrawal_date) && latest < as_of) {
        findings.push_back({patient.id, "visits", week_label(scheduled.week), "date", "",
                            "scheduled visit missed (window " + earliest.iso() + " to " +
                                latest.iso() + " has passed)"});
      }
      continue;
    }
    const util::Date date = visit->second->date;
    if (date < earliest || date > latest) {
      findings.push_back({patient.id, "visits", week_label(scheduled.week), "date", date.iso(),
                          "outside the visit window " + earliest.iso() + " to " + latest.iso() +
                              " (target " + window.target.iso() + ")"});
    }
    if (patient.withdrawal_date && date > *patient.withdrawal_date) {
      findings.push_back({patient.id, "visits", week_label(scheduled.week), "date", date.iso(),
                          "after the patient's withdrawal on " + patient.withdrawal_date->iso()});
    }
    if (date < patient.enrolment_date.plus_days(-scheduled.window_before_days) &&
        scheduled.week >= 0) {
      findings.push_back({patient.id, "visits", week_label(scheduled.week), "date", date.iso(),
                          "before enrolment on " + patient.enrolment_date.iso()});
    }
    const auto assessment = records.assessments.find(scheduled.week);
    for (Measure measure : scheduled.required) {
      const bool recorded =
          assessment != records.assessments.end() && value_of(*assessment->second, measure);
      if (!recorded) {
        findings.push_back({patient.id, "assessments", week_label(scheduled.week),
                            std::string(info(measure).id), "",
                            "required at this visit by the protocol's schedule"});
      }
    }
  }
}

void check_doses(std::vector<Finding>& findings, const StudyData& data, const Protocol& protocol,
                 const StudyIndex& index) {
  const Regimen& regimen = protocol.regimen;
  for (const Course& course : data.courses) {
    const std::string record = "course " + std::to_string(course.number);
    if (std::abs(course.dose_g_per_kg_per_day - regimen.dose_g_per_kg_per_day) > 1e-9) {
      findings.push_back({course.patient_id, "courses", record, "dose_g_per_kg_per_day",
                          format_number(course.dose_g_per_kg_per_day),
                          "the protocol's regimen gives " +
                              format_number(regimen.dose_g_per_kg_per_day) + " g/kg/day"});
    }
    const auto& days = index.at(course.patient_id).infusion_days;
    const auto given = days.find(course.number);
    const std::size_t count = given == days.end() ? 0 : given->second.size();
    if (count != static_cast<std::size_t>(regimen.days)) {
      findings.push_back(
          {course.patient_id, "administrations", record, "day", std::to_string(count) + " days",
           "the regimen gives " + std::to_string(regimen.days) + " infusion days per course"});
    }
  }
  for (const Administration& given : data.administrations) {
    const auto& courses = index.at(given.patient_id).courses;
    const auto course = courses.find(given.course_number);
    if (course == courses.end()) continue;
    const double expected_g =
        course->second->dosing_weight_kg * course->second->dose_g_per_kg_per_day;
    if (std::abs(given.dose_g - expected_g) > protocol.dose_tolerance_fraction * expected_g) {
      findings.push_back(
          {given.patient_id, "administrations",
           "course " + std::to_string(given.course_number) + " day " + std::to_string(given.day),
           "dose_g", format_number(given.dose_g),
           "expected " + format_number(expected_g) + " g (" +
               format_number(course->second->dosing_weight_kg) + " kg x " +
               format_number(course->second->dose_g_per_kg_per_day) + " g/kg) within " +
               format_number(protocol.dose_tolerance_fraction * 100) + " %"});
    }
  }
}

void check_event_dates(std::vector<Finding>& findings, const StudyData& data,
                       const StudyIndex& index) {
  for (const AdverseEvent& event : data.adverse_events) {
    const auto& courses = index.at(event.patient_id).courses;
    const auto course = courses.find(event.course_number);
    if (course != courses.end() && event.onset_date < course->second->start_date) {
      findings.push_back({event.patient_id, "adverse_events", event.term, "onset_date",
                          event.onset_date.iso(),
                          "before the start of course " + std::to_string(event.course_number) +
                              " on " + course->second->start_date.iso()});
    }
  }
  for (const Course& course : data.courses) {
    const Patient* patient = index.at(course.patient_id).patient;
    if (patient && course.start_date < patient->enrolment_date) {
      findings.push_back({course.patient_id, "courses", "course " + std::to_string(course.number),
                          "start_date", course.start_date.iso(),
                          "before enrolment on " + patient->enrolment_date.iso()});
    }
  }
}

// A patient enrolled although a rule of the protocol is not met (an unknown rule is a
// gap in the data, not a finding of this check).
// Each patient's records in data order, as evaluate_eligibility(data, protocol) gathers
// them, kept as positions so that only one patient's copies exist at a time.
struct EligibilityPositions {
  std::vector<std::size_t> conditions, steroid_doses, courses, visits, assessments;
};

template <typename Record>
void gather(const std::vector<Record>& all, const std::vector<std::size_t>& positions,
            std::vector<Record>& into) {
  into.reserve(positions.size());
  for (std::size_t i : positions) into.push_back(all[i]);
}

void check_eligibility(std::vector<Finding>& findings, const StudyData& data,
                       const Protocol& protocol) {
  ById<EligibilityPositions> by_patient;
  const auto note = [&](const auto& records, auto member) {
    for (std::size_t i = 0; i < records.size(); ++i) {
      (by_patient[records[i].patient_id].*member).push_back(i);
    }
  };
  note(data.conditions, &EligibilityPositions::conditions);
  note(data.steroid_doses, &EligibilityPositions::steroid_doses);
  note(data.courses, &EligibilityPositions::courses);
  note(data.visits, &EligibilityPositions::visits);
  note(data.assessments, &EligibilityPositions::assessments);
  for (const Patient& patient : data.patients) {
    EligibilityRecords records;
    if (const EligibilityPositions* positions = by_patient.find(patient.id)) {
      gather(data.conditions, positions->conditions, records.conditions);
      gather(data.steroid_doses, positions->steroid_doses, records.steroid_doses);
      gather(data.courses, positions->courses, records.courses);
      gather(data.visits, positions->visits, records.visits);
      gather(data.assessments, positions->assessments, records.assessments);
    }
    const EligibilityReport report = evaluate_eligibility(patient, records, protocol);
    if (report.verdict != Verdict::ineligible) continue;
    std::string failed;
    for (const RuleOutcome& rule : report.rules) {
      if (rule.status != RuleStatus::not_met) continue;
      failed += (failed.empty() ? "" : "; ") + rule.id + " (" + rule.facts + ")";
    }
    findings.push_back({report.patient_id, "patients", "", "eligibility",
                        std::string(code(report.verdict)),
                        "enrolled while not meeting the protocol's eligibility rules: " + failed});
  }
}

}  // namespace

std::vector<Finding> check_study(const StudyData& data, const Protocol& protocol,
                                 util::Date as_of) {
  std::vector<Finding> findings;
  const auto by_week = [](const auto& r) { return week_label(r.week); };
  for (const Patient& patient : data.patients) {
    auto valid = validate_record(patient);
    if (!valid) findings.push_back(from_error(patient.id, "patients", "", valid.error()));
  }
  check_records(
      findings, "courses", data.courses,
      [](const Course& c) { return "course " + std::to_string(c.number); }, protocol);
  check_records(findings, "visits", data.visits, by_week, protocol);
  check_records(findings, "assessments", data.assessments, by_week, protocol);
  const StudyIndex index = index_records(data);
  std::vector<const PatientRecords*> patients;  // in id order, as findings are listed
  for (const PatientRecords& records : index.all()) {
    if (records.patient) patients.push_back(&records);
  }
  std::sort(patients.begin(), patients.end(), [](const PatientRecords* a, const PatientRecords* b) {
    return a->patient->id < b->patient->id;
  });
  for (const PatientRecords* records : patients) {
    check_visit_windows(findings, protocol, *records, as_of);
  }
  check_doses(findings, data, protocol, index);
  check_event_dates(findings, data, index);
  check_eligibility(findings, data, protocol);
  return findings;
}

}  // namespace myoivig::domain
