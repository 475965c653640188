// Request guard: the session of a request (from its HttpOnly cookie) and the checks every
// write passes before its handler runs: the session's CSRF token in the X-CSRF-Token
// header (compared in constant time), a browser's Origin equal to the server's own origin
// and no Sec-Fetch-Site "cross-site", and a JSON content type (a cross-site form cannot
// send one without the browser asking first).
// Thread-safety: pure functions apart from the store read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <httplib.h>

#include "server/server_context.hpp"
#include "store/account.hpp"
#include "util/expected.hpp"

namespace myoivig::server {

constexpr std::string_view k_session_cookie = "myoivig_session";
constexpr std::string_view k_csrf_header = "X-CSRF-Token";

// The value of cookie `name` in the request's Cookie headers, or "".
std::string cookie_value(const httplib::Request& request, std::string_view name);

// The live session the request's cookie names, or nullopt.
util::Expected<std::optional<store::SessionUser>> session_of(const httplib::Request& request,
                                                             const ServerContext& server);

// Why a write from this browser context is refused (an Origin other than
// `expected_origin`, Sec-Fetch-Site cross-site), or nullopt when it may go on.
std::optional<std::string> cross_site_refusal(const httplib::Request& request,
                                              const std::string& expected_origin);

// Whether the request carries the session's CSRF token.
bool has_csrf_token(const httplib::Request& request, const store::SessionUser& session);

// The Set-Cookie value that stores `token` for `max_age_seconds` (0 deletes the cookie).
std::string session_cookie(std::string_view token, long long max_age_seconds, bool secure);

}  // namespace myoivig::server
