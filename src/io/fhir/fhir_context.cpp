#include <algorithm>

#include <fmt/format.h>

#include "io/fhir/fhir_codes.hpp"
#include "io/fhir/fhir_resources.hpp"
#include "io/fhir/name_uuid.hpp"

namespace myoivig::io::fhir {
namespace {

using nlohmann::ordered_json;

// `text` with every character outside RFC 3986's unreserved set percent-encoded, so a study
// id always makes a valid URN.
std::string urn_part(std::string_view text) {
  std::string part;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      part += c;
    } else {
      part += fmt::format("%{:02X}", byte);
    }
  }
  return part;
}

}  // namespace

FhirContext::FhirContext(const domain::StudyData& data, const domain::Protocol& protocol,
                         const FhirOptions& options)
    : m_data(&data),
      m_protocol(&protocol),
      m_options(options),
      m_study_id(data.info.study_id.empty() ? protocol.id : data.info.study_id) {
  m_arm_shown = !randomised() || !protocol.design.blinded || options.unblinded;
  for (const domain::Patient& patient : data.patients) m_patients.try_emplace(patient.id);
  for (const domain::Allocation& allocation : data.allocations) {
    if (auto found = m_patients.find(allocation.patient_id); found != m_patients.end()) {
      found->second.allocation = &allocation;
    }
  }
  for (const domain::Course& course : data.courses) {
    if (auto found = m_patients.find(course.patient_id); found != m_patients.end()) {
      found->second.courses[course.number] = &course;
    }
  }
  for (const domain::Administration& given : data.administrations) {
    if (auto found = m_patients.find(given.patient_id); found != m_patients.end()) {
      found->second.infusion_days[given.course_number].push_back(given.day);
    }
  }
  for (auto& [id, index] : m_patients) {
    for (auto& [course, days] : index.infusion_days) std::sort(days.begin(), days.end());
  }
  for (const domain::Visit& visit : data.visits) {
    if (auto found = m_patients.find(visit.patient_id); found != m_patients.end()) {
      found->second.visits[visit.week] = &visit;
    }
  }
}

bool FhirContext::randomised() const {
  return m_protocol->design.kind == domain::DesignKind::randomised;
}

std::string FhirContext::url(std::string_view type, std::string_view key) const {
  return urn_uuid(m_study_id + "/" + std::string(type) + "/" + std::string(key));
}

ordered_json FhirContext::reference(std::string_view type, std::string_view key) const {
  return {{"reference", url(type, key)}};
}

ordered_json FhirContext::resource(std::string_view type) const {
  ordered_json resource = {{"resourceType", type}};
  if (m_data->info.synthetic) {
    resource["meta"] = {
        {"security", ordered_json::array({coding(k_act_reason, "HTEST", "test health data")})}};
  }
  return resource;
}

ordered_json FhirContext::identifier(std::string_view kind, std::string_view value) const {
  return {{"system", "urn:myoivig:" + urn_part(m_study_id) + ":" + std::string(kind)},
          {"value", value}};
}

const domain::Course* FhirContext::course(std::string_view patient_id, int number) const {
  auto found = m_patients.find(patient_id);
  if (found == m_patients.end()) return nullptr;
  auto course = found->second.courses.find(number);
  return course == found->second.courses.end() ? nullptr : course->second;
}

const domain::Visit* FhirContext::visit(std::string_view patient_id, int week) const {
  auto found = m_patients.find(patient_id);
  if (found == m_patients.end()) return nullptr;
  auto visit = found->second.visits.find(week);
  return visit == found->second.visits.end() ? nullptr : visit->second;
}

std::vector<std::string> FhirContext::infusion_keys(std::string_view patient_id, int course) const {
  std::vector<std::string> keys;
  auto found = m_patients.find(patient_id);
  if (found == m_patients.end()) return keys;
  auto days = found->second.infusion_days.find(course);
  if (days == found->second.infusion_days.end()) return keys;
  for (int day : days->second) keys.push_back(fmt::format("{}/{}/{}", patient_id, course, day));
  return keys;
}

const domain::Allocation* FhirContext::allocation(std::string_view patient_id) const {
  auto found = m_patients.find(patient_id);
  return found == m_patients.end() ? nullptr : found->second.allocation;
}

StudyDrug FhirContext::study_drug(const domain::Course& course) const {
  if (!course.blinded) return StudyDrug::ivig;
  if (!m_arm_shown) return StudyDrug::masked;
  const domain::Allocation* allocation = this->allocation(course.patient_id);
  const domain::Arm* arm = allocation ? m_protocol->design.arm(allocation->arm) : nullptr;
  if (!arm) return StudyDrug::masked;
  return domain::gives_placebo(course, *arm) ? StudyDrug::placebo : StudyDrug::ivig;
}

std::string infusion_key(const domain::Administration& given) {
  return fmt::format("{}/{}/{}", given.patient_id, given.course_number, given.day);
}

}  // namespace myoivig::io::fhir
