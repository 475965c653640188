#include "analysis/safety_summary.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "stats/binom.hpp"

namespace myoivig::analysis {
namespace {

std::optional<double> ratio(std::size_t part, std::size_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

Safety summarise_safety(const domain::StudyData& data, const StudyIndex& index, double conf_level) {
  Safety safety;
  std::unordered_map<std::string_view, std::size_t> enrolment_order;
  for (const domain::Patient& patient : data.patients) {
    enrolment_order.emplace(patient.id, enrolment_order.size());
    const std::size_t courses = index.records(patient.id).courses_given.size();
    safety.courses += courses;
    if (courses > 0) ++safety.patients;
  }
  std::set<std::pair<std::string_view, int>> courses_with_event;
  std::set<std::string_view> patients_with_event;
  for (const domain::AdverseEvent& event : data.adverse_events) {
    ++safety.events;
    if (event.serious) ++safety.serious_events;
    if (index.records(event.patient_id).courses_given.contains(event.course_number)) {
      courses_with_event.emplace(event.patient_id, event.course_number);
      patients_with_event.insert(event.patient_id);
    }
    safety.listing.push_back({event.patient_id, event.course_number, event.term, event.onset_date,
                              event.serious, event.severity, event.relatedness, event.outcome});
  }
  safety.courses_with_event = courses_with_event.size();
  safety.patients_with_event = patients_with_event.size();
  safety.rate_per_course = ratio(safety.courses_with_event, safety.courses);
  safety.rate_per_patient = ratio(safety.patients_with_event, safety.patients);
  if (safety.courses > 0) {
    if (auto ci = stats::clopper_pearson(static_cast<std::int64_t>(safety.courses_with_event),
                                         static_cast<std::int64_t>(safety.courses), conf_level)) {
      safety.ci = *ci;
    }
  }
  const auto order = [&](const AdverseEventListing& event) {
    const auto found = enrolment_order.find(event.patient_id);
    const std::size_t position =
        found == enrolment_order.end() ? enrolment_order.size() : found->second;
    return std::tuple(position, event.course_number, event.onset_date);
  };
  std::stable_sort(safety.listing.begin(), safety.listing.end(),
                   [&](const auto& a, const auto& b) { return order(a) < order(b); });
  return safety;
}

}  // namespace myoivig::analysis
