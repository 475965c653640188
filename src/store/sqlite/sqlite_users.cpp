// Users of the web application (part of SqliteStore). Creating and changing a user is
// audited (entity "users"); a password change is recorded as changed, never its hash.
#include <string>

#include "store/sqlite/audit_appender.hpp"
#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {
namespace {

constexpr std::string_view k_user_columns =
    "id, name, role, site, password_hash, created_utc, disabled, version";

util::Expected<User> user_from(const SqliteStatement& statement) {
  MYOIVIG_TRY_ASSIGN(role, parse_role(statement.text_view(2)));
  return User{statement.integer(0),      statement.text(1),   role,
              statement.text(3),         statement.text(4),   statement.text(5),
              statement.integer(6) != 0, statement.integer(7)};
}

util::Expected<void> check_site(Role role, std::string_view site) {
  if (role == Role::investigator && site.empty()) {
    return util::invalid_argument("site: an investigator needs the site whose patients they see");
  }
  return {};
}

}  // namespace

util::Expected<WriteOutcome> insert_user(SqliteDatabase& database, const NewUser& user,
                                         const AuditContext& context) {
  MYOIVIG_TRY(check_user_name(user.name));
  MYOIVIG_TRY(check_site(user.role, user.site));
  if (user.password_hash.empty()) return util::invalid_argument("password: must be set");
  MYOIVIG_TRY_ASSIGN(existing, select_user(database, user.name));
  if (existing) {
    return util::conflict("name: a user '" + existing->name + "' exists already");
  }
  MYOIVIG_TRY_ASSIGN(insert, database.prepare("INSERT INTO users (name, role, site, "
                                              "password_hash, created_utc) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5)"));
  insert.bind(1, std::string_view(user.name));
  insert.bind(2, code(user.role));
  insert.bind(3, std::string_view(user.site));
  insert.bind(4, std::string_view(user.password_hash));
  insert.bind(5, std::string_view(context.timestamp_utc));
  MYOIVIG_TRY(insert.run());
  MYOIVIG_TRY_ASSIGN(created, select_user(database, user.name));
  if (!created) return util::io_error("users: the new user '" + user.name + "' was not stored");
  RecordText text;
  text.add("role", code(user.role)).add("site", user.site);
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  MYOIVIG_TRY(audit.created("users", user.name, text.text()));
  return WriteOutcome{created->id, 1};
}

util::Expected<WriteOutcome> change_user(SqliteDatabase& database, const UserChange& change,
                                         const AuditContext& context) {
  MYOIVIG_TRY_ASSIGN(found, select_user(database, change.name));
  if (!found) return util::not_found("users: no user '" + change.name + "'");
  const User& old = *found;
  if (old.version != change.expected_version) {
    return util::conflict("users " + old.name + " was changed since you opened it (it is now " +
                          "version " + std::to_string(old.version) +
                          ", your change was based on version " +
                          std::to_string(change.expected_version) + "): reload and try again");
  }
  User next = old;
  if (change.role) next.role = *change.role;
  if (change.site) next.site = *change.site;
  if (change.disabled) next.disabled = *change.disabled;
  if (change.password_hash) next.password_hash = *change.password_hash;
  MYOIVIG_TRY(check_site(next.role, next.site));
  MYOIVIG_TRY_ASSIGN(update,
                     database.prepare("UPDATE users SET role = ?1, site = ?2, disabled = ?3, "
                                      "password_hash = ?4, version = version + 1 WHERE id = ?5"));
  update.bind(1, code(next.role));
  update.bind(2, std::string_view(next.site));
  update.bind(3, std::int64_t{next.disabled ? 1 : 0});
  update.bind(4, std::string_view(next.password_hash));
  update.bind(5, old.id);
  MYOIVIG_TRY(update.run());
  MYOIVIG_TRY_ASSIGN(audit, AuditAppender::prepare(database, context));
  if (next.role != old.role) {
    MYOIVIG_TRY(audit.append("users", old.name, "role", code(old.role), code(next.role)));
  }
  if (next.site != old.site)
    MYOIVIG_TRY(audit.append("users", old.name, "site", old.site, next.site));
  if (next.disabled != old.disabled) {
    MYOIVIG_TRY(audit.append("users", old.name, "disabled", old.disabled ? "true" : "false",
                             next.disabled ? "true" : "false"));
  }
  if (next.password_hash != old.password_hash) {
    MYOIVIG_TRY(audit.append("users", old.name, "password", "", "(changed)"));
  }
  // A new password, or disabling the user, ends every session they have.
  if (next.password_hash != old.password_hash || (next.disabled && !old.disabled)) {
    MYOIVIG_TRY_ASSIGN(logout, database.prepare("DELETE FROM sessions WHERE user_id = ?1"));
    logout.bind(1, old.id);
    MYOIVIG_TRY(logout.run());
  }
  return WriteOutcome{old.id, old.version + 1};
}

util::Expected<std::optional<User>> select_user(SqliteDatabase& database, std::string_view name) {
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT " + std::string(k_user_columns) +
                                                 " FROM users WHERE name = ?1"));
  statement.bind(1, name);
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row) return std::optional<User>();
  MYOIVIG_TRY_ASSIGN(user, user_from(statement));
  return std::optional<User>(std::move(user));
}

util::Expected<std::vector<User>> select_users(SqliteDatabase& database) {
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("SELECT " + std::string(k_user_columns) +
                                                 " FROM users ORDER BY id"));
  std::vector<User> users;
  while (true) {
    MYOIVIG_TRY_ASSIGN(has_row, statement.step());
    if (!has_row) return users;
    MYOIVIG_TRY_ASSIGN(user, user_from(statement));
    users.push_back(std::move(user));
  }
}

}  // namespace myoivig::store
