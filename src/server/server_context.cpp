#include "server/server_context.hpp"

#include "util/strings.hpp"

namespace myoivig::server {

std::string Call::param(std::string_view name) const {
  for (const auto& [key, value] : params) {
    if (key == name) return value;
  }
  return "";
}

util::Expected<std::int64_t> Call::id_param(std::string_view name) const {
  const std::string text = param(name);
  auto id = util::parse_integer(text);
  if (!id || *id <= 0) {
    return util::not_found(std::string(name) + ": '" + text + "' is not a record id");
  }
  return *id;
}

std::optional<std::string> Call::query(const std::string& name) const {
  if (!request.has_param(name)) return std::nullopt;
  return request.get_param_value(name);
}

store::AuditContext Call::audit(std::string reason) const {
  return {"web:" + (user ? user->name : std::string("anonymous")), std::move(reason),
          server.now_utc()};
}

util::Expected<store::WriteOutcome> Call::write(store::WriteCommand command,
                                                std::string reason) const {
  return server.writer->write(store::Write{std::move(command), audit(std::move(reason))});
}

}  // namespace myoivig::server
