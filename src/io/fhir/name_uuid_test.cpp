// SHA-1 against the FIPS 180 examples and padding edge cases, and version 5 UUIDs against
// Python's uuid.uuid5 (an independent implementation), e.g.
//   python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
#include "io/fhir/name_uuid.hpp"

#include <string>

#include <gtest/gtest.h>

#include "io/fhir/sha1.hpp"

namespace myoivig::io::fhir {
namespace {

std::string hex(const Sha1Digest& digest) {
  constexpr char k_hex[] = "0123456789abcdef";
  std::string text;
  for (std::uint8_t byte : digest) {
    text += k_hex[byte >> 4];
    text += k_hex[byte & 0x0F];
  }
  return text;
}

TEST(Sha1, MatchesFipsExamplesAndPythonHashlib) {
  const struct {
    std::string input;
    const char* digest;
  } cases[] = {
      {"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
      {"abc", "a9993e364706816aba3e25717850c26c9cd0d89d"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
      {std::string(1000000, 'a'), "34aa973cd4c4daa4f61eeb2bdbad27316534016f"},
      // 55 bytes: padding fits one block; 56: the length needs a second block; 64: a whole
      // block and a padding block.
      {std::string(55, 'x'), "cef734ba81a024479e09eb5a75b6ddae62e6abf1"},
      {std::string(56, 'x'), "901305367c259952f4e7af8323f480d59f81335b"},
      {std::string(64, 'x'), "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(hex(sha1(c.input)), c.digest) << c.input.size() << " bytes";
  }
}

TEST(NameUuid, MatchesPythonUuid5) {
  const Uuid dns = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                    0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};  // uuid.NAMESPACE_DNS
  EXPECT_EQ(to_string(name_uuid(dns, "python.org")), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  EXPECT_EQ(to_string(k_myoivig_namespace), "c5224298-0c2b-5a6c-8962-2a224d482b68");
  EXPECT_EQ(urn_uuid("SEED-IVIG-DEMO/Patient/SEED-01"),
            "urn:uuid:8231fd3a-acf8-5510-a16b-e82a14f17b4c");
  EXPECT_EQ(urn_uuid("a"), urn_uuid("a"));
  EXPECT_NE(urn_uuid("a"), urn_uuid("b"));
}

}  // namespace
}  // namespace myoivig::io::fhir
