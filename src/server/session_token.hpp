// Session tokens: 256 random bits from the operating system's CSPRNG (libsodium
// randombytes_buf), written as 64 hex digits; the store keeps only their SHA-256 so that a
// copy of the database opens no session. CSRF tokens are made the same way. Comparison of
// secrets runs in constant time.
// Thread-safety: pure functions (randombytes_buf is thread-safe).
#pragma once

#include <string>
#include <string_view>

namespace myoivig::server {

constexpr std::size_t k_token_bytes = 32;  // 256 bits

// 64 lowercase hex digits of fresh randomness.
std::string random_token();

// SHA-256 of `token`, as 64 lowercase hex digits.
std::string token_hash(std::string_view token);

// Equal length and content, in time independent of where they differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace myoivig::server
