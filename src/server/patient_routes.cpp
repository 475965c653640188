// /api/v1/patients: the list with search (and, in a randomised study, each patient's
// allocation summary), enrolment (with screening data), the patient page, an edit of the
// patient record, and randomisation.
#include <map>
#include <string_view>

#include "server/cached_read.hpp"
#include "server/patient_detail.hpp"
#include "server/permissions.hpp"
#include "server/record_forms.hpp"
#include "server/record_validation.hpp"
#include "server/record_writes.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"
#include "util/strings.hpp"

namespace myoivig::server {
namespace {

constexpr std::size_t k_default_page = 100;
constexpr std::size_t k_max_page = 1000;

std::size_t count_param(const Call& call, const std::string& name, std::size_t fallback) {
  const auto text = call.query(name);
  if (!text) return fallback;
  auto value = util::parse_integer(*text);
  return value && *value >= 0 ? static_cast<std::size_t>(*value) : fallback;
}

// The list's status filter: active / withdrawn, and in a randomised study randomised /
// not_randomised; another value matches no patient.
bool status_matches(std::string_view status, const domain::Patient& patient,
                    const domain::Allocation* allocation) {
  if (status == "active") return !patient.withdrawal_date;
  if (status == "withdrawn") return patient.withdrawal_date.has_value();
  if (status == "randomised") return allocation != nullptr;
  if (status == "not_randomised") return allocation == nullptr;
  return false;
}

Reply list_patients(Call& call) {
  const std::string search = util::to_lower(call.query("q").value_or(""));
  const std::optional<std::string> site = call.query("site");
  const std::optional<std::string> status = call.query("status");
  const std::size_t offset = count_param(call, "offset", 0);
  const std::size_t limit = std::min(count_param(call, "limit", k_default_page), k_max_page);
  // Every parameter and the audience (site scoping, free text, and the arm of the rows'
  // allocation summary: role and protocol) are in the key.
  const std::string key = "patients|" + audience_key(call) + "|" + search + "|" +
                          site.value_or("*") + "|" + status.value_or("*") + "|" +
                          std::to_string(offset) + "|" + std::to_string(limit);
  return cached_read(call, key, [&](store::Store& db) {
    auto patients = db.read_patients();
    if (!patients) return error_reply(patients.error());
    const bool randomised = call.server.protocol.design.kind == domain::DesignKind::randomised;
    std::map<std::string, domain::Allocation, std::less<>> allocations;
    if (randomised) {
      auto stored = db.read_allocations();
      if (!stored) return error_reply(stored.error());
      for (auto& allocation : *stored) {
        allocations.emplace(allocation.record.patient_id, std::move(allocation.record));
      }
    }
    const RecordView view = view_for(call);
    nlohmann::json rows = nlohmann::json::array();
    std::size_t matched = 0;
    for (const auto& stored : *patients) {
      const domain::Patient& patient = stored.record;
      if (!can_see_patient(*call.user, patient)) continue;
      if (site && patient.site != *site) continue;
      if (!search.empty() && util::to_lower(patient.id).find(search) == std::string::npos) {
        continue;
      }
      const auto found = allocations.find(patient.id);
      const domain::Allocation* allocation = found == allocations.end() ? nullptr : &found->second;
      if (status && !status_matches(*status, patient, allocation)) continue;
      if (matched++ < offset || rows.size() >= limit) continue;
      nlohmann::json row = to_json(stored, view);
      if (randomised) row.update(allocation_summary(allocation, view));
      rows.push_back(std::move(row));
    }
    return json_reply(
        {{"patients", rows}, {"total", matched}, {"offset", offset}, {"limit", limit}});
  });
}

// POST /patients: the patient with optional "conditions", "steroid_doses", "visits" and
// "assessments" (screening data), all checked and saved together in one transaction.
Reply enrol(Call& call) {
  FieldErrors errors;
  nlohmann::json body = call.body;
  const nlohmann::json conditions = body.value("conditions", nlohmann::json::array());
  const nlohmann::json doses = body.value("steroid_doses", nlohmann::json::array());
  const nlohmann::json visits = body.value("visits", nlohmann::json::array());
  const nlohmann::json assessments = body.value("assessments", nlohmann::json::array());
  for (const char* list : {"conditions", "steroid_doses", "visits", "assessments"}) {
    body.erase(list);
  }
  domain::Patient patient = read_patient(body, errors);
  if (patient.site != call.user->site && !errors.has("site")) {
    errors.add("site", patient.site,
               "you enrol patients of your own site (" + call.user->site + ") only");
  }
  std::vector<store::AnyRecord> records{patient};
  std::vector<std::string> prefixes{""};
  const auto read_list = [&](const nlohmann::json& list, store::Entity entity,
                             const std::string& name) {
    if (!list.is_array()) {
      errors.add(name, list, "must be a list");
      return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      prefixes.push_back(name + "[" + std::to_string(i) + "].");
      records.push_back(read_record(entity, list[i], patient.id, errors, prefixes.back()));
    }
  };
  read_list(conditions, store::Entity::conditions, "conditions");
  read_list(doses, store::Entity::steroid_doses, "steroid_doses");
  read_list(visits, store::Entity::visits, "visits");
  read_list(assessments, store::Entity::assessments, "assessments");
  validate_records(records, prefixes, std::nullopt, nullptr, call.server.protocol, errors);
  if (!errors.empty()) return field_errors_reply(errors);
  domain::StudyData data;
  for (const auto& record : records) {
    if (const auto* p = std::get_if<domain::Patient>(&record)) data.patients.push_back(*p);
    if (const auto* c = std::get_if<domain::Condition>(&record)) data.conditions.push_back(*c);
    if (const auto* d = std::get_if<domain::SteroidDose>(&record)) data.steroid_doses.push_back(*d);
    if (const auto* v = std::get_if<domain::Visit>(&record)) data.visits.push_back(*v);
    if (const auto* a = std::get_if<domain::Assessment>(&record)) data.assessments.push_back(*a);
  }
  auto written = call.write(store::AddRecords{std::move(data)},
                            creation_reason(call, "enrolled in the web application"));
  if (!written) return error_reply(written.error());
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto stored = (*db)->read_patient(patient.id);
  if (!stored) return error_reply(stored.error());
  return json_reply({{"patient", to_json(stored->patient, view_for(call))},
                     {"conditions", to_json(stored->conditions, view_for(call))},
                     {"steroid_doses", to_json(stored->steroid_doses, view_for(call))},
                     {"visits", to_json(stored->visits, view_for(call))},
                     {"assessments", to_json(stored->assessments, view_for(call))}},
                    k_created);
}

Reply detail(Call& call) {
  util::Date as_of = call.server.today();
  if (const auto text = call.query("as_of")) {
    auto parsed = util::parse_iso_date(*text);
    if (!parsed) return error_reply(parsed.error().with_context("as_of"));
    as_of = *parsed;
  }
  const std::string key =
      "patient|" + call.param("patient") + "|" + audience_key(call) + "|" + as_of.iso();
  return cached_read(call, key, [&](store::Store& db) {
    auto records = visible_patient(call, db);
    if (!records) return error_reply(records.error());
    store::QueryFilter filter;
    filter.patient_id = records->patient.record.id;
    auto queries = db.queries(filter);
    if (!queries) return error_reply(queries.error());
    const PatientPage page{*records, call.server.protocol,
                           *queries, view_for(call),
                           as_of,    can_edit_patient(*call.user, records->patient.record)};
    return json_reply(patient_detail_json(page));
  });
}

Reply edit_patient(Call& call) {
  return edit_record(call, store::Entity::patients);
}

Reply randomise(Call& call) {
  auto records = editable_patient(call);
  if (!records) return error_reply(records.error());
  if (call.server.protocol.design.kind != domain::DesignKind::randomised) {
    return error_reply(k_conflict, "conflict",
                       "protocol " + call.server.protocol.id + " is not randomised");
  }
  util::Date on = call.server.today();
  if (const auto date = call.body.find("randomised_on"); date != call.body.end()) {
    auto parsed =
        date->is_string()
            ? util::parse_iso_date(date->get<std::string>())
            : util::Expected<util::Date>(util::invalid_argument("must be a date YYYY-MM-DD"));
    if (!parsed) return error_reply(parsed.error().with_context("randomised_on"));
    on = *parsed;
  }
  auto written = call.write(store::RandomisePatient{records->patient.record.id, on},
                            creation_reason(call, "randomised in the web application"));
  if (!written) return error_reply(written.error());
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto after = (*db)->read_patient(records->patient.record.id);
  if (!after) return error_reply(after.error());
  if (!after->allocation) return error_reply(util::io_error("the allocation was not stored"));
  return json_reply({{"allocation", to_json(*after->allocation, view_for(call))}}, k_created);
}

}  // namespace

void add_patient_routes(Router& router) {
  router.add("GET", "/api/v1/patients", Access{false, patient_readers()}, list_patients);
  router.add("POST", "/api/v1/patients", Access{false, record_editors()}, enrol);
  router.add("GET", "/api/v1/patients/{patient}", Access{false, patient_readers()}, detail);
  router.add("PATCH", "/api/v1/patients/{patient}", Access{false, record_editors()}, edit_patient);
  router.add("POST", "/api/v1/patients/{patient}/randomise", Access{false, record_editors()},
             randomise);
}

}  // namespace myoivig::server
