// ResearchStudy, Patient and ResearchSubject of the FHIR Bundle.
#include <string>

#include "io/fhir/fhir_codes.hpp"
#include "io/fhir/fhir_resources.hpp"

namespace myoivig::io::fhir {
namespace {

using nlohmann::ordered_json;

// The arm name of a single-arm study (ResearchStudy.arm.name, ResearchSubject.assignedArm).
constexpr std::string_view k_single_arm = "IVIG";

}  // namespace

Entry research_study_entry(const FhirContext& context) {
  const domain::Protocol& protocol = context.protocol();
  ordered_json study = context.resource("ResearchStudy");
  study["identifier"] =
      ordered_json::array({{{"system", "urn:myoivig:study"}, {"value", context.study_id()}},
                           {{"system", "urn:myoivig:protocol"}, {"value", protocol.id}}});
  if (!protocol.title.empty()) study["title"] = protocol.title;
  study["status"] = "active";
  study["primaryPurposeType"] = concept_of(k_purpose, "treatment", "Treatment");
  std::string description = context.data().info.description;
  if (description.empty()) description = "Study " + context.study_id();
  study["description"] = description;
  ordered_json arms = ordered_json::array();
  if (context.randomised()) {
    for (const domain::Arm& arm : protocol.design.arms) {
      arms.push_back({{"name", arm.id}, {"description", arm.label}});
    }
  } else {
    arms.push_back({{"name", k_single_arm}, {"description", protocol.regimen.description}});
  }
  study["arm"] = arms;
  return {context.url("ResearchStudy", context.study_id()), std::move(study)};
}

Entry patient_entry(const FhirContext& context, const domain::Patient& patient) {
  ordered_json resource = context.resource("Patient");
  resource["identifier"] = ordered_json::array({context.identifier("patient", patient.id)});
  resource["gender"] = patient.sex == domain::Sex::male ? "male" : "female";
  resource["birthDate"] = std::to_string(patient.birth_year);  // the year alone: pseudonymous
  return {context.url("Patient", patient.id), std::move(resource)};
}

Entry research_subject_entry(const FhirContext& context, const domain::Patient& patient) {
  ordered_json subject = context.resource("ResearchSubject");
  subject["identifier"] = ordered_json::array({context.identifier("patient", patient.id)});
  subject["status"] = patient.withdrawal_date ? "withdrawn" : "on-study";
  ordered_json period = {{"start", patient.enrolment_date.iso()}};
  if (patient.withdrawal_date) period["end"] = patient.withdrawal_date->iso();
  subject["period"] = period;
  subject["study"] = context.reference("ResearchStudy", context.study_id());
  subject["individual"] = context.reference("Patient", patient.id);
  if (!context.randomised()) {
    subject["assignedArm"] = k_single_arm;
  } else if (const domain::Allocation* allocation = context.allocation(patient.id);
             allocation && context.arm_shown()) {
    subject["assignedArm"] = allocation->arm;
  }
  return {context.url("ResearchSubject", patient.id), std::move(subject)};
}

}  // namespace myoivig::io::fhir
