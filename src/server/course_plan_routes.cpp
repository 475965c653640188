#include "server/course_plan_routes.hpp"

#include "server/permissions.hpp"
#include "server/route_support.hpp"
#include "util/strings.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

const store::Stored<domain::Course>* find_course(const store::PatientRecords& records,
                                                 std::int64_t number) {
  for (const auto& course : records.courses) {
    if (course.record.number == number) return &course;
  }
  return nullptr;
}

// 200 {"patient_id", "course_number", "confirmed_by", "confirmed_at", "risk_factors_entered",
// "course", "plan", "infusion_days" (as stored), "record" (the course now, with id and
// version: it may have been edited since)}; 404 for another site's patient, an unknown
// course, or a course that was not planned in the web application.
Reply read_plan(Call& call) {
  auto records = visible_patient(call);
  if (!records) return error_reply(records.error());
  const std::string& patient_id = records->patient.record.id;
  const std::string number_text = call.param("course");
  const auto number = util::parse_integer(number_text);
  const auto* course = number ? find_course(*records, *number) : nullptr;
  if (!course) {
    return error_reply(k_not_found, "not_found",
                       "patient " + patient_id + " has no course " + number_text);
  }
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto stored = (*db)->course_plan(patient_id, course->record.number);
  if (!stored) return error_reply(stored.error());
  const std::string course_name =
      "course " + std::to_string(course->record.number) + " of " + patient_id;
  if (!*stored) {
    return error_reply(k_not_found, "not_found",
                       course_name +
                           " was not planned in the web application (it was loaded from a study "
                           "bundle or imported), so there is no confirmed plan to show; its "
                           "dosing weight and dose are in the course record");
  }
  const store::CoursePlan& plan = **stored;
  json body = json::parse(plan.plan_json, nullptr, false);
  if (!body.is_object()) {
    return error_reply(k_internal_error, "store",
                       "the stored plan of " + course_name + " is not a JSON object");
  }
  body["patient_id"] = patient_id;
  body["course_number"] = course->record.number;
  body["confirmed_by"] = plan.confirmed_by;
  body["confirmed_at"] = plan.confirmed_utc;
  body["risk_factors_entered"] = plan.risk_factors;
  body["record"] = to_json(*course, view_for(call));
  return json_reply(body);
}

}  // namespace

json confirmed_plan_document(json course, json plan, json infusion_days) {
  course.erase("id");
  course.erase("version");
  return {{"course", std::move(course)},
          {"plan", std::move(plan)},
          {"infusion_days", std::move(infusion_days)}};
}

void add_course_plan_routes(Router& router) {
  router.add("GET", "/api/v1/patients/{patient}/courses/{course}/plan",
             Access{false, patient_readers()}, read_plan);
}

}  // namespace myoivig::server
