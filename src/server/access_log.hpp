// The structured access log: one JSON object per request, on one line:
//   {"time":"2026-11-24T12:00:00.123Z","method":"PATCH",
//    "path":"/api/v1/patients/{patient}/assessments/{id}","status":200,
//    "duration_ms":1.84,"role":"investigator"}
// The path is the route's template, never the request's path, so no patient id, record id
// or query value is logged; the role is logged, never the user's name or address.
// Static files log as "/(static)", unknown paths as "/(unmatched)".
// Thread-safety: pure function.
#pragma once

#include <string>
#include <string_view>

namespace myoivig::server {

struct AccessRecord {
  std::string time_utc;
  std::string method;
  std::string path_template;
  int status = 0;
  double duration_ms = 0;
  std::string role;  // "" when not signed in
};

std::string access_log_line(const AccessRecord& record);

}  // namespace myoivig::server
