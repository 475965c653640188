#include "stats/rng.hpp"

namespace myoivig::stats {
namespace {

constexpr std::uint64_t k_golden_gamma = 0x9E3779B97F4A7C15ULL;  // splitmix64's increment
constexpr std::uint64_t k_stream_salt = 0xD1B54A32D192ED03ULL;

__extension__ typedef unsigned __int128 Uint128;  // GCC/Clang; -Wpedantic-clean

constexpr std::uint64_t rotate_left(std::uint64_t value, int shift) {
  return (value << shift) | (value >> (64 - shift));
}

}  // namespace

std::uint64_t mix64(std::uint64_t value) {
  value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
  value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
  return value ^ (value >> 31);
}

Rng::Rng(std::uint64_t seed, std::uint64_t stream) {
  // splitmix64 from a key that mixes seed and stream, so that (seed, stream) pairs do not
  // alias one another; the state can never be all zero in practice.
  std::uint64_t key = mix64(seed + k_golden_gamma) ^ mix64(stream * k_stream_salt + 1);
  for (std::uint64_t& word : m_state) {
    key += k_golden_gamma;
    word = mix64(key);
  }
}

std::uint64_t Rng::next() {
  const std::uint64_t result = rotate_left(m_state[0] + m_state[3], 23) + m_state[0];
  const std::uint64_t shifted = m_state[1] << 17;
  m_state[2] ^= m_state[0];
  m_state[3] ^= m_state[1];
  m_state[1] ^= m_state[2];
  m_state[0] ^= m_state[3];
  m_state[2] ^= shifted;
  m_state[3] = rotate_left(m_state[3], 45);
  return result;
}

double Rng::uniform() {
  constexpr double k_two_to_minus_53 = 1.0 / 9007199254740992.0;
  return static_cast<double>(next() >> 11) * k_two_to_minus_53;
}

std::uint64_t Rng::below(std::uint64_t bound) {
  Uint128 product = static_cast<Uint128>(next()) * bound;
  auto low = static_cast<std::uint64_t>(product);
  if (low < bound) {
    const std::uint64_t threshold = (0 - bound) % bound;
    while (low < threshold) {
      product = static_cast<Uint128>(next()) * bound;
      low = static_cast<std::uint64_t>(product);
    }
  }
  return static_cast<std::uint64_t>(product >> 64);
}

}  // namespace myoivig::stats
