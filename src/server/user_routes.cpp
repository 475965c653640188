// Users, for administrators: GET /api/v1/users, POST /api/v1/users (name, role, site,
// password: checked, hashed with Argon2id), PATCH /api/v1/users/{name} (role, site,
// disabled, password; with the version read). A new password or disabling a user ends the
// user's sessions. No response ever carries a password hash.
#include "server/json_form.hpp"
#include "server/password_hash.hpp"
#include "server/permissions.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"

namespace myoivig::server {
namespace {

nlohmann::json user_json(const store::User& user) {
  return {{"id", user.id},
          {"name", user.name},
          {"role", store::code(user.role)},
          {"site", user.site},
          {"created_utc", user.created_utc},
          {"disabled", user.disabled},
          {"version", user.version}};
}

Reply reply_with_user(const Call& call, const std::string& name, int status) {
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto user = (*db)->find_user(name);
  if (!user) return error_reply(user.error());
  if (!*user) return error_reply(k_not_found, "not_found", "no user '" + name + "'");
  return json_reply({{"user", user_json(**user)}}, status);
}

// The hash of the form's new password, or a field error.
std::optional<std::string> new_password_hash(const std::optional<std::string>& password,
                                             const std::string& name, FieldErrors& errors) {
  if (!password) return std::nullopt;
  if (auto ok = check_new_password(*password, name); !ok) {
    errors.add_error(ok.error(), nullptr);  // the password itself is never echoed
    return std::nullopt;
  }
  auto hash = hash_password(*password);
  if (!hash) {
    errors.add_error(hash.error(), nullptr);
    return std::nullopt;
  }
  return *hash;
}

Reply list(Call& call) {
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto users = (*db)->users();
  if (!users) return error_reply(users.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& user : *users) rows.push_back(user_json(user));
  return json_reply({{"users", rows}});
}

Reply add(Call& call) {
  FieldErrors errors;
  Form form(call.body, errors);
  store::NewUser user;
  user.name = form.text("name", Need::required).value_or("");
  user.role = form.coded("role", store::parse_role, Need::required).value_or(user.role);
  user.site = form.text("site").value_or("");
  const auto password = form.text("password", Need::required);
  form.finish({"reason"});
  if (auto hash = new_password_hash(password, user.name, errors)) user.password_hash = *hash;
  if (!errors.empty()) return field_errors_reply(errors);
  auto written = call.write(store::AddUser{user}, creation_reason(call, "user added"));
  if (!written) return error_reply(written.error());
  return reply_with_user(call, user.name, k_created);
}

Reply change(Call& call) {
  FieldErrors errors;
  Form form(call.body, errors);
  store::UserChange change;
  change.name = call.param("name");
  change.expected_version = form.whole("version", Need::required).value_or(0);
  change.role = form.coded("role", store::parse_role);
  if (form.value("site")) change.site = form.text("site").value_or("");
  change.disabled = form.flag("disabled");
  change.password_hash = new_password_hash(form.text("password"), change.name, errors);
  form.finish({"reason"});
  if (!errors.empty()) return field_errors_reply(errors);
  auto written = call.write(store::ChangeUser{change}, creation_reason(call, "user changed"));
  if (!written) return error_reply(written.error());
  return reply_with_user(call, change.name, k_ok);
}

}  // namespace

void add_user_routes(Router& router) {
  router.add("GET", "/api/v1/users", Access{false, user_admins()}, list);
  router.add("POST", "/api/v1/users", Access{false, user_admins()}, add);
  router.add("PATCH", "/api/v1/users/{name}", Access{false, user_admins()}, change);
}

}  // namespace myoivig::server
