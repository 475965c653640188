// Accounts of the web application: users with a role (and a site for investigators),
// their login sessions and the login attempts kept for throttling. The store keeps only
// an Argon2id hash of each password (server/password_hash.hpp makes it) and only a hash of
// each session token, so a copy of the database opens no account.
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/expected.hpp"

namespace myoivig::store {

// admin: manages users; investigator: reads and edits the patients of one site; monitor:
// reads every site and raises data queries; statistician: reads pseudonymised data, runs
// the analysis and exports.
enum class Role { admin, investigator, monitor, statistician };
std::string_view code(Role role);  // "admin" | "investigator" | "monitor" | "statistician"
util::Expected<Role> parse_role(std::string_view text);

// Letters, digits and . _ - @, 1-64 characters; invalid_argument naming `name` otherwise.
util::Expected<void> check_user_name(std::string_view name);

struct User {
  std::int64_t id = 0;
  std::string name;  // unique, ignoring case
  Role role = Role::investigator;
  std::string site;  // required for investigators, empty otherwise allowed
  std::string password_hash;
  std::string created_utc;
  bool disabled = false;
  std::int64_t version = 1;
};

struct NewUser {
  std::string name;
  Role role = Role::investigator;
  std::string site;
  std::string password_hash;  // crypto_pwhash_str output
};

// A change to a user by an administrator; unset fields stay as they are.
struct UserChange {
  std::string name;
  std::int64_t expected_version = 0;
  std::optional<Role> role;
  std::optional<std::string> site;
  std::optional<bool> disabled;
  std::optional<std::string> password_hash;
};

struct NewSession {
  std::string token_hash;  // SHA-256 of the token, hex; the token itself is never stored
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::string created_utc;
  std::string expires_utc;
};

// A live session and the user it belongs to.
struct SessionUser {
  std::int64_t user_id = 0;
  std::string name;
  Role role = Role::investigator;
  std::string site;
  std::string csrf_token;
  std::string expires_utc;
};

struct LoginAttempt {
  std::string name;
  std::string client_address;
  bool succeeded = false;
  std::string at_utc;
};

// Failed logins since a time: for the user name (counting only those after its last
// successful login) and from the client address.
struct LoginFailures {
  int by_name = 0;
  int by_address = 0;
};

}  // namespace myoivig::store
