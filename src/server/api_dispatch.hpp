// The API's one entry point: finds the route, checks the session (401), the role (403),
// for writes the origin and the CSRF token (403) and the JSON body (415, 400), then runs
// the handler, catching any exception into a 500 (the one catch of a request).
// Thread-safety: dispatch() is safe from any thread once the router is filled.
#pragma once

#include <string>

#include <httplib.h>

#include "server/reply.hpp"
#include "server/router.hpp"
#include "server/server_context.hpp"

namespace myoivig::server {

struct Dispatched {
  Reply reply;
  std::string path_template;  // for the access log
  std::string role;           // "" when not signed in
};

Dispatched dispatch(const Router& router, ServerContext& server, const httplib::Request& request);

}  // namespace myoivig::server
