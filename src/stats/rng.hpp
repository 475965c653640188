// Rng: the xoshiro256++ generator (Blackman & Vigna 2021, ACM TOMS 47:36), seeded through
// splitmix64 (Steele, Lea & Flood 2014). A generator is identified by (seed, stream): each
// bootstrap replicate or simulated trial takes its own stream, so results depend only on
// the seed, never on how work is split between threads.
//
// uniform() gives a double in [0, 1) from the top 53 bits; below(bound) an unbiased
// integer in [0, bound) by Lemire's multiply-and-reject (2019, ACM TOMACS 29:3).
// Thread-safety: one Rng per thread; distinct streams are independent for practical use.
#pragma once

#include <array>
#include <cstdint>

namespace myoivig::stats {

// splitmix64's output function: a bijective 64-bit mix.
std::uint64_t mix64(std::uint64_t value);

class Rng {
 public:
  explicit Rng(std::uint64_t seed, std::uint64_t stream = 0);

  std::uint64_t next();
  double uniform();
  std::uint64_t below(std::uint64_t bound);  // precondition: bound > 0

 private:
  std::array<std::uint64_t, 4> m_state{};
};

}  // namespace myoivig::stats
