#include <limits>

#include "io/listing/listing_tables.hpp"

namespace myoivig::io::listing {

ListingContext::ListingContext(const domain::StudyData& data, const domain::Protocol& protocol,
                               bool show_arm)
    : m_data(&data), m_protocol(&protocol), m_show_arm(show_arm) {
  m_patients.reserve(data.patients.size());
  for (std::size_t i = 0; i < data.patients.size(); ++i) {
    PatientFacts& facts = m_patients[data.patients[i].id];
    facts.order = i;
    facts.patient = &data.patients[i];
  }
  for (const domain::Allocation& allocation : data.allocations) {
    if (auto found = m_patients.find(allocation.patient_id); found != m_patients.end()) {
      found->second.allocation = &allocation;
    }
  }
  for (const domain::Course& course : data.courses) {
    if (auto found = m_patients.find(course.patient_id); found != m_patients.end()) {
      found->second.courses.try_emplace(course.number);
      found->second.course_records[course.number] = &course;
      ++found->second.course_count;
    }
  }
  for (const domain::Administration& given : data.administrations) {
    auto found = m_patients.find(given.patient_id);
    if (found == m_patients.end()) continue;
    CourseTotals& totals = found->second.courses[given.course_number];
    ++totals.infusions;
    totals.dose_g += given.dose_g;
    if (!totals.last_infusion || *totals.last_infusion < given.date) {
      totals.last_infusion = given.date;
    }
    std::optional<util::Date>& first = found->second.first_infusion;
    if (!first || given.date < *first) first = given.date;
  }
  for (const domain::Visit& visit : data.visits) {
    if (auto found = m_patients.find(visit.patient_id); found != m_patients.end()) {
      found->second.visits[visit.week] = &visit;
    }
  }
}

bool ListingContext::randomised() const {
  return m_protocol->design.kind == domain::DesignKind::randomised;
}

const ListingContext::PatientFacts* ListingContext::facts(std::string_view patient_id) const {
  auto found = m_patients.find(patient_id);
  return found == m_patients.end() ? nullptr : &found->second;
}

std::size_t ListingContext::order(std::string_view patient_id) const {
  const PatientFacts* found = facts(patient_id);
  return found ? found->order : std::numeric_limits<std::size_t>::max();
}

std::string_view ListingContext::site(std::string_view patient_id) const {
  const PatientFacts* found = facts(patient_id);
  return found ? std::string_view(found->patient->site) : std::string_view();
}

const domain::Allocation* ListingContext::allocation(std::string_view patient_id) const {
  const PatientFacts* found = facts(patient_id);
  return found ? found->allocation : nullptr;
}

const CourseTotals& ListingContext::totals(std::string_view patient_id, int course) const {
  static const CourseTotals k_none;
  const PatientFacts* found = facts(patient_id);
  if (!found) return k_none;
  auto totals = found->courses.find(course);
  return totals == found->courses.end() ? k_none : totals->second;
}

const domain::Course* ListingContext::course(std::string_view patient_id, int number) const {
  const PatientFacts* found = facts(patient_id);
  if (!found) return nullptr;
  auto course = found->course_records.find(number);
  return course == found->course_records.end() ? nullptr : course->second;
}

int ListingContext::courses_of(std::string_view patient_id) const {
  const PatientFacts* found = facts(patient_id);
  return found ? found->course_count : 0;
}

int ListingContext::infusions_of(std::string_view patient_id) const {
  const PatientFacts* found = facts(patient_id);
  int infusions = 0;
  if (found) {
    for (const auto& [number, totals] : found->courses) infusions += totals.infusions;
  }
  return infusions;
}

const domain::Visit* ListingContext::visit(std::string_view patient_id, int week) const {
  const PatientFacts* found = facts(patient_id);
  if (!found) return nullptr;
  auto visit = found->visits.find(week);
  return visit == found->visits.end() ? nullptr : visit->second;
}

std::optional<util::Date> ListingContext::day_one(std::string_view patient_id) const {
  const PatientFacts* found = facts(patient_id);
  if (!found) return std::nullopt;
  if (randomised()) {
    if (!found->allocation) return std::nullopt;
    return found->allocation->randomised_on;
  }
  return found->first_infusion;
}

std::string_view ListingContext::study_drug(const domain::Course& course) const {
  if (!course.blinded) return "IVIG";
  if (!m_show_arm) return "masked";
  const domain::Allocation* allocated = allocation(course.patient_id);
  const domain::Arm* arm = allocated ? m_protocol->design.arm(allocated->arm) : nullptr;
  if (!arm) return "masked";
  return domain::gives_placebo(course, *arm) ? "placebo" : "IVIG";
}

std::string ListingContext::visit_label(int week) const {
  const int baseline = m_protocol->analysis.baseline_week;
  std::string label = week == baseline  ? "Baseline"
                      : week < baseline ? "Screening (week " + std::to_string(week) + ")"
                                        : "Week " + std::to_string(week);
  if (!m_protocol->visit(week)) label += " (unscheduled)";
  return label;
}

}  // namespace myoivig::io::listing
