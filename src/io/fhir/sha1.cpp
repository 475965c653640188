#include "io/fhir/sha1.hpp"

#include <bit>

namespace myoivig::io::fhir {
namespace {

constexpr std::size_t k_block_bytes = 64;
constexpr std::size_t k_length_bytes = 8;

struct State {
  std::array<std::uint32_t, 5> h{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};

  void block(const std::uint8_t* bytes) {
    std::array<std::uint32_t, 80> w{};
    for (std::size_t i = 0; i < 16; ++i) {
      w[i] = static_cast<std::uint32_t>(bytes[4 * i]) << 24 |
             static_cast<std::uint32_t>(bytes[4 * i + 1]) << 16 |
             static_cast<std::uint32_t>(bytes[4 * i + 2]) << 8 |
             static_cast<std::uint32_t>(bytes[4 * i + 3]);
    }
    for (std::size_t i = 16; i < w.size(); ++i) {
      w[i] = std::rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (std::size_t i = 0; i < w.size(); ++i) {
      std::uint32_t f = 0;
      std::uint32_t k = 0;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      const std::uint32_t next = std::rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = std::rotl(b, 30);
      b = a;
      a = next;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
};

}  // namespace

Sha1Digest sha1(std::string_view bytes) {
  State state;
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  std::size_t whole = bytes.size() / k_block_bytes * k_block_bytes;
  for (std::size_t at = 0; at < whole; at += k_block_bytes) state.block(data + at);
  // The tail, a 0x80 byte, zeros, and the length in bits (big-endian), in one or two blocks.
  std::array<std::uint8_t, 2 * k_block_bytes> tail{};
  const std::size_t rest = bytes.size() - whole;
  for (std::size_t i = 0; i < rest; ++i) tail[i] = data[whole + i];
  tail[rest] = 0x80;
  const std::size_t blocks = rest + 1 + k_length_bytes > k_block_bytes ? 2 : 1;
  const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8;
  for (std::size_t i = 0; i < k_length_bytes; ++i) {
    tail[blocks * k_block_bytes - 1 - i] = static_cast<std::uint8_t>(bits >> (8 * i));
  }
  for (std::size_t i = 0; i < blocks; ++i) state.block(tail.data() + i * k_block_bytes);
  Sha1Digest digest{};
  for (std::size_t i = 0; i < state.h.size(); ++i) {
    for (std::size_t j = 0; j < 4; ++j) {
      digest[4 * i + j] = static_cast<std::uint8_t>(state.h[i] >> (24 - 8 * j));
    }
  }
  return digest;
}

}  // namespace myoivig::io::fhir
