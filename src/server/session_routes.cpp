// /api/v1/session: log in (POST), who am I (GET), log out (DELETE).
// Logging in checks the throttle first (failed logins by name since its last success, and
// by client address, within the window), verifies the Argon2id hash (a decoy hash for an
// unknown or disabled user, so timing tells nothing), records the attempt, and on success
// stores a new session: a 256-bit token in an HttpOnly, SameSite=Strict cookie (Secure
// over TLS or behind an https --public-url), only its SHA-256 in the store, and a CSRF
// token for the page to send back. Behind a trusted proxy the client address is the one it
// forwards (server/forwarded.hpp).
#include "server/forwarded.hpp"
#include "server/password_hash.hpp"
#include "server/request_guard.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"
#include "server/session_token.hpp"

namespace myoivig::server {
namespace {

nlohmann::json session_json(const store::SessionUser& session) {
  return {
      {"user",
       {{"name", session.name},
        {"role", store::code(session.role)},
        {"site", session.site.empty() ? nlohmann::json(nullptr) : nlohmann::json(session.site)}}},
      {"csrf_token", session.csrf_token},
      {"expires_utc", session.expires_utc}};
}

Reply throttled(const ServerContext& server) {
  Reply reply =
      error_reply(k_too_many_requests, "throttled",
                  "too many failed logins for this user name or from this address; "
                  "try again in " +
                      std::to_string(server.options.throttle_window.count()) + " minutes");
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(server.options.throttle_window).count();
  reply.headers.emplace_back("Retry-After", std::to_string(seconds));
  return reply;
}

Reply log_in(Call& call) {
  const ServerContext& server = call.server;
  const auto name = call.body.find("name");
  const auto password = call.body.find("password");
  if (name == call.body.end() || !name->is_string() || password == call.body.end() ||
      !password->is_string()) {
    FieldErrors errors;
    if (name == call.body.end() || !name->is_string()) errors.add("name", nullptr, "is required");
    if (password == call.body.end() || !password->is_string()) {
      errors.add("password", nullptr, "is required");
    }
    return field_errors_reply(errors);
  }
  const std::string user_name = name->get<std::string>();
  const std::string address = client_address(call.request, server.options);
  const TimePoint now = server.now();
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto failures =
      (*db)->login_failures(user_name, address, iso_utc(now - server.options.throttle_window));
  if (!failures) return error_reply(failures.error());
  if (failures->by_name >= server.options.max_failures_per_name ||
      failures->by_address >= server.options.max_failures_per_address) {
    return throttled(server);
  }
  auto user = (*db)->find_user(user_name);
  if (!user) return error_reply(user.error());
  const bool known = user->has_value() && !(*user)->disabled;
  const bool verified = verify_password(password->get<std::string>(),
                                        known ? (*user)->password_hash : decoy_password_hash()) &&
                        known;
  auto recorded =
      call.write(store::RecordLoginAttempt{{user_name, address, verified, iso_utc(now)}}, "log in");
  if (!recorded) return error_reply(recorded.error());
  if (!verified) {
    return error_reply(k_unauthorized, "unauthorized", "wrong user name or password");
  }
  const std::string token = random_token();
  const store::SessionUser session{(*user)->id,    (*user)->name,
                                   (*user)->role,  (*user)->site,
                                   random_token(), iso_utc(now + server.options.session_lifetime)};
  auto added = call.write(store::AddSession{{token_hash(token), session.user_id, session.csrf_token,
                                             iso_utc(now), session.expires_utc}},
                          "log in");
  if (!added) return error_reply(added.error());
  Reply reply = json_reply(session_json(session), k_created);
  const auto lifetime =
      std::chrono::duration_cast<std::chrono::seconds>(server.options.session_lifetime).count();
  reply.headers.emplace_back("Set-Cookie",
                             session_cookie(token, lifetime, secure_cookies(server.options)));
  return reply;
}

Reply who_am_i(Call& call) {
  return json_reply(session_json(*call.user));
}

Reply log_out(Call& call) {
  const std::string token = cookie_value(call.request, k_session_cookie);
  auto removed =
      call.write(store::RemoveSession{token_hash(token), call.server.now_utc()}, "log out");
  if (!removed) return error_reply(removed.error());
  Reply reply{k_no_content, "", "application/json", {}};
  reply.headers.emplace_back("Set-Cookie",
                             session_cookie("", 0, secure_cookies(call.server.options)));
  return reply;
}

}  // namespace

void add_session_routes(Router& router) {
  router.add("POST", "/api/v1/session", Access{true, {}}, log_in);
  router.add("GET", "/api/v1/session", Access{}, who_am_i);
  router.add("DELETE", "/api/v1/session", Access{}, log_out);
}

}  // namespace myoivig::server
