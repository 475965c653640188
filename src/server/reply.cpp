#include "server/reply.hpp"

namespace myoivig::server {

Reply json_reply(const nlohmann::json& body, int status) {
  return Reply{status, body.dump(), "application/json", {}};
}

Reply error_reply(int status, std::string_view code, std::string_view message) {
  return json_reply({{"error", {{"code", code}, {"message", message}}}}, status);
}

Reply error_reply(const util::Error& error) {
  switch (error.code) {
    case util::ErrorCode::invalid_argument: {
      FieldErrors errors;
      errors.add_error(error, nullptr);
      return field_errors_reply(errors);
    }
    case util::ErrorCode::not_found:
      return error_reply(k_not_found, "not_found", error.message);
    case util::ErrorCode::conflict:
      return error_reply(k_conflict, "conflict", error.message);
    case util::ErrorCode::io_error:
    case util::ErrorCode::corrupt:
      break;
  }
  return error_reply(k_internal_error, "store", error.message);
}

Reply field_errors_reply(const FieldErrors& errors) {
  const std::size_t count = errors.errors().size();
  const std::string summary =
      count == 1 ? "nothing was saved: " + errors.errors().front().message
                 : "nothing was saved: " + std::to_string(count) + " fields are invalid";
  return json_reply(
      {{"error", {{"code", "invalid"}, {"message", summary}}}, {"errors", errors.to_json()}},
      k_unprocessable);
}

}  // namespace myoivig::server
