// The API's routes, one function per resource, each in its own file (<resource>_routes.cpp).
// docs/api.md documents every route with its request and response.
// Thread-safety: call before serving.
#pragma once

#include "server/router.hpp"

namespace myoivig::server {

void add_session_routes(Router& router);    // /session: log in, who am I, log out
void add_study_routes(Router& router);      // /study, /dashboard
void add_patient_routes(Router& router);    // /patients list, enrol, detail, edit
void add_screening_routes(Router& router);  // /screening/evaluate, eligibility
void add_course_routes(Router& router);     // dose plan, courses, infusions
void add_record_routes(Router& router);     // visits, assessments, events, conditions, ...
void add_audit_routes(Router& router);      // a patient's audit trail, a record's history
void add_query_routes(Router& router);      // data queries
void add_report_routes(Router& router);     // the analysis report and its JSON
void add_export_routes(Router& router);     // bundle files for statisticians
void add_user_routes(Router& router);       // users (admin)

// Every route above.
Router api_router();

}  // namespace myoivig::server
