// libsodium for the store and the server (the only layers allowed to use it): initialised
// once per process, and SHA-256 digests in lower-case hex. The store names a confirmed
// course plan by its digest in the audit trail; the server keeps session tokens only as
// their digest.
// Thread-safety: safe from any thread (sodium_init runs once).
#pragma once

#include <string>
#include <string_view>

namespace myoivig::store {

// Initialises libsodium on first use; std::runtime_error when it cannot be.
void initialise_sodium();

// SHA-256 of `text` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view text);

}  // namespace myoivig::store
