#include "io/fhir/name_uuid.hpp"

#include "io/fhir/sha1.hpp"

namespace myoivig::io::fhir {

const Uuid k_myoivig_namespace = {0xc5, 0x22, 0x42, 0x98, 0x0c, 0x2b, 0x5a, 0x6c,
                                  0x89, 0x62, 0x2a, 0x22, 0x4d, 0x48, 0x2b, 0x68};

Uuid name_uuid(const Uuid& name_space, std::string_view name) {
  std::string bytes(name_space.begin(), name_space.end());
  bytes += name;
  const Sha1Digest digest = sha1(bytes);
  Uuid uuid{};
  for (std::size_t i = 0; i < uuid.size(); ++i) uuid[i] = digest[i];
  uuid[6] = static_cast<std::uint8_t>((uuid[6] & 0x0F) | 0x50);  // version 5
  uuid[8] = static_cast<std::uint8_t>((uuid[8] & 0x3F) | 0x80);  // RFC 4122 variant
  return uuid;
}

std::string to_string(const Uuid& uuid) {
  constexpr char k_hex[] = "0123456789abcdef";
  std::string text;
  text.reserve(36);
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += k_hex[uuid[i] >> 4];
    text += k_hex[uuid[i] & 0x0F];
  }
  return text;
}

std::string urn_uuid(std::string_view name) {
  return "urn:uuid:" + to_string(name_uuid(k_myoivig_namespace, name));
}

}  // namespace myoivig::io::fhir
