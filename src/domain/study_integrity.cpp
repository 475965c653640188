#include "domain/study_integrity.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "domain/record_rules.hpp"

namespace myoivig::domain {
namespace {

using Violation = std::optional<IntegrityViolation>;

// Hash of a key tuple or pair (strings, ints, enums), so that the lookups below stay
// constant-time per record (hashed, not ordered, containers: a study's records number in
// the millions).
struct KeyHash {
  template <typename... Parts>
  std::size_t operator()(const std::tuple<Parts...>& key) const {
    std::size_t seed = 0;
    std::apply([&](const auto&... part) { (combine(seed, part), ...); }, key);
    return seed;
  }
  template <typename First, typename Second>
  std::size_t operator()(const std::pair<First, Second>& key) const {
    std::size_t seed = 0;
    combine(seed, key.first);
    combine(seed, key.second);
    return seed;
  }

 private:
  template <typename Part>
  static void combine(std::size_t& seed, const Part& part) {
    const std::size_t hash = std::hash<std::remove_cvref_t<Part>>{}(part);
    seed ^= hash + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);  // boost::hash_combine
  }
};

using PatientIds = std::unordered_set<std::string_view>;

IntegrityViolation violation(std::string_view entity, std::size_t index, std::string field,
                             std::string message) {
  return {std::string(entity), index, util::invalid_argument(field + ": " + message)};
}

// Runs validate_record over every record of one entity.
template <typename Record, typename... Context>
Violation check_records(std::string_view entity, const std::vector<Record>& records,
                        const Context&... context) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto valid = validate_record(records[i], context...);
    if (!valid) return IntegrityViolation{std::string(entity), i, valid.error()};
  }
  return std::nullopt;
}

// Checks that each record's key (from `key_of`) is unique.
template <typename Record, typename KeyOf>
Violation check_unique(std::string_view entity, const std::vector<Record>& records, KeyOf key_of,
                       std::string_view key_description) {
  std::unordered_set<decltype(key_of(records.front())), KeyHash> seen;
  seen.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!seen.insert(key_of(records[i])).second) {
      return violation(entity, i, "patient_id",
                       "'" + records[i].patient_id + "' already has a record with this " +
                           std::string(key_description));
    }
  }
  return std::nullopt;
}

// Checks that every record's patient exists.
template <typename Record>
Violation check_patients_exist(std::string_view entity, const std::vector<Record>& records,
                               const PatientIds& patients) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (!patients.contains(records[i].patient_id)) {
      return violation(entity, i, "patient_id",
                       "unknown patient '" + records[i].patient_id + "' (not in patients)");
    }
  }
  return std::nullopt;
}

// Reports the overlap of the patient whose id sorts first, as an ordered map would.
Violation check_steroid_overlap(const std::vector<SteroidDose>& doses) {
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_patient;
  for (std::size_t i = 0; i < doses.size(); ++i) by_patient[doses[i].patient_id].push_back(i);
  std::vector<std::string_view> patients;
  patients.reserve(by_patient.size());
  for (const auto& [patient, indexes] : by_patient) patients.push_back(patient);
  std::sort(patients.begin(), patients.end());
  for (std::string_view patient : patients) {
    std::vector<std::size_t>& indexes = by_patient.at(patient);
    std::sort(indexes.begin(), indexes.end(),
              [&](std::size_t a, std::size_t b) { return doses[a].from < doses[b].from; });
    for (std::size_t k = 1; k < indexes.size(); ++k) {
      const SteroidDose& previous = doses[indexes[k - 1]];
      const SteroidDose& current = doses[indexes[k]];
      if (!previous.to || *previous.to >= current.from) {
        return violation("steroid_doses", indexes[k], "from_date",
                         current.from.iso() + " overlaps the period from " + previous.from.iso() +
                             " for patient '" + std::string(patient) + "'");
      }
    }
  }
  return std::nullopt;
}

using CourseKey = std::pair<std::string_view, int>;

Violation check_courses(const StudyData& data) {
  std::unordered_map<CourseKey, const Course*, KeyHash> courses;
  courses.reserve(data.courses.size());
  for (std::size_t i = 0; i < data.courses.size(); ++i) {
    const Course& course = data.courses[i];
    courses[{course.patient_id, course.number}] = &course;
  }
  for (std::size_t i = 0; i < data.courses.size(); ++i) {
    const Course& course = data.courses[i];
    if (course.number > 1 && !courses.contains({course.patient_id, course.number - 1})) {
      return violation("courses", i, "course",
                       std::to_string(course.number) + " for patient '" + course.patient_id +
                           "' has no course " + std::to_string(course.number - 1) + " before it");
    }
  }
  for (std::size_t i = 0; i < data.administrations.size(); ++i) {
    const Administration& given = data.administrations[i];
    const auto found = courses.find({given.patient_id, given.course_number});
    if (found == courses.end()) {
      return violation("administrations", i, "course",
                       "patient '" + given.patient_id + "' has no course " +
                           std::to_string(given.course_number));
    }
    const util::Date expected = found->second->start_date.plus_days(given.day - 1);
    if (given.date != expected) {
      return violation("administrations", i, "date",
                       given.date.iso() + " is not day " + std::to_string(given.day) +
                           " of a course starting " + found->second->start_date.iso() +
                           " (expected " + expected.iso() + ")");
    }
  }
  for (std::size_t i = 0; i < data.adverse_events.size(); ++i) {
    const AdverseEvent& event = data.adverse_events[i];
    if (!courses.contains({event.patient_id, event.course_number})) {
      return violation("adverse_events", i, "course",
                       "patient '" + event.patient_id + "' has no course " +
                           std::to_string(event.course_number));
    }
  }
  return std::nullopt;
}

