// Reply: what an API handler answers (status, body, content type, extra headers), and the
// one mapping of errors to HTTP: invalid input 422 with field-level errors, not_found 404,
// conflict 409 (a key that exists, a stale version), a store failure 500. Every error
// body is JSON: {"error": {"code": "...", "message": "..."}} (plus "errors" for 422).
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/field_errors.hpp"
#include "util/error.hpp"

namespace myoivig::server {

struct Reply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
};

constexpr int k_ok = 200;
constexpr int k_created = 201;
constexpr int k_no_content = 204;
constexpr int k_bad_request = 400;
constexpr int k_unauthorized = 401;
constexpr int k_forbidden = 403;
constexpr int k_not_found = 404;
constexpr int k_method_not_allowed = 405;
constexpr int k_conflict = 409;
constexpr int k_unsupported_media_type = 415;
constexpr int k_unprocessable = 422;
constexpr int k_too_many_requests = 429;
constexpr int k_internal_error = 500;
constexpr int k_unavailable = 503;

Reply json_reply(const nlohmann::json& body, int status = k_ok);
Reply error_reply(int status, std::string_view code, std::string_view message);
// invalid_argument: 422 with the message as a field error; not_found 404; conflict 409;
// io_error and corrupt 500.
Reply error_reply(const util::Error& error);
// 422 {"error": {"code": "invalid", "message": "nothing was saved: ..."}, "errors": [...]}.
Reply field_errors_reply(const FieldErrors& errors);

}  // namespace myoivig::server
