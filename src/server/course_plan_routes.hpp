// Confirmed course plans: the document stored with a course confirmed in the course planner
// (POST /api/v1/patients/{patient}/courses, course_routes.cpp) and its read-back,
// GET /api/v1/patients/{patient}/courses/{course}/plan, for everyone who may see the patient
// (site scoping as on the patient page). The planner never sees the arm (domain::plan_course
// takes none: a blinded course is planned as the masked study drug, the same for every arm),
// so a stored plan holds nothing that reveals it; the reply adds only the course record as
// the reader's view shows it.
// Thread-safety: pure functions; one Call per request.
#pragma once

#include <nlohmann/json.hpp>

#include "server/router.hpp"

namespace myoivig::server {

// What is stored: {"course": <the course as confirmed, without id and version>, "plan":
// {...}, "infusion_days": [...]}, exactly the parts of the confirmation's reply.
nlohmann::json confirmed_plan_document(nlohmann::json course, nlohmann::json plan,
                                       nlohmann::json infusion_days);

void add_course_plan_routes(Router& router);  // GET .../courses/{course}/plan

}  // namespace myoivig::server
