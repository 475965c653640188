#include "server/session_token.hpp"

#include <array>

#include <sodium.h>

#include "store/sodium.hpp"

namespace myoivig::server {
namespace {

template <std::size_t N>
std::string hex(const std::array<unsigned char, N>& bytes) {
  std::string text(N * 2 + 1, '\0');
  sodium_bin2hex(text.data(), text.size(), bytes.data(), bytes.size());
  text.pop_back();
  return text;
}

}  // namespace

std::string random_token() {
  store::initialise_sodium();
  std::array<unsigned char, k_token_bytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return hex(bytes);
}

std::string token_hash(std::string_view token) {
  return store::sha256_hex(token);
}

bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace myoivig::server
