// Name-based UUIDs (RFC 4122 section 4.3, version 5: SHA-1 of a namespace UUID and a name),
// so that the same record always gets the same FHIR fullUrl and two exports of the same data
// are identical. Thread-safety: pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace myoivig::io::fhir {

using Uuid = std::array<std::uint8_t, 16>;

// myoivig's namespace for FHIR resource ids: uuid5(NAMESPACE_URL, "urn:myoivig:fhir") =
// c5224298-0c2b-5a6c-8962-2a224d482b68.
extern const Uuid k_myoivig_namespace;

// The version 5 UUID of `name` in `name_space`.
Uuid name_uuid(const Uuid& name_space, std::string_view name);

// Lower-case 8-4-4-4-12 text, e.g. "c5224298-0c2b-5a6c-8962-2a224d482b68".
std::string to_string(const Uuid& uuid);

// "urn:uuid:" + to_string(name_uuid(k_myoivig_namespace, name)).
std::string urn_uuid(std::string_view name);

}  // namespace myoivig::io::fhir
