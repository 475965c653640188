#include "server/router.hpp"

#include <algorithm>

namespace myoivig::server {
namespace {

bool is_parameter(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool matches(const Route& route, const std::vector<std::string>& segments, PathParams& params) {
  if (route.segments.size() != segments.size()) return false;
  params.clear();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string& pattern = route.segments[i];
    if (is_parameter(pattern)) {
      if (segments[i].empty()) return false;
      params.emplace_back(pattern.substr(1, pattern.size() - 2), segments[i]);
    } else if (pattern != segments[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool Access::allows(store::Role role) const {
  return roles.empty() || std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::vector<std::string> path_segments(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) segments.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

void Router::add(std::string method, std::string path_template, Access access, Handler handler) {
  std::vector<std::string> segments = path_segments(path_template);
  m_routes.push_back({std::move(method), std::move(path_template), std::move(segments),
                      std::move(access), std::move(handler)});
}

RouteMatch Router::match(std::string_view method, std::string_view path) const {
  const std::vector<std::string> segments = path_segments(path);
  RouteMatch result;
  PathParams params;
  for (const Route& route : m_routes) {
    if (!matches(route, segments, params)) continue;
    if (route.method == method) {
      result.route = &route;
      result.params = std::move(params);
      return result;
    }
    result.other_methods = true;
  }
  return result;
}

}  // namespace myoivig::server
