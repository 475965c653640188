// The patient's records that forms create and edit, one address per kind:
//   POST  /api/v1/patients/{patient}/<kind>        create (201 {"records": [...]})
//   PATCH /api/v1/patients/{patient}/<kind>/{id}   edit: merge patch + version + reason
// for conditions, steroid-doses, visits (a visit may bring its "assessment"), assessments,
// muscle-grades (one, or a visit's grid: {"week": W, "grades": [...]}), adverse-events and
// infusions. Courses are created by the course planner
// (course_routes.cpp) and edited here.
#include "server/permissions.hpp"
#include "server/record_forms.hpp"
#include "server/record_writes.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"

namespace myoivig::server {
namespace {

struct Kind {
  const char* segment;
  store::Entity entity;
  bool created_here;
};

constexpr Kind k_kinds[] = {
    {"conditions", store::Entity::conditions, true},
    {"steroid-doses", store::Entity::steroid_doses, true},
    {"visits", store::Entity::visits, false},  // POST below: with its assessment
    {"assessments", store::Entity::assessments, true},
    {"muscle-grades", store::Entity::muscle_grades, false},  // POST below: one or a grid
    {"adverse-events", store::Entity::adverse_events, true},
    {"infusions", store::Entity::administrations, true},
    {"courses", store::Entity::courses, false},  // POST: course_routes.cpp
};

Reply create_one(Call& call, store::Entity entity) {
  auto patient = editable_patient(call);
  if (!patient) return error_reply(patient.error());
  FieldErrors errors;
  store::AnyRecord record = read_record(entity, call.body, patient->patient.record.id, errors);
  return create_records(call, *patient, {std::move(record)}, errors);
}

// POST /visits: the visit and, when the body has "assessment", its assessment (same week).
Reply create_visit(Call& call) {
  auto patient = editable_patient(call);
  if (!patient) return error_reply(patient.error());
  FieldErrors errors;
  nlohmann::json body = call.body;
  const nlohmann::json assessment = body.value("assessment", nlohmann::json(nullptr));
  body.erase("assessment");
  const std::string& id = patient->patient.record.id;
  std::vector<store::AnyRecord> records{read_record(store::Entity::visits, body, id, errors)};
  if (!assessment.is_null()) {
    nlohmann::json fields = assessment;
    if (fields.is_object() && !fields.contains("week") && body.contains("week")) {
      fields["week"] = body["week"];
    }
    records.push_back(read_record(store::Entity::assessments, fields, id, errors, "assessment."));
  }
  return create_records(call, *patient, std::move(records), errors, {"", "assessment."});
}

// POST /muscle-grades: one grade, or {"week": W, "grades": [{muscle_group, side, status,
// grade}, ...]} saved together.
Reply create_grades(Call& call) {
  const auto grades = call.body.find("grades");
  if (grades == call.body.end()) return create_one(call, store::Entity::muscle_grades);
  auto patient = editable_patient(call);
  if (!patient) return error_reply(patient.error());
  FieldErrors errors;
  if (!grades->is_array() || grades->empty()) {
    errors.add("grades", *grades, "must be a list of muscle grades");
    return field_errors_reply(errors);
  }
  std::vector<store::AnyRecord> records;
  std::vector<std::string> prefixes;
  for (std::size_t i = 0; i < grades->size(); ++i) {
    nlohmann::json grade = (*grades)[i];
    if (grade.is_object() && !grade.contains("week") && call.body.contains("week")) {
      grade["week"] = call.body["week"];
    }
    prefixes.push_back("grades[" + std::to_string(i) + "].");
    records.push_back(read_record(store::Entity::muscle_grades, grade, patient->patient.record.id,
                                  errors, prefixes.back()));
  }
  for (const auto& [key, value] : call.body.items()) {
    if (key != "week" && key != "grades" && key != "reason") {
      errors.add(key, value, "is not a field of this form");
    }
  }
  return create_records(call, *patient, std::move(records), errors, prefixes);
}

}  // namespace

void add_record_routes(Router& router) {
  const std::string base = "/api/v1/patients/{patient}/";
  for (const Kind& kind : k_kinds) {
    const store::Entity entity = kind.entity;
    if (kind.created_here) {
      router.add("POST", base + kind.segment, Access{false, record_editors()},
                 [entity](Call& call) { return create_one(call, entity); });
    }
    router.add("PATCH", base + kind.segment + "/{id}", Access{false, record_editors()},
               [entity](Call& call) { return edit_record(call, entity); });
  }
  router.add("POST", base + "visits", Access{false, record_editors()}, create_visit);
  router.add("POST", base + "muscle-grades", Access{false, record_editors()}, create_grades);
}

}  // namespace myoivig::server
