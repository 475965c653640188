#include "server/api_dispatch.hpp"

#include <exception>
#include <iostream>

#include "server/forwarded.hpp"
#include "server/request_guard.hpp"

namespace myoivig::server {
namespace {

constexpr std::string_view k_unmatched = "/(unmatched)";

bool is_read(const std::string& method) {
  return method == "GET" || method == "HEAD";
}

bool is_json(const httplib::Request& request) {
  const std::string type = request.get_header_value("Content-Type");
  return type.rfind("application/json", 0) == 0;
}

// Checks and parses the body of a write into call.body; a reply when refused.
std::optional<Reply> read_body(const httplib::Request& request, nlohmann::json& body) {
  if (request.body.empty()) {
    body = nlohmann::json::object();
    return std::nullopt;
  }
  if (!is_json(request)) {
    return error_reply(k_unsupported_media_type, "unsupported_media_type",
                       "a write must send Content-Type: application/json");
  }
  body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return error_reply(k_bad_request, "bad_json", "the body must be one JSON object");
  }
  return std::nullopt;
}

Reply run(const Route& route, Call& call, Dispatched& dispatched) {
  const httplib::Request& request = call.request;
  std::optional<store::SessionUser> session;
  if (!route.access.public_route) {
    auto found = session_of(request, call.server);
    if (!found) return error_reply(found.error());
    if (!*found) {
      return error_reply(k_unauthorized, "unauthorized", "sign in first (no live session)");
    }
    session = std::move(**found);
    dispatched.role = std::string(store::code(session->role));
    call.user = &*session;
    if (!route.access.allows(session->role)) {
      return error_reply(k_forbidden, "forbidden",
                         "the role " + dispatched.role + " may not do this");
    }
  }
  if (!is_read(request.method)) {
    if (auto refusal = cross_site_refusal(request, expected_origin(request, call.server.options))) {
      return error_reply(k_forbidden, "cross_site", *refusal);
    }
    if (session && !has_csrf_token(request, *session)) {
      return error_reply(k_forbidden, "csrf",
                         "the X-CSRF-Token header must carry the session's CSRF token "
                         "(GET /api/v1/session gives it)");
    }
    if (auto refused = read_body(request, call.body)) return *refused;
  }
  return route.handler(call);
}

}  // namespace

Dispatched dispatch(const Router& router, ServerContext& server, const httplib::Request& request) {
  Dispatched dispatched{{}, std::string(k_unmatched), ""};
  const RouteMatch match = router.match(request.method, request.path);
  if (!match.route) {
    dispatched.reply = match.other_methods
                           ? error_reply(k_method_not_allowed, "method_not_allowed",
                                         request.method + " is not allowed here")
                           : error_reply(k_not_found, "not_found", "no such API address");
    return dispatched;
  }
  dispatched.path_template = match.route->path_template;
  Call call{request, server, nullptr, match.params, nullptr};
  try {
    dispatched.reply = run(*match.route, call, dispatched);
  } catch (const std::exception& error) {
    std::cerr << "myoivig serve: internal error in " << request.method << ' '
              << dispatched.path_template << ": " << error.what() << '\n';
    dispatched.reply = error_reply(k_internal_error, "internal", "internal error");
  }
  return dispatched;
}

}  // namespace myoivig::server
