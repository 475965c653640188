// Password hashing for the web application's users: Argon2id through libsodium's
// crypto_pwhash_str (salted, with the cost parameters in the stored string), at the
// INTERACTIVE limits (64 MiB, 2 passes: ~0.1 s per login on one core), and the password
// rules a new password must meet.
// Thread-safety: pure functions (libsodium is initialised once, thread-safely).
#pragma once

#include <string>
#include <string_view>

#include "util/expected.hpp"

namespace myoivig::server {

constexpr std::size_t k_min_password_length = 10;
constexpr std::size_t k_max_password_length = 256;

// invalid_argument "password: ..." when shorter than k_min_password_length characters,
// longer than k_max_password_length, or the same as the user name.
util::Expected<void> check_new_password(std::string_view password, std::string_view user_name);

// The crypto_pwhash_str string ("$argon2id$v=19$m=65536,t=2,p=1$..."); io_error when
// libsodium cannot run (out of memory).
util::Expected<std::string> hash_password(std::string_view password);

// Whether `password` matches `stored_hash` (false for a malformed hash).
bool verify_password(std::string_view password, const std::string& stored_hash);

// A hash of a password nobody knows, so that a login for an unknown user name costs the
// same time as one for a known name (no user-name probing by timing).
const std::string& decoy_password_hash();

}  // namespace myoivig::server
