#include "server/password_hash.hpp"

#include <sodium.h>

#include "store/sodium.hpp"

namespace myoivig::server {

util::Expected<void> check_new_password(std::string_view password, std::string_view user_name) {
  if (password.size() < k_min_password_length) {
    return util::invalid_argument("password: must have at least " +
                                  std::to_string(k_min_password_length) + " characters, got " +
                                  std::to_string(password.size()));
  }
  if (password.size() > k_max_password_length) {
    return util::invalid_argument("password: must have at most " +
                                  std::to_string(k_max_password_length) + " characters");
  }
  if (password == user_name) {
    return util::invalid_argument("password: must not be the user name");
  }
  return {};
}

util::Expected<std::string> hash_password(std::string_view password) {
  store::initialise_sodium();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return util::io_error("password: hashing failed (out of memory?)");
  }
  return std::string(hash);
}

bool verify_password(std::string_view password, const std::string& stored_hash) {
  store::initialise_sodium();
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

const std::string& decoy_password_hash() {
  static const std::string decoy = [] {
    auto hash = hash_password("decoy: no account has this password");
    return hash ? *hash : std::string();
  }();
  return decoy;
}

}  // namespace myoivig::server
