#include "io/cdisc/study_context.hpp"

#include <algorithm>

#include "io/cdisc/cdisc_dataset.hpp"

namespace myoivig::io::cdisc {
namespace {

constexpr int k_days_per_week = 7;
constexpr int k_unscheduled_visit_base = 1000;
constexpr std::size_t k_max_arm_code_length = 20;

void extend(std::optional<util::Date>& last, util::Date date) {
  if (!last || *last < date) last = date;
}

}  // namespace

std::string visit_name(int week, int baseline_week, int weeks_before_baseline) {
  if (week == baseline_week) return "BASELINE";
  if (week < baseline_week) {
    return weeks_before_baseline > 1 ? "SCREENING WEEK " + std::to_string(week) : "SCREENING";
  }
  return "WEEK " + std::to_string(week);
}

StudyContext::StudyContext(const domain::StudyData& data, const domain::Protocol& protocol)
    : m_data(&data), m_protocol(&protocol), m_index(data) {
  m_study_id = data.info.study_id.empty() ? protocol.id : data.info.study_id;
  if (randomised()) {
    for (const domain::Arm& arm : protocol.design.arms) {
      m_arms.push_back({upper(arm.id).substr(0, k_max_arm_code_length), arm.label, arm.placebo});
    }
  } else {
    m_arms.push_back({"IVIG", protocol.regimen.description, false});
  }

  std::vector<int> weeks;
  for (const domain::ScheduledVisit& visit : protocol.schedule) weeks.push_back(visit.week);
  std::sort(weeks.begin(), weeks.end());
  const int baseline = protocol.analysis.baseline_week;
  const auto before = static_cast<int>(
      std::count_if(weeks.begin(), weeks.end(), [&](int week) { return week < baseline; }));
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    const int week = weeks[i];
    m_visits.push_back({week, static_cast<int>(i) + 1, visit_name(week, baseline, before),
                        week * k_days_per_week + (week >= 0 ? 1 : 0), true});
  }

  for (const domain::Allocation& allocation : data.allocations) {
    m_allocation_of.emplace(allocation.patient_id, &allocation);
  }
  for (const domain::Administration& given : data.administrations) {
    auto [found, added] = m_infusions.try_emplace(given.patient_id, given.date, given.date);
    if (!added) {
      found->second.first = std::min(found->second.first, given.date);
      found->second.second = std::max(found->second.second, given.date);
    }
  }
  m_subjects.reserve(data.patients.size());
  for (const domain::Patient& patient : data.patients) add_subject(patient);
}

bool StudyContext::randomised() const {
  return m_protocol->design.kind == domain::DesignKind::randomised;
}

void StudyContext::add_subject(const domain::Patient& patient) {
  SubjectInfo subject;
  subject.patient = &patient;
  subject.usubjid = m_study_id + "-" + patient.site + "-" + patient.id;
  if (auto found = m_allocation_of.find(patient.id); found != m_allocation_of.end()) {
    subject.allocation = found->second;
  }
  if (auto found = m_infusions.find(patient.id); found != m_infusions.end()) {
    subject.first_infusion = found->second.first;
    subject.last_infusion = found->second.second;
    subject.treated = true;
  }
  subject.reference_start =
      randomised()
          ? (subject.allocation ? std::optional(subject.allocation->randomised_on) : std::nullopt)
          : subject.first_infusion;

  std::optional<util::Date> last;
  if (subject.last_infusion) extend(last, *subject.last_infusion);
  for (const domain::Visit* visit : m_index.records(patient.id).visits) extend(last, visit->date);
  if (patient.withdrawal_date) extend(last, *patient.withdrawal_date);
  subject.last_contact = last;

  if (!randomised()) {
    subject.planned = m_arms.front();
  } else if (subject.allocation) {
    const auto arm = std::find_if(m_arms.begin(), m_arms.end(), [&](const ArmInfo& info) {
      return info.code == upper(subject.allocation->arm);
    });
    subject.planned =
        arm != m_arms.end() ? *arm : ArmInfo{upper(subject.allocation->arm), "", false};
  } else {
    subject.planned = {"NOTASSGN", "Not Assigned", false};
  }
  subject.actual = subject.planned;
  if (subject.planned.code != "NOTASSGN" && !subject.planned.placebo && !subject.treated) {
    subject.actual = {"NOTTRT", "Not Treated", false};
  }
  m_subject_of.emplace(patient.id, m_subjects.size());
  m_subjects.push_back(std::move(subject));
}

const SubjectInfo& StudyContext::subject(std::string_view patient_id) const {
  if (auto found = m_subject_of.find(patient_id); found != m_subject_of.end()) {
    return m_subjects[found->second];
  }
  return m_unknown;
}

std::optional<int> StudyContext::day(std::string_view patient_id, util::Date date) const {
  return study_day(date, subject(patient_id).reference_start);
}

VisitInfo StudyContext::visit(int week) const {
  for (const VisitInfo& info : m_visits) {
    if (info.week == week) return info;
  }
  return {week, k_unscheduled_visit_base + week, "UNSCHEDULED WEEK " + std::to_string(week),
          week * k_days_per_week + (week >= 0 ? 1 : 0), false};
}

std::optional<VisitInfo> StudyContext::visit_on(std::string_view patient_id,
                                                util::Date date) const {
  for (const domain::Visit* visit : m_index.records(patient_id).visits) {
    if (visit->date == date) return this->visit(visit->week);
  }
  return std::nullopt;
}

}  // namespace myoivig::io::cdisc