// A blinded course is masked study drug given to a randomised patient: the allocation says
// what it held, so it must exist and come first.
Violation check_blinded_courses(const StudyData& data) {
  std::unordered_map<std::string_view, util::Date> randomised_on;
  for (const Allocation& allocation : data.allocations) {
    randomised_on.emplace(allocation.patient_id, allocation.randomised_on);
  }
  for (std::size_t i = 0; i < data.courses.size(); ++i) {
    const Course& course = data.courses[i];
    if (!course.blinded) continue;
    const auto found = randomised_on.find(course.patient_id);
    if (found == randomised_on.end()) {
      return violation("courses", i, "blinded",
                       "true for patient '" + course.patient_id +
                           "', who is not randomised (masked study drug needs an allocation)");
    }
    if (course.start_date < found->second) {
      return violation("courses", i, "start_date",
                       course.start_date.iso() + " of a blinded course is before patient '" +
                           course.patient_id + "' was randomised on " + found->second.iso());
    }
  }
  return std::nullopt;
}

Violation check_visit_references(const StudyData& data) {
  std::unordered_set<std::pair<std::string_view, int>, KeyHash> visits;
  visits.reserve(data.visits.size());
  for (const Visit& visit : data.visits) visits.insert({visit.patient_id, visit.week});
  for (std::size_t i = 0; i < data.assessments.size(); ++i) {
    const Assessment& assessment = data.assessments[i];
    if (!visits.contains({assessment.patient_id, assessment.week})) {
      return violation("assessments", i, "week",
                       "patient '" + assessment.patient_id + "' has no visit at week " +
                           std::to_string(assessment.week) + " (add it to visits)");
    }
  }
  std::unordered_set<std::pair<std::string_view, int>, KeyHash> assessed;
  assessed.reserve(data.assessments.size());
  for (const Assessment& assessment : data.assessments) {
    assessed.insert({assessment.patient_id, assessment.week});
  }
  for (std::size_t i = 0; i < data.muscle_grades.size(); ++i) {
    const MuscleGrade& grade = data.muscle_grades[i];
    if (!assessed.contains({grade.patient_id, grade.week})) {
      return violation("muscle_grades", i, "week",
                       "patient '" + grade.patient_id + "' has no assessment at week " +
                           std::to_string(grade.week));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<IntegrityViolation> find_integrity_violation(const StudyData& data,
                                                           const Protocol& protocol) {
  PatientIds patients;
  patients.reserve(data.patients.size());
  for (std::size_t i = 0; i < data.patients.size(); ++i) {
    if (!patients.insert(data.patients[i].id).second) {
      return violation("patients", i, "patient_id",
                       "'" + data.patients[i].id + "' appears more than once");
    }
  }
  const Violation checks[] = {
      check_records("patients", data.patients),
      check_records("allocations", data.allocations, protocol),
      check_records("conditions", data.conditions, protocol),
      check_records("steroid_doses", data.steroid_doses),
      check_records("courses", data.courses, protocol),
      check_records("administrations", data.administrations, protocol),
      check_records("visits", data.visits, protocol),
      check_records("assessments", data.assessments, protocol),
      check_records("muscle_grades", data.muscle_grades),
      check_records("adverse_events", data.adverse_events),
  };
  for (const Violation& found : checks) {
    if (found) return found;
  }
  const Violation references[] = {
      check_patients_exist("allocations", data.allocations, patients),
      check_patients_exist("conditions", data.conditions, patients),
      check_patients_exist("steroid_doses", data.steroid_doses, patients),
      check_patients_exist("courses", data.courses, patients),
      check_patients_exist("visits", data.visits, patients),
      // Checked before the course and visit references below, which would otherwise report
      // an unknown patient as a missing course or visit ("add it to visits").
      check_patients_exist("administrations", data.administrations, patients),
      check_patients_exist("assessments", data.assessments, patients),
      check_patients_exist("muscle_grades", data.muscle_grades, patients),
      check_patients_exist("adverse_events", data.adverse_events, patients),
      check_unique(
          "allocations", data.allocations,
          [](const Allocation& a) { return std::tie(a.patient_id); }, "patient"),
      check_unique(
          "allocations", data.allocations,
          [](const Allocation& a) { return std::tie(a.stratum, a.sequence); },
          "stratum and sequence"),
      check_unique(
          "conditions", data.conditions,
          [](const Condition& c) { return std::tie(c.patient_id, c.code); }, "condition"),
      check_unique(
          "courses", data.courses, [](const Course& c) { return std::tie(c.patient_id, c.number); },
          "course number"),
      check_unique(
          "administrations", data.administrations,
          [](const Administration& a) { return std::tie(a.patient_id, a.course_number, a.day); },
          "course and day"),
      check_unique(
          "visits", data.visits, [](const Visit& v) { return std::tie(v.patient_id, v.week); },
          "week"),
      check_unique(
          "assessments", data.assessments,
          [](const Assessment& a) { return std::tie(a.patient_id, a.week); }, "week"),
      check_unique(
          "muscle_grades", data.muscle_grades,
          [](const MuscleGrade& g) {
            return std::tie(g.patient_id, g.week, g.muscle_group, g.side);
          },
          "week, muscle group and side"),
  };
  for (const Violation& found : references) {
    if (found) return found;
  }
  if (Violation found = check_steroid_overlap(data.steroid_doses)) return found;
  if (Violation found = check_courses(data)) return found;
  if (Violation found = check_blinded_courses(data)) return found;
  return check_visit_references(data);
}

}  // namespace myoivig::domain
