// POST /api/v1/screening/evaluate: the protocol's eligibility rules, rule by rule, for the
// screening data in the body, saving nothing, so the screening page can show the result as
// the data are entered. The body holds the patient's fields and lists of conditions,
// steroid_doses, courses, visits and assessments (each optional); a bad entry is reported
// as a field error and left out of the evaluation. The rules need the patient's own
// fields: while those have errors, no verdict is given.
#include "domain/eligibility.hpp"
#include "server/eligibility_json.hpp"
#include "server/permissions.hpp"
#include "server/record_forms.hpp"
#include "server/record_validation.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"

namespace myoivig::server {
namespace {

constexpr const char* k_screening_id = "SCREENING";

template <typename Record>
void read_list(const nlohmann::json& body, const char* name, store::Entity entity,
               const std::string& patient_id, const domain::Protocol& protocol,
               std::vector<Record>& out, FieldErrors& errors) {
  const auto list = body.find(name);
  if (list == body.end() || list->is_null()) return;
  if (!list->is_array()) {
    errors.add(name, *list, "must be a list");
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string prefix = std::string(name) + "[" + std::to_string(i) + "].";
    FieldErrors entry;
    Record record = read_record_as<Record>(entity, (*list)[i], patient_id, entry, prefix);
    if (entry.empty()) validate_record_rules(record, protocol, entry, prefix);
    if (entry.empty()) {
      out.push_back(std::move(record));
    } else {
      for (const FieldError& error : entry.errors()) errors.append(error);
    }
  }
}

Reply evaluate(Call& call) {
  const domain::Protocol& protocol = call.server.protocol;
  FieldErrors errors;
  nlohmann::json fields = call.body;
  const nlohmann::json lists = fields;
  for (const char* list : {"conditions", "steroid_doses", "courses", "visits", "assessments"}) {
    fields.erase(list);
  }
  if (!fields.contains("patient_id") || fields["patient_id"].is_null()) {
    fields["patient_id"] = k_screening_id;
  }
  if (call.user->role == store::Role::investigator && !fields.contains("site")) {
    fields["site"] = call.user->site;
  }
  FieldErrors patient_errors;
  const domain::Patient patient = read_patient(fields, patient_errors);
  if (patient_errors.empty()) validate_record_rules(patient, protocol, patient_errors);
  domain::EligibilityRecords records;
  read_list(lists, "conditions", store::Entity::conditions, patient.id, protocol,
            records.conditions, errors);
  read_list(lists, "steroid_doses", store::Entity::steroid_doses, patient.id, protocol,
            records.steroid_doses, errors);
  read_list(lists, "courses", store::Entity::courses, patient.id, protocol, records.courses,
            errors);
  read_list(lists, "visits", store::Entity::visits, patient.id, protocol, records.visits, errors);
  read_list(lists, "assessments", store::Entity::assessments, patient.id, protocol,
            records.assessments, errors);
  nlohmann::json all_errors = patient_errors.to_json();
  for (const auto& error : errors.to_json()) all_errors.push_back(error);
  if (!patient_errors.empty()) {
    return json_reply(
        {{"verdict", nullptr}, {"rules", nlohmann::json::array()}, {"errors", all_errors}});
  }
  nlohmann::json body = eligibility_json(domain::evaluate_eligibility(patient, records, protocol));
  body["errors"] = all_errors;
  return json_reply(body);
}

}  // namespace

void add_screening_routes(Router& router) {
  router.add("POST", "/api/v1/screening/evaluate", Access{false, record_editors()}, evaluate);
}

}  // namespace myoivig::server
