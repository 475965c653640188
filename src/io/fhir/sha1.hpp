// SHA-1 (FIPS 180-4) of a byte string, for name-based UUIDs (RFC 4122 version 5) only: SHA-1
// is broken for collision resistance and must not be used where an attacker picks the input
// to collide. Thread-safety: a pure function.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace myoivig::io::fhir {

using Sha1Digest = std::array<std::uint8_t, 20>;

Sha1Digest sha1(std::string_view bytes);

}  // namespace myoivig::io::fhir
