#include "server/request_guard.hpp"

#include "server/session_token.hpp"
#include "util/strings.hpp"

namespace myoivig::server {

std::string cookie_value(const httplib::Request& request, std::string_view name) {
  const std::size_t headers = request.get_header_value_count("Cookie");
  for (std::size_t h = 0; h < headers; ++h) {
    const std::string header = request.get_header_value("Cookie", h);
    for (const std::string& part : util::split(header, ';')) {
      const std::string_view pair = util::trim(part);
      const std::size_t equals = pair.find('=');
      if (equals == std::string_view::npos) continue;
      if (util::trim(pair.substr(0, equals)) == name) {
        return std::string(util::trim(pair.substr(equals + 1)));
      }
    }
  }
  return "";
}

util::Expected<std::optional<store::SessionUser>> session_of(const httplib::Request& request,
                                                             const ServerContext& server) {
  const std::string token = cookie_value(request, k_session_cookie);
  if (token.size() != 2 * k_token_bytes) return std::optional<store::SessionUser>();
  MYOIVIG_TRY_ASSIGN(store, server.readers->acquire());
  return store->find_session(token_hash(token), server.now_utc());
}

std::optional<std::string> cross_site_refusal(const httplib::Request& request,
                                              const std::string& expected_origin) {
  if (request.get_header_value("Sec-Fetch-Site") == "cross-site") {
    return "a write from another site is refused (Sec-Fetch-Site: cross-site)";
  }
  const std::string origin = request.get_header_value("Origin");
  if (origin.empty()) return std::nullopt;  // not a browser's cross-origin request
  if (origin != expected_origin) {
    return "a write from origin " + origin + " is refused: this server is " + expected_origin +
           " (behind a proxy, start it with --public-url)";
  }
  return std::nullopt;
}

bool has_csrf_token(const httplib::Request& request, const store::SessionUser& session) {
  return same_secret(request.get_header_value(std::string(k_csrf_header)), session.csrf_token);
}

std::string session_cookie(std::string_view token, long long max_age_seconds, bool secure) {
  return std::string(k_session_cookie) + "=" + std::string(token) +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_seconds) +
         (secure ? "; Secure" : "");
}

}  // namespace myoivig::server
