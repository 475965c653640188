// Router: the API's routes as method + path template ("/api/v1/patients/{patient}"), each
// with who may call it and its handler. Matching splits the path into segments; a
// "{name}" segment matches any one segment and is returned as a parameter. The template
// is what the access log records, so no id or value ever reaches the log.
// Thread-safety: fill before serving; match() is then safe from any thread.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/reply.hpp"
#include "store/account.hpp"

namespace myoivig::server {

struct Call;
using Handler = std::function<Reply(Call&)>;
using PathParams = std::vector<std::pair<std::string, std::string>>;

// Who may call a route: anyone (public), or a signed-in user of one of `roles` (any role
// when empty). Every method other than GET also needs the session's CSRF token.
struct Access {
  bool public_route = false;
  std::vector<store::Role> roles;

  [[nodiscard]] bool allows(store::Role role) const;
};

struct Route {
  std::string method;  // "GET", "POST", "PATCH", "DELETE"
  std::string path_template;
  std::vector<std::string> segments;
  Access access;
  Handler handler;
};

struct RouteMatch {
  const Route* route = nullptr;  // null when nothing matched
  PathParams params;
  bool other_methods = false;  // the path matched a route of another method (405)
};

class Router {
 public:
  void add(std::string method, std::string path_template, Access access, Handler handler);
  [[nodiscard]] RouteMatch match(std::string_view method, std::string_view path) const;
  [[nodiscard]] const std::vector<Route>& routes() const { return m_routes; }

 private:
  std::vector<Route> m_routes;
};

// The segments of a path: "/api/v1/patients/" -> {"api", "v1", "patients"}.
std::vector<std::string> path_segments(std::string_view path);

}  // namespace myoivig::server
