// Login sessions and login attempts (part of SqliteStore). Sessions hold a hash of the
// token only; they are not audited (they change no study data), login attempts are kept
// for throttling.
#include <string>

#include "store/sqlite/sqlite_web_tables.hpp"

namespace myoivig::store {

util::Expected<WriteOutcome> insert_session(SqliteDatabase& database, const NewSession& session) {
  MYOIVIG_TRY_ASSIGN(insert, database.prepare("INSERT INTO sessions (token_hash, user_id, "
                                              "csrf_token, created_utc, expires_utc) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5)"));
  insert.bind(1, std::string_view(session.token_hash));
  insert.bind(2, session.user_id);
  insert.bind(3, std::string_view(session.csrf_token));
  insert.bind(4, std::string_view(session.created_utc));
  insert.bind(5, std::string_view(session.expires_utc));
  MYOIVIG_TRY(insert.run());
  return WriteOutcome{session.user_id, 1};
}

util::Expected<WriteOutcome> delete_session(SqliteDatabase& database, std::string_view token_hash,
                                            std::string_view now_utc) {
  MYOIVIG_TRY_ASSIGN(remove, database.prepare("DELETE FROM sessions WHERE token_hash = ?1 OR "
                                              "expires_utc <= ?2"));
  remove.bind(1, token_hash);
  remove.bind(2, now_utc);
  MYOIVIG_TRY(remove.run());
  return WriteOutcome{};
}

util::Expected<std::optional<SessionUser>> select_session(SqliteDatabase& database,
                                                          std::string_view token_hash,
                                                          std::string_view now_utc) {
  MYOIVIG_TRY_ASSIGN(statement,
                     database.prepare("SELECT u.id, u.name, u.role, u.site, s.csrf_token, "
                                      "s.expires_utc FROM sessions s JOIN users u ON u.id = "
                                      "s.user_id WHERE s.token_hash = ?1 AND s.expires_utc > ?2 "
                                      "AND u.disabled = 0"));
  statement.bind(1, token_hash);
  statement.bind(2, now_utc);
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  if (!has_row) return std::optional<SessionUser>();
  MYOIVIG_TRY_ASSIGN(role, parse_role(statement.text_view(2)));
  return std::optional<SessionUser>(SessionUser{statement.integer(0), statement.text(1), role,
                                                statement.text(3), statement.text(4),
                                                statement.text(5)});
}

util::Expected<WriteOutcome> insert_login_attempt(SqliteDatabase& database,
                                                  const LoginAttempt& attempt) {
  MYOIVIG_TRY_ASSIGN(insert, database.prepare("INSERT INTO login_attempts (at_utc, name, "
                                              "client_address, succeeded) "
                                              "VALUES (?1, ?2, ?3, ?4)"));
  insert.bind(1, std::string_view(attempt.at_utc));
  insert.bind(2, std::string_view(attempt.name));
  insert.bind(3, std::string_view(attempt.client_address));
  insert.bind(4, std::int64_t{attempt.succeeded ? 1 : 0});
  MYOIVIG_TRY(insert.run());
  return WriteOutcome{};
}

util::Expected<LoginFailures> count_login_failures(SqliteDatabase& database, std::string_view name,
                                                   std::string_view client_address,
                                                   std::string_view since_utc) {
  // A successful login clears the name's count; the address's count runs on, so that one
  // account that works cannot reset the throttle for guessing others from the same place.
  MYOIVIG_TRY_ASSIGN(by_name,
                     database.prepare("SELECT count(*) FROM login_attempts WHERE name = ?1 AND "
                                      "succeeded = 0 AND at_utc > ?2 AND at_utc > coalesce(("
                                      "SELECT max(at_utc) FROM login_attempts WHERE name = ?1 "
                                      "AND succeeded = 1), '')"));
  by_name.bind(1, name);
  by_name.bind(2, since_utc);
  MYOIVIG_TRY(by_name.step());
  MYOIVIG_TRY_ASSIGN(by_address,
                     database.prepare("SELECT count(*) FROM login_attempts WHERE client_address "
                                      "= ?1 AND succeeded = 0 AND at_utc > ?2"));
  by_address.bind(1, client_address);
  by_address.bind(2, since_utc);
  MYOIVIG_TRY(by_address.step());
  return LoginFailures{static_cast<int>(by_name.integer(0)),
                       static_cast<int>(by_address.integer(0))};
}

}  // namespace myoivig::store
