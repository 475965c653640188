#include "server/routes.hpp"

#include "server/reply.hpp"
#include "server/server_context.hpp"

namespace myoivig::server {

Router api_router() {
  Router router;
  router.add("GET", "/api/v1/health", Access{true, {}}, [](Call&) {
    return json_reply({{"status", "ok"}});
  });
  add_session_routes(router);
  add_study_routes(router);
  add_screening_routes(router);
  add_patient_routes(router);
  add_course_routes(router);
  add_record_routes(router);
  add_audit_routes(router);
  add_query_routes(router);
  add_report_routes(router);
  add_export_routes(router);
  add_user_routes(router);
  return router;
}

}  // namespace myoivig::server
